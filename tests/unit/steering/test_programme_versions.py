"""Two officers edit the programme of step 2: a priority's rationale, a focus area, a
målsättning, its indicator and a key effort. The second save of a field from an old
version never overwrites the first silently, and the history names who changed what.
Each test runs on a shared SQLite file and, in CI, on a shared PostgreSQL database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import (
    UNSAVED_VERSION,
    FocusAreaInfo,
    IndicatorInput,
    ObjectiveInfo,
)
from agenda_desktop.core.store.models import (
    FocusArea,
    KeyEffort,
    Objective,
    ObjectiveIndicator,
    PriorityGoal,
)
from agenda_desktop.core.store.record_versions import EditConflictError, ExpectedVersion

GOAL = 13
INDICATOR = IndicatorInput("N00401", "T", 5.0, 2022, 2.0, 2030)


def _cycle(services: Services) -> int:
    return services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id


def _area(services: Services) -> FocusAreaInfo:
    return services.programme.add_focus_area(_cycle(services), "Hållbar energi", "Fossilfritt")


def _objective(services: Services) -> ObjectiveInfo:
    area = _area(services)
    return services.programme.add_objective(area.focus_area_id, "Förnybar energi ökar", 2030)


@dataclass(frozen=True)
class Edit:
    """One update method: what it edits, and how the form saves a new value of a field."""

    model: type[Any]
    field: str
    label: str  # the field's name in the history and the conflict dialog
    create: Callable[[Services], Any]  # the record, as its info
    key: Callable[[Any], int]
    save: Callable[[Services, Any, str, ExpectedVersion | None], Any]

    def __str__(self) -> str:
        return str(self.model.__tablename__)

    def stored(self, services: Services, info: Any) -> str:
        """The field's stored value, as text."""
        with services.database.unit_of_work() as session:
            row = session.get(self.model, self.key(info))
            return str(getattr(row, self.field))


def _priority(services: Services) -> Any:
    return services.programme.set_priority(_cycle(services), GOAL, "Utsläppen är höga")


def _save_priority(services: Services, info: Any, value: str, expected: Any) -> Any:
    with services.database.unit_of_work() as session:
        row = session.get(PriorityGoal, info.priority_id)
        assert row is not None
        cycle_id = row.cycle_id
    return services.programme.set_priority(cycle_id, GOAL, value, expected)


def _indicator(services: Services) -> Any:
    return services.programme.add_indicator(_objective(services).objective_id, INDICATOR)


def _save_indicator(services: Services, info: Any, value: str, expected: Any) -> Any:
    data = IndicatorInput(info.kpi_id, info.gender, 5.0, 2022, float(value), 2030)
    return services.programme.update_indicator(info.indicator_id, data, expected)


def _effort(services: Services) -> Any:
    return services.programme.add_effort(_area(services).focus_area_id, "ställa krav")


EDITS = [
    Edit(
        PriorityGoal,
        "rationale",
        "Motivering",
        _priority,
        lambda info: info.priority_id,
        _save_priority,
    ),
    Edit(
        FocusArea,
        "title",
        "Namn",
        _area,
        lambda info: info.focus_area_id,
        lambda services, info, value, expected: services.programme.update_focus_area(
            info.focus_area_id, value, info.description, expected
        ),
    ),
    Edit(
        Objective,
        "text",
        "Målsättning",
        _objective,
        lambda info: info.objective_id,
        lambda services, info, value, expected: services.programme.update_objective(
            info.objective_id, value, info.target_year, expected
        ),
    ),
    Edit(
        ObjectiveIndicator,
        "target_value",
        "Målvärde",
        _indicator,
        lambda info: info.indicator_id,
        _save_indicator,
    ),
    Edit(
        KeyEffort,
        "text",
        "Text",
        _effort,
        lambda info: info.effort_id,
        lambda services, info, value, expected: services.programme.update_effort(
            info.effort_id, value, expected
        ),
    ),
]
ANNAS = {"target_value": "1.5"}
BOS = {"target_value": "0.5"}


def _values(edit: Edit) -> tuple[str, str]:
    return ANNAS.get(edit.field, "Annas lydelse"), BOS.get(edit.field, "Bos lydelse")


@pytest.mark.parametrize("edit", EDITS, ids=str)
def test_the_second_save_from_an_old_version_meets_the_first(
    two_officers: tuple[Services, Services], edit: Edit
) -> None:
    anna, bo = two_officers
    began = edit.create(anna)
    assert began.version == 1
    annas, bos = _values(edit)
    saved = edit.save(anna, began, annas, ExpectedVersion(began.version))
    assert saved.version == 2

    with pytest.raises(EditConflictError) as raised:
        edit.save(bo, began, bos, ExpectedVersion(began.version))
    conflict = raised.value.conflict
    assert (conflict.changed_by, conflict.began_version, conflict.saved_version) == (
        "Anna Berg",
        1,
        2,
    )
    (field,) = [f for f in conflict.fields if f.field == edit.field]
    assert field.label == edit.label and field.choosable
    assert edit.stored(anna, began) == annas  # nothing of Bo's was stored

    kept = edit.save(bo, began, bos, ExpectedVersion(2, keep_saved=frozenset({edit.field})))
    assert kept.version == 2 and edit.stored(bo, began) == annas  # nothing left to change
    mine = edit.save(bo, began, bos, ExpectedVersion(conflict.saved_version))
    assert mine.version == 3 and edit.stored(anna, began) == bos

    history = anna.change_log.history(RecordRef.of(str(edit), edit.key(began)))
    assert [(c.actor, c.action) for c in history] == [
        ("Bo Ek", "andrad"),
        ("Anna Berg", "andrad"),
        ("Anna Berg", "skapad"),
    ]
    assert [c.label for c in history[0].changes] == [edit.label]


def test_the_conflict_names_the_text_each_of_them_wrote(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    began = _objective(anna)
    anna.programme.update_objective(began.objective_id, "Annas lydelse", 2030, ExpectedVersion(1))
    with pytest.raises(EditConflictError) as raised:
        bo.programme.update_objective(began.objective_id, "Bos lydelse", 2035, ExpectedVersion(1))
    fields = {f.field: f for f in raised.value.conflict.fields}
    assert set(fields) == {"text", "target_year"}
    text = fields["text"]
    assert (text.began_text, text.mine_text, text.saved_text) == (
        "Förnybar energi ökar",
        "Bos lydelse",
        "Annas lydelse",
    )
    year = fields["target_year"]
    assert year.label == "Målår" and year.changed_by_me and not year.changed_by_them
    saved = bo.programme.update_objective(
        began.objective_id, "Bos lydelse", 2035, ExpectedVersion(2, frozenset({"text"}))
    )
    assert (saved.text, saved.target_year, saved.version) == ("Annas lydelse", 2035, 3)


def test_a_rationale_begun_before_the_goal_was_prioritised_meets_the_saved_one(
    two_officers: tuple[Services, Services],
) -> None:
    """Bo began writing a rationale while the goal was not prioritised; Anna prioritised it
    with hers meanwhile: Bo's save from UNSAVED_VERSION meets hers."""
    anna, bo = two_officers
    cycle_id = _cycle(anna)
    anna.programme.set_priority(cycle_id, GOAL, "Annas motivering")
    with pytest.raises(EditConflictError) as raised:
        bo.programme.set_priority(cycle_id, GOAL, "Bos motivering", ExpectedVersion(0))
    (rationale,) = [f for f in raised.value.conflict.fields if f.field == "rationale"]
    assert (rationale.mine_text, rationale.saved_text) == ("Bos motivering", "Annas motivering")
    assert anna.programme.priorities(cycle_id)[0].rationale == "Annas motivering"
    # A goal nobody prioritised is prioritised from UNSAVED_VERSION without a question.
    fresh = bo.programme.set_priority(cycle_id, 4, "Bos", ExpectedVersion(UNSAVED_VERSION))
    assert (fresh.rationale, fresh.version) == ("Bos", 1)


def test_moving_is_no_conflict_with_an_edit_begun_before(
    two_officers: tuple[Services, Services],
) -> None:
    """Anna moves a målsättning up; Bo's edit of its text, begun before, saves without a
    question and keeps Anna's order."""
    anna, bo = two_officers
    first = _objective(anna)
    second = anna.programme.add_objective(first.focus_area_id, "Utsläppen minskar", 2035)
    anna.programme.move_objective(second.objective_id, -1)
    saved = bo.programme.update_objective(
        second.objective_id, "Utsläppen halveras", 2035, ExpectedVersion(second.version)
    )
    assert (saved.text, saved.label) == ("Utsläppen halveras", "1.1")


def test_links_and_relations_are_logged_under_the_objective(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    first = _objective(anna)
    second = anna.programme.add_objective(first.focus_area_id, "Utsläppen minskar", 2035)
    bo.programme.set_objective_links(first.objective_id, [], ["7.2"])
    bo.programme.set_relation(first.objective_id, second.objective_id, "synergi", "Samma tak")
    history = anna.change_log.history(RecordRef.of("objective", first.objective_id))
    parts = [c for c in history if c.is_part]
    assert {c.record_kind for c in parts} == {
        "Målsättningens mål",
        "Målsättningens delmål",
        "Samband",
    }
    assert all(c.actor == "Bo Ek" for c in parts)
