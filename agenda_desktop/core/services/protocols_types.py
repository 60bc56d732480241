"""The frozen pictures the protocol service hands out: never live ORM objects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from agenda_desktop.core.meetings.numbering import format_range

INFORMATION_CLAUSE = "att informationen läggs till handlingarna"


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    party: str | None = None
    organisation: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.party})" if self.party else self.name


@dataclass(frozen=True)
class ParagraphRef:
    """Another paragraph, named as a protocol names it: "§ 1150 (2026-02-10)"."""

    item_id: int
    meeting_id: int
    body_name: str
    held_on: date
    number: int | None
    title: str

    @property
    def label(self) -> str:
        number = f"§ {self.number}" if self.number is not None else "punkt utan §"
        return f"{number} ({self.held_on.isoformat()})"


@dataclass(frozen=True)
class LinkInfo:
    kind: str  # a code of LINK_KINDS
    target: str
    label: str  # what the target is called, when it could be found


@dataclass(frozen=True)
class Paragraph:
    item_id: int
    position: int
    number: int | None
    kind: str  # beslut / information
    standard: str | None
    title: str
    matter: str
    diarienummer: str
    rapporteur: str
    decision_intro: str
    clauses: tuple[str, ...]
    reservations: str
    protocol_note: str
    outcome: str
    attachments: tuple[str, ...] = ()
    links: tuple[LinkInfo, ...] = ()
    corrects: ParagraphRef | None = None
    corrected_by: tuple[ParagraphRef, ...] = ()
    # The agenda item's version this was read at; pass it back when saving the decision.
    version: int = field(kw_only=True)

    @property
    def label(self) -> str:
        return f"§ {self.number}" if self.number is not None else f"Punkt {self.position}"


@dataclass(frozen=True)
class Attendee:
    person: PersonRef
    kind: str  # a code of ATTENDANCE_KINDS
    role: str = ""
    serving_for: PersonRef | None = None
    from_item: int | None = None
    to_item: int | None = None


@dataclass(frozen=True)
class Protocol:
    """A meeting's protocol as a whole, for the panel and for printing."""

    meeting_id: int
    body_id: int
    body_name: str
    body_kind: str
    numbering: str
    keeps_notes: bool
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    secretary: PersonRef | None
    adjusters: tuple[PersonRef, ...]
    adjustment_place: str
    adjustment_date: date | None
    numbered_at: datetime | None
    adjusted_on: date | None
    fingerprint: str | None
    attendance: tuple[Attendee, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    # The meeting's version this was read at; pass it back when saving the signatories.
    version: int = field(kw_only=True)

    @property
    def is_adjusted(self) -> bool:
        return self.adjusted_on is not None

    @property
    def is_numbered(self) -> bool:
        return bool(self.paragraphs) and all(p.number is not None for p in self.paragraphs)

    @property
    def paragraph_range(self) -> str:
        """ "1166–1171" (empty before the protocol is drawn up)."""
        return format_range([p.number for p in self.paragraphs if p.number is not None])

    def paragraph(self, item_id: int) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.item_id == item_id), None)


@dataclass(frozen=True)
class DecisionInput:
    """A paragraph's decision as the user wrote it."""

    intro: str = ""
    # None: the user left the clauses as they were shown, so the saved ones stay.
    clauses: Sequence[str] | None = field(default_factory=tuple)
    reservations: str = ""
    protocol_note: str = ""


@dataclass(frozen=True)
class SignatoryInput:
    """Who signs a protocol and where and when it is to be adjusted."""

    secretary_id: int | None = None
    adjuster_ids: Sequence[int] = field(default_factory=tuple)
    adjustment_place: str = ""
    adjustment_date: date | None = None


@dataclass(frozen=True)
class Verification:
    meeting_id: int
    stored: str | None
    computed: str

    @property
    def matches(self) -> bool:
        return self.stored == self.computed


@dataclass(frozen=True)
class SearchHit:
    meeting_id: int
    item_id: int
    body_id: int
    body_name: str
    held_on: date
    number: int | None
    title: str
    snippet: str
    adjusted: bool


@dataclass(frozen=True)
class Choice:
    """An id and its name, for the pickers (bodies, people)."""

    id: int
    name: str
