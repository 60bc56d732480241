"""Attendance and quorum of a meeting, inside the meeting service's unit of work."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import attendance_rules as rules
from agenda_desktop.core.meetings.vocabulary import ATTENDANCE_KINDS
from agenda_desktop.core.services import meetings_agenda as agenda
from agenda_desktop.core.services import meetings_queries as queries
from agenda_desktop.core.services.meetings_types import (
    AttendanceGroup,
    AttendanceInput,
    AttendanceRow,
    MemberInOffice,
)
from agenda_desktop.core.store.models.meetings import Attendance, Meeting, Person


def _members(session: Session, meeting: Meeting) -> list[MemberInOffice]:
    return queries.members_in_office(session, meeting.body_id, meeting.held_on)


def _current(session: Session, meeting_id: int) -> dict[int, tuple[str, int | None]]:
    rows = session.execute(
        select(Attendance.person_id, Attendance.kind, Attendance.serving_for_id).where(
            Attendance.meeting_id == meeting_id
        )
    ).all()
    return {person: (kind, served) for person, kind, served in rows}


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())


def set_attendance(session: Session, meeting_id: int, data: AttendanceInput) -> None:
    """Record (or change) how one person attended; the rules of substitutes apply."""
    rules.check_kind(data.kind)
    meeting = queries.editable_meeting(session, meeting_id)
    if session.get(Person, data.person_id) is None:
        raise NotFoundError(f"Personen {data.person_id} finns inte (längre).")
    members = _members(session, meeting)
    voting = {m.person_id: m.name for m in members if m.is_voting}
    current = _current(session, meeting_id)
    others = {pid: value for pid, value in current.items() if pid != data.person_id}
    names = _names(session, set(others))
    serving_for: int | None = None
    if data.kind == "tjanstgorande_ersattare":
        serving_for = rules.check_serving_for(
            data.person_id, data.serving_for_id, voting, others, names
        )
    if data.kind == "narvarande":
        for other, (kind, served) in others.items():
            if kind == "tjanstgorande_ersattare" and served == data.person_id:
                raise ValidationError(
                    rules.FIELD_KIND,
                    f"{names.get(other, 'en ersättare')} tjänstgör redan för "
                    f"{voting.get(data.person_id, 'personen')}; ändra ersättarens närvaro först.",
                )
    role = rules.check_role(data.role)
    from_item, to_item = data.from_item, data.to_item
    if data.kind in ("narvarande", "tjanstgorande_ersattare", "ovrig"):
        rules.check_items(from_item, to_item, agenda.item_count(session, meeting_id))
    else:
        from_item = to_item = None
    row = session.get(Attendance, (meeting_id, data.person_id))
    if row is None:
        row = Attendance(meeting_id=meeting_id, person_id=data.person_id)
        session.add(row)
    row.kind = data.kind
    row.serving_for_id = serving_for
    row.role = role
    row.from_item = from_item
    row.to_item = to_item


def clear_attendance(session: Session, meeting_id: int, person_id: int) -> None:
    """Forget how a person attended (e.g. an övrig deltagare added by mistake)."""
    queries.editable_meeting(session, meeting_id)
    row = session.get(Attendance, (meeting_id, person_id))
    if row is None:
        return
    for other, (kind, served) in _current(session, meeting_id).items():
        if kind == "tjanstgorande_ersattare" and served == person_id and other != person_id:
            raise ValidationError(
                rules.FIELD_KIND,
                "en tjänstgörande ersättare ersätter personen; ändra ersättarens närvaro först.",
            )
    session.delete(row)


def attendance_groups(session: Session, meeting_id: int) -> list[AttendanceGroup]:
    """The recorded attendance by kind, in the protocol's order; empty kinds are left out."""
    meeting = queries.meeting_row(session, meeting_id)
    seats = {m.person_id: m for m in _members(session, meeting)}
    rows = session.execute(
        select(Attendance, Person)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.meeting_id == meeting_id)
    ).all()
    recorded = list(rows)
    names = _names(session, {a.serving_for_id for a, _p in recorded if a.serving_for_id})
    by_kind: dict[str, list[AttendanceRow]] = {}
    for attendance, person in recorded:
        seat = seats.get(person.id)
        by_kind.setdefault(attendance.kind, []).append(
            AttendanceRow(
                person_id=person.id,
                name=person.name,
                party=person.party,
                organisation=seat.represents if seat else person.organisation,
                member_role=seat.role if seat else None,
                kind=attendance.kind,
                serving_for_id=attendance.serving_for_id,
                serving_for_name=names.get(attendance.serving_for_id or 0, ""),
                role=attendance.role,
                from_item=attendance.from_item,
                to_item=attendance.to_item,
                items_text=rules.items_text(attendance.from_item, attendance.to_item),
            )
        )
    groups = []
    for kind, kind_name in ATTENDANCE_KINDS.items():
        members = by_kind.get(kind)
        if not members:
            continue
        members.sort(key=lambda r: (rules.ROLE_ORDER.get(r.member_role, 99), r.name.casefold()))
        groups.append(AttendanceGroup(kind, kind_name, tuple(members)))
    return groups


def quorum(session: Session, meeting_id: int) -> rules.Quorum:
    meeting = queries.meeting_row(session, meeting_id)
    voting = [m.person_id for m in _members(session, meeting) if m.is_voting]
    return rules.quorum(voting, _current(session, meeting_id))
