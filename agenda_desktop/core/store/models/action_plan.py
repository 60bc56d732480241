"""Step 3, handlingsplan: the organisation tree and the actions (åtgärder) of a cycle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.steering.vocabulary import (
    ACTION_STATUSES,
    ORG_UNIT_KINDS,
    RADIGHET,
)
from agenda_desktop.core.store.models.base import Base, LoggedChild, Versioned, check_in


class OrgUnit(Versioned, Base):
    """A förvaltning, sektor, enhet or kommunalt bolag; the tree outlives cycles."""

    __tablename__ = "org_unit"
    __table_args__ = (CheckConstraint(check_in("kind", ORG_UNIT_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Action(Versioned, Base):
    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(check_in("status", ACTION_STATUSES), name="status"),
        CheckConstraint(f"radighet IS NULL OR {check_in('radighet', RADIGHET)}", name="radighet"),
        CheckConstraint(
            "start_date IS NULL OR due_date IS NULL OR start_date <= due_date", name="dates"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    org_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="SET NULL"), index=True
    )
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="planerad")
    cost_estimate: Mapped[float | None] = mapped_column(Float)  # kronor
    radighet: Mapped[str | None] = mapped_column(String(12))
    partners: Mapped[str] = mapped_column(Text, default="")

    objectives: Mapped[list[ActionObjective]] = relationship(cascade="all, delete-orphan")
    goals: Mapped[list[ActionGoal]] = relationship(cascade="all, delete-orphan")


class ActionObjective(LoggedChild, Base):
    __tablename__ = "action_objective"
    change_log_parent = "action_id"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True
    )


class ActionGoal(LoggedChild, Base):
    __tablename__ = "action_goal"
    change_log_parent = "action_id"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"), primary_key=True)
