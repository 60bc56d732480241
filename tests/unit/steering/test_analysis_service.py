"""The analysis service on the demo database: save, read back, evidence, comparison."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.analysis_rules import (
    FIELD_GOAL,
    FIELD_TARGET,
    AssessmentData,
    GoalAssessmentData,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    CommentGoal,
    DialogueActivity,
    DialogueComment,
    Kpi,
    KpiGoalLink,
)


def _cycles(services: Services) -> tuple[int, int]:
    """Two new, empty cycles (the demo's own cycles may hold an analysis already)."""
    old = services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id
    new = services.cycle.start_cycle("Mandatperioden 2031–2034", 2031, 2034).cycle_id
    return old, new


def test_an_empty_analysis_has_all_17_goals_unassessed(services: Services) -> None:
    _old, new = _cycles(services)
    analysis = services.analysis.analysis(new)
    assert [goal.goal_number for goal in analysis.goals] == list(range(1, 18))
    assert all(goal.assessment.assessment == "ej_bedomd" for goal in analysis.goals)
    assert analysis.counts["ej_bedomd"] == 17
    assert analysis.goal(3).name
    assert analysis.goal(3).assessment.assessment_name == "Ej bedömd"


def test_a_saved_goal_reads_back_with_swedish_names(services: Services) -> None:
    _old, new = _cycles(services)
    data = GoalAssessmentData(
        assessment="betydande",
        trend="forsamras",
        radighet="samverkan",
        partners="Regionen, Polisen",
        roles=frozenset({"welfare", "democracy"}),
        group_differences="Flickor mår sämre än pojkar.",
        analysis="Den psykiska ohälsan ökar bland unga.",
        should_work_on=True,
    )
    saved = services.analysis.save_goal(new, 3, data)
    assert saved.assessment.updated_at is not None
    goal = services.analysis.analysis(new).goal(3)
    assert goal == saved
    assert goal.data() == data
    assert goal.assessment.assessment_name == "Betydande utmaning"
    assert goal.assessment.trend_name == "Försämras"
    assert goal.assessment.radighet_name == "Kräver samverkan"
    assert goal.assessment.role_names == ("Demokratiaktör", "Välfärdsproducent")
    assert services.analysis.analysis(new).should_work_on == (3,)

    changed = services.analysis.save_goal(new, 3, GoalAssessmentData(assessment="vissa"))
    assert changed.assessment.assessment == "vissa"
    assert changed.assessment.roles == ()
    assert not changed.should_work_on


def test_cycles_keep_their_own_analyses(services: Services) -> None:
    old, new = _cycles(services)
    services.analysis.save_goal(old, 5, GoalAssessmentData(assessment="stor"))
    assert services.analysis.analysis(new).goal(5).assessment.assessment == "ej_bedomd"


def test_refused_input_saves_nothing(services: Services) -> None:
    _old, new = _cycles(services)
    with pytest.raises(ValidationError):
        services.analysis.save_goal(new, 4, GoalAssessmentData("stor", radighet="samverkan"))
    with pytest.raises(ValidationError) as raised:
        services.analysis.save_goal(new, 18, GoalAssessmentData("stor"))
    assert raised.value.field == FIELD_GOAL
    with pytest.raises(NotFoundError):
        services.analysis.save_goal(9999, 4, GoalAssessmentData("stor"))
    assert services.analysis.analysis(new).goal(4).assessment.updated_at is None


def test_targets_are_saved_listed_in_order_and_removed(services: Services) -> None:
    _old, new = _cycles(services)
    services.analysis.save_target(new, "3.5", AssessmentData("vissa", trend="oforandrad"))
    services.analysis.save_target(new, "3.4", AssessmentData("stor", analysis="Suicid ökar."))
    targets = services.analysis.analysis(new).goal(3).targets
    assert [target.code for target in targets] == ["3.4", "3.5"]
    assert targets[0].assessment.analysis == "Suicid ökar."
    assert targets[0].title
    services.analysis.remove_target(new, "3.4")
    assert [t.code for t in services.analysis.goal(new, 3).targets] == ["3.5"]
    with pytest.raises(NotFoundError):
        services.analysis.remove_target(new, "3.4")
    with pytest.raises(ValidationError) as raised:
        services.analysis.save_target(new, "3.99", AssessmentData("stor"))
    assert raised.value.field == FIELD_TARGET


def test_comparison_goal_by_goal(services: Services) -> None:
    old, new = _cycles(services)
    services.analysis.save_goal(old, 1, GoalAssessmentData("stor"))
    services.analysis.save_goal(new, 1, GoalAssessmentData("vissa"))
    services.analysis.save_goal(old, 2, GoalAssessmentData("vissa"))
    services.analysis.save_goal(new, 2, GoalAssessmentData("betydande"))
    services.analysis.save_goal(new, 3, GoalAssessmentData("uppnatt"))
    rows = services.analysis.compare(old, new)
    assert len(rows) == 17
    by_goal = {row.goal_number: row for row in rows}
    assert by_goal[1].change_name == "Bättre"
    assert by_goal[2].change == "samre"
    assert by_goal[3].change == "ny"
    assert by_goal[3].before_name == "Ej bedömd"
    assert by_goal[4].change == "ej_bedomd"


def test_evidence_holds_linked_indicators_and_the_cycles_comments(services: Services) -> None:
    old, new = _cycles(services)
    with services.database.unit_of_work() as session:
        goal = session.scalars(select(KpiGoalLink.goal_number)).first()
        assert goal is not None
        linked = set(
            session.scalars(select(KpiGoalLink.kpi_id).where(KpiGoalLink.goal_number == goal))
        )
        for cycle_id, text in ((new, "Fler cykelbanor!"), (old, "Gammal synpunkt")):
            activity = DialogueActivity(
                cycle_id=cycle_id, kind="medborgardialog", title="Dialog", held_on=date(2024, 3, 1)
            )
            comment = DialogueComment(text=text, status="ny")
            comment.goals = [CommentGoal(goal_number=goal)]
            activity.comments = [comment]
            session.add(activity)
    evidence = services.analysis.evidence(new, goal)
    assert evidence.municipality_id == "1400"
    assert {item.kpi_id for item in evidence.indicators} == linked
    with_value = [item for item in evidence.indicators if item.value is not None]
    assert with_value, "the demo has values for its linked indicators"
    first = with_value[0]
    assert first.period is not None
    assert first.riket_value is not None or first.against_riket is None
    assert [c.text for c in evidence.comments] == ["Fler cykelbanor!"]
    assert evidence.comments[0].activity_kind_name == "Medborgardialog"
    assert evidence.comments[0].status_name == "Ny"


def test_evidence_without_profile_lists_indicators_without_values(
    fresh_database: Database,
) -> None:
    services = Services.for_database(fresh_database)
    cycle = services.cycle.start_cycle("Test", 2027, 2030)
    with fresh_database.unit_of_work() as session:
        kpi_id = session.scalars(select(Kpi.id).order_by(Kpi.id)).first()
    assert kpi_id is not None
    services.indicators.link_goal(kpi_id, 16, "16.7")
    evidence = services.analysis.evidence(cycle.cycle_id, 16)
    assert evidence.municipality_id is None
    assert [(item.kpi_id, item.target_codes, item.value) for item in evidence.indicators] == [
        (kpi_id, ("16.7",), None)
    ]
