"""Reading meetings for the protocol service: look-ups, refusals and the frozen snapshot.

Small read functions of the protocol's own, straight on the models, so the protocol does
not depend on the services that edit bodies and meetings.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import fingerprint as fp
from agenda_desktop.core.meetings.numbering import ChainMeeting
from agenda_desktop.core.meetings.vocabulary import ATTENDANCE_KINDS
from agenda_desktop.core.services.protocols_types import (
    Attendee,
    LinkInfo,
    Paragraph,
    ParagraphRef,
    PersonRef,
    Protocol,
)
from agenda_desktop.core.store.models import (
    Action,
    AgendaItem,
    Attendance,
    Body,
    Commitment,
    Goal,
    Meeting,
    Network,
    Objective,
    Person,
)

FIELD_PROTOCOL = "Protokoll"


def require_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(
        Meeting,
        meeting_id,
        options=[
            selectinload(Meeting.items).selectinload(AgendaItem.clauses),
            selectinload(Meeting.items).selectinload(AgendaItem.attachments),
            selectinload(Meeting.items).selectinload(AgendaItem.links),
            selectinload(Meeting.attendance),
            selectinload(Meeting.adjusters),
        ],
    )
    if meeting is None:
        raise NotFoundError(f"Mötet (id {meeting_id}) finns inte längre.")
    return meeting


def require_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"Punkten (id {item_id}) finns inte längre på dagordningen.")
    return item


def require_person(session: Session, person_id: int, field: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(field, f"personen (id {person_id}) finns inte längre.")
    return person


def body_of(session: Session, meeting: Meeting) -> Body:
    body = session.get(Body, meeting.body_id)
    if body is None:  # pragma: no cover - the foreign key keeps it
        raise NotFoundError(f"Organet (id {meeting.body_id}) finns inte längre.")
    return body


def require_open(session: Session, meeting: Meeting) -> None:
    """Refuse any change of an adjusted protocol, before the database would."""
    if meeting.adjusted_on is not None:
        body = body_of(session, meeting)
        raise ValidationError(
            FIELD_PROTOCOL,
            f"protokollet från {body.name} {meeting.held_on.isoformat()} är justerat "
            f"({meeting.adjusted_on.isoformat()}) och kan inte ändras. En rättelse görs "
            "genom ett nytt beslut i ett senare möte som hänvisar till paragrafen.",
        )


def chain_meetings(session: Session, meeting: Meeting) -> list[ChainMeeting]:
    """The body's other meetings with their item counts and paragraph numbers."""
    rows = session.execute(
        select(Meeting.id, Meeting.held_on, Meeting.starts_at).where(
            Meeting.body_id == meeting.body_id, Meeting.id != meeting.id
        )
    ).all()
    counts = dict(
        session.execute(
            select(AgendaItem.meeting_id, func.count())
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.body_id == meeting.body_id)
            .group_by(AgendaItem.meeting_id)
        ).all()
    )
    numbers: dict[int, list[int]] = {}
    for meeting_id, number in session.execute(
        select(AgendaItem.meeting_id, AgendaItem.paragraph_number)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.body_id == meeting.body_id, AgendaItem.paragraph_number.is_not(None))
    ):
        if number is not None:
            numbers.setdefault(meeting_id, []).append(number)
    return [
        ChainMeeting(
            meeting_id=row.id,
            held_on=row.held_on,
            starts_at=row.starts_at,
            item_count=counts.get(row.id, 0),
            numbers=tuple(sorted(numbers.get(row.id, []))),
        )
        for row in rows
    ]


def person_ref(person: Person) -> PersonRef:
    return PersonRef(person.id, person.name, person.party, person.organisation)


def _people(session: Session, ids: set[int]) -> dict[int, Person]:
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def paragraph_ref(session: Session, item: AgendaItem) -> ParagraphRef:
    meeting = session.get(Meeting, item.meeting_id)
    assert meeting is not None
    body = body_of(session, meeting)
    return ParagraphRef(
        item.id, meeting.id, body.name, meeting.held_on, item.paragraph_number, item.title
    )


def link_label(session: Session, kind: str, target: str) -> str:
    """What a link's target is called, or "" when it cannot be found (any more)."""
    if not target.isdigit():
        return ""
    key = int(target)
    if kind == "goal":
        goal = session.get(Goal, key)
        return f"Mål {goal.number}: {goal.short_sv}" if goal else ""
    if kind == "objective":
        objective = session.get(Objective, key)
        return objective.text if objective else ""
    if kind == "action":
        action = session.get(Action, key)
        return action.title if action else ""
    if kind == "commitment":
        commitment = session.get(Commitment, key)
        if commitment is None:
            return ""
        network = session.get_one(Network, commitment.network_id)
        return f"{commitment.text} ({network.name})"
    return ""


def _attendance_sorted(attendance: list[Attendance], people: dict[int, Person]) -> list[Attendance]:
    order = list(ATTENDANCE_KINDS)
    return sorted(
        attendance,
        key=lambda a: (
            order.index(a.kind) if a.kind in order else len(order),
            people[a.person_id].name if a.person_id in people else "",
        ),
    )


def snapshot(session: Session, meeting: Meeting) -> Protocol:
    body = body_of(session, meeting)
    person_ids = {a.person_id for a in meeting.attendance}
    person_ids |= {a.serving_for_id for a in meeting.attendance if a.serving_for_id}
    person_ids |= {a.person_id for a in meeting.adjusters}
    if meeting.secretary_id is not None:
        person_ids.add(meeting.secretary_id)
    people = _people(session, person_ids)
    item_ids = [item.id for item in meeting.items]
    correcting = (
        list(session.scalars(select(AgendaItem).where(AgendaItem.corrects_item_id.in_(item_ids))))
        if item_ids
        else []
    )
    corrected_by: dict[int, list[ParagraphRef]] = {}
    for later in correcting:
        assert later.corrects_item_id is not None
        corrected_by.setdefault(later.corrects_item_id, []).append(paragraph_ref(session, later))
    paragraphs = []
    for item in meeting.items:
        corrects = None
        if item.corrects_item_id is not None:
            corrects = paragraph_ref(session, require_item(session, item.corrects_item_id))
        paragraphs.append(
            Paragraph(
                item_id=item.id,
                position=item.position,
                number=item.paragraph_number,
                kind=item.kind,
                standard=item.standard,
                title=item.title,
                matter=item.matter,
                diarienummer=item.diarienummer,
                rapporteur=item.rapporteur,
                decision_intro=item.decision_intro,
                clauses=tuple(c.text for c in item.clauses),
                reservations=item.reservations,
                protocol_note=item.protocol_note,
                outcome=item.outcome,
                attachments=tuple(a.filename for a in item.attachments),
                links=tuple(
                    LinkInfo(link.kind, link.target, link_label(session, link.kind, link.target))
                    for link in sorted(item.links, key=lambda link: (link.kind, link.target))
                ),
                corrects=corrects,
                corrected_by=tuple(sorted(corrected_by.get(item.id, []), key=_ref_key)),
                version=item.version,
            )
        )
    attendance = tuple(
        Attendee(
            person=person_ref(people[a.person_id]),
            kind=a.kind,
            role=a.role,
            serving_for=person_ref(people[a.serving_for_id]) if a.serving_for_id else None,
            from_item=a.from_item,
            to_item=a.to_item,
        )
        for a in _attendance_sorted(meeting.attendance, people)
    )
    secretary = people.get(meeting.secretary_id) if meeting.secretary_id else None
    return Protocol(
        meeting_id=meeting.id,
        body_id=body.id,
        body_name=body.name,
        body_kind=body.kind,
        numbering=body.numbering,
        keeps_notes=body.keeps_notes,
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        secretary=person_ref(secretary) if secretary else None,
        adjusters=tuple(person_ref(people[a.person_id]) for a in meeting.adjusters),
        adjustment_place=meeting.adjustment_place,
        adjustment_date=meeting.adjustment_date,
        numbered_at=meeting.numbered_at,
        adjusted_on=meeting.adjusted_on,
        fingerprint=meeting.fingerprint,
        attendance=attendance,
        paragraphs=tuple(paragraphs),
        version=meeting.version,
    )


def _ref_key(ref: ParagraphRef) -> tuple[object, ...]:
    return (ref.held_on, ref.number or 0, ref.item_id)


def canonical(session: Session, meeting: Meeting, adjusted_on: date | None) -> fp.CanonicalProtocol:
    """The protocol's content as the fingerprint reads it (``adjusted_on``: the date set)."""
    protocol = snapshot(session, meeting)
    shas = {
        item.id: [f"{a.filename} {a.sha256}" for a in item.attachments] for item in meeting.items
    }
    paragraphs = tuple(
        fp.CanonicalParagraph(
            number=p.number,
            title=p.title,
            kind=p.kind,
            matter=p.matter,
            diarienummer=p.diarienummer,
            decision_intro=p.decision_intro,
            clauses=p.clauses,
            reservations=p.reservations,
            protocol_note=p.protocol_note,
            outcome=p.outcome,
            corrects=(
                f"{p.corrects.body_name} {p.corrects.held_on.isoformat()} § {p.corrects.number}"
                if p.corrects
                else ""
            ),
            attachments=tuple(shas.get(p.item_id, [])),
        )
        for p in protocol.paragraphs
    )
    attendance = tuple(
        fp.CanonicalAttendee(
            name=a.person.name,
            kind=a.kind,
            party=a.person.party or "",
            organisation=a.person.organisation,
            role=a.role,
            serving_for=a.serving_for.name if a.serving_for else "",
            from_item=a.from_item,
            to_item=a.to_item,
        )
        for a in protocol.attendance
    )
    return fp.CanonicalProtocol(
        body=protocol.body_name,
        held_on=protocol.held_on,
        starts_at=protocol.starts_at,
        ends_at=protocol.ends_at,
        place=protocol.place,
        attendance=attendance,
        paragraphs=paragraphs,
        secretary=protocol.secretary.name if protocol.secretary else "",
        adjusters=tuple(a.name for a in protocol.adjusters),
        adjustment_place=protocol.adjustment_place,
        adjusted_on=adjusted_on,
    )
