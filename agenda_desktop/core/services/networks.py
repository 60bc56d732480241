"""The network register: networks, our contact person, the organiser's contacts, the other
participants, the network's meeting dates (with ``.ics`` export) and its documents, and
new networks from a template (which fills in the template's commitments and links the
evidence the app already holds).

One public method is one user action in one transaction; everything returned is a frozen
value from :mod:`agenda_desktop.core.services.networks_types`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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


class NetworkService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- networks ----------------------------------------------------------------------

    def networks(self) -> list[NetworkSummary]:
        """Every network by name (Swedish order), with its commitments counted."""
        raise NotImplementedError

    def network(self, network_id: int) -> NetworkInfo:
        raise NotImplementedError

    def create_network(self, data: NetworkInput) -> NetworkInfo:
        raise NotImplementedError

    def update_network(self, network_id: int, data: NetworkInput) -> NetworkInfo:
        raise NotImplementedError

    def remove_network(self, network_id: int) -> None:
        """Remove a network with its commitments, evidence links, meetings and documents."""
        raise NotImplementedError

    # -- templates ---------------------------------------------------------------------

    def templates(self) -> list[TemplateInfo]:
        raise NotImplementedError

    def create_from_template(self, template: str, data: NetworkInput) -> NetworkInfo:
        """Create the network and fill in the template's commitments and expectations, each
        linked to the evidence the app holds when it exists (in the same transaction)."""
        raise NotImplementedError

    # -- contacts and participants -----------------------------------------------------

    def add_contact(self, network_id: int, person_id: int, role: str = "") -> NetworkContactInfo:
        raise NotImplementedError

    def update_contact(self, contact_id: int, role: str) -> NetworkContactInfo:
        raise NotImplementedError

    def remove_contact(self, contact_id: int) -> None:
        raise NotImplementedError

    def add_participant(
        self, network_id: int, name: str, municipality_id: str | None = None
    ) -> ParticipantInfo:
        raise NotImplementedError

    def remove_participant(self, participant_id: int) -> None:
        raise NotImplementedError

    # -- the network's meetings --------------------------------------------------------

    def add_meeting(self, network_id: int, data: NetworkMeetingInput) -> NetworkMeetingInfo:
        raise NotImplementedError

    def update_meeting(self, meeting_id: int, data: NetworkMeetingInput) -> NetworkMeetingInfo:
        raise NotImplementedError

    def remove_meeting(self, meeting_id: int) -> None:
        raise NotImplementedError

    def meetings_calendar(
        self, network_id: int, meeting_id: int | None = None, stamp: datetime | None = None
    ) -> str:
        """The network's meeting dates (or one of them) as iCalendar text."""
        raise NotImplementedError

    # -- documents ---------------------------------------------------------------------

    def add_document(self, network_id: int, path: Path, title: str = "") -> NetworkDocumentInfo:
        """Copy a file into the database (size limit and SHA-256 as for attachments)."""
        raise NotImplementedError

    def document_content(self, document_id: int) -> tuple[str, bytes]:
        """The file name and content, for "Öppna" and "Spara som"."""
        raise NotImplementedError

    def remove_document(self, document_id: int) -> None:
        raise NotImplementedError
