"""The demo's steering cycles filled in: what each of the five steps stores, for Exempelkommun.

Both cycles get a nulägesanalys; the current one ("Mandatperioden 2023–2026") also gets
its priority goals, programme, organisation tree and handlingsplan, dialogues, ordlista
and yearly follow-ups, and its step 3 is marked done. Everything is written in one unit
of work, straight through the ORM (the step services validate user input, which this
invented content does not need). The texts live in the ``demo_cycle_*`` data modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from agenda_desktop.core.demo_cycle_actions import ACTIONS, ORG_UNITS
from agenda_desktop.core.demo_cycle_analysis import (
    CURRENT_ANALYSED_AT,
    CURRENT_GOALS,
    CURRENT_TARGETS,
)
from agenda_desktop.core.demo_cycle_analysis_earlier import (
    EARLIER_ANALYSED_AT,
    EARLIER_GOALS,
    EARLIER_TARGETS,
)
from agenda_desktop.core.demo_cycle_dialogue import ACTIVITIES
from agenda_desktop.core.demo_cycle_follow_up import FOLLOW_UPS, GLOSSARY
from agenda_desktop.core.demo_cycle_programme import FOCUS_AREAS, PRIORITY_GOALS, RELATIONS
from agenda_desktop.core.demo_cycle_types import Assessed, IndicatorPlan
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Action,
    ActionGoal,
    ActionObjective,
    CommentFocusArea,
    CommentGoal,
    CommentObjective,
    CycleStep,
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
    TargetAssessment,
)

ACTION_PLAN_ADOPTED = date(2024, 12, 10)
ACTION_PLAN_NOTE = "Handlingsplanen antogs av kommunstyrelsen den 10 december 2024, § 187."


def populate_steering(
    database: Database, earlier_cycle_id: int, current_cycle_id: int, municipality_id: str
) -> None:
    """Write the demo's content of the five steps into the two demo cycles.

    Args:
        database: The demo database, its indicator values already written (the
            målsättningar's baselines are read from them).
        earlier_cycle_id: "Mandatperioden 2019–2022": gets its nulägesanalys.
        current_cycle_id: "Mandatperioden 2023–2026": gets all five steps' content.
        municipality_id: The demo municipality, whose values are the baselines.

    Raises:
        ValueError: When the demo's values lack a baseline a målsättning needs.
    """
    with database.unit_of_work() as session:
        _add_analysis(
            session, earlier_cycle_id, EARLIER_GOALS, EARLIER_TARGETS, EARLIER_ANALYSED_AT
        )
        _add_analysis(
            session, current_cycle_id, CURRENT_GOALS, CURRENT_TARGETS, CURRENT_ANALYSED_AT
        )
        session.add_all(
            PriorityGoal(cycle_id=current_cycle_id, goal_number=goal, rationale=rationale)
            for goal, rationale in PRIORITY_GOALS
        )
        areas, objectives = _add_programme(session, current_cycle_id, municipality_id)
        _add_actions(session, current_cycle_id, objectives)
        _add_dialogue(session, current_cycle_id, areas, objectives)
        session.add_all(GlossaryTerm(term=term, explanation=text) for term, text in GLOSSARY)
        _add_follow_ups(session, current_cycle_id, objectives)
        step = session.scalars(
            select(CycleStep).where(CycleStep.cycle_id == current_cycle_id, CycleStep.step == 3)
        ).one()
        step.completed_on = ACTION_PLAN_ADOPTED
        step.note = ACTION_PLAN_NOTE


def _assessed_columns(row: Assessed, updated_at: datetime) -> dict[str, object]:
    return {
        "assessment": row.assessment,
        "trend": row.trend,
        "radighet": row.radighet,
        "partners": row.partners,
        "role_democracy": "D" in row.roles,
        "role_community": "S" in row.roles,
        "role_welfare": "V" in row.roles,
        "role_employer": "A" in row.roles,
        "group_differences": row.groups,
        "analysis": row.analysis,
        "updated_at": updated_at,
    }


def _add_analysis(
    session: Session,
    cycle_id: int,
    goals: Iterable[Assessed],
    targets: Iterable[Assessed],
    updated_at: datetime,
) -> None:
    session.add_all(
        GoalAssessment(
            cycle_id=cycle_id,
            goal_number=row.key,
            should_work_on=row.should_work_on,
            **_assessed_columns(row, updated_at),
        )
        for row in goals
    )
    session.add_all(
        TargetAssessment(
            cycle_id=cycle_id, target_code=row.key, **_assessed_columns(row, updated_at)
        )
        for row in targets
    )


def _baselines(
    session: Session, municipality_id: str, plans: list[IndicatorPlan]
) -> dict[tuple[str, str, int], float]:
    """The demo's stored values at the målsättningar's baseline years."""
    keys = {(plan.kpi_id, plan.gender, plan.baseline_year) for plan in plans}
    rows = session.execute(
        select(KpiValue.kpi_id, KpiValue.gender, KpiValue.period, KpiValue.value).where(
            KpiValue.municipality_id == municipality_id,
            tuple_(KpiValue.kpi_id, KpiValue.gender, KpiValue.period).in_(keys),
            KpiValue.value.is_not(None),
        )
    ).all()
    found = {(kpi, gender, year): value for kpi, gender, year, value in rows if value is not None}
    if missing := sorted(keys - found.keys()):
        raise ValueError(f"the demo has no baseline values for {missing}")
    return found


def _add_programme(
    session: Session, cycle_id: int, municipality_id: str
) -> tuple[dict[str, int], dict[str, int]]:
    """The focus areas with their målsättningar, efforts and relations; returns the ids
    of the focus areas and of the målsättningar by key."""
    plans = [i for a in FOCUS_AREAS for o in a.objectives for i in o.indicators]
    baselines = _baselines(session, municipality_id, plans)
    areas: dict[str, FocusArea] = {}
    objectives: dict[str, Objective] = {}
    for position, area_plan in enumerate(FOCUS_AREAS):
        area = FocusArea(
            cycle_id=cycle_id,
            position=position,
            title=area_plan.title,
            description=area_plan.description,
        )
        for index, plan in enumerate(area_plan.objectives):
            objective = Objective(position=index, text=plan.text, target_year=plan.target_year)
            objective.goals = [ObjectiveGoal(goal_number=goal) for goal in plan.goals]
            objective.targets = [ObjectiveTarget(target_code=code) for code in plan.targets]
            objective.indicators = [
                ObjectiveIndicator(
                    kpi_id=i.kpi_id,
                    gender=i.gender,
                    baseline_value=baselines[(i.kpi_id, i.gender, i.baseline_year)],
                    baseline_year=i.baseline_year,
                    target_value=i.target_value,
                    target_year=i.target_year,
                )
                for i in plan.indicators
            ]
            area.objectives.append(objective)
            objectives[plan.key] = objective
        area.efforts = [
            KeyEffort(position=index, text=text) for index, text in enumerate(area_plan.efforts)
        ]
        areas[area_plan.key] = area
    session.add_all(areas.values())
    session.flush()
    ids = {key: objective.id for key, objective in objectives.items()}
    for relation in RELATIONS:
        first, second = sorted((ids[relation.first], ids[relation.second]))
        session.add(
            ObjectiveRelation(
                first_objective_id=first,
                second_objective_id=second,
                kind=relation.kind,
                note=relation.note,
            )
        )
    return {key: area.id for key, area in areas.items()}, ids


def _add_units(session: Session) -> dict[str, int]:
    """The organisation tree, a level at a time so that each parent has its id."""
    units: dict[str, OrgUnit] = {}
    siblings: dict[str | None, int] = {}
    pending = list(ORG_UNITS)
    while pending:
        level = [plan for plan in pending if plan.parent is None or plan.parent in units]
        if not level:
            raise ValueError(f"org units without a parent: {[p.key for p in pending]}")
        for plan in level:
            position = siblings.get(plan.parent, 0)
            siblings[plan.parent] = position + 1
            parent_id = units[plan.parent].id if plan.parent is not None else None
            units[plan.key] = OrgUnit(
                parent_id=parent_id, name=plan.name, kind=plan.kind, position=position
            )
            session.add(units[plan.key])
        session.flush()
        pending = [plan for plan in pending if plan.key not in units]
    return {key: unit.id for key, unit in units.items()}


def _add_actions(session: Session, cycle_id: int, objectives: dict[str, int]) -> None:
    units = _add_units(session)
    for row in ACTIONS:
        action = Action(
            cycle_id=cycle_id,
            title=row.title,
            description=row.description,
            org_unit_id=units[row.unit],
            responsible_person=row.person,
            start_date=row.start,
            due_date=row.due,
            status=row.status,
            cost_estimate=row.cost,
            radighet=row.radighet,
            partners=row.partners,
        )
        action.objectives = [ActionObjective(objective_id=objectives[k]) for k in row.objectives]
        action.goals = [ActionGoal(goal_number=goal) for goal in row.goals]
        session.add(action)


def _add_dialogue(
    session: Session, cycle_id: int, areas: dict[str, int], objectives: dict[str, int]
) -> None:
    for plan in ACTIVITIES:
        activity = DialogueActivity(
            cycle_id=cycle_id,
            kind=plan.kind,
            title=plan.title,
            held_on=plan.held_on,
            deadline=plan.deadline,
            target_group=plan.target_group,
            description=plan.description,
        )
        activity.participants = [
            DialogueParticipants(gender=gender, age_band=band, count=count)
            for gender, band, count in plan.participants
        ]
        for note in plan.comments:
            comment = DialogueComment(
                received_on=note.received,
                sender=note.sender,
                text=note.text,
                response=note.response,
                responded_on=note.responded,
                status=note.status,
            )
            comment.goals = [CommentGoal(goal_number=goal) for goal in note.goals]
            comment.focus_areas = [CommentFocusArea(focus_area_id=areas[k]) for k in note.areas]
            comment.objectives = [
                CommentObjective(objective_id=objectives[k]) for k in note.objectives
            ]
            activity.comments.append(comment)
        session.add(activity)


def _add_follow_ups(session: Session, cycle_id: int, objectives: dict[str, int]) -> None:
    for plan in FOLLOW_UPS:
        follow_up = FollowUp(
            cycle_id=cycle_id,
            kind="ar",
            year=plan.year,
            what_moved=plan.what_moved,
            what_to_change=plan.what_to_change,
            maturity=plan.maturity,
            published_on=plan.published_on,
        )
        follow_up.criteria = [
            FollowUpCriterion(criterion=key, fulfilled=fulfilled, note=note)
            for key, fulfilled, note in plan.criteria
        ]
        follow_up.objective_notes = [
            FollowUpObjectiveNote(objective_id=objectives[key], comment=comment)
            for key, comment in plan.notes
        ]
        session.add(follow_up)
