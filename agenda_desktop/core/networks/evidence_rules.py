"""What acceptable evidence looks like, free of the database: a known kind with the one
target of that kind, and the key that tells two links to the same thing apart from others."""

from __future__ import annotations

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks.vocabulary import EVIDENCE_KINDS
from agenda_desktop.core.services.commitments_types import EvidenceInput

FIELD_EVIDENCE = "Underlag"

# What each kind of evidence must name, in the user's words.
_TARGET_NAMES: dict[str, str] = {
    "paragraf": "välj en paragraf ur ett protokoll",
    "steg": "välj ett steg (1–5) i en styrcykel",
    "atgard": "välj en åtgärd ur handlingsplanen",
    "dokument": "välj ett av nätverkets dokument",
    "organ": "välj ett organ",
}

EvidenceKey = tuple[str, int, int]


def checked_kind(kind: str) -> None:
    if kind not in EVIDENCE_KINDS:
        names = ", ".join(EVIDENCE_KINDS.values()).lower()
        raise ValidationError(FIELD_EVIDENCE, f"”{kind}” finns inte; välj en av {names}.")


def checked_evidence(data: EvidenceInput) -> EvidenceInput:
    """The evidence with only the target of its kind kept, or a ValidationError."""
    checked_kind(data.kind)
    note = data.note.strip()
    kind = data.kind
    if kind == "steg":
        if data.cycle_id is None or data.step is None:
            raise ValidationError(FIELD_EVIDENCE, _TARGET_NAMES[kind] + ".")
        if not 1 <= data.step <= 5:
            raise ValidationError(
                FIELD_EVIDENCE, f"styrcykeln har steg 1–5; steg {data.step} finns inte."
            )
        return EvidenceInput(kind, cycle_id=data.cycle_id, step=data.step, note=note)
    target = {
        "paragraf": data.agenda_item_id,
        "atgard": data.action_id,
        "dokument": data.document_id,
        "organ": data.body_id,
    }[kind]
    if target is None:
        raise ValidationError(FIELD_EVIDENCE, _TARGET_NAMES[kind] + ".")
    return EvidenceInput(
        kind,
        agenda_item_id=target if kind == "paragraf" else None,
        action_id=target if kind == "atgard" else None,
        document_id=target if kind == "dokument" else None,
        body_id=target if kind == "organ" else None,
        note=note,
    )


def evidence_key(
    kind: str,
    agenda_item_id: int | None = None,
    cycle_id: int | None = None,
    step: int | None = None,
    action_id: int | None = None,
    document_id: int | None = None,
    body_id: int | None = None,
) -> EvidenceKey:
    """The same key for two links to the same thing: (kind, target id, step or 0)."""
    if kind == "steg":
        return kind, cycle_id or 0, step or 0
    target = {
        "paragraf": agenda_item_id,
        "atgard": action_id,
        "dokument": document_id,
        "organ": body_id,
    }.get(kind)
    return kind, target or 0, 0


def input_key(data: EvidenceInput) -> EvidenceKey:
    return evidence_key(
        data.kind,
        data.agenda_item_id,
        data.cycle_id,
        data.step,
        data.action_id,
        data.document_id,
        data.body_id,
    )
