"""The frozen values the meeting service takes and returns (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from agenda_desktop.core.meetings.attendance_rules import Quorum

# The state of a meeting, as its list shows it.
MEETING_STATES: dict[str, str] = {
    "planerat": "Planerat",
    "upprattat": "Protokoll upprättat",
    "justerat": "Justerat",
}

__all__ = [
    "MEETING_STATES",
    "AgendaItemInfo",
    "AgendaItemInput",
    "AttachmentInfo",
    "AttendanceGroup",
    "AttendanceInput",
    "AttendanceRow",
    "MeetingInfo",
    "MeetingInput",
    "MemberInOffice",
    "PersonChoice",
    "Quorum",
]


@dataclass(frozen=True)
class MeetingInput:
    held_on: date
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MeetingInfo:
    meeting_id: int
    body_id: int
    body_name: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    notes: str
    state: str  # a key of MEETING_STATES
    item_count: int
    adjusted_on: date | None
    version: int  # the version this was read at; pass it back when saving an edit

    @property
    def state_name(self) -> str:
        return MEETING_STATES[self.state]

    @property
    def is_adjusted(self) -> bool:
        return self.adjusted_on is not None

    @property
    def is_numbered(self) -> bool:
        return self.state != "planerat"

    @property
    def time_text(self) -> str:
        """ "13:00–15:30", "13:00" or ""."""
        if self.starts_at is None:
            return ""
        text = f"{self.starts_at:%H:%M}"
        if self.ends_at is not None:
            text += f"\u2013{self.ends_at:%H:%M}"
        return text


@dataclass(frozen=True)
class AgendaItemInput:
    title: str
    matter: str = ""
    diarienummer: str = ""
    rapporteur: str = ""
    kind: str = "beslut"  # a key of ITEM_KINDS


@dataclass(frozen=True)
class AgendaItemInfo:
    item_id: int
    meeting_id: int
    position: int  # 1-based: "punkt 3"
    kind: str
    standard: str | None  # a key of STANDARD_ITEMS
    title: str
    matter: str
    diarienummer: str
    rapporteur: str
    paragraph_number: int | None
    attachment_count: int
    can_move_up: bool
    can_move_down: bool
    version: int  # the version this was read at; pass it back when saving an edit

    @property
    def can_remove(self) -> bool:
        return self.standard is None


@dataclass(frozen=True)
class AttachmentInfo:
    attachment_id: int
    item_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class AttendanceInput:
    person_id: int
    kind: str  # a key of ATTENDANCE_KINDS
    serving_for_id: int | None = None  # tjänstgörande ersättare: the member served for
    role: str = ""  # övriga deltagare: e.g. "kommundirektör", "föredragande"
    from_item: int | None = None
    to_item: int | None = None


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str
    party: str | None
    organisation: str


@dataclass(frozen=True)
class MemberInOffice:
    """A person with a seat in the body on the meeting's day (highest role if several)."""

    person_id: int
    name: str
    party: str | None
    role: str  # a key of MEMBER_ROLES
    represents: str
    is_voting: bool


@dataclass(frozen=True)
class AttendanceRow:
    person_id: int
    name: str
    party: str | None
    organisation: str  # what the person represents in the body, else their organisation
    member_role: str | None  # the seat in the body, None for a non-member
    kind: str
    serving_for_id: int | None
    serving_for_name: str
    role: str
    from_item: int | None
    to_item: int | None
    items_text: str  # "punkt 1–4", "" for the whole meeting


@dataclass(frozen=True)
class AttendanceGroup:
    kind: str
    kind_name: str
    rows: tuple[AttendanceRow, ...]
