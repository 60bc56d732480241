"""Step 5, följ upp och analysera: a follow-up per period with its analysis and maturity."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.steering.vocabulary import (
    FOLLOW_UP_KINDS,
    MATURITY_LEVELS,
)
from agenda_desktop.core.store.models.base import Base, LoggedChild, Versioned, check_in


class FollowUp(Versioned, Base):
    """One follow-up: a year (``kind`` "ar") or a whole term ("mandatperiod").

    ``year`` is the year whose outcomes are measured (for a term, its last year).
    """

    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("cycle_id", "kind", "year"),
        CheckConstraint(check_in("kind", FOLLOW_UP_KINDS), name="kind"),
        CheckConstraint(
            f"maturity IS NULL OR {check_in('maturity', MATURITY_LEVELS)}", name="maturity"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12), default="ar")
    year: Mapped[int] = mapped_column(Integer)
    what_moved: Mapped[str] = mapped_column(Text, default="")
    what_to_change: Mapped[str] = mapped_column(Text, default="")
    maturity: Mapped[str | None] = mapped_column(String(8))
    published_on: Mapped[date | None] = mapped_column(Date)

    criteria: Mapped[list[FollowUpCriterion]] = relationship(cascade="all, delete-orphan")
    objective_notes: Mapped[list[FollowUpObjectiveNote]] = relationship(
        cascade="all, delete-orphan"
    )


class FollowUpCriterion(LoggedChild, Base):
    """One criterion of the maturity checklist (a key of ``MATURITY_CRITERIA``), ticked or not."""

    __tablename__ = "follow_up_criterion"
    change_log_parent = "follow_up_id"

    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_up.id", ondelete="CASCADE"), primary_key=True
    )
    criterion: Mapped[str] = mapped_column(String(24), primary_key=True)
    fulfilled: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class FollowUpObjectiveNote(LoggedChild, Base):
    """The officers' comment on one målsättning in one follow-up."""

    __tablename__ = "follow_up_objective_note"
    change_log_parent = "follow_up_id"

    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_up.id", ondelete="CASCADE"), primary_key=True
    )
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")
