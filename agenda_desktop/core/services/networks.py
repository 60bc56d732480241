"""The network register: networks, our contact person, the organiser's contacts, the other
participants, the network's meeting dates (with ``.ics`` export) and its documents, and
new networks from a template (which fills in the template's commitments and links the
evidence the app already holds).

One public method is one user action in one transaction; everything returned is a frozen
value from :mod:`agenda_desktop.core.services.networks_types`. The rules live in
:mod:`agenda_desktop.core.networks.input_rules` and ``templates``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings.ics import calendar_text
from agenda_desktop.core.networks import input_rules as rules
from agenda_desktop.core.networks.templates import TEMPLATES
from agenda_desktop.core.services import networks_files as files
from agenda_desktop.core.services import networks_queries as queries
from agenda_desktop.core.services import networks_writes as writes
from agenda_desktop.core.services.networks_templates import fill_from_template
from agenda_desktop.core.services.networks_types import (
    NetworkContactInfo,
    NetworkDocumentInfo,
    NetworkInfo,
    NetworkInput,
    NetworkMeetingInfo,
    NetworkMeetingInput,
    NetworkSummary,
    ParticipantInfo,
    TemplateInfo,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Municipality,
    Network,
    NetworkContact,
    NetworkDocument,
    NetworkMeeting,
    NetworkParticipant,
    Person,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class NetworkService:
    """Use cases of the Nätverk page, the status report and the demo."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- networks ----------------------------------------------------------------------

    def networks(self, today: date | None = None) -> list[NetworkSummary]:
        """Every network by name (Swedish order), with its commitments counted by their
        effective status ``today``."""
        with self._database.unit_of_work() as session:
            return queries.summaries(session, today or date.today())

    def network(self, network_id: int) -> NetworkInfo:
        with self._database.unit_of_work() as session:
            return queries.network_info(session, queries.network_row(session, network_id))

    def create_network(self, data: NetworkInput) -> NetworkInfo:
        checked = rules.checked_network(data)
        with self._database.unit_of_work() as session:
            network = self._new_network(session, checked, None)
            return queries.network_info(session, network)

    def update_network(
        self, network_id: int, data: NetworkInput, expected: ExpectedVersion | None = None
    ) -> NetworkInfo:
        """Save the network. Template items whose due date still is the one counted from
        the old start date follow the new start date, and the contact person's commitment
        follows a new contact person, unless changed by hand. ``expected`` is the version
        the edit began from (see record_versions)."""
        checked = rules.checked_network(data)
        with self._database.unit_of_work() as session:
            network = queries.network_row(session, network_id)
            expect_version(session, network, expected)
            writes.refuse_taken_name(session, checked.name, network_id)
            writes.check_person(session, checked.contact_person_id)
            writes.follow_template(session, network, checked)
            writes.fill_network(network, checked)
            session.flush()
            return queries.network_info(session, network)

    def remove_network(self, network_id: int) -> None:
        """Remove a network with its commitments, evidence links, meetings and documents."""
        with self._database.unit_of_work() as session:
            session.delete(queries.network_row(session, network_id))

    # -- templates ---------------------------------------------------------------------

    def templates(self) -> list[TemplateInfo]:
        return [
            TemplateInfo(
                key=t.key,
                name=t.name,
                organiser=t.organiser,
                organiser_kind=t.organiser_kind,
                kind=t.kind,
                commitment_count=t.commitment_count,
                expectation_count=t.expectation_count,
            )
            for t in TEMPLATES.values()
        ]

    def create_from_template(self, template: str, data: NetworkInput) -> NetworkInfo:
        """Create the network and fill in the template's commitments and expectations, each
        linked to the evidence the app holds when it exists (in the same transaction).

        A blank name, organiser or description, and the organiser kind "annan", are taken
        from the template.
        """
        found = TEMPLATES.get(template)
        if found is None:
            names = ", ".join(t.name for t in TEMPLATES.values())
            raise ValidationError(rules.FIELD_TEMPLATE, f"”{template}” finns inte; välj {names}.")
        filled = replace(
            data,
            name=data.name if data.name.strip() else found.name,
            organiser=data.organiser if data.organiser.strip() else found.organiser,
            organiser_kind=found.organiser_kind
            if data.organiser_kind == "annan"
            else data.organiser_kind,
            description=data.description if data.description.strip() else found.description,
        )
        checked = rules.checked_network(filled)
        with self._database.unit_of_work() as session:
            network = self._new_network(session, checked, found.key)
            fill_from_template(session, network, found, date.today())
            return queries.network_info(session, network)

    # -- contacts and participants -----------------------------------------------------

    def add_contact(self, network_id: int, person_id: int, role: str = "") -> NetworkContactInfo:
        """Add a contact on the organiser's side (a person of the shared register)."""
        cleaned = rules.checked_role(role)
        with self._database.unit_of_work() as session:
            queries.network_row(session, network_id)
            person = writes.check_person(session, person_id, rules.FIELD_CONTACT)
            assert person is not None
            taken = session.scalar(
                select(NetworkContact.id).where(
                    NetworkContact.network_id == network_id, NetworkContact.person_id == person_id
                )
            )
            if taken is not None:
                raise ValidationError(
                    rules.FIELD_CONTACT, f"{person.name} är redan kontaktperson för nätverket."
                )
            contact = NetworkContact(network_id=network_id, person_id=person_id, role=cleaned)
            session.add(contact)
            session.flush()
            return queries.contact_info(contact, person)

    def update_contact(self, contact_id: int, role: str) -> NetworkContactInfo:
        """Change the contact's role (a part of the network: logged in its history)."""
        cleaned = rules.checked_role(role)
        with self._database.unit_of_work() as session:
            contact = queries.row(session, NetworkContact, contact_id, "Kontaktpersonen")
            contact.role = cleaned
            return queries.contact_info(contact, session.get_one(Person, contact.person_id))

    def remove_contact(self, contact_id: int) -> None:
        """Remove the contact from the network (the person stays in the register)."""
        with self._database.unit_of_work() as session:
            session.delete(queries.row(session, NetworkContact, contact_id, "Kontaktpersonen"))

    def add_participant(
        self, network_id: int, name: str, municipality_id: str | None = None
    ) -> ParticipantInfo:
        """Add another participant; a kommun or region named by its Kolada id may leave the
        name blank (the register's name is taken)."""
        with self._database.unit_of_work() as session:
            queries.network_row(session, network_id)
            if municipality_id is not None:
                municipality = session.get(Municipality, municipality_id)
                if municipality is None:
                    raise ValidationError(
                        rules.FIELD_MUNICIPALITY,
                        f"kommunkoden ”{municipality_id}” finns inte i kommunregistret.",
                    )
                name = name if name.strip() else municipality.name
            cleaned = rules.checked_participant(name)
            others = session.scalars(
                select(NetworkParticipant.name).where(NetworkParticipant.network_id == network_id)
            )
            if any(other.casefold() == cleaned.casefold() for other in others):
                raise ValidationError(
                    rules.FIELD_PARTICIPANT, f"{cleaned} finns redan bland deltagarna."
                )
            participant = NetworkParticipant(
                network_id=network_id, name=cleaned, municipality_id=municipality_id
            )
            session.add(participant)
            session.flush()
            return queries.participant_info(participant)

    def remove_participant(self, participant_id: int) -> None:
        with self._database.unit_of_work() as session:
            session.delete(queries.row(session, NetworkParticipant, participant_id, "Deltagaren"))

    # -- the network's meetings --------------------------------------------------------

    def add_meeting(self, network_id: int, data: NetworkMeetingInput) -> NetworkMeetingInfo:
        checked = writes.checked_meeting(data)
        with self._database.unit_of_work() as session:
            queries.network_row(session, network_id)
            meeting = NetworkMeeting(network_id=network_id)
            writes.fill_meeting(meeting, checked)
            session.add(meeting)
            session.flush()
            return queries.meeting_info(meeting)

    def update_meeting(
        self,
        meeting_id: int,
        data: NetworkMeetingInput,
        expected: ExpectedVersion | None = None,
    ) -> NetworkMeetingInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = writes.checked_meeting(data)
        with self._database.unit_of_work() as session:
            meeting = queries.row(session, NetworkMeeting, meeting_id, "Nätverksträffen")
            expect_version(session, meeting, expected)
            writes.fill_meeting(meeting, checked)
            session.flush()
            return queries.meeting_info(meeting)

    def remove_meeting(self, meeting_id: int) -> None:
        with self._database.unit_of_work() as session:
            session.delete(queries.row(session, NetworkMeeting, meeting_id, "Nätverksträffen"))

    def meetings_calendar(
        self, network_id: int, meeting_id: int | None = None, stamp: datetime | None = None
    ) -> str:
        """The network's meeting dates (or one of them) as iCalendar text."""
        with self._database.unit_of_work() as session:
            network = queries.network_row(session, network_id)
            query = (
                select(NetworkMeeting)
                .where(NetworkMeeting.network_id == network_id)
                .order_by(NetworkMeeting.held_on, NetworkMeeting.starts_at, NetworkMeeting.id)
            )
            if meeting_id is not None:
                query = query.where(NetworkMeeting.id == meeting_id)
            meetings = session.scalars(query).all()
            if meeting_id is not None and not meetings:
                queries.row(session, NetworkMeeting, meeting_id, "Nätverksträffen")
                raise ValidationError(
                    rules.FIELD_MEETING, f"träffen hör inte till nätverket ”{network.name}”."
                )
            events = files.meeting_events(network, meetings)
            name = network.name
        return calendar_text(events, stamp or datetime.now(UTC), name=name)

    # -- documents ---------------------------------------------------------------------

    def add_document(self, network_id: int, path: Path, title: str = "") -> NetworkDocumentInfo:
        """Copy a file into the database (size limit and SHA-256 as for attachments)."""
        cleaned = rules.checked_document_title(title)
        document = files.read_document(network_id, path, cleaned)
        with self._database.unit_of_work() as session:
            queries.network_row(session, network_id)
            session.add(document)
            session.flush()
            return queries.document_info(document)

    def document_content(self, document_id: int) -> tuple[str, bytes]:
        """The file name and content, for "Öppna" and "Spara som"."""
        with self._database.unit_of_work() as session:
            document = queries.row(session, NetworkDocument, document_id, "Dokumentet")
            return document.filename, document.content

    def remove_document(self, document_id: int) -> None:
        """Remove a document; a commitment it was evidence of loses that link."""
        with self._database.unit_of_work() as session:
            session.delete(queries.row(session, NetworkDocument, document_id, "Dokumentet"))

    # -- helpers -----------------------------------------------------------------------

    def _new_network(self, session: Session, data: NetworkInput, template: str | None) -> Network:
        writes.refuse_taken_name(session, data.name, None)
        writes.check_person(session, data.contact_person_id)
        network = Network(template=template)
        writes.fill_network(network, data)
        session.add(network)
        session.flush()
        return network
