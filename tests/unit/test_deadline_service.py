"""The deadlines on Översikt, gathered from a real database: commitments, actions,
remisser, financing decisions and invoices, the overdue ones first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.deadlines import Deadline
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData
from agenda_desktop.core.store.models import FinancingCommitment, FinancingInvoice

TODAY = date(2026, 5, 4)
CYCLE = "Mandatperioden 2023–2026"
NETWORK = "Glokala Sverige 2026"


def days(count: int) -> date:
    return TODAY + timedelta(days=count)


@pytest.fixture
def filled(core_services: Services) -> Services:
    """One of every kind due, overdue, too far ahead and closed."""
    services = core_services
    cycle_id = services.cycle.start_cycle(CYCLE, 2023, 2026).cycle_id
    unit = services.action_plan.add_unit("Miljöförvaltningen", "forvaltning")
    plan = services.action_plan
    plan.create_action(cycle_id, ActionInput("Cykelplan", org_unit_id=unit.unit_id,
                                             due_date=days(-20), status="pagar"))  # fmt: skip
    plan.create_action(cycle_id, ActionInput("Klimatlöften", due_date=days(10)))
    plan.create_action(cycle_id, ActionInput("Laddplatser", due_date=days(60)))
    plan.create_action(cycle_id, ActionInput("Källsortering", due_date=days(-30), status="klar"))
    plan.create_action(cycle_id, ActionInput("Matsvinn", due_date=days(-25), status="avbruten"))
    plan.create_action(cycle_id, ActionInput("Utan datum"))

    dialogue = services.dialogue
    dialogue.create_activity(
        cycle_id, ActivityData("remiss", "Remiss av programmet", days(-10), days(5))
    )
    late = dialogue.create_activity(
        cycle_id, ActivityData("remiss", "Remiss av handlingsplanen", days(-40), days(-10))
    )
    dialogue.add_comment(late.summary.activity_id, CommentData("Fler cykelbanor"))
    dialogue.add_comment(late.summary.activity_id, CommentData("Bra", sender="Anna"),
                         response="Tack", status="besvarad", responded_on=days(-5))  # fmt: skip
    answered = dialogue.create_activity(
        cycle_id, ActivityData("remiss", "Remiss av visionen", days(-60), days(-30))
    )
    dialogue.add_comment(answered.summary.activity_id, CommentData("Tydligare"),
                         response="Ändrat", status="besvarad", responded_on=days(-20))  # fmt: skip

    network_id = services.networks.create_network(NetworkInput(NETWORK)).network_id
    commitments = services.commitments
    commitments.create_commitment(network_id, CommitmentInput("Ta fram en nulägesanalys",
                                                              due_date=days(-3)))  # fmt: skip
    commitments.create_commitment(network_id, CommitmentInput("Utse en styrgrupp",
                                                              due_date=days(20)))  # fmt: skip
    commitments.create_commitment(network_id, CommitmentInput("Delta i träffarna",
                                  due_date=days(-50), status="uppfylld"))  # fmt: skip
    commitments.create_commitment(network_id, CommitmentInput("Dela erfarenheter",
                                  due_date=days(-50), status="ej_aktuell"))  # fmt: skip
    commitments.create_commitment(network_id, CommitmentInput("Ta fram en plan",
                                                              due_date=days(45)))  # fmt: skip
    commitments.create_commitment(network_id, CommitmentInput("Sprida kunskap"))

    with services.database.unit_of_work() as session:
        open_decision = FinancingCommitment(
            network_id=network_id, title="Gemensam processledare", deadline=days(15)
        )
        decided = FinancingCommitment(
            network_id=network_id, title="Gemensam webbplats", deadline=days(2),
            decision="antagen", decided_on=days(-1),
        )  # fmt: skip
        open_decision.invoices = [
            FinancingInvoice(year=2025, amount_excl_vat=100, amount_incl_vat=125,
                             expected_on=days(-40)),
            FinancingInvoice(year=2026, amount_excl_vat=100, amount_incl_vat=125,
                             expected_on=days(-35), paid_on=days(-30)),
            FinancingInvoice(year=2027, amount_excl_vat=100, amount_incl_vat=125),
        ]  # fmt: skip
        session.add_all([open_decision, decided])
    return services


def listed(deadlines: list[Deadline]) -> list[tuple[date, str, str, bool]]:
    return [(d.day, d.kind, d.title, d.overdue) for d in deadlines]


def test_overdue_first_oldest_first_then_due_by_date(filled: Services) -> None:
    assert listed(filled.deadlines.deadlines(TODAY)) == [
        (days(-40), "invoice", "Gemensam processledare", True),
        (days(-20), "action", "Cykelplan", True),
        (days(-10), "remiss", "Remiss av handlingsplanen", True),
        (days(-3), "commitment", "Ta fram en nulägesanalys", True),
        (days(5), "remiss", "Remiss av programmet", False),
        (days(10), "action", "Klimatlöften", False),
        (days(15), "financing_decision", "Gemensam processledare", False),
        (days(20), "commitment", "Utse en styrgrupp", False),
    ]


def test_each_deadline_names_its_context_and_page(filled: Services) -> None:
    every = filled.deadlines.deadlines(TODAY)
    found = {d.title: d for d in every if d.kind != "invoice"}
    assert (found["Cykelplan"].context, found["Cykelplan"].page) == (
        "Miljöförvaltningen", "action_plan",
    )  # fmt: skip
    assert found["Klimatlöften"].context == CYCLE  # no unit: the cycle
    late_remiss = found["Remiss av handlingsplanen"]
    assert (late_remiss.context, late_remiss.page, late_remiss.open_comments) == (
        CYCLE, "dialogue", 1,
    )  # fmt: skip
    assert found["Remiss av programmet"].open_comments == 0
    commitment = found["Utse en styrgrupp"]
    assert (commitment.context, commitment.page) == (NETWORK, "networks")
    invoices = [d for d in every if d.kind == "invoice"]
    assert [(d.context, d.page, d.year) for d in invoices] == [(NETWORK, "networks", 2025)]
    decision = found["Gemensam processledare"]
    assert decision.kind == "financing_decision" and decision.context == NETWORK


def test_the_horizon_is_a_parameter_and_the_day_itself_is_not_late(filled: Services) -> None:
    week = filled.deadlines.deadlines(days(5), horizon_days=5)
    assert [(d.title, d.overdue) for d in week if not d.overdue] == [
        ("Remiss av programmet", False),
        ("Klimatlöften", False),
    ]
    later = filled.deadlines.deadlines(days(50), horizon_days=30)
    assert ("Laddplatser", False) in [(d.title, d.overdue) for d in later]
    assert ("Ta fram en plan", True) in [(d.title, d.overdue) for d in later]
    # the open remiss passed without comments: nothing left to do about it
    assert "Remiss av programmet" not in [d.title for d in later]


def test_an_empty_database_has_no_deadlines(core_services: Services) -> None:
    assert core_services.deadlines.deadlines(TODAY) == []
    assert core_services.deadlines.deadlines() == []
