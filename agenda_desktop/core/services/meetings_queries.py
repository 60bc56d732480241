"""Reads for the meeting service inside its unit of work: rows turned into frozen values."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import agenda_rules
from agenda_desktop.core.meetings.attendance_rules import ROLE_ORDER
from agenda_desktop.core.meetings.vocabulary import VOTING_ROLES
from agenda_desktop.core.services.meetings_types import (
    AgendaItemInfo,
    AttachmentInfo,
    MeetingInfo,
    MemberInOffice,
)
from agenda_desktop.core.store.models.meetings import (
    AgendaItem,
    Attachment,
    Body,
    Meeting,
    Membership,
    Person,
)


def meeting_row(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"Mötet {meeting_id} finns inte (längre).")
    return meeting


def editable_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, or a ValidationError when its protocol is adjusted (justerat)."""
    meeting = meeting_row(session, meeting_id)
    if meeting.adjusted_on is not None:
        raise ValidationError(
            agenda_rules.FIELD_MEETING,
            f"protokollet justerades {meeting.adjusted_on.isoformat()} och kan inte ändras. "
            "Rättelser görs genom ett beslut på ett senare möte.",
        )
    return meeting


def item_row(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"Punkten {item_id} finns inte (längre).")
    return item


def meeting_state(meeting: Meeting) -> str:
    if meeting.adjusted_on is not None:
        return "justerat"
    return "upprattat" if meeting.numbered_at is not None else "planerat"


def meeting_infos(session: Session, meetings: list[Meeting]) -> list[MeetingInfo]:
    ids = [meeting.id for meeting in meetings]
    counts = dict(
        session.execute(
            select(AgendaItem.meeting_id, func.count())
            .where(AgendaItem.meeting_id.in_(ids))
            .group_by(AgendaItem.meeting_id)
        ).all()
    )
    body_ids = {meeting.body_id for meeting in meetings}
    names = dict(session.execute(select(Body.id, Body.name).where(Body.id.in_(body_ids))).all())
    return [
        MeetingInfo(
            meeting_id=meeting.id,
            body_id=meeting.body_id,
            body_name=names.get(meeting.body_id, ""),
            held_on=meeting.held_on,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            place=meeting.place,
            notes=meeting.notes,
            state=meeting_state(meeting),
            item_count=int(counts.get(meeting.id, 0)),
            adjusted_on=meeting.adjusted_on,
            version=meeting.version,
        )
        for meeting in meetings
    ]


def item_infos(session: Session, meeting_id: int) -> list[AgendaItemInfo]:
    items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        )
    )
    counts = dict(
        session.execute(
            select(Attachment.item_id, func.count())
            .where(Attachment.item_id.in_([item.id for item in items]))
            .group_by(Attachment.item_id)
        ).all()
    )
    standards = [item.standard for item in items]
    return [
        AgendaItemInfo(
            item_id=item.id,
            meeting_id=item.meeting_id,
            position=item.position,
            kind=item.kind,
            standard=item.standard,
            title=item.title,
            matter=item.matter,
            diarienummer=item.diarienummer,
            rapporteur=item.rapporteur,
            paragraph_number=item.paragraph_number,
            attachment_count=int(counts.get(item.id, 0)),
            can_move_up=agenda_rules.can_move(standards, index, -1),
            can_move_down=agenda_rules.can_move(standards, index, 1),
            version=item.version,
        )
        for index, item in enumerate(items)
    ]


def attachment_infos(session: Session, item_id: int) -> list[AttachmentInfo]:
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.item_id,
            Attachment.filename,
            Attachment.media_type,
            Attachment.size,
            Attachment.sha256,
            Attachment.added_at,
        )
        .where(Attachment.item_id == item_id)
        .order_by(Attachment.id)
    ).all()
    return [AttachmentInfo(*row) for row in rows]


def members_in_office(session: Session, body_id: int, day: date) -> list[MemberInOffice]:
    """The body's members whose period of office covers ``day``, in role order then name.

    A person with several seats (e.g. ledamot and sekreterare) is listed once, with the
    highest role.
    """
    rows = session.execute(
        select(Membership.role, Membership.represents, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.body_id == body_id,
            Membership.start_date <= day,
            or_(Membership.end_date.is_(None), Membership.end_date >= day),
        )
    ).all()
    best: dict[int, MemberInOffice] = {}
    for role, represents, person in rows:
        member = MemberInOffice(
            person_id=person.id,
            name=person.name,
            party=person.party,
            role=role,
            represents=represents or person.organisation,
            is_voting=role in VOTING_ROLES,
        )
        known = best.get(person.id)
        if known is None or ROLE_ORDER[role] < ROLE_ORDER[known.role]:
            best[person.id] = member
    return sorted(best.values(), key=lambda m: (ROLE_ORDER[m.role], m.name.casefold()))
