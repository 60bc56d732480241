"""The action plan service against a real SQLite file: the tree, actions and snapshot."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import FocusArea, Objective

TODAY = date(2026, 11, 22)


def add_objectives(database: Database, cycle_id: int) -> list[int]:
    """Two focus areas with målsättningar "1.1", "1.2" and "2.1"; their ids in that order."""
    with database.unit_of_work() as session:
        first = FocusArea(cycle_id=cycle_id, position=1, title="Hållbart samhälle")
        second = FocusArea(cycle_id=cycle_id, position=2, title="Trygg uppväxt")
        first.objectives = [
            Objective(position=1, text="Fler reser hållbart", target_year=2030),
            Objective(position=2, text="Minskade utsläpp", target_year=2030),
        ]
        second.objectives = [Objective(position=1, text="Alla klarar skolan")]
        session.add_all([first, second])
        session.flush()
        return [o.id for o in first.objectives] + [o.id for o in second.objectives]


@pytest.fixture
def cycle_id(core_services: Services) -> int:
    return core_services.cycle.start_cycle("Mandatperioden 2023–2026", 2023, 2026).cycle_id


def test_tree_add_move_and_paths(core_services: Services) -> None:
    plan = core_services.action_plan
    top = plan.add_unit("Samhällsbyggnadsförvaltningen", "forvaltning")
    unit = plan.add_unit(" Planenheten ", "enhet", top.unit_id)
    other = plan.add_unit("Kultur- och fritidsförvaltningen", "forvaltning")
    assert unit.path == "Samhällsbyggnadsförvaltningen › Planenheten"
    assert unit.depth == 1
    tree = plan.org_tree()
    assert [node.name for node in tree] == [
        "Samhällsbyggnadsförvaltningen",
        "Kultur- och fritidsförvaltningen",
    ]
    assert [child.name for child in tree[0].children] == ["Planenheten"]
    moved = plan.move_unit(unit.unit_id, other.unit_id)
    assert moved.path == "Kultur- och fritidsförvaltningen › Planenheten"
    assert plan.rename_unit(unit.unit_id, "Fritidsenheten").name == "Fritidsenheten"
    assert plan.set_unit_kind(unit.unit_id, "sektor").kind_name == "Sektor"
    at_top = plan.move_unit(unit.unit_id, None)
    assert at_top.depth == 0
    assert [node.name for node in plan.org_units()][-1] == "Fritidsenheten"


def test_moving_under_own_descendant_is_refused(core_services: Services) -> None:
    plan = core_services.action_plan
    top = plan.add_unit("Förvaltning", "forvaltning")
    middle = plan.add_unit("Sektor", "sektor", top.unit_id)
    low = plan.add_unit("Enhet", "enhet", middle.unit_id)
    with pytest.raises(ValidationError) as raised:
        plan.move_unit(top.unit_id, low.unit_id)
    assert raised.value.field == "Överordnad enhet"
    with pytest.raises(ValidationError):
        plan.update_unit(middle.unit_id, "Sektor", "sektor", middle.unit_id)
    assert plan.unit(top.unit_id).parent_id is None


def test_delete_unit_refused_with_children_and_unassigns_actions(
    core_services: Services, cycle_id: int
) -> None:
    plan = core_services.action_plan
    top = plan.add_unit("Förvaltning", "forvaltning")
    unit = plan.add_unit("Enhet", "enhet", top.unit_id)
    for title in ("A", "B"):
        plan.create_action(cycle_id, ActionInput(title=title, org_unit_id=unit.unit_id))
    with pytest.raises(ValidationError, match="1 underenheter"):
        plan.delete_unit(top.unit_id)
    assert plan.unit(unit.unit_id).action_count == 2
    deleted = plan.delete_unit(unit.unit_id)
    assert deleted.actions_unassigned == 2
    assert deleted.name == "Enhet"
    assert all(a.org_unit_id is None and a.unit_path == "" for a in plan.actions(cycle_id))
    assert plan.delete_unit(top.unit_id).actions_unassigned == 0
    assert plan.org_tree() == []


def test_create_update_and_list_actions(core_services: Services, cycle_id: int) -> None:
    plan = core_services.action_plan
    objectives = add_objectives(core_services.database, cycle_id)
    top = plan.add_unit("Samhällsbyggnadsförvaltningen", "forvaltning")
    unit = plan.add_unit("Planenheten", "enhet", top.unit_id)
    created = plan.create_action(
        cycle_id,
        ActionInput(
            title="Ta fram en cykelplan",
            description="Med dialog i alla tätorter.",
            org_unit_id=unit.unit_id,
            responsible_person="Anna Berg",
            start_date=date(2025, 1, 1),
            due_date=date(2026, 6, 30),
            status="pagar",
            cost_estimate=250_000,
            radighet="delad",
            partners="Region, Trafikverket",
            objective_ids=(objectives[2], objectives[0]),
            goal_numbers=(11, 3),
        ),
    )
    assert created.unit_path == "Samhällsbyggnadsförvaltningen › Planenheten"
    assert created.objective_labels == "1.1, 2.1"
    assert created.goal_numbers == (3, 11)
    assert created.goals[0].name_sv
    assert created.radighet_name == "Delad rådighet"
    assert created.status_name == "Pågår"
    listed = plan.actions(cycle_id, today=TODAY)
    assert listed[0].is_overdue
    changed = plan.update_action(
        created.action_id,
        created.as_input().__class__(
            **{**created.as_input().__dict__, "status": "klar", "objective_ids": (objectives[1],)}
        ),
    )
    assert changed.status == "klar"
    assert changed.objective_labels == "1.2"
    assert not plan.actions(cycle_id, today=TODAY)[0].is_overdue
    # Saving the same links again keeps them.
    again = plan.update_action(created.action_id, changed.as_input())
    assert again.objective_labels == "1.2"
    assert again.goal_numbers == (3, 11)
    plan.delete_action(created.action_id)
    assert plan.actions(cycle_id) == []
    with pytest.raises(NotFoundError):
        plan.delete_action(created.action_id)


def test_objectives_of_another_cycle_are_refused(core_services: Services, cycle_id: int) -> None:
    other = core_services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id
    foreign = add_objectives(core_services.database, other)
    with pytest.raises(ValidationError) as raised:
        core_services.action_plan.create_action(
            cycle_id, ActionInput(title="A", objective_ids=(foreign[0],))
        )
    assert raised.value.field == "Målsättningar"
    assert core_services.action_plan.actions(cycle_id) == []


def test_bad_input_and_missing_rows(core_services: Services, cycle_id: int) -> None:
    plan = core_services.action_plan
    with pytest.raises(ValidationError):
        plan.create_action(cycle_id, ActionInput(title=""))
    with pytest.raises(ValidationError, match="Ansvarig enhet"):
        plan.create_action(cycle_id, ActionInput(title="A", org_unit_id=999))
    with pytest.raises(NotFoundError):
        plan.create_action(999, ActionInput(title="A"))
    with pytest.raises(NotFoundError):
        plan.update_action(999, ActionInput(title="A"))
    with pytest.raises(ValidationError):
        plan.add_unit("X", "avdelning")


def test_summary_and_snapshot(core_services: Services, cycle_id: int) -> None:
    plan = core_services.action_plan
    add = plan.create_action
    add(
        cycle_id,
        ActionInput(title="Sen", due_date=date(2026, 1, 1), status="pagar", cost_estimate=100.0),
    )
    add(cycle_id, ActionInput(title="Klar", due_date=date(2026, 1, 1), status="klar"))
    add(cycle_id, ActionInput(title="Utan datum"))
    summary = plan.summary(cycle_id, today=TODAY)
    assert (summary.total, summary.overdue, summary.total_cost) == (3, 1, 100.0)
    assert summary.count("planerad") == 1
    snapshot = plan.action_plan(cycle_id, today=TODAY)
    assert snapshot.cycle_name == "Mandatperioden 2023–2026"
    assert [a.title for a in snapshot.actions] == ["Klar", "Sen", "Utan datum"]
    assert snapshot.summary == summary
    assert snapshot.today == TODAY
    with pytest.raises(NotFoundError):
        plan.action_plan(999)
