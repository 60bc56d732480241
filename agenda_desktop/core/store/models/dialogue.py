"""Step 4, kommunicera och involvera: dialogue activities, their comments and the glossary."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.steering.vocabulary import (
    AGE_BANDS,
    COMMENT_STATUSES,
    DIALOGUE_KINDS,
    PARTICIPANT_GENDERS,
)
from agenda_desktop.core.store.models.base import Base, LoggedChild, Versioned, check_in


class DialogueActivity(Versioned, Base):
    """A medborgardialog, ungdomsråd, remiss, workshop, enkät or other activity.

    A remiss has a ``deadline`` for its comments.
    """

    __tablename__ = "dialogue_activity"
    __table_args__ = (CheckConstraint(check_in("kind", DIALOGUE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    target_group: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[DialogueParticipants]] = relationship(cascade="all, delete-orphan")
    comments: Mapped[list[DialogueComment]] = relationship(
        back_populates="activity", order_by="DialogueComment.id", cascade="all, delete-orphan"
    )


class DialogueParticipants(LoggedChild, Base):
    """How many of one gender and age band took part in an activity."""

    __tablename__ = "dialogue_participants"
    change_log_parent = "activity_id"
    __table_args__ = (
        CheckConstraint(check_in("gender", PARTICIPANT_GENDERS), name="gender"),
        CheckConstraint(check_in("age_band", AGE_BANDS), name="age_band"),
        CheckConstraint("count >= 0", name="count"),
    )

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_activity.id", ondelete="CASCADE"), primary_key=True
    )
    gender: Mapped[str] = mapped_column(String(1), primary_key=True)
    age_band: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class DialogueComment(Versioned, Base):
    """A synpunkt, what it concerns, and the återkoppling given."""

    __tablename__ = "dialogue_comment"
    __table_args__ = (CheckConstraint(check_in("status", COMMENT_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_activity.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[date | None] = mapped_column(Date)
    sender: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text, default="")
    responded_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="ny")

    activity: Mapped[DialogueActivity] = relationship(back_populates="comments")
    goals: Mapped[list[CommentGoal]] = relationship(cascade="all, delete-orphan")
    focus_areas: Mapped[list[CommentFocusArea]] = relationship(cascade="all, delete-orphan")
    objectives: Mapped[list[CommentObjective]] = relationship(cascade="all, delete-orphan")


class CommentGoal(LoggedChild, Base):
    __tablename__ = "comment_goal"
    change_log_parent = "comment_id"

    comment_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_comment.id", ondelete="CASCADE"), primary_key=True
    )
    goal_number: Mapped[int] = mapped_column(ForeignKey("goal.number"), primary_key=True)


class CommentFocusArea(LoggedChild, Base):
    __tablename__ = "comment_focus_area"
    change_log_parent = "comment_id"

    comment_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_comment.id", ondelete="CASCADE"), primary_key=True
    )
    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), primary_key=True
    )


class CommentObjective(LoggedChild, Base):
    __tablename__ = "comment_objective"
    change_log_parent = "comment_id"

    comment_id: Mapped[int] = mapped_column(
        ForeignKey("dialogue_comment.id", ondelete="CASCADE"), primary_key=True
    )
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True
    )


class GlossaryTerm(Versioned, Base):
    """A hard word and its plain explanation; the municipality's ordlista."""

    __tablename__ = "glossary_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(200), unique=True)
    explanation: Mapped[str] = mapped_column(Text)
