"""Reference data shipped with the app: goals, targets, municipalities, Kolada's KPIs.

Rows are refreshed when a newer app ships newer data; the columns that hold the
municipality's own work (a target's Swedish short title, the indicator selections) are
never overwritten by a refresh.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.store.models.base import Base, Versioned


class Goal(Base):
    __tablename__ = "goal"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    short_sv: Mapped[str] = mapped_column(String(120))
    short_en: Mapped[str] = mapped_column(String(120))
    title_en: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(7))

    targets: Mapped[list[Target]] = relationship(
        back_populates="goal", order_by="Target.position", cascade="all"
    )


class Target(Base):
    __tablename__ = "target"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title_en: Mapped[str] = mapped_column(Text)
    # The municipality's own Swedish short title: user data, kept across refreshes.
    short_title_sv: Mapped[str | None] = mapped_column(String(200))

    goal: Mapped[Goal] = relationship(back_populates="targets")


class Municipality(Base):
    """A Kolada area: Riket (``0000``), a region (``00`` + county code) or a kommun."""

    __tablename__ = "municipality"

    id: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "riket", "region", "kommun"
    county_code: Mapped[str | None] = mapped_column(String(2), index=True)
    kommungrupp: Mapped[str | None] = mapped_column(String(4), index=True)
    kommungrupp_title: Mapped[str | None] = mapped_column(String(120))
    kolada_group_id: Mapped[str | None] = mapped_column(String(16))
    is_fictional: Mapped[bool] = mapped_column(Boolean, default=False)


class Kpi(Versioned, Base):
    """An indicator: one of Kolada's (refreshed with the app) or a local one of the user's."""

    __tablename__ = "kpi"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    gender_split: Mapped[bool] = mapped_column(Boolean, default=False)
    municipality_type: Mapped[str] = mapped_column(String(1), default="K")
    auspice: Mapped[str] = mapped_column(String(8), default="")
    operating_area: Mapped[str] = mapped_column(Text, default="")
    perspective: Mapped[str] = mapped_column(String(120), default="")
    latest_period: Mapped[int | None] = mapped_column(Integer)
    publication_date: Mapped[str | None] = mapped_column(String(10))
    has_ou_data: Mapped[bool] = mapped_column(Boolean, default=False)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # The municipality's own knowledge of an indicator, kept across refreshes:
    unit: Mapped[str] = mapped_column(String(60), default="", server_default="")
    source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    higher_is_better: Mapped[bool | None] = mapped_column(Boolean)
    # casefolded id, title and description: portable word search without FTS
    search_text: Mapped[str] = mapped_column(Text, default="")


class IndicatorSelection(Base):
    """A named, editable list of indicators per goal (RKA's Agenda 2030 selection is a preset)."""

    __tablename__ = "indicator_selection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    preset_key: Mapped[str | None] = mapped_column(String(64), unique=True)

    items: Mapped[list[IndicatorSelectionItem]] = relationship(
        back_populates="selection",
        order_by="IndicatorSelectionItem.position",
        cascade="all, delete-orphan",
    )


class IndicatorSelectionItem(Base):
    __tablename__ = "indicator_selection_item"
    __table_args__ = (UniqueConstraint("selection_id", "kpi_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    selection_id: Mapped[int] = mapped_column(
        ForeignKey("indicator_selection.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: a selection may name ids that Kolada has since retired.
    kpi_id: Mapped[str] = mapped_column(String(32))
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"))
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    selection: Mapped[IndicatorSelection] = relationship(back_populates="items")
