"""What a meeting's printed documents read: one meeting as frozen rows, read in one go.

The notice (``kallelse``), the protocol (``protokoll``) and the handouts (``handout``) read
the meeting with :func:`load_meeting` straight from the models (one unit of work, no live
ORM objects afterwards), and share the small formatting helpers here: Swedish dates and
times, "§ 1166–1171", "Anna Berg (S)".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.meetings.upcoming import UpcomingMeeting, upcoming_meetings
from agenda_desktop.core.meetings.vocabulary import MEMBER_ROLES
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import (
    AgendaItem,
    Attachment,
    Body,
    Meeting,
    MeetingAdjuster,
    Membership,
    Person,
)

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
# The order of the roles in a member list: the chair first, then the members, substitutes …
ROLE_ORDER = tuple(MEMBER_ROLES)
NEXT_MEETINGS = 6


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    name: str
    party: str | None
    organisation: str
    title: str
    email: str

    @property
    def label(self) -> str:
        """The name with the party: "Anna Berg (S)"."""
        return f"{self.name} ({self.party})" if self.party else self.name


@dataclass(frozen=True)
class Seat:
    """A person's seat in the body on the meeting's day."""

    person: PersonRow
    role: str  # a code of MEMBER_ROLES
    represents: str

    @property
    def role_name(self) -> str:
        return MEMBER_ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class Presence:
    """One row of the meeting's attendance, with the person's seat in the body, if any."""

    person: PersonRow
    kind: str  # a code of ATTENDANCE_KINDS
    seat: Seat | None
    serving_for: PersonRow | None
    role: str  # for other participants: their role
    from_item: int | None
    to_item: int | None

    @property
    def items_label(self) -> str:
        """ "punkt 1–4", "punkt 3", or "" when present for the whole meeting."""
        first, last = self.from_item, self.to_item
        if first is None and last is None:
            return ""
        if first is None or last is None or first == last:
            return f"punkt {first if first is not None else last}"
        return f"punkt {first}–{last}"


@dataclass(frozen=True)
class AttachmentRow:
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class ItemRow:
    item_id: int
    position: int
    kind: str  # "beslut" or "information"
    standard: str | None
    title: str
    matter: str
    diarienummer: str
    rapporteur: str
    paragraph_number: int | None
    decision_intro: str
    clauses: tuple[str, ...]
    reservations: str
    protocol_note: str
    outcome: str
    attachments: tuple[AttachmentRow, ...]
    corrects: str  # "§ 1160 (2026-10-01)" when this decision corrects an adjusted one

    @property
    def label(self) -> str:
        """ "§ 1166" once numbered, else "Punkt 3"."""
        if self.paragraph_number is not None:
            return f"§ {self.paragraph_number}"
        return f"Punkt {self.position}"


@dataclass(frozen=True)
class MeetingDoc:
    meeting_id: int
    body_id: int
    body_name: str
    body_kind: str
    owners: str
    keeps_notes: bool
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    notes: str
    secretary: PersonRow | None
    adjustment_place: str
    adjustment_date: date | None
    numbered_at: datetime | None
    adjusted_on: date | None
    fingerprint: str | None
    items: tuple[ItemRow, ...]
    seats: tuple[Seat, ...]  # the body's members on the day, chair first
    attendance: tuple[Presence, ...]
    adjusters: tuple[PersonRow, ...]
    next_meetings: tuple[UpcomingMeeting, ...]  # the body's next meetings after this one

    @property
    def subject(self) -> str:
        """ "Kommunstyrelsen 2026-11-22"."""
        return f"{self.body_name} {self.held_on.isoformat()}"

    @property
    def paragraphs(self) -> str:
        """ "§ 1166–1171" (or "§ 1166"), or "" while the items are not numbered."""
        numbers = [i.paragraph_number for i in self.items if i.paragraph_number is not None]
        if not numbers:
            return ""
        first, last = min(numbers), max(numbers)
        return f"§ {first}" if first == last else f"§ {first}–{last}"

    def present(self, *kinds: str) -> list[Presence]:
        return [row for row in self.attendance if row.kind in kinds]


def long_date(day: date) -> str:
    """ "Tisdag 24 november 2026"."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    return text[0].upper() + text[1:]


def clock(moment: time) -> str:
    """ "13.00", as Swedish documents write the time."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def time_span(starts_at: time | None, ends_at: time | None) -> str:
    """ "kl. 13.00–16.00", "kl. 13.00", or "" when no time is set."""
    if starts_at is None:
        return ""
    if ends_at is None:
        return f"kl. {clock(starts_at)}"
    return f"kl. {clock(starts_at)}–{clock(ends_at)}"


def file_size(size: int) -> str:
    """ "12 kB", "1,4 MB"."""
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{round(size / 1000)} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def load_meeting(database: Database, meeting_id: int) -> MeetingDoc:
    """The meeting with everything its documents print.

    Raises:
        NotFoundError: there is no such meeting.
    """
    with database.unit_of_work() as session:
        meeting = session.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.items).selectinload(AgendaItem.clauses),
                selectinload(Meeting.items)
                .selectinload(AgendaItem.attachments)
                .defer(Attachment.content),
                selectinload(Meeting.attendance),
                selectinload(Meeting.adjusters),
            )
        ).one_or_none()
        if meeting is None:
            raise NotFoundError(f"Mötet med nummer {meeting_id} finns inte (längre).")
        body = session.get_one(Body, meeting.body_id)
        seats = _seats(session, body.id, meeting.held_on)
        seat_of = {seat.person.person_id: seat for seat in seats}
        ids = {row.person_id for row in meeting.attendance}
        ids |= {row.serving_for_id for row in meeting.attendance if row.serving_for_id}
        ids |= {adjuster.person_id for adjuster in meeting.adjusters}
        if meeting.secretary_id is not None:
            ids.add(meeting.secretary_id)
        people = _people(session, ids)
        attendance = tuple(
            sorted(
                (
                    Presence(
                        person=people[row.person_id],
                        kind=row.kind,
                        seat=seat_of.get(row.person_id),
                        serving_for=people.get(row.serving_for_id or 0),
                        role=row.role,
                        from_item=row.from_item,
                        to_item=row.to_item,
                    )
                    for row in meeting.attendance
                ),
                key=_presence_order,
            )
        )
        items = tuple(_item(session, item) for item in meeting.items)
        adjusters = tuple(
            people[adjuster.person_id]
            for adjuster in sorted(meeting.adjusters, key=_adjuster_order)
        )
        doc = MeetingDoc(
            meeting_id=meeting.id,
            body_id=body.id,
            body_name=body.name,
            body_kind=body.kind,
            owners=body.owners,
            keeps_notes=body.keeps_notes,
            held_on=meeting.held_on,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            place=meeting.place,
            notes=meeting.notes,
            secretary=people.get(meeting.secretary_id or 0),
            adjustment_place=meeting.adjustment_place,
            adjustment_date=meeting.adjustment_date,
            numbered_at=meeting.numbered_at,
            adjusted_on=meeting.adjusted_on,
            fingerprint=meeting.fingerprint,
            items=items,
            seats=seats,
            attendance=attendance,
            adjusters=adjusters,
            next_meetings=(),
        )
    following = upcoming_meetings(database, doc.held_on, body_id=doc.body_id, limit=NEXT_MEETINGS)
    return replace(doc, next_meetings=tuple(following))


def latest_meeting_id(database: Database, *, with_protocol: bool) -> int | None:
    """The most recent meeting (by day) that has an agenda, or a protocol when asked.

    A meeting has a protocol once its paragraphs are numbered (or it is adjusted).
    """
    query = select(Meeting.id).where(
        select(AgendaItem.id).where(AgendaItem.meeting_id == Meeting.id).exists()
    )
    if with_protocol:
        query = query.where(
            Meeting.numbered_at.is_not(None)
            | Meeting.adjusted_on.is_not(None)
            | select(AgendaItem.id)
            .where(AgendaItem.meeting_id == Meeting.id, AgendaItem.paragraph_number.is_not(None))
            .exists()
        )
    query = query.order_by(Meeting.held_on.desc(), Meeting.starts_at.desc(), Meeting.id.desc())
    with database.unit_of_work() as session:
        return session.scalars(query.limit(1)).first()


# --- reading ---


def _person(person: Person) -> PersonRow:
    return PersonRow(
        person_id=person.id,
        name=person.name,
        party=person.party,
        organisation=person.organisation,
        title=person.title,
        email=person.email,
    )


def _people(session: Session, ids: set[int]) -> dict[int, PersonRow]:
    if not ids:
        return {}
    rows = session.scalars(select(Person).where(Person.id.in_(ids)))
    return {person.id: _person(person) for person in rows}


def _seats(session: Session, body_id: int, day: date) -> tuple[Seat, ...]:
    rows = session.execute(
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.body_id == body_id,
            Membership.start_date <= day,
            Membership.end_date.is_(None) | (Membership.end_date >= day),
        )
    )
    seats = {
        # one seat per person: the first role in ROLE_ORDER when a person holds two
        membership.person_id: Seat(_person(person), membership.role, membership.represents)
        for membership, person in sorted(rows, key=lambda row: -_role_rank(row[0].role))
    }
    return tuple(sorted(seats.values(), key=lambda s: (_role_rank(s.role), s.person.name)))


def _role_rank(role: str) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def _presence_order(row: Presence) -> tuple[int, str]:
    role = row.seat.role if row.seat is not None else ""
    return (_role_rank(role), row.person.name)


def _adjuster_order(adjuster: MeetingAdjuster) -> tuple[int, int]:
    return (adjuster.position, adjuster.person_id)


def _item(session: Session, item: AgendaItem) -> ItemRow:
    corrects = ""
    if item.corrects_item_id is not None:
        corrected = session.get(AgendaItem, item.corrects_item_id)
        if corrected is not None:
            number = corrected.paragraph_number
            label = f"§ {number}" if number is not None else corrected.title
            corrects = f"{label} ({corrected.meeting.held_on.isoformat()})"
    return ItemRow(
        item_id=item.id,
        position=item.position,
        kind=item.kind,
        standard=item.standard,
        title=item.title,
        matter=item.matter,
        diarienummer=item.diarienummer,
        rapporteur=item.rapporteur,
        paragraph_number=item.paragraph_number,
        decision_intro=item.decision_intro,
        clauses=tuple(clause.text for clause in item.clauses),
        reservations=item.reservations,
        protocol_note=item.protocol_note,
        outcome=item.outcome,
        attachments=tuple(
            AttachmentRow(a.filename, a.media_type, a.size) for a in item.attachments
        ),
        corrects=corrects,
    )
