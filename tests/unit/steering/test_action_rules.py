"""The pure rules of the action plan: overdue, validation, loops in the tree, summary."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering import action_rules as rules
from agenda_desktop.core.steering.action_types import ActionInput

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("due", "status", "expected"),
    [
        (date(2026, 11, 21), "pagar", True),
        (date(2026, 11, 21), "forsenad", True),
        (date(2026, 11, 21), "planerad", True),
        (date(2026, 11, 22), "pagar", False),
        (date(2026, 11, 21), "klar", False),
        (date(2026, 11, 21), "avbruten", False),
        (None, "pagar", False),
    ],
)
def test_overdue_means_past_due_and_not_closed(
    due: date | None, status: str, expected: bool
) -> None:
    assert rules.is_overdue(due, status, TODAY) is expected


def test_checked_input_tidies_text_and_links() -> None:
    checked = rules.checked_input(
        ActionInput(
            title="  Ta fram   en cykelplan ",
            responsible_person=" Anna  Berg ",
            objective_ids=(3, 1, 3),
            goal_numbers=(11, 3, 11),
        )
    )
    assert checked.title == "Ta fram en cykelplan"
    assert checked.responsible_person == "Anna Berg"
    assert checked.objective_ids == (3, 1)
    assert checked.goal_numbers == (3, 11)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ActionInput(title="   "), rules.FIELD_TITLE),
        (ActionInput(title="x" * 301), rules.FIELD_TITLE),
        (
            ActionInput(title="A", start_date=date(2026, 5, 1), due_date=date(2026, 4, 1)),
            rules.FIELD_DUE,
        ),
        (ActionInput(title="A", cost_estimate=-1.0), rules.FIELD_COST),
        (ActionInput(title="A", cost_estimate=float("nan")), rules.FIELD_COST),
        (ActionInput(title="A", status="snart"), rules.FIELD_STATUS),
        (ActionInput(title="A", radighet="total"), rules.FIELD_RADIGHET),
        (ActionInput(title="A", goal_numbers=(18,)), rules.FIELD_GOALS),
    ],
)
def test_bad_input_names_the_field(data: ActionInput, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        rules.checked_input(data)
    assert raised.value.field == field
    assert raised.value.reason


def test_same_start_and_due_date_is_fine() -> None:
    day = date(2026, 3, 1)
    assert rules.checked_input(ActionInput(title="A", start_date=day, due_date=day)).due_date == day


def test_unit_name_and_kind() -> None:
    assert rules.checked_unit_name("  Plan  enheten ") == "Plan enheten"
    with pytest.raises(ValidationError, match="Enhetens namn"):
        rules.checked_unit_name(" ")
    with pytest.raises(ValidationError, match="Typ av enhet"):
        rules.checked_unit_kind("avdelning")


def test_makes_loop() -> None:
    parents: dict[int, int | None] = {1: None, 2: 1, 3: 2, 4: None}
    assert rules.makes_loop(1, 3, parents)
    assert rules.makes_loop(2, 2, parents)
    assert not rules.makes_loop(3, 4, parents)
    assert not rules.makes_loop(2, None, parents)


def test_unit_paths() -> None:
    paths = rules.unit_paths({1: (None, "Samhällsbyggnad"), 2: (1, "Plan"), 3: (2, "GIS")})
    assert paths[3] == "Samhällsbyggnad › Plan › GIS"


def test_summary_lists_every_status_in_order() -> None:
    summary = rules.summarise(
        [("pagar", True, 1000.0), ("pagar", False, None), ("klar", False, 500.5)]
    )
    assert summary.total == 3
    assert summary.overdue == 1
    assert summary.total_cost == 1500.5
    assert [item.status for item in summary.by_status] == [
        "planerad",
        "pagar",
        "klar",
        "forsenad",
        "pausad",
        "avbruten",
    ]
    assert summary.count("pagar") == 2
    assert summary.by_status[1].name == "Pågår"
    assert summary.count("pausad") == 0
