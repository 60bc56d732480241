"""A protocol paragraph and the commitments it shows: a paragraph that is evidence (or the
deciding paragraph of a financing) cannot be removed, nor the meeting holding it, until
the link is removed; and a protocol links to a commitment by its id."""

from __future__ import annotations

import pytest
from network_builders import board_with_decision

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.commitments_types import CommitmentInput, EvidenceInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.models import FinancingCommitment


@pytest.fixture
def network_id(core_services: Services) -> int:
    return core_services.networks.create_network(NetworkInput("Styra med Agenda 2030")).network_id


def test_a_paragraph_that_is_evidence_cannot_be_removed(
    core_services: Services, network_id: int
) -> None:
    board = board_with_decision(core_services)
    commitment = core_services.commitments.create_commitment(
        network_id, CommitmentInput("Ett beslut av kommunledningen om att delta")
    )
    evidence = core_services.commitments.add_evidence(
        commitment.commitment_id, EvidenceInput("paragraf", agenda_item_id=board.item_id)
    )
    message = (
        r"är underlag för åtagandet ”Ett beslut av kommunledningen om att delta” i nätverket "
        r"”Styra med Agenda 2030” .* Ta bort kopplingen"
    )
    with pytest.raises(ValidationError, match=message):
        core_services.meetings.remove_item(board.item_id)
    with pytest.raises(ValidationError, match=message):
        core_services.meetings.delete_meeting(board.meeting_id)
    core_services.meetings.remove_item(board.other_item_id)  # not evidence: removed
    core_services.commitments.remove_evidence(evidence.evidence_id)
    core_services.meetings.remove_item(board.item_id)
    assert core_services.commitments.commitment(commitment.commitment_id).evidence == ()
    with pytest.raises(NotFoundError):
        core_services.commitments.remove_evidence(evidence.evidence_id)


def test_the_deciding_paragraph_of_a_financing_cannot_be_removed(
    core_services: Services, network_id: int
) -> None:
    board = board_with_decision(core_services)
    with core_services.database.unit_of_work() as session:
        session.add(
            FinancingCommitment(
                network_id=network_id,
                title="Samfinansiering av nationellt stöd 2024–2027",
                decision_item_id=board.item_id,
            )
        )
    with pytest.raises(ValidationError, match="beslutet om samfinansieringen ”Samfinansiering"):
        core_services.meetings.remove_item(board.item_id)
    with pytest.raises(ValidationError, match="Styra med Agenda 2030"):
        core_services.meetings.delete_meeting(board.meeting_id)


def test_a_protocol_links_to_a_commitment_by_its_id(
    core_services: Services, network_id: int
) -> None:
    board = board_with_decision(core_services)
    cid = core_services.commitments.create_commitment(
        network_id, CommitmentInput("En kontaktperson gentemot nätverket")
    ).commitment_id
    protocol = core_services.protocols.add_link(board.item_id, "commitment", str(cid))
    (link,) = protocol.paragraph(board.item_id).links
    assert link.label == "En kontaktperson gentemot nätverket (Styra med Agenda 2030)"
    with pytest.raises(ValidationError, match="finns inte"):
        core_services.protocols.add_link(board.item_id, "commitment", "999")
    with pytest.raises(ValidationError, match="finns inte"):
        core_services.protocols.add_link(board.item_id, "commitment", "SKR-nätverket")


def test_linking_a_paragraph_to_a_commitment_makes_it_evidence_and_unlinking_undoes_it(
    core_services: Services, network_id: int
) -> None:
    board = board_with_decision(core_services)
    cid = core_services.commitments.create_commitment(
        network_id, CommitmentInput("Ett beslut av kommunledningen om att delta")
    ).commitment_id
    core_services.protocols.add_link(board.item_id, "commitment", str(cid))
    core_services.protocols.add_link(board.item_id, "commitment", str(cid))  # twice is once
    (evidence,) = core_services.commitments.commitment(cid).evidence
    assert (evidence.kind, evidence.agenda_item_id) == ("paragraf", board.item_id)
    assert core_services.commitments.commitment(cid).status == "pagar"  # not adjusted yet
    core_services.protocols.remove_link(board.item_id, "commitment", str(cid))
    assert core_services.commitments.commitment(cid).evidence == ()
    assert core_services.protocols.protocol(board.meeting_id).paragraph(board.item_id).links == ()
    # Unlinking on the commitment's side takes the draft protocol's link away too.
    core_services.protocols.add_link(board.item_id, "commitment", str(cid))
    (evidence,) = core_services.commitments.commitment(cid).evidence
    core_services.commitments.remove_evidence(evidence.evidence_id)
    assert core_services.protocols.protocol(board.meeting_id).paragraph(board.item_id).links == ()
