"""Commitments and expectations of a network, their evidence and their status.

The status of a commitment follows its evidence and due date unless set by hand (see
``core/networks/status_rules.py``); evidence points at a protocol paragraph, a step of a
steering cycle, an action, a document of the network or a body.

One public method is one user action in one transaction; everything returned is a frozen
value from :mod:`agenda_desktop.core.services.commitments_types`. ``today`` (default: the
real today) is the day statuses are computed for.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.networks import input_rules as rules
from agenda_desktop.core.networks.evidence_rules import (
    FIELD_EVIDENCE,
    checked_evidence,
    checked_kind,
    evidence_key,
    input_key,
)
from agenda_desktop.core.networks.vocabulary import CLOSED_COMMITMENT_STATUSES
from agenda_desktop.core.services import commitments_candidates as candidates
from agenda_desktop.core.services import commitments_evidence as evidence_ops
from agenda_desktop.core.services import commitments_links
from agenda_desktop.core.services import commitments_reading as reading
from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    CommitmentInput,
    EvidenceCandidate,
    EvidenceInfo,
    EvidenceInput,
)
from agenda_desktop.core.services.protocols_search import fold
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Commitment,
    CommitmentEvidence,
    Network,
    OrgUnit,
    Person,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class CommitmentService:
    """Use cases of the commitment list of a network, Översikt and the status report."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def commitments(self, network_id: int, today: date | None = None) -> list[CommitmentInfo]:
        """The network's commitments and expectations in their order."""
        with self._database.unit_of_work() as session:
            network = network_row(session, network_id)
            rows = session.scalars(
                select(Commitment)
                .where(Commitment.network_id == network.id)
                .order_by(Commitment.position, Commitment.id)
                .options(selectinload(Commitment.evidence))
            ).all()
            return reading.commitment_infos(session, rows, today or date.today())

    def commitment(self, commitment_id: int, today: date | None = None) -> CommitmentInfo:
        with self._database.unit_of_work() as session:
            commitment = commitment_row(session, commitment_id)
            network = session.get_one(Network, commitment.network_id)
            return reading.commitment_info(session, commitment, network, today or date.today())

    def open_commitments(self, today: date | None = None) -> list[CommitmentInfo]:
        """Every commitment of every network that is not uppfylld or ej aktuell, the
        earliest due date first (those without one last)."""
        with self._database.unit_of_work() as session:
            rows = session.scalars(
                select(Commitment)
                .order_by(Commitment.network_id, Commitment.position, Commitment.id)
                .options(selectinload(Commitment.evidence))
            ).all()
            infos = reading.commitment_infos(session, rows, today or date.today())
        open_ones = [info for info in infos if info.status not in CLOSED_COMMITMENT_STATUSES]
        return sorted(
            open_ones,
            key=lambda i: (i.due_date is None, i.due_date or date.max, i.network_name, i.position),
        )

    def create_commitment(self, network_id: int, data: CommitmentInput) -> CommitmentInfo:
        checked = rules.checked_commitment(data)
        with self._database.unit_of_work() as session:
            network_row(session, network_id)
            _check_responsible(session, checked)
            last = session.scalar(
                select(func.max(Commitment.position)).where(Commitment.network_id == network_id)
            )
            commitment = Commitment(network_id=network_id, position=(last or 0) + 1)
            _fill(commitment, checked)
            session.add(commitment)
            session.flush()
            commitment_id = commitment.id
        return self.commitment(commitment_id)

    def update_commitment(
        self,
        commitment_id: int,
        data: CommitmentInput,
        expected: ExpectedVersion | None = None,
    ) -> CommitmentInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = rules.checked_commitment(data)
        with self._database.unit_of_work() as session:
            commitment = commitment_row(session, commitment_id)
            expect_version(session, commitment, expected)
            _check_responsible(session, checked)
            _fill(commitment, checked)
        return self.commitment(commitment_id)

    def move_commitment(self, commitment_id: int, step: int) -> None:
        """Move up (-1) or down (+1) in the network's list."""
        if step not in (-1, 1):
            raise ValidationError(rules.FIELD_COMMITMENT, "flytta ett steg upp eller ned.")
        with self._database.unit_of_work() as session:
            commitment = commitment_row(session, commitment_id)
            rows = list(
                session.scalars(
                    select(Commitment)
                    .where(Commitment.network_id == commitment.network_id)
                    .order_by(Commitment.position, Commitment.id)
                )
            )
            index = rows.index(commitment)
            target = index + step
            if not 0 <= target < len(rows):
                where = "först" if step < 0 else "sist"
                raise ValidationError(rules.FIELD_COMMITMENT, f"åtagandet ligger redan {where}.")
            rows[index], rows[target] = rows[target], rows[index]
            for position, row in enumerate(rows, start=1):
                row.position = position

    def remove_commitment(self, commitment_id: int) -> None:
        """Remove a commitment with its evidence links (what they point at stays)."""
        with self._database.unit_of_work() as session:
            session.delete(commitment_row(session, commitment_id))

    def add_evidence(self, commitment_id: int, data: EvidenceInput) -> EvidenceInfo:
        checked = checked_evidence(data)
        with self._database.unit_of_work() as session:
            commitment = commitment_row(session, commitment_id)
            evidence_ops.check_target(session, commitment, checked)
            linked = _linked(commitment)
            if input_key(checked) in linked:
                raise ValidationError(
                    FIELD_EVIDENCE,
                    f"{evidence_ops.target_name(session, checked)} är redan underlag för "
                    "åtagandet.",
                )
            today = date.today()
            evidence = evidence_ops.new_evidence(commitment, checked, today)
            commitment.evidence.append(evidence)
            session.flush()
            return reading.evidence_info(evidence, reading.read_evidence(session, evidence, today))

    def remove_evidence(self, evidence_id: int) -> None:
        """Unlink a piece of evidence (the paragraph, step, action … itself stays)."""
        with self._database.unit_of_work() as session:
            evidence = session.get(CommitmentEvidence, evidence_id)
            if evidence is None:
                raise NotFoundError(f"Underlaget {evidence_id} finns inte (längre).")
            if evidence.agenda_item_id is not None:
                commitments_links.unlink_from_draft(
                    session, evidence.commitment_id, evidence.agenda_item_id
                )
            session.delete(evidence)

    def evidence_candidates(
        self, commitment_id: int, kind: str, search: str = ""
    ) -> list[EvidenceCandidate]:
        """What can be linked as evidence of ``kind``: paragraphs (searched by title,
        matter, decision and diarienummer, the newest first), the steps of every cycle,
        actions, the network's documents, bodies. What is linked already is left out."""
        checked_kind(kind)
        needle = fold(" ".join(search.split()))
        with self._database.unit_of_work() as session:
            commitment = commitment_row(session, commitment_id)
            linked = _linked(commitment)
            if kind == "paragraf":
                return candidates.paragraphs(session, needle, linked)
            if kind == "steg":
                return candidates.steps(session, needle, linked)
            if kind == "atgard":
                return candidates.actions(session, needle, linked)
            if kind == "dokument":
                return candidates.documents(session, commitment.network_id, needle, linked)
            return candidates.bodies(session, needle, linked, date.today())

    def evidence_for_paragraph(
        self, item_id: int, today: date | None = None
    ) -> list[CommitmentInfo]:
        """The commitments that a protocol paragraph is evidence of."""
        with self._database.unit_of_work() as session:
            rows = session.scalars(
                select(Commitment)
                .join(CommitmentEvidence, CommitmentEvidence.commitment_id == Commitment.id)
                .where(CommitmentEvidence.agenda_item_id == item_id)
                .order_by(Commitment.network_id, Commitment.position, Commitment.id)
                .options(selectinload(Commitment.evidence))
                .distinct()
            ).all()
            return reading.commitment_infos(session, rows, today or date.today())


def network_row(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFoundError(f"Nätverket {network_id} finns inte (längre).")
    return network


def commitment_row(session: Session, commitment_id: int) -> Commitment:
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFoundError(f"Åtagandet {commitment_id} finns inte (längre).")
    return commitment


def _linked(commitment: Commitment) -> set[tuple[str, int, int]]:
    return {
        evidence_key(
            e.kind, e.agenda_item_id, e.cycle_id, e.step, e.action_id, e.document_id, e.body_id
        )
        for e in commitment.evidence
    }


def _check_responsible(session: Session, data: CommitmentInput) -> None:
    person, unit = data.responsible_person_id, data.responsible_unit_id
    if person is not None and session.get(Person, person) is None:
        raise ValidationError(rules.FIELD_RESPONSIBLE, "välj en person ur personregistret.")
    if unit is not None and session.get(OrgUnit, unit) is None:
        raise ValidationError(rules.FIELD_UNIT, "välj en enhet ur organisationen.")


def _fill(commitment: Commitment, data: CommitmentInput) -> None:
    commitment.kind = data.kind
    commitment.text = data.text
    commitment.responsible_person_id = data.responsible_person_id
    commitment.responsible_unit_id = data.responsible_unit_id
    commitment.due_date = data.due_date
    commitment.status = data.status
    commitment.note = data.note
