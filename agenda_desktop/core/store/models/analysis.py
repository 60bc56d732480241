"""Step 1, nulägesanalys: the assessment of each goal, and of chosen targets, per cycle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agenda_desktop.core.steering.vocabulary import ASSESSMENTS, RADIGHET, TRENDS
from agenda_desktop.core.store.models.base import Base, Versioned, check_in


class AssessmentColumns:
    """What is assessed for a goal and for a target alike."""

    assessment: Mapped[str] = mapped_column(String(12), default="ej_bedomd")
    trend: Mapped[str] = mapped_column(String(12), default="okand")
    radighet: Mapped[str | None] = mapped_column(String(12))
    partners: Mapped[str] = mapped_column(Text, default="")
    role_democracy: Mapped[bool] = mapped_column(Boolean, default=False)
    role_community: Mapped[bool] = mapped_column(Boolean, default=False)
    role_welfare: Mapped[bool] = mapped_column(Boolean, default=False)
    role_employer: Mapped[bool] = mapped_column(Boolean, default=False)
    group_differences: Mapped[str] = mapped_column(Text, default="")
    analysis: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


def assessment_checks() -> tuple[CheckConstraint, ...]:
    """The CHECKs of the assessed columns (new objects for each table)."""
    return (
        CheckConstraint(check_in("assessment", ASSESSMENTS), name="assessment"),
        CheckConstraint(check_in("trend", TRENDS), name="trend"),
        CheckConstraint(f"radighet IS NULL OR {check_in('radighet', RADIGHET)}", name="radighet"),
    )


class GoalAssessment(AssessmentColumns, Versioned, Base):
    """One goal in one cycle's status analysis.

    ``should_work_on`` flags a goal the municipality has not worked on but should.
    """

    __tablename__ = "goal_assessment"
    __table_args__ = (*assessment_checks(), UniqueConstraint("cycle_id", "goal_number"))

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"))
    should_work_on: Mapped[bool] = mapped_column(Boolean, default=False)


class TargetAssessment(AssessmentColumns, Versioned, Base):
    """One target (delmål) in one cycle's status analysis, when the officers assess it."""

    __tablename__ = "target_assessment"
    __table_args__ = (*assessment_checks(), UniqueConstraint("cycle_id", "target_code"))

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    target_code: Mapped[str] = mapped_column(ForeignKey("target.code"))
