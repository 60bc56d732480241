"""Indicator values, their history, goal links, target values and remembered column mappings.

Values are keyed like Kolada's: KPI id, municipality id, period (year) and gender (T, K, M).
The value table has no rowid and an index that starts with the municipality, because the
screens ask for one municipality's values and bulk imports write hundreds of thousands.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agenda_desktop.core.store.models.base import Base, Versioned

GENDERS = ("T", "K", "M")
# Why a value is missing: an empty cell, or Kolada's marks "-", "." and "..".
MISSING_REASONS = ("tom", "bortfall", "ej_tillampligt", "sekretess")


class KpiValue(Base):
    __tablename__ = "kpi_value"
    __table_args__ = (
        CheckConstraint("gender IN ('T', 'K', 'M')", name="gender"),
        CheckConstraint(
            "(value IS NULL) = (missing_reason IS NOT NULL)", name="value_or_missing_reason"
        ),
        Index("ix_kpi_value_municipality", "municipality_id", "kpi_id", "period"),
        {"sqlite_with_rowid": False},
    )

    kpi_id: Mapped[str] = mapped_column(ForeignKey("kpi.id"), primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"), primary_key=True)
    period: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    gender: Mapped[str] = mapped_column(String(1), primary_key=True)
    value: Mapped[float | None] = mapped_column(Float)
    missing_reason: Mapped[str | None] = mapped_column(String(16))
    count: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(255), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class KpiValueChange(Base):
    """The history of a value: what it was, what it became, when and from which file."""

    __tablename__ = "kpi_value_change"
    __table_args__ = (
        Index("ix_kpi_value_change_key", "kpi_id", "municipality_id", "period", "gender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[str] = mapped_column(String(32))
    municipality_id: Mapped[str] = mapped_column(String(4))
    period: Mapped[int] = mapped_column(Integer)
    gender: Mapped[str] = mapped_column(String(1))
    old_value: Mapped[float | None] = mapped_column(Float)
    old_missing_reason: Mapped[str | None] = mapped_column(String(16))
    new_value: Mapped[float | None] = mapped_column(Float)
    new_missing_reason: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(255), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class KpiGoalLink(Base):
    """An indicator is evidence for a goal, or for one of its targets."""

    __tablename__ = "kpi_goal_link"
    __table_args__ = (UniqueConstraint("kpi_id", "goal_number", "target_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[str] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"), index=True)
    target_code: Mapped[str | None] = mapped_column(ForeignKey("target.code"))


class KpiTargetValue(Versioned, Base):
    """A target value of an indicator for the municipality: reach ``value`` by ``year``."""

    __tablename__ = "kpi_target_value"
    __table_args__ = (
        UniqueConstraint("kpi_id", "gender", "year"),
        CheckConstraint("gender IN ('T', 'K', 'M')", name="gender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[str] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    gender: Mapped[str] = mapped_column(String(1), default="T")
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class ColumnMapping(Base):
    """A column mapping the user confirmed, remembered for sheets with the same header."""

    __tablename__ = "column_mapping"

    header_signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    headers: Mapped[str] = mapped_column(Text)  # JSON list, for the user to recognise
    mapping: Mapped[str] = mapped_column(Text)  # JSON object: column index -> field
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# The columns of a value and of a history row, in table order, for bulk paths that write
# plain tuples (imports, the demo): derived from the tables so they cannot drift.
VALUE_COLUMNS: tuple[str, ...] = tuple(c.name for c in KpiValue.__table__.columns)
CHANGE_COLUMNS: tuple[str, ...] = tuple(
    c.name for c in KpiValueChange.__table__.columns if c.name != "id"
)
