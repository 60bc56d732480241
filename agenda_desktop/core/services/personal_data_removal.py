"""Anonymising a person who has left, without touching an adjusted protocol.

The rules, and why:

1. An adjusted (justerat) protocol is a public record (allmän handling) and never
   changes: the services and the database refuse. Such a protocol shows the person
   through rows that stay as they are (attendance, secretary, adjusters) and through
   two things outside it, which must then stay too:

   * the person's row: the name always; the party when the protocol lists the person
     (attendance, served-for, adjusters); the organisation when the person is in its
     attendance; the title when the person is among its other participants (övriga)
     with no role given (the printed protocol falls back to the title). The fingerprint
     covers name, party and organisation, so changing them would break
     ``ProtocolService.verify``. The e-mail address is in no protocol: always cleared;
   * the person's seat (membership) in the body on an adjusted meeting's day, when the
     person is in that meeting's attendance: the printed protocol reads the role
     (ordförande, ersättare …) and the organisation represented from it. Such a seat is
     kept; if it is still running, it is ended today (or on its last adjusted meeting,
     if that is later): the person has left.

2. Everything else linked to the person is removed: the other memberships (they show
   nothing public, so they are deleted rather than ended), attendance in meetings whose
   protocol is not adjusted (a substitute who served for the person there keeps the row,
   without "for whom"), secretary and adjuster roles of such meetings, contacts of
   networks, "our contact person" of networks, and responsibility for commitments.

3. When no adjusted protocol names the person, the person's row is deleted as well:
   nothing about them remains (what ``BodyService.delete_person`` refuses while links
   exist is done here on purpose, link by link).

4. Free texts that name the person are not changed (see ``personal_data_mentions``).

``plan`` works out the changes (the preview), ``carry_out`` makes them; the service
runs both in one transaction so that a failure leaves everything as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agenda_desktop.core.meetings.membership_rules import period_text
from agenda_desktop.core.meetings.vocabulary import MEMBER_ROLES
from agenda_desktop.core.services.personal_data_reading import meeting_ref
from agenda_desktop.core.services.personal_data_types import MeetingRef
from agenda_desktop.core.store.models import (
    Attendance,
    Body,
    Commitment,
    Meeting,
    MeetingAdjuster,
    Membership,
    Network,
    NetworkContact,
    Person,
)


@dataclass
class Plan:
    """The changes anonymising one person makes, worked out but not yet made."""

    person: Person
    adjusted: dict[int, MeetingRef] = field(default_factory=dict)  # by meeting id
    kept_fields: set[str] = field(default_factory=set)  # of party, organisation, title
    # seats an adjusted protocol shows: ended on the date given / already ended; with
    # their description ("Uppdraget som ledamot i Kommunstyrelsen (från 2023-01-01)")
    ended_seats: list[tuple[Membership, date, str]] = field(default_factory=list)
    kept_seats: list[str] = field(default_factory=list)
    dropped_seats: list[Membership] = field(default_factory=list)
    dropped_attendance: list[Attendance] = field(default_factory=list)
    unlinked_substitutes: list[Attendance] = field(default_factory=list)
    cleared_secretary: list[Meeting] = field(default_factory=list)
    dropped_adjusters: list[MeetingAdjuster] = field(default_factory=list)
    dropped_contacts: list[NetworkContact] = field(default_factory=list)
    cleared_contact_of: list[Network] = field(default_factory=list)
    cleared_commitments: list[Commitment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what is removed, in words

    @property
    def deletes_person(self) -> bool:
        return not self.adjusted


def plan(session: Session, person: Person, today: date) -> Plan:
    """Work out what anonymising ``person`` changes (nothing is changed yet)."""
    result = Plan(person)
    attended = _attendance(session, result)
    _protocol_roles(session, result)
    _seats(session, result, attended, today)
    _networks(session, result)
    return result


def _ref(session: Session, meeting_id: int) -> MeetingRef:
    return meeting_ref(session, session.get_one(Meeting, meeting_id))


def _attendance(session: Session, result: Plan) -> dict[int, list[date]]:
    """Sort the attendance rows; return the adjusted meeting days attended, by body."""
    person_id = result.person.id
    attended: dict[int, list[date]] = {}
    rows = session.scalars(
        select(Attendance).where(
            or_(Attendance.person_id == person_id, Attendance.serving_for_id == person_id)
        )
    )
    for row in rows:
        ref = _ref(session, row.meeting_id)
        own = row.person_id == person_id
        if ref.adjusted:
            result.adjusted[ref.meeting_id] = ref
            result.kept_fields.add("party")
            if own:
                result.kept_fields.add("organisation")
                if row.kind == "ovrig" and not row.role:
                    result.kept_fields.add("title")
                meeting = session.get_one(Meeting, row.meeting_id)
                attended.setdefault(meeting.body_id, []).append(meeting.held_on)
        elif own:
            result.dropped_attendance.append(row)
            result.notes.append(f"Närvaron vid {ref.label} (protokollet är inte justerat).")
        else:
            result.unlinked_substitutes.append(row)
            substitute = session.get_one(Person, row.person_id).name
            result.notes.append(
                f"Uppgiften att {substitute} tjänstgjorde för personen vid {ref.label}; "
                f"{substitute} står kvar som tjänstgörande ersättare."
            )
    return attended


def _protocol_roles(session: Session, result: Plan) -> None:
    person_id = result.person.id
    for meeting in session.scalars(select(Meeting).where(Meeting.secretary_id == person_id)):
        ref = meeting_ref(session, meeting)
        if ref.adjusted:
            result.adjusted[ref.meeting_id] = ref
        else:
            result.cleared_secretary.append(meeting)
            result.notes.append(f"Rollen som sekreterare vid {ref.label}.")
    adjusters = session.scalars(
        select(MeetingAdjuster).where(MeetingAdjuster.person_id == person_id)
    )
    for adjuster in adjusters:
        ref = _ref(session, adjuster.meeting_id)
        if ref.adjusted:
            result.adjusted[ref.meeting_id] = ref
            result.kept_fields.add("party")
        else:
            result.dropped_adjusters.append(adjuster)
            result.notes.append(f"Rollen som justerare vid {ref.label}.")


def _seats(session: Session, result: Plan, attended: dict[int, list[date]], today: date) -> None:
    """Keep a seat an adjusted protocol shows (ended, if running); drop the others."""
    seats = session.execute(
        select(Membership, Body.name).join(Body).where(Membership.person_id == result.person.id)
    ).all()
    for seat, body_name in seats:
        days = [
            day
            for day in attended.get(seat.body_id, [])
            if seat.start_date <= day and (seat.end_date is None or day <= seat.end_date)
        ]
        role = MEMBER_ROLES.get(seat.role, seat.role).lower()
        what = f"Uppdraget som {role} i {body_name} ({period_text(seat.start_date, seat.end_date)})"
        if not days:
            result.dropped_seats.append(seat)
            result.notes.append(f"{what}.")
        elif seat.end_date is None or seat.end_date > today:
            result.ended_seats.append((seat, max(today, *days), what))
        else:
            result.kept_seats.append(what)


def _networks(session: Session, result: Plan) -> None:
    person_id = result.person.id
    contacts = session.execute(
        select(NetworkContact, Network.name)
        .join(Network, Network.id == NetworkContact.network_id)
        .where(NetworkContact.person_id == person_id)
    ).all()
    for contact, name in contacts:
        result.dropped_contacts.append(contact)
        result.notes.append(f"Rollen som kontaktperson hos arrangören för nätverket {name}.")
    for network in session.scalars(select(Network).where(Network.contact_person_id == person_id)):
        result.cleared_contact_of.append(network)
        result.notes.append(f"Rollen som vår kontaktperson för nätverket {network.name}.")
    commitments = session.execute(
        select(Commitment, Network.name)
        .join(Network, Network.id == Commitment.network_id)
        .where(Commitment.responsible_person_id == person_id)
    ).all()
    for commitment, name in commitments:
        result.cleared_commitments.append(commitment)
        text = " ".join(commitment.text.split())
        short = text if len(text) <= 60 else f"{text[:59]}…"
        result.notes.append(f"Ansvaret för ”{short}” i nätverket {name}.")


def carry_out(session: Session, changes: Plan) -> None:
    """Make the changes of ``changes`` (in the caller's transaction)."""
    for row in changes.unlinked_substitutes:
        row.serving_for_id = None
    for row in changes.dropped_attendance:
        session.delete(row)
    for meeting in changes.cleared_secretary:
        meeting.secretary_id = None
    for adjuster in changes.dropped_adjusters:
        session.delete(adjuster)
    session.flush()
    for contact in changes.dropped_contacts:
        session.delete(contact)
    for network in changes.cleared_contact_of:
        network.contact_person_id = None
    for commitment in changes.cleared_commitments:
        commitment.responsible_person_id = None
    for seat in changes.dropped_seats:
        session.delete(seat)
    for seat, end, _what in changes.ended_seats:
        seat.end_date = end
    session.flush()
    clear_person(session, changes)


def clear_person(session: Session, changes: Plan) -> None:
    """Delete the person, or keep only what the adjusted protocols show."""
    person = changes.person
    if changes.deletes_person:
        session.delete(person)
    else:
        person.email = ""
        if "party" not in changes.kept_fields:
            person.party = None
        if "organisation" not in changes.kept_fields:
            person.organisation = ""
        if "title" not in changes.kept_fields:
            person.title = ""
    session.flush()
