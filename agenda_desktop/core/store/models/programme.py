"""Step 2, prioritera och sätt egna mål: priority goals and the local programme.

A programme is organised as focus areas (insatsområden). Each holds målsättningar ("Hit
vill vi", here ``Objective``) and key efforts ("Det gör vi genom att", ``KeyEffort``).
Målsättningar link to global goals and targets and are followed up through indicators
with a baseline and a target value; pairs of them can be synergies or goal conflicts.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.steering.vocabulary import RELATION_KINDS
from agenda_desktop.core.store.models.base import Base, LoggedChild, Versioned, check_in


class PriorityGoal(Versioned, Base):
    __tablename__ = "priority_goal"
    __table_args__ = (UniqueConstraint("cycle_id", "goal_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"))
    rationale: Mapped[str] = mapped_column(Text, default="")


class FocusArea(Versioned, Base):
    __tablename__ = "focus_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    objectives: Mapped[list[Objective]] = relationship(
        back_populates="focus_area", order_by="Objective.position", cascade="all, delete-orphan"
    )
    efforts: Mapped[list[KeyEffort]] = relationship(
        back_populates="focus_area", order_by="KeyEffort.position", cascade="all, delete-orphan"
    )


class Objective(Versioned, Base):
    """A målsättning: where the municipality wants to be, usually by a target year."""

    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    target_year: Mapped[int | None] = mapped_column(Integer)

    focus_area: Mapped[FocusArea] = relationship(back_populates="objectives")
    goals: Mapped[list[ObjectiveGoal]] = relationship(cascade="all, delete-orphan")
    targets: Mapped[list[ObjectiveTarget]] = relationship(cascade="all, delete-orphan")
    indicators: Mapped[list[ObjectiveIndicator]] = relationship(
        order_by="ObjectiveIndicator.id", cascade="all, delete-orphan"
    )


class ObjectiveGoal(LoggedChild, Base):
    __tablename__ = "objective_goal"
    change_log_parent = "objective_id"

    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True
    )
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"), primary_key=True)


class ObjectiveTarget(LoggedChild, Base):
    __tablename__ = "objective_target"
    change_log_parent = "objective_id"

    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True
    )
    target_code: Mapped[str] = mapped_column(ForeignKey("target.code"), primary_key=True)


class ObjectiveIndicator(Versioned, Base):
    """An indicator that follows up a målsättning, from a baseline towards a target value."""

    __tablename__ = "objective_indicator"
    __table_args__ = (
        UniqueConstraint("objective_id", "kpi_id", "gender"),
        CheckConstraint("gender IN ('T', 'K', 'M')", name="gender"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    kpi_id: Mapped[str] = mapped_column(ForeignKey("kpi.id"))
    gender: Mapped[str] = mapped_column(String(1), default="T")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_year: Mapped[int | None] = mapped_column(Integer)


class KeyEffort(Versioned, Base):
    """ "Det gör vi genom att": one key effort of a focus area."""

    __tablename__ = "key_effort"

    id: Mapped[int] = mapped_column(primary_key=True)
    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    focus_area: Mapped[FocusArea] = relationship(back_populates="efforts")


class ObjectiveRelation(LoggedChild, Base):
    """A synergy or goal conflict between two målsättningar (stored once, lower id first)."""

    __tablename__ = "objective_relation"
    change_log_parent = "first_objective_id"
    __table_args__ = (
        UniqueConstraint("first_objective_id", "second_objective_id"),
        CheckConstraint("first_objective_id < second_objective_id", name="ordered_pair"),
        CheckConstraint(check_in("kind", RELATION_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    second_objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
