"""What the network register hands out and takes in: frozen values, never ORM objects.

A network (utvecklingsnätverk, partnerskap, samfinansiering …) with its organiser, our
contact person, the organiser's contacts (people of the shared register), the other
participants, the network's own meeting dates and its documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class NetworkInput:
    """What the network editor saves."""

    name: str
    organiser: str = ""  # e.g. "SKR", "Region Exempel"
    organiser_kind: str = "annan"  # a code of ORGANISER_KINDS
    kind: str = "utvecklingsnatverk"  # a code of NETWORK_KINDS
    start_date: date | None = None
    end_date: date | None = None
    contact_person_id: int | None = None  # our contact person toward the network
    website: str = ""
    description: str = ""


@dataclass(frozen=True)
class NetworkSummary:
    """A row of the network list, with its commitments counted by effective status."""

    network_id: int
    name: str
    organiser: str
    kind: str
    kind_name: str
    start_date: date | None
    end_date: date | None
    commitment_count: int
    fulfilled_count: int  # uppfylld
    overdue_count: int  # försenad
    next_due: date | None  # the nearest due date of an open commitment
    financing_count: int = 0  # financing commitments (recommendations)


@dataclass(frozen=True)
class NetworkContactInfo:
    contact_id: int
    person_id: int
    name: str
    organisation: str
    title: str
    email: str
    role: str


@dataclass(frozen=True)
class ParticipantInfo:
    participant_id: int
    name: str
    municipality_id: str | None


@dataclass(frozen=True)
class NetworkMeetingInput:
    held_on: date
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""
    title: str = ""  # e.g. "Nätverksträff 3: prioriteringar"
    notes: str = ""


@dataclass(frozen=True)
class NetworkMeetingInfo:
    meeting_id: int
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    title: str
    notes: str
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class NetworkDocumentInfo:
    document_id: int
    title: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class NetworkInfo:
    network_id: int
    name: str
    organiser: str
    organiser_kind: str
    organiser_kind_name: str
    kind: str
    kind_name: str
    template: str | None
    template_name: str  # "" when not made from a template
    start_date: date | None
    end_date: date | None
    contact_person_id: int | None
    contact_person_name: str  # "" when none
    website: str
    description: str
    contacts: tuple[NetworkContactInfo, ...]
    participants: tuple[ParticipantInfo, ...]
    meetings: tuple[NetworkMeetingInfo, ...]  # by date
    documents: tuple[NetworkDocumentInfo, ...]  # by title
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class TemplateInfo:
    """A network template: its key, Swedish name and what it fills in."""

    key: str
    name: str
    organiser: str
    organiser_kind: str
    kind: str
    commitment_count: int
    expectation_count: int
