"""Commitments (utfästelser) and expectations (förväntningar) of a network, with their
evidence: frozen values, never ORM objects.

``status`` is the effective status (set by hand, or following the evidence and the due
date); ``status_reason`` says why in one Swedish sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CommitmentInput:
    """What the commitment editor saves."""

    text: str
    kind: str = "utfastelse"  # a code of COMMITMENT_KINDS
    responsible_person_id: int | None = None
    responsible_unit_id: int | None = None
    due_date: date | None = None
    status: str | None = None  # set by hand (a code of COMMITMENT_STATUSES); None: automatic
    note: str = ""


@dataclass(frozen=True)
class EvidenceInput:
    """A piece of evidence to link: ``kind`` and the one target of that kind."""

    kind: str  # a code of EVIDENCE_KINDS
    agenda_item_id: int | None = None  # paragraf
    cycle_id: int | None = None  # steg, with step
    step: int | None = None  # 1–5
    action_id: int | None = None  # atgard
    document_id: int | None = None  # dokument (a document of the same network)
    body_id: int | None = None  # organ
    note: str = ""


@dataclass(frozen=True)
class ParagraphRef:
    """A protocol paragraph written out: body, meeting date, § number, title, decision."""

    item_id: int
    meeting_id: int
    body_name: str
    held_on: date
    paragraph_number: int | None  # None until the protocol is drawn up
    position: int  # the agenda position ("punkt 5")
    title: str
    diarienummer: str
    adjusted_on: date | None  # None: not adjusted (justerat) yet
    clauses: tuple[str, ...]  # the decision's "att …" clauses

    @property
    def reference(self) -> str:
        """E.g. "Kommunstyrelsen 2026-03-10 § 1190" or "… punkt 5" before numbering."""
        where = (
            f"§ {self.paragraph_number}"
            if self.paragraph_number is not None
            else f"punkt {self.position}"
        )
        return f"{self.body_name} {self.held_on.isoformat()} {where}"


@dataclass(frozen=True)
class EvidenceInfo:
    evidence_id: int
    kind: str
    kind_name: str
    label: str  # the evidence written out in Swedish, e.g. "Kommunstyrelsen 2026-03-10 § 1190 …"
    state: str  # a code of EVIDENCE_STATES: saknas, pagar, klar
    state_reason: str  # e.g. "protokollet justerades 2026-03-17"
    note: str
    added_on: date
    paragraph: ParagraphRef | None  # for kind "paragraf"
    agenda_item_id: int | None
    cycle_id: int | None
    step: int | None
    action_id: int | None
    document_id: int | None
    body_id: int | None


@dataclass(frozen=True)
class CommitmentInfo:
    commitment_id: int
    network_id: int
    network_name: str
    position: int
    kind: str
    kind_name: str
    text: str
    responsible_person_id: int | None
    responsible_name: str  # "" when none
    responsible_unit_id: int | None
    responsible_unit_name: str  # "" when none
    due_date: date | None
    manual_status: str | None  # as set by hand; None: automatic
    status: str  # effective, a code of COMMITMENT_STATUSES
    status_name: str
    status_reason: str
    note: str
    template_key: str | None
    evidence: tuple[EvidenceInfo, ...]
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class EvidenceCandidate:
    """Something that can be linked as evidence, for the picker: the input and a label."""

    evidence: EvidenceInput
    label: str
    detail: str  # e.g. "justerat 2026-03-17", "klar", "3 ledamöter"
