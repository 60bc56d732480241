"""Reading commitments inside a unit of work: evidence written out in Swedish with its
state, protocol paragraphs as :class:`ParagraphRef`, and the effective status.

Evidence states (see EVIDENCE_STATES): a paragraph is klar once its protocol is adjusted;
a step of the steering cycle once it is completed; an action once it is klar (avbruten:
saknas); a document always; a body once somebody holds a seat in it on the day. Links to
a paragraph are by agenda item, so a renumbered or later adjusted paragraph stays the
same evidence and shows its current § and adjustment date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.networks.status_rules import EvidenceState, effective_status
from agenda_desktop.core.networks.vocabulary import (
    COMMITMENT_KINDS,
    EVIDENCE_KINDS,
    STEP_NAMES,
)
from agenda_desktop.core.services.bodies_queries import in_office_on
from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    EvidenceInfo,
    ParagraphRef,
)
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES
from agenda_desktop.core.store.models import (
    Action,
    AgendaItem,
    Body,
    Commitment,
    CommitmentEvidence,
    CycleStep,
    Meeting,
    Membership,
    Network,
    NetworkDocument,
    OrgUnit,
    Person,
    SteeringCycle,
)


@dataclass(frozen=True)
class Reading:
    """One piece of evidence read: its label, state and the words the status uses."""

    label: str
    state: str
    state_reason: str
    summary: str
    paragraph: ParagraphRef | None = None


def paragraph_ref(session: Session, item: AgendaItem) -> ParagraphRef:
    meeting = session.get_one(Meeting, item.meeting_id)
    body = session.get_one(Body, meeting.body_id)
    return ParagraphRef(
        item_id=item.id,
        meeting_id=meeting.id,
        body_name=body.name,
        held_on=meeting.held_on,
        paragraph_number=item.paragraph_number,
        position=item.position,
        title=item.title,
        diarienummer=item.diarienummer,
        adjusted_on=meeting.adjusted_on,
        clauses=tuple(clause.text for clause in item.clauses),
    )


def paragraph_detail(meeting: Meeting) -> str:
    """How far a paragraph's protocol has come: "justerat …", "ej justerat" or not drawn up."""
    if meeting.adjusted_on is not None:
        return f"justerat {meeting.adjusted_on.isoformat()}"
    if meeting.numbered_at is not None:
        return "ej justerat"
    return "protokollet är inte upprättat"


def step_label(cycle_name: str, step: int) -> str:
    return f"{STEP_NAMES.get(step, f'Steg {step}')}, {cycle_name}"


def _paragraph(session: Session, item_id: int) -> Reading:
    item = session.get_one(AgendaItem, item_id)
    ref = paragraph_ref(session, item)
    meeting = session.get_one(Meeting, item.meeting_id)
    label = f"{ref.reference} {ref.title}"
    if ref.adjusted_on is not None:
        when = ref.adjusted_on.isoformat()
        return Reading(
            label, "klar", f"justerat {when}", f"{ref.reference} är justerat {when}", ref
        )
    if meeting.numbered_at is not None:
        return Reading(label, "pagar", "ej justerat", f"{ref.reference} är inte justerat än", ref)
    reason = "protokollet är inte upprättat"
    return Reading(label, "pagar", reason, f"{ref.reference}: {reason} än", ref)


def _step(session: Session, cycle_id: int, step: int) -> Reading:
    cycle = session.get_one(SteeringCycle, cycle_id)
    done = session.scalar(
        select(CycleStep.completed_on).where(CycleStep.cycle_id == cycle_id, CycleStep.step == step)
    )
    label = step_label(cycle.name, step)
    name = STEP_NAMES.get(step, f"Steg {step}")
    if done is not None:
        when = done.isoformat()
        summary = f"steget ”{name}” i {cycle.name} är klart {when}"
        return Reading(label, "klar", f"klar {when}", summary)
    return Reading(label, "pagar", "pågår", f"steget ”{name}” i {cycle.name} pågår")


def _action(session: Session, action_id: int) -> Reading:
    action = session.get_one(Action, action_id)
    status = ACTION_STATUSES.get(action.status, action.status).lower()
    state = {"klar": "klar", "avbruten": "saknas"}.get(action.status, "pagar")
    return Reading(action.title, state, status, f"åtgärden ”{action.title}” är {status}")


def _document(session: Session, document_id: int) -> Reading:
    document = session.get_one(NetworkDocument, document_id)
    label = document.title or document.filename
    added = document.added_at.date().isoformat()
    return Reading(label, "klar", f"bifogat {added}", f"dokumentet ”{label}” finns bifogat")


def _body(session: Session, body_id: int, today: date) -> Reading:
    body = session.get_one(Body, body_id)
    seats = len(
        session.scalars(
            select(Membership.id).where(Membership.body_id == body_id, in_office_on(today))
        ).all()
    )
    if seats:
        people = "1 person" if seats == 1 else f"{seats} personer"
        return Reading(body.name, "klar", f"{people} i dag", f"{body.name} är tillsatt ({people})")
    return Reading(body.name, "pagar", "ingen ledamot i dag", f"{body.name} har ingen ledamot än")


def read_evidence(session: Session, evidence: CommitmentEvidence, today: date) -> Reading:
    if evidence.kind == "paragraf" and evidence.agenda_item_id is not None:
        return _paragraph(session, evidence.agenda_item_id)
    if evidence.kind == "steg" and evidence.cycle_id is not None and evidence.step is not None:
        return _step(session, evidence.cycle_id, evidence.step)
    if evidence.kind == "atgard" and evidence.action_id is not None:
        return _action(session, evidence.action_id)
    if evidence.kind == "dokument" and evidence.document_id is not None:
        return _document(session, evidence.document_id)
    if evidence.kind == "organ" and evidence.body_id is not None:
        return _body(session, evidence.body_id, today)
    raise ValueError(f"evidence {evidence.id} names no target of its kind {evidence.kind}")


def evidence_info(evidence: CommitmentEvidence, reading: Reading) -> EvidenceInfo:
    return EvidenceInfo(
        evidence_id=evidence.id,
        kind=evidence.kind,
        kind_name=EVIDENCE_KINDS.get(evidence.kind, evidence.kind),
        label=reading.label,
        state=reading.state,
        state_reason=reading.state_reason,
        note=evidence.note,
        added_on=evidence.added_on,
        paragraph=reading.paragraph,
        agenda_item_id=evidence.agenda_item_id,
        cycle_id=evidence.cycle_id,
        step=evidence.step,
        action_id=evidence.action_id,
        document_id=evidence.document_id,
        body_id=evidence.body_id,
    )


def _person_name(session: Session, key: int | None) -> str:
    row = session.get(Person, key) if key is not None else None
    return row.name if row is not None else ""


def _unit_name(session: Session, key: int | None) -> str:
    row = session.get(OrgUnit, key) if key is not None else None
    return row.name if row is not None else ""


def commitment_info(
    session: Session, commitment: Commitment, network: Network, today: date
) -> CommitmentInfo:
    """The commitment with its evidence written out and its effective status ``today``."""
    pieces = [(e, read_evidence(session, e, today)) for e in commitment.evidence]
    states = [EvidenceState(reading.state, reading.summary) for _e, reading in pieces]
    if commitment.template_key == "kontaktperson" and network.contact_person_id is not None:
        contact = _person_name(session, network.contact_person_id)
        states.insert(0, EvidenceState("klar", f"Kontaktperson: {contact}"))
    status = effective_status(commitment.status, states, commitment.due_date, today)
    return CommitmentInfo(
        commitment_id=commitment.id,
        network_id=network.id,
        network_name=network.name,
        position=commitment.position,
        kind=commitment.kind,
        kind_name=COMMITMENT_KINDS.get(commitment.kind, commitment.kind),
        text=commitment.text,
        responsible_person_id=commitment.responsible_person_id,
        responsible_name=_person_name(session, commitment.responsible_person_id),
        responsible_unit_id=commitment.responsible_unit_id,
        responsible_unit_name=_unit_name(session, commitment.responsible_unit_id),
        due_date=commitment.due_date,
        manual_status=commitment.status,
        status=status.status,
        status_name=status.name,
        status_reason=status.reason,
        note=commitment.note,
        template_key=commitment.template_key,
        evidence=tuple(evidence_info(e, reading) for e, reading in pieces),
        version=commitment.version,
    )


def commitment_infos(
    session: Session, commitments: Iterable[Commitment], today: date
) -> list[CommitmentInfo]:
    """Many commitments, each network read once."""
    networks: dict[int, Network] = {}
    infos = []
    for commitment in commitments:
        if commitment.network_id not in networks:
            networks[commitment.network_id] = session.get_one(Network, commitment.network_id)
        infos.append(commitment_info(session, commitment, networks[commitment.network_id], today))
    return infos
