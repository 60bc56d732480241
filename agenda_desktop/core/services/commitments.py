"""Commitments and expectations of a network, their evidence and their status.

The status of a commitment follows its evidence and due date unless set by hand (see
``core/networks/status_rules.py``); evidence points at a protocol paragraph, a step of a
steering cycle, an action, a document of the network or a body.
"""

from __future__ import annotations

from datetime import date

from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    CommitmentInput,
    EvidenceCandidate,
    EvidenceInfo,
    EvidenceInput,
)
from agenda_desktop.core.store.database import Database


class CommitmentService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def commitments(self, network_id: int, today: date | None = None) -> list[CommitmentInfo]:
        """The network's commitments and expectations in their order."""
        raise NotImplementedError

    def commitment(self, commitment_id: int, today: date | None = None) -> CommitmentInfo:
        raise NotImplementedError

    def open_commitments(self, today: date | None = None) -> list[CommitmentInfo]:
        """Every commitment of every network that is not uppfylld or ej aktuell."""
        raise NotImplementedError

    def create_commitment(self, network_id: int, data: CommitmentInput) -> CommitmentInfo:
        raise NotImplementedError

    def update_commitment(self, commitment_id: int, data: CommitmentInput) -> CommitmentInfo:
        raise NotImplementedError

    def move_commitment(self, commitment_id: int, step: int) -> None:
        """Move up (-1) or down (+1) in the network's list."""
        raise NotImplementedError

    def remove_commitment(self, commitment_id: int) -> None:
        raise NotImplementedError

    def add_evidence(self, commitment_id: int, data: EvidenceInput) -> EvidenceInfo:
        raise NotImplementedError

    def remove_evidence(self, evidence_id: int) -> None:
        raise NotImplementedError

    def evidence_candidates(
        self, commitment_id: int, kind: str, search: str = ""
    ) -> list[EvidenceCandidate]:
        """What can be linked as evidence of ``kind``: paragraphs (searched by title,
        matter, decision and diarienummer, the newest first), the steps of every cycle,
        actions, the network's documents, bodies."""
        raise NotImplementedError

    def evidence_for_paragraph(self, item_id: int) -> list[CommitmentInfo]:
        """The commitments that a protocol paragraph is evidence of."""
        raise NotImplementedError
