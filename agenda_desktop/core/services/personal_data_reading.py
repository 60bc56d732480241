"""Reading everything linked to one person, straight on the models.

Linked means a foreign key names the person: memberships, attendance (the person's own
rows and the rows of substitutes serving for them), secretary and adjuster roles,
network contacts, "our contact person" of a network, and commitments the person is
responsible for. Free texts that merely name the person are found by
:mod:`.personal_data_mentions`. ``change_log`` reads what the change log holds about the
person: their record's changes and the logged texts that name them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.meetings.vocabulary import ATTENDANCE_KINDS, MEMBER_ROLES, PARTIES
from agenda_desktop.core.networks.vocabulary import COMMITMENT_KINDS
from agenda_desktop.core.services.change_log import ChangeInfo, change_info
from agenda_desktop.core.services.personal_data_mentions import search_terms
from agenda_desktop.core.services.personal_data_types import (
    AttendanceRow,
    CommitmentRow,
    MeetingRef,
    MembershipRow,
    NetworkRoleRow,
    PersonFields,
    ProtocolRoleRow,
)
from agenda_desktop.core.store.models import (
    Attendance,
    Body,
    ChangeLogEntry,
    Commitment,
    Meeting,
    MeetingAdjuster,
    Membership,
    Network,
    NetworkContact,
    Person,
)

SECRETARY = "Sekreterare"
ADJUSTER = "Justerare"


def require_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"Personen {person_id} finns inte (längre) i personregistret.")
    return person


def fields(person: Person) -> PersonFields:
    return PersonFields(
        person_id=person.id,
        name=person.name,
        party=person.party,
        party_name=PARTIES.get(person.party, person.party) if person.party else "",
        organisation=person.organisation,
        title=person.title,
        email=person.email,
    )


def meeting_ref(session: Session, meeting: Meeting) -> MeetingRef:
    body = session.get_one(Body, meeting.body_id)
    return MeetingRef(meeting.id, body.name, meeting.held_on, meeting.adjusted_on is not None)


def _meeting_key(ref: MeetingRef) -> tuple[date, str, int]:
    return (ref.held_on, ref.body_name, ref.meeting_id)


def memberships(session: Session, person_id: int) -> tuple[MembershipRow, ...]:
    rows = session.execute(
        select(Membership, Body.name).join(Body).where(Membership.person_id == person_id)
    ).all()
    found = [
        MembershipRow(
            body_name=name,
            role_name=MEMBER_ROLES.get(m.role, m.role),
            represents=m.represents,
            start_date=m.start_date,
            end_date=m.end_date,
        )
        for m, name in rows
    ]
    return tuple(sorted(found, key=lambda row: (row.start_date, row.body_name)))


def items_label(first: int | None, last: int | None) -> str:
    """ "punkt 1–4", "punkt 3", or "" when present for the whole meeting."""
    if first is None and last is None:
        return ""
    if first is None or last is None or first == last:
        return f"punkt {first if first is not None else last}"
    return f"punkt {first}–{last}"


def attendance(session: Session, person_id: int) -> tuple[AttendanceRow, ...]:
    rows = session.scalars(
        select(Attendance).where(
            or_(Attendance.person_id == person_id, Attendance.serving_for_id == person_id)
        )
    ).all()
    found = []
    for row in rows:
        meeting = meeting_ref(session, session.get_one(Meeting, row.meeting_id))
        if row.person_id == person_id:
            how = ATTENDANCE_KINDS.get(row.kind, row.kind)
            if row.serving_for_id is not None:
                how += f" för {session.get_one(Person, row.serving_for_id).name}"
        else:
            substitute = session.get_one(Person, row.person_id).name
            how = f"Ersattes av {substitute} (tjänstgörande ersättare)"
        found.append(AttendanceRow(meeting, how, row.role, items_label(row.from_item, row.to_item)))
    return tuple(sorted(found, key=lambda row: (_meeting_key(row.meeting), row.how)))


def protocol_roles(session: Session, person_id: int) -> tuple[ProtocolRoleRow, ...]:
    found = [
        ProtocolRoleRow(meeting_ref(session, meeting), SECRETARY)
        for meeting in session.scalars(select(Meeting).where(Meeting.secretary_id == person_id))
    ]
    adjusted_meetings = session.scalars(
        select(Meeting).join(MeetingAdjuster).where(MeetingAdjuster.person_id == person_id)
    )
    found += [ProtocolRoleRow(meeting_ref(session, m), ADJUSTER) for m in adjusted_meetings]
    return tuple(sorted(found, key=lambda row: (_meeting_key(row.meeting), row.role)))


def network_roles(session: Session, person_id: int) -> tuple[NetworkRoleRow, ...]:
    found = [
        NetworkRoleRow(network.name, "Vår kontaktperson")
        for network in session.scalars(
            select(Network).where(Network.contact_person_id == person_id)
        )
    ]
    contacts = session.execute(
        select(NetworkContact.role, Network.name)
        .join(Network, Network.id == NetworkContact.network_id)
        .where(NetworkContact.person_id == person_id)
    ).all()
    for role, name in contacts:
        label = "Kontaktperson hos arrangören"
        found.append(NetworkRoleRow(name, f"{label} ({role})" if role else label))
    return tuple(sorted(found, key=lambda row: (row.network_name.casefold(), row.role)))


def commitments(session: Session, person_id: int) -> tuple[CommitmentRow, ...]:
    rows = session.execute(
        select(Commitment, Network.name)
        .join(Network, Network.id == Commitment.network_id)
        .where(Commitment.responsible_person_id == person_id)
        .order_by(Network.name, Commitment.kind, Commitment.position)
    ).all()
    return tuple(
        CommitmentRow(name, COMMITMENT_KINDS.get(c.kind, c.kind), c.text, c.due_date)
        for c, name in rows
    )


def change_log(session: Session, person: Person) -> tuple[ChangeInfo, ...]:
    """The change log's rows about the person, oldest first: the person's own record (and
    its parts), the rows whose texts hold the full name or the e-mail address (case
    ignored, as for mentions), and the rows the person made (actor is the name)."""
    key = str(person.id)
    terms = search_terms(person.name, person.email)
    names = {person.name, " ".join(person.name.split())}
    condition = or_(
        (ChangeLogEntry.table_name == "person") & (ChangeLogEntry.record_key == key),
        (ChangeLogEntry.parent_table == "person") & (ChangeLogEntry.parent_key == key),
        ChangeLogEntry.actor.in_(names),
        *(
            or_(
                ChangeLogEntry.changes.icontains(term, autoescape=True),
                ChangeLogEntry.record_label.icontains(term, autoescape=True),
            )
            for term in terms
        ),
    )
    entries = session.scalars(select(ChangeLogEntry).where(condition).order_by(ChangeLogEntry.id))
    return tuple(change_info(entry) for entry in entries)
