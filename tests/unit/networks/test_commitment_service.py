"""Commitments and their evidence: editing, order, linking and unlinking, the picker's
candidates, and the status moving as the evidence arrives (a paragraph drawn up, then
adjusted; a step completed; an action finished), with protocol data made through the
real meeting and protocol services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from network_builders import (
    ADJUSTED_ON,
    adjust,
    board_with_decision,
    cycle,
    draw_up,
    person,
    steering_group,
)

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.commitments_types import CommitmentInput, EvidenceInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.steering.action_types import ActionInput

TODAY = date(2026, 11, 22)


@pytest.fixture
def network_id(core_services: Services) -> int:
    return core_services.networks.create_network(
        NetworkInput("Styra med Agenda 2030", organiser="SKR", organiser_kind="skr")
    ).network_id


def test_create_update_and_remove(core_services: Services, network_id: int) -> None:
    commitments = core_services.commitments
    karin = person(core_services, "Karin Lindqvist")
    unit = core_services.action_plan.add_unit("Kommunledningskontoret", "forvaltning").unit_id
    created = commitments.create_commitment(
        network_id,
        CommitmentInput(
            "  En   styrgrupp ",
            responsible_person_id=karin,
            responsible_unit_id=unit,
            due_date=date(2026, 11, 1),
            note="  Se KS 2026/84. ",
        ),
    )
    assert created.text == "En styrgrupp"
    assert created.kind_name == "Utfästelse"
    assert (created.responsible_name, created.responsible_unit_name) == (
        "Karin Lindqvist",
        "Kommunledningskontoret",
    )
    assert created.network_name == "Styra med Agenda 2030"
    assert created.note == "Se KS 2026/84."
    assert created.manual_status is None
    updated = commitments.update_commitment(
        created.commitment_id,
        CommitmentInput("Ta fram en nulägesanalys", kind="forvantning", status="pagar"),
    )
    assert (updated.kind_name, updated.manual_status, updated.responsible_name) == (
        "Förväntning",
        "pagar",
        "",
    )
    assert commitments.commitment(created.commitment_id) == updated
    commitments.remove_commitment(created.commitment_id)
    assert commitments.commitments(network_id) == []
    with pytest.raises(NotFoundError):
        commitments.commitment(created.commitment_id)


def test_commitments_are_checked(core_services: Services, network_id: int) -> None:
    create = core_services.commitments.create_commitment
    with pytest.raises(ValidationError, match="Text"):
        create(network_id, CommitmentInput("  "))
    with pytest.raises(ValidationError, match="Typ"):
        create(network_id, CommitmentInput("X", kind="löfte"))
    with pytest.raises(ValidationError, match="Status"):
        create(network_id, CommitmentInput("X", status="klar"))
    with pytest.raises(ValidationError, match="Ansvarig: välj en person"):
        create(network_id, CommitmentInput("X", responsible_person_id=999))
    with pytest.raises(ValidationError, match="Ansvarig enhet"):
        create(network_id, CommitmentInput("X", responsible_unit_id=999))
    with pytest.raises(NotFoundError):
        create(999, CommitmentInput("X"))


def test_move_up_and_down(core_services: Services, network_id: int) -> None:
    commitments = core_services.commitments
    ids = [
        commitments.create_commitment(network_id, CommitmentInput(text)).commitment_id
        for text in ("Ett", "Två", "Tre")
    ]
    commitments.move_commitment(ids[2], -1)
    assert [c.text for c in commitments.commitments(network_id)] == ["Ett", "Tre", "Två"]
    commitments.move_commitment(ids[0], +1)
    assert [c.text for c in commitments.commitments(network_id)] == ["Tre", "Ett", "Två"]
    with pytest.raises(ValidationError, match="redan först"):
        commitments.move_commitment(ids[2], -1)
    with pytest.raises(ValidationError, match="redan sist"):
        commitments.move_commitment(ids[1], +1)
    assert [c.position for c in commitments.commitments(network_id)] == [1, 2, 3]


def test_a_paragraph_moves_the_status_as_the_protocol_is_drawn_up_and_adjusted(
    core_services: Services, network_id: int
) -> None:
    board = board_with_decision(core_services)
    commitments = core_services.commitments
    commitment = commitments.create_commitment(
        network_id, CommitmentInput("Ett beslut av kommunledningen", due_date=date(2026, 9, 1))
    )
    cid = commitment.commitment_id
    assert commitments.commitment(cid, today=date(2026, 6, 1)).status == "ej_paborjad"
    evidence = commitments.add_evidence(
        cid, EvidenceInput("paragraf", agenda_item_id=board.item_id, note=" beslutet ")
    )
    assert evidence.state == "pagar"
    assert evidence.state_reason == "protokollet är inte upprättat"
    assert evidence.paragraph is not None and evidence.paragraph.paragraph_number is None
    assert evidence.label.startswith("Kommunstyrelsen 2026-06-16 punkt 5 Anslutning")
    assert evidence.note == "beslutet"
    info = commitments.commitment(cid, today=date(2026, 6, 17))
    assert info.status == "pagar"
    assert info.status_reason == (
        "Pågår: Kommunstyrelsen 2026-06-16 punkt 5: protokollet är inte upprättat än."
    )
    draw_up(core_services, board)
    info = commitments.commitment(cid, today=date(2026, 6, 17))
    assert (info.status, info.evidence[0].state_reason) == ("pagar", "ej justerat")
    assert info.status_reason == "Pågår: Kommunstyrelsen 2026-06-16 § 1194 är inte justerat än."
    late = commitments.commitment(cid, today=date(2026, 9, 2))
    assert late.status == "forsenad"
    assert late.status_reason.startswith("Försenad: skulle vara klart 2026-09-01; ")
    # The agenda changes and the protocol is drawn up again: the link follows the item.
    core_services.meetings.move_item(board.item_id, -1)
    draw_up(core_services, board)
    renumbered = commitments.commitment(cid, today=date(2026, 6, 17)).evidence[0].paragraph
    assert renumbered is not None and renumbered.paragraph_number == 1193
    adjust(core_services, board)
    info = commitments.commitment(cid, today=TODAY)
    assert info.status == "uppfylld"
    assert info.status_reason == (
        "Uppfylld: Kommunstyrelsen 2026-06-16 § 1193 är justerat 2026-06-22."
    )
    (shown,) = info.evidence
    ref = shown.paragraph
    assert ref is not None
    assert (ref.body_name, ref.held_on, ref.paragraph_number, ref.adjusted_on) == (
        "Kommunstyrelsen",
        date(2026, 6, 16),
        1193,
        ADJUSTED_ON,
    )
    assert ref.reference == "Kommunstyrelsen 2026-06-16 § 1193"
    assert ref.diarienummer == "KS 2026/84"
    assert ref.clauses == (
        "att kommunen deltar i nätverket 2026–2028",
        "att utse en kontaktperson",
    )
    assert (shown.state, shown.state_reason) == ("klar", "justerat 2026-06-22")
    assert [c.commitment_id for c in commitments.evidence_for_paragraph(board.item_id)] == [cid]
    assert commitments.evidence_for_paragraph(board.other_item_id) == []


def test_evidence_is_checked_and_never_linked_twice(
    core_services: Services, network_id: int, tmp_path: Path
) -> None:
    board = board_with_decision(core_services)
    commitments = core_services.commitments
    cid = commitments.create_commitment(network_id, CommitmentInput("Beslut")).commitment_id
    commitments.add_evidence(cid, EvidenceInput("paragraf", agenda_item_id=board.item_id))
    with pytest.raises(ValidationError, match="redan underlag för åtagandet"):
        commitments.add_evidence(cid, EvidenceInput("paragraf", agenda_item_id=board.item_id))
    opening = core_services.meetings.items(board.meeting_id)[0].item_id
    with pytest.raises(ValidationError, match="hör till varje möte"):
        commitments.add_evidence(cid, EvidenceInput("paragraf", agenda_item_id=opening))
    with pytest.raises(ValidationError, match="paragrafen finns inte"):
        commitments.add_evidence(cid, EvidenceInput("paragraf", agenda_item_id=9999))
    with pytest.raises(ValidationError, match="välj en paragraf"):
        commitments.add_evidence(cid, EvidenceInput("paragraf"))
    with pytest.raises(ValidationError, match="steg 6 finns inte"):
        commitments.add_evidence(cid, EvidenceInput("steg", cycle_id=1, step=6))
    with pytest.raises(ValidationError, match="Underlag: ”bild” finns inte"):
        commitments.add_evidence(cid, EvidenceInput("bild"))
    other = core_services.networks.create_network(NetworkInput("Glokala Sverige"))
    path = tmp_path / "avtal.txt"
    path.write_text("Avtal", encoding="utf-8")
    foreign = core_services.networks.add_document(other.network_id, path, "Avtal")
    with pytest.raises(ValidationError, match="hör till nätverket ”Glokala Sverige”"):
        commitments.add_evidence(cid, EvidenceInput("dokument", document_id=foreign.document_id))
    own = core_services.networks.add_document(network_id, path, "Avsiktsförklaring")
    linked = commitments.add_evidence(cid, EvidenceInput("dokument", document_id=own.document_id))
    assert (linked.kind_name, linked.label, linked.state) == (
        "Dokument",
        "Avsiktsförklaring",
        "klar",
    )
    same_item_elsewhere = commitments.create_commitment(network_id, CommitmentInput("Tid"))
    commitments.add_evidence(  # the same paragraph may show two commitments
        same_item_elsewhere.commitment_id,
        EvidenceInput("paragraf", agenda_item_id=board.item_id),
    )
    assert len(commitments.evidence_for_paragraph(board.item_id)) == 2
    with pytest.raises(NotFoundError):
        commitments.add_evidence(999, EvidenceInput("paragraf", agenda_item_id=board.item_id))


def test_steps_actions_and_bodies_as_evidence(core_services: Services, network_id: int) -> None:
    commitments = core_services.commitments
    cycle_id = cycle(core_services, "Mandatperioden 2023–2026", 2023, 2026, {})
    analysis = commitments.create_commitment(
        network_id, CommitmentInput("Nulägesanalys", kind="forvantning")
    ).commitment_id
    step = commitments.add_evidence(analysis, EvidenceInput("steg", cycle_id=cycle_id, step=1))
    assert (step.label, step.state, step.state_reason) == (
        "Nulägesanalys, Mandatperioden 2023–2026",
        "pagar",
        "pågår",
    )
    assert commitments.commitment(analysis, today=TODAY).status == "pagar"
    core_services.cycle.mark_step(cycle_id, 1, date(2024, 3, 12))
    info = commitments.commitment(analysis, today=TODAY)
    assert info.status == "uppfylld"
    assert info.status_reason == (
        "Uppfylld: steget ”Nulägesanalys” i Mandatperioden 2023–2026 är klart 2024-03-12."
    )

    dialogue = commitments.create_commitment(
        network_id, CommitmentInput("Involvera medborgarna", due_date=date(2027, 9, 1))
    ).commitment_id
    action = core_services.action_plan.create_action(
        cycle_id, ActionInput("Medborgardialog om hållbarhetsprogrammet", status="pagar")
    )
    commitments.add_evidence(dialogue, EvidenceInput("atgard", action_id=action.action_id))
    assert commitments.commitment(dialogue, today=TODAY).status == "pagar"
    core_services.action_plan.update_action(
        action.action_id, ActionInput("Medborgardialog om hållbarhetsprogrammet", status="avbruten")
    )
    cancelled = commitments.commitment(dialogue, today=TODAY)
    assert cancelled.status == "ej_paborjad"
    assert cancelled.status_reason == (
        "Ej påbörjad: åtgärden ”Medborgardialog om hållbarhetsprogrammet” är avbruten; "
        "ska vara klart 2027-09-01."
    )
    assert cancelled.evidence[0].state == "saknas"
    core_services.action_plan.update_action(
        action.action_id, ActionInput("Medborgardialog om hållbarhetsprogrammet", status="klar")
    )
    assert commitments.commitment(dialogue, today=date(2028, 1, 1)).status == "uppfylld"

    group = commitments.create_commitment(network_id, CommitmentInput("Styrgrupp")).commitment_id
    body_id = steering_group(core_services)
    organ = commitments.add_evidence(group, EvidenceInput("organ", body_id=body_id))
    assert (organ.label, organ.state, organ.state_reason) == (
        "Styrgruppen för Agenda 2030",
        "klar",
        "1 person i dag",
    )
    assert commitments.commitment(group, today=date(2022, 1, 1)).status == "pagar"


def test_hand_set_status_and_the_due_date_rule(core_services: Services, network_id: int) -> None:
    commitments = core_services.commitments
    cid = commitments.create_commitment(
        network_id, CommitmentInput("Tid avsatt", due_date=date(2026, 11, 1))
    ).commitment_id
    assert commitments.commitment(cid, today=date(2026, 11, 1)).status == "ej_paborjad"
    late = commitments.commitment(cid, today=date(2026, 11, 2))
    assert (late.status, late.status_reason) == (
        "forsenad",
        "Försenad: skulle vara klart 2026-11-01.",
    )
    commitments.update_commitment(
        cid, CommitmentInput("Tid avsatt", due_date=date(2026, 11, 1), status="uppfylld")
    )
    done = commitments.commitment(cid, today=date(2026, 11, 2))
    assert (done.status, done.manual_status, done.status_reason) == (
        "uppfylld",
        "uppfylld",
        "Satt för hand.",
    )
    assert commitments.open_commitments(today=date(2026, 11, 2)) == []
    commitments.update_commitment(
        cid, CommitmentInput("Tid avsatt", due_date=date(2026, 11, 1), status="pagar")
    )
    (still_open,) = commitments.open_commitments(today=date(2026, 11, 2))
    assert still_open.status == "forsenad"
    commitments.update_commitment(cid, CommitmentInput("Tid avsatt", status="ej_aktuell"))
    assert commitments.commitment(cid, today=TODAY).status_name == "Ej aktuell"


def test_open_commitments_across_networks_by_due_date(
    core_services: Services, network_id: int
) -> None:
    other = core_services.networks.create_network(NetworkInput("Glokala Sverige")).network_id
    create = core_services.commitments.create_commitment
    create(network_id, CommitmentInput("Utan datum"))
    create(other, CommitmentInput("Senare", due_date=date(2027, 3, 1)))
    create(network_id, CommitmentInput("Tidigare", due_date=date(2026, 12, 1)))
    create(other, CommitmentInput("Klar", status="uppfylld"))
    texts = [c.text for c in core_services.commitments.open_commitments(today=TODAY)]
    assert texts == ["Tidigare", "Senare", "Utan datum"]
