"""The demo's steering cycles: what each of the five steps holds for Exempelkommun."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.demo import DEMO_MUNICIPALITY_ID, build_demo
from agenda_desktop.core.services.cycle import CycleService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.steering.vocabulary import (
    ANSWERED_COMMENT_STATUSES,
    CLOSED_ACTION_STATUSES,
    DIALOGUE_KINDS,
    MATURITY_CRITERIA,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import (
    Action,
    ActionGoal,
    ActionObjective,
    Base,
    CommentFocusArea,
    CommentGoal,
    CommentObjective,
    DialogueActivity,
    DialogueComment,
    DialogueParticipants,
    FocusArea,
    FollowUp,
    FollowUpCriterion,
    FollowUpObjectiveNote,
    GlossaryTerm,
    GoalAssessment,
    KeyEffort,
    KpiValue,
    Objective,
    ObjectiveGoal,
    ObjectiveIndicator,
    ObjectiveRelation,
    ObjectiveTarget,
    OrgUnit,
    PriorityGoal,
    SteeringCycle,
    TargetAssessment,
)

DEMO_TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database for the whole module: these tests only read."""
    path = tmp_path_factory.mktemp("demo") / "exempel.agenda"
    build_demo(path)
    database = open_database(DatabaseLocation.for_file(path)).database
    yield database
    database.close()


def _cycle_id(session: Session, name: str) -> int:
    return session.scalars(select(SteeringCycle.id).where(SteeringCycle.name == name)).one()


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(
    ("model", "least"),
    [
        (GoalAssessment, 34),
        (TargetAssessment, 6),
        (PriorityGoal, 5),
        (FocusArea, 3),
        (Objective, 8),
        (ObjectiveGoal, 8),
        (ObjectiveTarget, 8),
        (ObjectiveIndicator, 8),
        (KeyEffort, 8),
        (ObjectiveRelation, 3),
        (OrgUnit, 10),
        (Action, 15),
        (ActionObjective, 15),
        (ActionGoal, 15),
        (DialogueActivity, 5),
        (DialogueParticipants, 5),
        (DialogueComment, 8),
        (CommentGoal, 8),
        (CommentFocusArea, 5),
        (CommentObjective, 5),
        (GlossaryTerm, 15),
        (FollowUp, 2),
        (FollowUpCriterion, 12),
        (FollowUpObjectiveNote, 4),
    ],
)
def test_every_table_of_the_five_steps_has_rows(
    demo: Database, model: type[Base], least: int
) -> None:
    with demo.unit_of_work() as session:
        assert _count(session, model) >= least


def test_both_cycles_analyse_all_goals_and_the_comparison_shows_change(demo: Database) -> None:
    with demo.unit_of_work() as session:
        earlier = _cycle_id(session, "Mandatperioden 2019–2022")
        current = _cycle_id(session, "Mandatperioden 2023–2026")
        by_cycle = {
            cycle: dict(
                session.execute(
                    select(GoalAssessment.goal_number, GoalAssessment.assessment).where(
                        GoalAssessment.cycle_id == cycle
                    )
                ).all()
            )
            for cycle in (earlier, current)
        }
        flagged = session.scalar(
            select(func.count()).where(
                GoalAssessment.cycle_id == current, GoalAssessment.should_work_on.is_(True)
            )
        )
        targets = set(
            session.scalars(
                select(TargetAssessment.target_code).where(TargetAssessment.cycle_id == current)
            )
        )
    assert set(by_cycle[earlier]) == set(by_cycle[current]) == set(range(1, 18))
    scale = ["uppnatt", "vissa", "betydande", "stor"]
    pairs = [
        (by_cycle[earlier][goal], by_cycle[current][goal])
        for goal in range(1, 18)
        if by_cycle[earlier][goal] in scale and by_cycle[current][goal] in scale
    ]
    assert any(scale.index(after) < scale.index(before) for before, after in pairs)
    assert any(scale.index(after) > scale.index(before) for before, after in pairs)
    assert flagged
    assert {"4.1", "6.3", "7.2", "11.2", "12.5", "13.2"} <= targets


def test_the_current_cycle_stands_at_step_four(demo: Database) -> None:
    position = CycleService(demo).latest()
    assert position is not None and position.name == "Mandatperioden 2023–2026"
    assert position.current_step == 4
    assert all(step.completed_on for step in position.steps[:3])


def test_every_dialogue_kind_but_other_is_there_and_the_remiss_is_open(demo: Database) -> None:
    with demo.unit_of_work() as session:
        kinds = set(session.scalars(select(DialogueActivity.kind)))
        remiss = session.scalars(
            select(DialogueActivity).where(DialogueActivity.kind == "remiss")
        ).one()
        statuses = [comment.status for comment in remiss.comments]
        deadline = remiss.deadline
        answered = [c for c in remiss.comments if c.status in ANSWERED_COMMENT_STATUSES]
        assert all(c.response and c.responded_on for c in answered)
    assert kinds == set(DIALOGUE_KINDS) - {"annat"}
    assert deadline == date(2026, 12, 15)
    assert len(statuses) >= 8
    assert any(status not in ANSWERED_COMMENT_STATUSES for status in statuses)
    assert any(status in ANSWERED_COMMENT_STATUSES for status in statuses)


def test_some_actions_are_overdue_and_all_have_an_owner(demo: Database) -> None:
    with demo.unit_of_work() as session:
        actions = session.scalars(select(Action)).all()
        overdue = [
            a
            for a in actions
            if a.due_date is not None
            and a.due_date < DEMO_TODAY
            and a.status not in CLOSED_ACTION_STATUSES
        ]
        assert all(a.org_unit_id and a.responsible_person and a.objectives for a in actions)
        statuses = {a.status for a in actions}
    assert len(overdue) >= 3
    assert {"klar", "pagar", "forsenad", "planerad"} <= statuses


def test_every_indicator_has_demo_values_from_its_baseline_year_on(demo: Database) -> None:
    with demo.unit_of_work() as session:
        indicators = session.scalars(select(ObjectiveIndicator)).all()
        for indicator in indicators:
            values = dict(
                session.execute(
                    select(KpiValue.period, KpiValue.value).where(
                        KpiValue.kpi_id == indicator.kpi_id,
                        KpiValue.municipality_id == DEMO_MUNICIPALITY_ID,
                        KpiValue.gender == indicator.gender,
                        KpiValue.value.is_not(None),
                    )
                ).all()
            )
            assert indicator.baseline_year is not None and indicator.target_year is not None
            assert values.get(indicator.baseline_year) == indicator.baseline_value
            assert any(year > indicator.baseline_year for year in values), indicator.kpi_id
            assert indicator.target_value is not None
            assert indicator.target_year > indicator.baseline_year


def test_the_follow_ups_grow_in_maturity_and_the_first_is_published(demo: Database) -> None:
    with demo.unit_of_work() as session:
        follow_ups = {f.year: f for f in session.scalars(select(FollowUp))}
        assert set(follow_ups) == {2024, 2025}
        assert follow_ups[2024].maturity == "mellan"
        assert follow_ups[2024].published_on is not None
        assert follow_ups[2025].maturity == "hog"
        for follow_up in follow_ups.values():
            assert {c.criterion for c in follow_up.criteria} == set(MATURITY_CRITERIA)
            assert follow_up.what_moved and follow_up.what_to_change
        assert all(c.fulfilled for c in follow_ups[2025].criteria)
        assert not all(c.fulfilled for c in follow_ups[2024].criteria)


def test_relations_hold_both_synergies_and_goal_conflicts(demo: Database) -> None:
    with demo.unit_of_work() as session:
        kinds = [r.kind for r in session.scalars(select(ObjectiveRelation))]
    assert {"synergi", "malkonflikt"} <= set(kinds)
