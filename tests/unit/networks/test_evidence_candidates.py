"""The evidence picker's candidates: paragraphs searched in title, matter, diarienummer and
decision (å, ä, ö and case ignored), the newest meeting first, with how far their protocol
has come; the steps of every cycle; actions; the network's own documents; bodies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from network_builders import adjust, board_with_decision, cycle, draw_up, steering_group

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.steering.action_types import ActionInput


@pytest.fixture
def network_id(core_services: Services) -> int:
    return core_services.networks.create_network(NetworkInput("Styra med Agenda 2030")).network_id


def test_candidates_of_every_kind(core_services: Services, network_id: int, tmp_path: Path) -> None:
    board = board_with_decision(core_services)
    commitments = core_services.commitments
    cid = commitments.create_commitment(network_id, CommitmentInput("Beslut")).commitment_id
    paragraphs = commitments.evidence_candidates(cid, "paragraf")
    assert [c.label for c in paragraphs] == [
        "Kommunstyrelsen 2026-06-16 punkt 4 Budget 2027",
        "Kommunstyrelsen 2026-06-16 punkt 5 "
        "Anslutning till SKR:s utvecklingsnätverk Styra med Agenda 2030",
    ]
    assert {c.detail for c in paragraphs} == {"protokollet är inte upprättat"}
    for search in ("ANSLUTNING", "UTVECKLINGSNÄTVERK", "ks 2026/84", "tvåårigt", "kontaktperson"):
        found = commitments.evidence_candidates(cid, "paragraf", search)
        assert [c.evidence.agenda_item_id for c in found] == [board.item_id], search
    assert commitments.evidence_candidates(cid, "paragraf", "mötets öppnande") == []
    draw_up(core_services, board)
    (drawn,) = commitments.evidence_candidates(cid, "paragraf", "Styra")
    assert drawn.label.startswith("Kommunstyrelsen 2026-06-16 § 1194 Anslutning")
    assert drawn.detail == "ej justerat"
    adjust(core_services, board)
    (adjusted,) = commitments.evidence_candidates(cid, "paragraf", "Styra")
    assert adjusted.detail == "justerat 2026-06-22"
    commitments.add_evidence(cid, adjusted.evidence)
    assert commitments.evidence_candidates(cid, "paragraf", "Styra") == []  # linked already

    earlier = cycle(core_services, "Mandatperioden 2019–2022", 2019, 2022, {})
    current = cycle(core_services, "Mandatperioden 2023–2026", 2023, 2026, {1: date(2024, 2, 1)})
    steps = commitments.evidence_candidates(cid, "steg")
    assert [(c.evidence.cycle_id, c.evidence.step) for c in steps[:2]] == [
        (current, 1),
        (current, 2),
    ]
    assert len(steps) == 10 and steps[5].evidence.cycle_id == earlier
    assert (steps[0].label, steps[0].detail) == (
        "Nulägesanalys, Mandatperioden 2023–2026",
        "klar 2024-02-01",
    )
    assert steps[1].detail == "pågår"
    assert [c.label for c in commitments.evidence_candidates(cid, "steg", "nulägesanalys")] == [
        "Nulägesanalys, Mandatperioden 2023–2026",
        "Nulägesanalys, Mandatperioden 2019–2022",
    ]

    for title in ("Ödemarksstigar", "Medborgardialog", "Cykelplan"):
        core_services.action_plan.create_action(current, ActionInput(title, status="pagar"))
    actions = commitments.evidence_candidates(cid, "atgard")
    assert [c.label for c in actions] == ["Cykelplan", "Medborgardialog", "Ödemarksstigar"]
    assert actions[0].detail == "pågår (Mandatperioden 2023–2026)"
    assert [c.label for c in commitments.evidence_candidates(cid, "atgard", "DIALOG")] == [
        "Medborgardialog"
    ]

    path = tmp_path / "program.txt"
    path.write_text("Program", encoding="utf-8")
    core_services.networks.add_document(network_id, path, "Program för träffarna")
    other = core_services.networks.create_network(NetworkInput("Glokala Sverige"))
    core_services.networks.add_document(other.network_id, path, "Glokalt avtal")
    documents = commitments.evidence_candidates(cid, "dokument")
    assert [c.label for c in documents] == ["Program för träffarna"]
    assert documents[0].detail.startswith("program.txt, bifogat ")

    steering_group(core_services)
    steering_group(core_services, "Arbetsgruppen för Agenda 2030", "arbetsgrupp")
    bodies = commitments.evidence_candidates(cid, "organ")
    assert [c.label for c in bodies] == [
        "Arbetsgruppen för Agenda 2030",
        "Kommunstyrelsen",
        "Styrgruppen för Agenda 2030",
    ]
    assert bodies[0].detail == "Arbetsgrupp, 1 person i dag"
    assert [c.label for c in commitments.evidence_candidates(cid, "organ", "styr")] == [
        "Kommunstyrelsen",
        "Styrgruppen för Agenda 2030",
    ]
    with pytest.raises(ValidationError, match="finns inte"):
        commitments.evidence_candidates(cid, "bild")
