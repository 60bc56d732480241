"""Two officers edit the same unit, action or assessment (steps 1 and 3 of the steering
cycle): the second save never overwrites the first silently, the user's choice is saved,
and the history names who changed what. Runs on a shared SQLite file and, in CI, on a
shared PostgreSQL database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import AgendaError, NotFoundError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.steering.analysis_rules import AssessmentData, GoalAssessmentData
from agenda_desktop.core.store.faults import DatabaseLockedError
from agenda_desktop.core.store.record_versions import (
    EditConflictError,
    ExpectedVersion,
    SimultaneousSaveError,
)

TARGET = "3.4"


@dataclass(frozen=True)
class Editing:
    """One edit flow: reading the record (its version and the edited field's value) and
    saving a new value of that field from a version."""

    record: RecordRef
    read: Callable[[Services], tuple[int, str]]
    save: Callable[[Services, str, ExpectedVersion], object]


@dataclass(frozen=True)
class Case:
    table: str
    field: str
    label: str  # the field's label in the conflict and the history
    values: tuple[str, str]  # Anna's value, Bo's value
    texts: tuple[str, str, str]  # began, Anna's and Bo's value as the user reads them
    start: Callable[[Services], Editing]


def _cycle(services: Services) -> int:
    return services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id


def _unit_editing(services: Services, save: Callable[..., object], attribute: str) -> Editing:
    unit_id = services.action_plan.add_unit("Planenheten", "enhet").unit_id

    def read(who: Services) -> tuple[int, str]:
        unit = who.action_plan.unit(unit_id)
        return unit.version, str(getattr(unit, attribute))

    def saving(who: Services, value: str, expected: ExpectedVersion) -> object:
        return save(who, unit_id, value, expected)

    return Editing(RecordRef.of("org_unit", unit_id), read, saving)


def _update_unit(who: Services, unit_id: int, name: str, expected: ExpectedVersion) -> object:
    unit = who.action_plan.unit(unit_id)
    return who.action_plan.update_unit(unit_id, name, unit.kind, unit.parent_id, expected)


def _action_editing(services: Services) -> Editing:
    created = services.action_plan.create_action(
        _cycle(services), ActionInput(title="Cykelplan för tätorterna")
    )

    def read(who: Services) -> tuple[int, str]:
        action = who.action_plan.action(created.action_id)
        return action.version, action.title

    def save(who: Services, title: str, expected: ExpectedVersion) -> object:
        form = ActionInput(title=title)  # the form as the editor filled it, title changed
        return who.action_plan.update_action(created.action_id, form, expected)

    return Editing(RecordRef.of("action", created.action_id), read, save)


def _goal_editing(services: Services) -> Editing:
    cycle_id = _cycle(services)
    saved = services.analysis.save_goal(cycle_id, 3, GoalAssessmentData("vissa"))
    assert saved.assessment.assessment_id is not None

    def read(who: Services) -> tuple[int, str]:
        goal = who.analysis.goal(cycle_id, 3)
        return goal.assessment.version, goal.assessment.analysis

    def save(who: Services, text: str, expected: ExpectedVersion) -> object:
        data = GoalAssessmentData("vissa", analysis=text)
        return who.analysis.save_goal(cycle_id, 3, data, expected)

    return Editing(RecordRef.of("goal_assessment", saved.assessment.assessment_id), read, save)


def _target_editing(services: Services) -> Editing:
    cycle_id = _cycle(services)
    saved = services.analysis.save_target(cycle_id, TARGET, AssessmentData("stor"))
    assert saved.assessment.assessment_id is not None

    def read(who: Services) -> tuple[int, str]:
        target = who.analysis.goal(cycle_id, 3).targets[0]
        return target.assessment.version, target.assessment.trend

    def save(who: Services, trend: str, expected: ExpectedVersion) -> object:
        return who.analysis.save_target(cycle_id, TARGET, AssessmentData("stor", trend), expected)

    return Editing(RecordRef.of("target_assessment", saved.assessment.assessment_id), read, save)


CASES = [
    Case(
        "org_unit",
        "name",
        "Namn",
        ("Plan- och byggenheten", "Planavdelningen"),
        ("Planenheten", "Plan- och byggenheten", "Planavdelningen"),
        lambda services: _unit_editing(services, _update_unit, "name"),
    ),
    Case(
        "org_unit",
        "name",
        "Namn",
        ("Plan- och byggenheten", "Planavdelningen"),
        ("Planenheten", "Plan- och byggenheten", "Planavdelningen"),
        lambda services: _unit_editing(
            services, lambda who, key, name, v: who.action_plan.rename_unit(key, name, v), "name"
        ),
    ),
    Case(
        "org_unit",
        "kind",
        "Typ",
        ("sektor", "bolag"),
        ("Enhet", "Sektor", "Kommunalt bolag"),
        lambda services: _unit_editing(
            services, lambda who, key, kind, v: who.action_plan.set_unit_kind(key, kind, v), "kind"
        ),
    ),
    Case(
        "action",
        "title",
        "Titel",
        ("Cykelplan 2027", "Cykelstrategi"),
        ("Cykelplan för tätorterna", "Cykelplan 2027", "Cykelstrategi"),
        _action_editing,
    ),
    Case(
        "goal_assessment",
        "analysis",
        "Analys",
        ("Annas analys", "Bos analys"),
        ("–", "Annas analys", "Bos analys"),
        _goal_editing,
    ),
    Case(
        "target_assessment",
        "trend",
        "Trend",
        ("forbattras", "forsamras"),
        ("Okänd", "Förbättras", "Försämras"),
        _target_editing,
    ),
]
IDS = ["update_unit", "rename_unit", "set_unit_kind", "update_action", "save_goal", "save_target"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_second_save_of_a_field_gets_both_versions_and_chooses(
    two_officers: tuple[Services, Services], case: Case
) -> None:
    anna, bo = two_officers
    editing = case.start(anna)
    began, _value = editing.read(bo)  # Bo opens the form
    annas, bos = case.values
    editing.save(anna, annas, ExpectedVersion(editing.read(anna)[0]))
    with pytest.raises(EditConflictError) as raised:
        editing.save(bo, bos, ExpectedVersion(began))
    conflict = raised.value.conflict
    assert (conflict.changed_by, conflict.began_version, conflict.table) == (
        "Anna Berg",
        began,
        case.table,
    )
    fields = {item.field: item for item in conflict.fields}
    chosen = fields[case.field]
    assert chosen.label == case.label and chosen.choosable
    assert (chosen.began_text, chosen.saved_text, chosen.mine_text) == case.texts
    # Nothing of Bo's was stored; the log holds Anna's change only.
    assert editing.read(anna) == (conflict.saved_version, annas)
    history = anna.change_log.history(editing.record)
    assert history[0].actor == "Anna Berg"
    # Keeping the saved value stores nothing new; choosing his own stores Bo's value.
    keep = frozenset({case.field})
    editing.save(bo, bos, ExpectedVersion(conflict.saved_version, keep_saved=keep))
    assert editing.read(anna) == (conflict.saved_version, annas)
    editing.save(bo, bos, ExpectedVersion(conflict.saved_version))
    assert editing.read(anna) == (conflict.saved_version + 1, bos)
    latest = anna.change_log.history(editing.record)[0]
    assert latest.actor == "Bo Ek"
    (change,) = [c for c in latest.changes if c.label == case.label]
    assert (change.old_text, change.new_text) == case.texts[1:]


def test_an_action_keeps_the_saved_title_and_the_users_other_fields(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    began = anna.action_plan.create_action(_cycle(anna), ActionInput(title="Cykelplan"))
    form = began.as_input()
    anna.action_plan.update_action(
        began.action_id, ActionInput(title="Annas rubrik"), ExpectedVersion(began.version)
    )
    bos = ActionInput(title="Bos rubrik", responsible_person="Bo Ek", status="pagar")
    with pytest.raises(EditConflictError) as raised:
        bo.action_plan.update_action(began.action_id, bos, ExpectedVersion(began.version))
    fields = {item.field: item for item in raised.value.conflict.fields}
    assert fields["title"].choosable
    assert fields["status"].changed_by_me and not fields["status"].changed_by_them
    assert (fields["status"].began_text, fields["status"].mine_text) == ("Planerad", "Pågår")
    assert form.title == "Cykelplan"
    saved = bo.action_plan.update_action(
        began.action_id,
        bos,
        ExpectedVersion(raised.value.conflict.saved_version, frozenset({"title"})),
    )
    assert (saved.title, saved.responsible_person, saved.status) == (
        "Annas rubrik",
        "Bo Ek",
        "pagar",
    )
    assert saved.version == began.version + 2


def test_a_unit_moved_by_another_is_no_conflict_for_a_rename(
    two_officers: tuple[Services, Services],
) -> None:
    """Anna moves the unit under a förvaltning; Bo's rename, begun before, keeps her move."""
    anna, bo = two_officers
    top = anna.action_plan.add_unit("Samhällsbyggnadsförvaltningen", "forvaltning")
    unit = anna.action_plan.add_unit("Planenheten", "enhet")
    bo_began = bo.action_plan.unit(unit.unit_id)
    anna.action_plan.move_unit(unit.unit_id, top.unit_id, ExpectedVersion(unit.version))
    renamed = bo.action_plan.rename_unit(
        unit.unit_id, "Plan- och byggenheten", ExpectedVersion(bo_began.version)
    )
    assert (renamed.name, renamed.parent_id) == ("Plan- och byggenheten", top.unit_id)


def test_a_first_assessment_stored_meanwhile_is_a_conflict_not_overwritten(
    two_officers: tuple[Services, Services],
) -> None:
    """Both officers open goal 5 before anyone has assessed it (version 0)."""
    anna, bo = two_officers
    cycle_id = _cycle(anna)
    bo_began = bo.analysis.goal(cycle_id, 5)
    assert (bo_began.assessment.version, bo_began.assessment.assessment_id) == (0, None)
    stored = anna.analysis.save_goal(
        cycle_id, 5, GoalAssessmentData("stor", analysis="Annas"), ExpectedVersion(0)
    )
    assert stored.assessment.version == 1
    with pytest.raises(EditConflictError) as raised:
        bo.analysis.save_goal(
            cycle_id,
            5,
            GoalAssessmentData("vissa", analysis="Bos"),
            ExpectedVersion(bo_began.assessment.version),
        )
    conflict = raised.value.conflict
    assert (conflict.record_label, conflict.changed_by, conflict.saved_version) == (
        "Mål 5",
        "Anna Berg",
        1,
    )
    assert "Mål 5" in str(raised.value)
    fields = {item.field: item for item in conflict.fields}
    assert set(fields) == {"assessment", "analysis"}  # what is left as it was is no question
    analysis = fields["analysis"]
    assert (analysis.began_text, analysis.mine_text, analysis.saved_text) == ("–", "Bos", "Annas")
    assert fields["assessment"].began_text == "Ej bedömd" and fields["assessment"].choosable
    assert anna.analysis.goal(cycle_id, 5).assessment.analysis == "Annas"
    saved = bo.analysis.save_goal(
        cycle_id,
        5,
        GoalAssessmentData("vissa", analysis="Bos"),
        ExpectedVersion(1, frozenset({"assessment"})),
    )
    assert (saved.assessment.assessment, saved.assessment.analysis) == ("stor", "Bos")
    assert saved.assessment.version == 2


def test_a_first_assessment_stored_meanwhile_merges_with_other_fields(
    two_officers: tuple[Services, Services],
) -> None:
    """Bo, whose form began before Anna stored the first assessment, only set the trend:
    his save keeps all that Anna wrote and adds his trend, without a question."""
    anna, bo = two_officers
    cycle_id = _cycle(anna)
    anna.analysis.save_target(cycle_id, TARGET, AssessmentData("stor", analysis="Annas"))
    saved = bo.analysis.save_target(
        cycle_id, TARGET, AssessmentData(trend="forbattras"), ExpectedVersion(0)
    )
    stored = saved.assessment
    assert (stored.assessment, stored.trend, stored.analysis) == ("stor", "forbattras", "Annas")
    assert stored.version == 2
    record = RecordRef.of("target_assessment", stored.assessment_id or 0)
    latest = anna.change_log.history(record)[0]
    assert (latest.actor, [f.label for f in latest.changes]) == ("Bo Ek", ["Trend"])


def test_a_conflict_names_the_goal_not_the_row(two_officers: tuple[Services, Services]) -> None:
    anna, bo = two_officers
    cycle_id = _cycle(anna)
    began = anna.analysis.save_goal(cycle_id, 12, GoalAssessmentData("vissa"))
    anna.analysis.save_goal(cycle_id, 12, GoalAssessmentData("stor"), ExpectedVersion(1))
    with pytest.raises(EditConflictError) as raised:
        bo.analysis.save_goal(
            cycle_id,
            12,
            GoalAssessmentData("uppnatt"),
            ExpectedVersion(began.assessment.version),
        )
    assert raised.value.conflict.record_label == "Mål 12"
    assert str(raised.value).startswith("Bedömning av mål ”Mål 12” ändrades av Anna Berg")


def test_a_target_assessment_removed_meanwhile_is_not_brought_back(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    cycle_id = _cycle(anna)
    began = anna.analysis.save_target(cycle_id, TARGET, AssessmentData("stor"))
    anna.analysis.remove_target(cycle_id, TARGET)
    with pytest.raises(NotFoundError, match="tagits bort av någon annan"):
        bo.analysis.save_target(
            cycle_id,
            TARGET,
            AssessmentData("vissa"),
            ExpectedVersion(began.assessment.version),
        )
    assert bo.analysis.goal(cycle_id, 3).targets == ()


@contextmanager
def _saving_first_in_between(bo: Services, save: Callable[[], object]) -> Iterator[None]:
    """Run ``save`` (another officer's save) when Bo's unit of work has read the database
    and is about to write: the two saves meet in the same instant."""
    fired: list[bool] = []

    def in_between(session: Session, _context: Any, _instances: Any) -> None:
        if session.bind is bo.database.engine and not fired:
            fired.append(True)
            save()

    event.listen(Session, "before_flush", in_between)
    try:
        yield
    finally:
        event.remove(Session, "before_flush", in_between)
    assert fired


@pytest.mark.parametrize("target", [False, True], ids=["goal", "target"])
def test_two_first_assessments_in_the_same_instant_keep_the_first_with_a_message(
    two_officers: tuple[Services, Services], database_backend: str, target: bool
) -> None:
    """Neither officer's transaction sees a stored assessment. On the server the unique
    constraint refuses Bo's row; SQLite refuses his write to an outdated snapshot. Either
    way he gets a Swedish message, not a traceback, and nothing of his is stored."""
    anna, bo = two_officers
    cycle_id = _cycle(anna)

    def annas_save() -> object:
        if target:
            return anna.analysis.save_target(cycle_id, TARGET, AssessmentData("stor"))
        return anna.analysis.save_goal(cycle_id, 3, GoalAssessmentData("stor"))

    refused = SimultaneousSaveError if database_backend == "postgresql" else DatabaseLockedError
    with pytest.raises(refused) as raised, _saving_first_in_between(bo, annas_save):
        if target:
            bo.analysis.save_target(cycle_id, TARGET, AssessmentData("vissa"), ExpectedVersion(0))
        else:
            bo.analysis.save_goal(cycle_id, 3, GoalAssessmentData("vissa"), ExpectedVersion(0))
    assert isinstance(raised.value, AgendaError)
    assert "Inget" in str(raised.value) or "Ingenting" in str(raised.value)
    goal = anna.analysis.goal(cycle_id, 3)
    stored = goal.targets[0].assessment if target else goal.assessment
    assert (stored.assessment, stored.version) == ("stor", 1)
