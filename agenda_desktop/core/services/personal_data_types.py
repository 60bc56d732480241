"""What the personal-data service hands out: frozen values, never ORM objects.

``PersonRecord`` is everything the database holds about one person (a register extract
under GDPR art. 15), grouped as the export writes it. ``AnonymisationSummary`` says what
anonymising a person who has left removes, what stays and why; the same value is the
preview shown before and the result shown after (``done``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.services.change_log import ChangeInfo


@dataclass(frozen=True)
class PersonFields:
    """The person's own fields in the shared register."""

    person_id: int
    name: str
    party: str | None  # a code of PARTIES
    party_name: str  # "" without a party
    organisation: str
    title: str
    email: str


@dataclass(frozen=True)
class MembershipRow:
    """A seat in a body for a period of office."""

    body_name: str
    role_name: str
    represents: str  # the membership's own organisation represented, "" when none
    start_date: date
    end_date: date | None  # None: still in office


@dataclass(frozen=True)
class MeetingRef:
    """A meeting of a body, and whether its protocol is adjusted (a public record)."""

    meeting_id: int
    body_name: str
    held_on: date
    adjusted: bool

    @property
    def label(self) -> str:
        """ "Kommunstyrelsen 2026-02-10"."""
        return f"{self.body_name} {self.held_on.isoformat()}"


@dataclass(frozen=True)
class AttendanceRow:
    """How the person is named in a meeting's attendance.

    ``how`` is e.g. "Närvarande", "Tjänstgörande ersättare för Anna Berg", or "Ersattes av
    Karin Öst (tjänstgörande ersättare)" when someone else served for the person.
    """

    meeting: MeetingRef
    how: str
    role: str  # the role given in the attendance (övriga deltagare), "" when none
    items: str  # "punkt 1–4", or "" for the whole meeting


@dataclass(frozen=True)
class ProtocolRoleRow:
    """The person as secretary or adjuster (justerare) of a meeting's protocol."""

    meeting: MeetingRef
    role: str  # "Sekreterare" or "Justerare"


@dataclass(frozen=True)
class NetworkRoleRow:
    """The person as a contact of a network: on the organiser's side, or ours."""

    network_name: str
    role: str  # e.g. "Kontaktperson hos arrangören (processledare)", "Vår kontaktperson"


@dataclass(frozen=True)
class CommitmentRow:
    """A network commitment or expectation the person is responsible for."""

    network_name: str
    kind_name: str  # "Utfästelse" or "Förväntning"
    text: str
    due_date: date | None


@dataclass(frozen=True)
class Mention:
    """The person's name (or e-mail address) found in a free text: "nämns i text".

    Not linked to the person, so neither exported as a fact about them nor changed when
    they are anonymised: the user reads and edits it. ``in_adjusted_protocol``: the text
    belongs to an adjusted protocol and can never be edited.
    """

    place: str  # what kind of record, e.g. "Dagordningspunkt", "Åtgärd"
    record: str  # which one, e.g. "Kommunstyrelsen 2026-02-10, punkt 4 ”Budget”"
    field: str  # which field, e.g. "Föredragande"
    snippet: str  # the text around the name
    in_adjusted_protocol: bool


@dataclass(frozen=True)
class PersonRecord:
    """Everything the database holds about one person, made on ``made_on``."""

    made_on: date
    person: PersonFields
    memberships: tuple[MembershipRow, ...]
    attendance: tuple[AttendanceRow, ...]
    protocol_roles: tuple[ProtocolRoleRow, ...]
    network_roles: tuple[NetworkRoleRow, ...]
    commitments: tuple[CommitmentRow, ...]
    mentions: tuple[Mention, ...]
    # what the change log holds about the person, oldest first: their own record's
    # changes, the changes whose texts name them (name or e-mail), and what they changed
    change_log: tuple[ChangeInfo, ...]


@dataclass(frozen=True)
class ExportedFiles:
    """Where an extract was written: the readable workbook and the machine-readable JSON."""

    workbook: str
    json: str


@dataclass(frozen=True)
class AnonymisationSummary:
    """What anonymising a person removes and keeps, in plain Swedish, and why.

    ``adjusted_protocols``: the adjusted protocols that name the person; they are public
    records and never change, so the person's name (and what those protocols show) stays.
    ``person_deleted``: nothing adjusted names the person, so the row is deleted entirely.
    ``done``: False for the preview, True once it is carried out.
    """

    person_id: int
    name: str
    adjusted_protocols: tuple[MeetingRef, ...]
    removed: tuple[str, ...]
    kept: tuple[str, ...]
    mentions: tuple[Mention, ...]
    person_deleted: bool
    done: bool
