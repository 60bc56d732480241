"""Linking evidence inside a unit of work: the target must exist (and a document must be the
commitment's own network's), and the new link row."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks.evidence_rules import FIELD_EVIDENCE
from agenda_desktop.core.services.commitments_reading import paragraph_ref, step_label
from agenda_desktop.core.services.commitments_types import EvidenceInput
from agenda_desktop.core.store.models import (
    Action,
    AgendaItem,
    Body,
    Commitment,
    CommitmentEvidence,
    Network,
    NetworkDocument,
    SteeringCycle,
)


def target_name(session: Session, data: EvidenceInput) -> str:
    """The target named in Swedish, e.g. "Paragrafen Kommunstyrelsen 2026-06-16 § 1195";
    raises a ValidationError when it does not exist (any more)."""
    if data.kind == "paragraf" and data.agenda_item_id is not None:
        item = session.get(AgendaItem, data.agenda_item_id)
        if item is not None:
            return f"Paragrafen {paragraph_ref(session, item).reference}"
        raise ValidationError(FIELD_EVIDENCE, "paragrafen finns inte (längre).")
    if data.kind == "steg" and data.cycle_id is not None and data.step is not None:
        cycle = session.get(SteeringCycle, data.cycle_id)
        if cycle is not None:
            return f"Steget {step_label(cycle.name, data.step)}"
        raise ValidationError(FIELD_EVIDENCE, "styrcykeln finns inte (längre).")
    if data.kind == "atgard" and data.action_id is not None:
        action = session.get(Action, data.action_id)
        if action is not None:
            return f"Åtgärden ”{action.title}”"
        raise ValidationError(FIELD_EVIDENCE, "åtgärden finns inte (längre).")
    if data.kind == "dokument" and data.document_id is not None:
        document = session.get(NetworkDocument, data.document_id)
        if document is not None:
            return f"Dokumentet ”{document.title or document.filename}”"
        raise ValidationError(FIELD_EVIDENCE, "dokumentet finns inte (längre).")
    if data.kind == "organ" and data.body_id is not None:
        body = session.get(Body, data.body_id)
        if body is not None:
            return f"Organet {body.name}"
        raise ValidationError(FIELD_EVIDENCE, "organet finns inte (längre).")
    raise ValidationError(FIELD_EVIDENCE, "välj vad som visar att åtagandet hålls.")


def check_target(session: Session, commitment: Commitment, data: EvidenceInput) -> None:
    """Refuse a target that does not exist, an opening or closing item of a meeting, and a
    document of another network."""
    target_name(session, data)
    if data.kind == "paragraf" and data.agenda_item_id is not None:
        item = session.get_one(AgendaItem, data.agenda_item_id)
        if item.standard is not None:
            raise ValidationError(
                FIELD_EVIDENCE,
                f"”{item.title}” hör till varje möte och visar inget beslut; "
                "välj paragrafen med beslutet.",
            )
    if data.kind == "dokument" and data.document_id is not None:
        document = session.get_one(NetworkDocument, data.document_id)
        if document.network_id != commitment.network_id:
            other = session.get_one(Network, document.network_id)
            raise ValidationError(
                FIELD_EVIDENCE,
                f"dokumentet ”{document.title or document.filename}” hör till nätverket "
                f"”{other.name}”; lägg till det bland det här nätverkets dokument först.",
            )


def new_evidence(commitment: Commitment, data: EvidenceInput, added_on: date) -> CommitmentEvidence:
    return CommitmentEvidence(
        commitment_id=commitment.id,
        kind=data.kind,
        agenda_item_id=data.agenda_item_id,
        cycle_id=data.cycle_id,
        step=data.step,
        action_id=data.action_id,
        document_id=data.document_id,
        body_id=data.body_id,
        note=data.note,
        added_on=added_on,
    )
