"""Meetings and protocols: bodies, people and their memberships, meetings with their agenda,
attendance, attachments, and the protocol's paragraphs.

A paragraph is an agenda item once the protocol is drawn up: ``paragraph_number`` is set
then, by the body's numbering rule. ``Meeting.adjusted_on`` marks the protocol justerat:
from then on the meeting, its items, decisions and attendance never change (the services
refuse, and triggers in the database refuse too); ``fingerprint`` is the SHA-256 of the
protocol's content at adjustment.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.meetings.vocabulary import (
    ATTENDANCE_KINDS,
    BODY_KINDS,
    ITEM_KINDS,
    LINK_KINDS,
    MEMBER_ROLES,
    NUMBERING_RULES,
    STANDARD_ITEMS,
)
from agenda_desktop.core.store.models.base import Base, LoggedChild, Versioned, check_in


class Body(Versioned, Base):
    """An organ: a board, committee, steering group, council or joint body."""

    __tablename__ = "body"
    __table_args__ = (
        CheckConstraint(check_in("kind", BODY_KINDS), name="kind"),
        CheckConstraint(check_in("numbering", NUMBERING_RULES), name="numbering"),
        CheckConstraint("numbering_start >= 1", name="numbering_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    owners: Mapped[str] = mapped_column(Text, default="")  # the owning organisation(s)
    numbering: Mapped[str] = mapped_column(String(10), default="lopande")
    # The first paragraph number ever used (for "lopande": e.g. 1166 when the register
    # starts in the middle of a body's life).
    numbering_start: Mapped[int] = mapped_column(Integer, default=1)
    keeps_notes: Mapped[bool] = mapped_column(Boolean, default=False)  # anteckningar
    description: Mapped[str] = mapped_column(Text, default="")


class Person(Versioned, Base):
    """Someone who sits in bodies or attends meetings; kept once for all bodies."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    party: Mapped[str | None] = mapped_column(String(10))  # a code of PARTIES
    organisation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")  # e.g. "kommundirektör"
    email: Mapped[str] = mapped_column(String(200), default="")


class Membership(Versioned, Base):
    """A person's seat in a body for a period of office, with a role."""

    __tablename__ = "membership"
    __table_args__ = (
        CheckConstraint(check_in("role", MEMBER_ROLES), name="role"),
        CheckConstraint("end_date IS NULL OR start_date <= end_date", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    represents: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class Meeting(Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")  # a room, or "Digitalt"
    notes: Mapped[str] = mapped_column(Text, default="")  # practical notes for the notice
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    adjustment_place: Mapped[str] = mapped_column(String(300), default="")
    adjustment_date: Mapped[date | None] = mapped_column(Date)  # justeringsdag, planned
    numbered_at: Mapped[datetime | None] = mapped_column(DateTime)  # protocol drawn up
    adjusted_on: Mapped[date | None] = mapped_column(Date)  # justerat: read-only for good
    fingerprint: Mapped[str | None] = mapped_column(String(64))

    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    attendance: Mapped[list[Attendance]] = relationship(cascade="all, delete-orphan")
    adjusters: Mapped[list[MeetingAdjuster]] = relationship(
        order_by="MeetingAdjuster.position", cascade="all, delete-orphan"
    )


class MeetingAdjuster(LoggedChild, Base):
    """A justerare of a meeting's protocol."""

    __tablename__ = "meeting_adjuster"
    change_log_parent = "meeting_id"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AgendaItem(Versioned, Base):
    """An item of the agenda; a paragraph (§) of the protocol once it is numbered.

    ``standard`` marks the opening items and the closing (a key of STANDARD_ITEMS).
    ``corrects_item_id`` points at an adjusted paragraph that this decision corrects.
    """

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint(check_in("kind", ITEM_KINDS), name="kind"),
        CheckConstraint(
            f"standard IS NULL OR {check_in('standard', STANDARD_ITEMS)}", name="standard"
        ),
        UniqueConstraint("meeting_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1-based agenda order ("punkt 3")
    kind: Mapped[str] = mapped_column(String(12), default="beslut")
    standard: Mapped[str | None] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(300))
    matter: Mapped[str] = mapped_column(Text, default="")  # ärendet, bakgrund
    diarienummer: Mapped[str] = mapped_column(String(60), default="")
    rapporteur: Mapped[str] = mapped_column(String(200), default="")
    paragraph_number: Mapped[int | None] = mapped_column(Integer)
    decision_intro: Mapped[str] = mapped_column(Text, default="")  # e.g. "Nämnden beslutar"
    reservations: Mapped[str] = mapped_column(Text, default="")
    protocol_note: Mapped[str] = mapped_column(Text, default="")  # protokollsanteckning
    outcome: Mapped[str] = mapped_column(Text, default="")  # anteckningar: the outcome
    corrects_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id"))

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    clauses: Mapped[list[DecisionClause]] = relationship(
        order_by="DecisionClause.position", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.id", cascade="all, delete-orphan"
    )
    links: Mapped[list[ParagraphLink]] = relationship(cascade="all, delete-orphan")


class DecisionClause(LoggedChild, Base):
    """One "att …" clause of a paragraph's decision."""

    __tablename__ = "decision_clause"
    change_log_parent = "item_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class Attachment(LoggedChild, Base):
    """A file attached to an agenda item, copied into the database (never a path)."""

    __tablename__ = "attachment"
    change_log_parent = "item_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class Attendance(LoggedChild, Base):
    """Who attended a meeting, and how.

    A serving substitute names the member it serves for; a participant present for part
    of the meeting gives the agenda items it attended (``from_item``–``to_item``).
    """

    __tablename__ = "attendance"
    change_log_parent = "meeting_id"
    __table_args__ = (
        CheckConstraint(check_in("kind", ATTENDANCE_KINDS), name="kind"),
        CheckConstraint(
            "from_item IS NULL OR to_item IS NULL OR from_item <= to_item", name="items"
        ),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    serving_for_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(200), default="")  # for others: their role
    from_item: Mapped[int | None] = mapped_column(Integer)
    to_item: Mapped[int | None] = mapped_column(Integer)


class ParagraphLink(LoggedChild, Base):
    """What a paragraph decided on: a goal, a målsättning, an action, a commitment.

    ``target`` is the linked thing's key as text (a goal number, an id).
    """

    __tablename__ = "paragraph_link"
    change_log_parent = "item_id"
    __table_args__ = (CheckConstraint(check_in("kind", LINK_KINDS), name="kind"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    target: Mapped[str] = mapped_column(String(40), primary_key=True)
