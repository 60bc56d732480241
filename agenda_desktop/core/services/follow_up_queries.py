"""The small read queries of the follow-up: indicators, own values, actions and facts.

Other steps' tables (programme, action plan, analysis, dialogue) are read directly here
rather than through their services, so step 5 does not depend on how those pages write.
Every function takes an open session: the caller owns the transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.services.follow_up_types import ActionSummary, IndicatorOutcome
from agenda_desktop.core.steering.objective_status import YearValue, objective_status
from agenda_desktop.core.steering.vocabulary import (
    ACTION_STATUSES,
    ANSWERED_COMMENT_STATUSES,
    CLOSED_ACTION_STATUSES,
)
from agenda_desktop.core.store.models import (
    Action,
    ActionObjective,
    DialogueActivity,
    DialogueComment,
    FocusArea,
    FollowUp,
    GoalAssessment,
    Kpi,
    KpiValue,
    Objective,
    ObjectiveGoal,
    ObjectiveIndicator,
)


def _point(year: int | None, value: float | None) -> YearValue | None:
    return None if year is None or value is None else YearValue(year, value)


def own_series(
    session: Session, municipality_id: str | None, pairs: set[tuple[str, str]]
) -> dict[tuple[str, str], list[tuple[int, float]]]:
    """The own municipality's values (not the missing ones) per (kpi, gender), oldest first."""
    series: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    if municipality_id is None or not pairs:
        return series
    kpis = {kpi for kpi, _gender in pairs}
    rows = session.execute(
        select(KpiValue.kpi_id, KpiValue.gender, KpiValue.period, KpiValue.value)
        .where(
            KpiValue.municipality_id == municipality_id,
            KpiValue.kpi_id.in_(kpis),
            KpiValue.value.is_not(None),
        )
        .order_by(KpiValue.period)
    ).all()
    for kpi_id, gender, period, value in rows:
        if (kpi_id, gender) in pairs and value is not None:
            series[(kpi_id, gender)].append((period, value))
    return series


def indicator_outcomes(
    session: Session, objective_ids: list[int], municipality_id: str | None, year: int
) -> dict[int, list[IndicatorOutcome]]:
    """Per målsättning: each indicator with its outcome up to ``year`` and its status."""
    rows = session.execute(
        select(ObjectiveIndicator, Kpi.title, Kpi.unit, Kpi.higher_is_better)
        .join(Kpi, Kpi.id == ObjectiveIndicator.kpi_id)
        .where(ObjectiveIndicator.objective_id.in_(objective_ids))
        .order_by(ObjectiveIndicator.id)
    ).all()
    series = own_series(session, municipality_id, {(row[0].kpi_id, row[0].gender) for row in rows})
    result: dict[int, list[IndicatorOutcome]] = defaultdict(list)
    for link, title, unit, higher_is_better in rows:
        values = tuple(series.get((link.kpi_id, link.gender), ()))
        known = [(period, value) for period, value in values if period <= year]
        outcome_year, outcome_value = known[-1] if known else (None, None)
        status = objective_status(
            _point(link.baseline_year, link.baseline_value),
            _point(link.target_year, link.target_value),
            _point(outcome_year, outcome_value),
            higher_is_better,
        )
        result[link.objective_id].append(
            IndicatorOutcome(
                link.id,
                link.kpi_id,
                title,
                unit,
                link.gender,
                higher_is_better,
                link.baseline_year,
                link.baseline_value,
                link.target_year,
                link.target_value,
                outcome_year,
                outcome_value,
                status,
                values,
            )
        )
    return result


def action_summary(session: Session, cycle_id: int, today: date) -> ActionSummary:
    rows = session.execute(
        select(Action.id, Action.status, Action.due_date).where(Action.cycle_id == cycle_id)
    ).all()
    counts = dict.fromkeys(ACTION_STATUSES, 0)
    overdue = 0
    for _id, status, due in rows:
        counts[status] = counts.get(status, 0) + 1
        if due is not None and due < today and status not in CLOSED_ACTION_STATUSES:
            overdue += 1
    linked = session.scalar(
        select(func.count(func.distinct(ActionObjective.action_id)))
        .join(Action, Action.id == ActionObjective.action_id)
        .where(Action.cycle_id == cycle_id)
    )
    return ActionSummary(len(rows), tuple(counts.items()), overdue, linked or 0)


def objective_ids_of(session: Session, cycle_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Objective.id)
            .join(FocusArea, FocusArea.id == Objective.focus_area_id)
            .where(FocusArea.cycle_id == cycle_id)
        )
    )


def assessed_goals(session: Session, cycle_id: int) -> dict[int, str]:
    """Goal number → assessment code, for the goals assessed (not "ej_bedomd")."""
    rows = session.execute(
        select(GoalAssessment.goal_number, GoalAssessment.assessment).where(
            GoalAssessment.cycle_id == cycle_id, GoalAssessment.assessment != "ej_bedomd"
        )
    ).all()
    return {number: code for number, code in rows}


def objectives_aimed_at(session: Session, objective_ids: list[int], goals: set[int]) -> int:
    """How many of the målsättningar link to at least one of ``goals``."""
    if not objective_ids or not goals:
        return 0
    return (
        session.scalar(
            select(func.count(func.distinct(ObjectiveGoal.objective_id))).where(
                ObjectiveGoal.objective_id.in_(objective_ids),
                ObjectiveGoal.goal_number.in_(goals),
            )
        )
        or 0
    )


def objectives_with_targets(session: Session, objective_ids: list[int]) -> int:
    """How many målsättningar have an indicator with a target value and year."""
    if not objective_ids:
        return 0
    return (
        session.scalar(
            select(func.count(func.distinct(ObjectiveIndicator.objective_id))).where(
                ObjectiveIndicator.objective_id.in_(objective_ids),
                ObjectiveIndicator.target_value.is_not(None),
                ObjectiveIndicator.target_year.is_not(None),
            )
        )
        or 0
    )


def actions_linked_and_owned(session: Session, cycle_id: int) -> tuple[int, int]:
    """(actions linked to a målsättning and with someone responsible, all actions)."""
    linked = select(ActionObjective.action_id).where(ActionObjective.action_id == Action.id)
    owned = (Action.org_unit_id.is_not(None)) | (Action.responsible_person != "")
    total = session.scalar(select(func.count(Action.id)).where(Action.cycle_id == cycle_id)) or 0
    good = (
        session.scalar(
            select(func.count(Action.id)).where(Action.cycle_id == cycle_id, linked.exists(), owned)
        )
        or 0
    )
    return good, total


def follow_up_years(session: Session, cycle_id: int) -> list[tuple[int, bool]]:
    """(year, published) of every follow-up of the cycle."""
    rows = session.execute(
        select(FollowUp.year, FollowUp.published_on).where(FollowUp.cycle_id == cycle_id)
    ).all()
    return [(year, published is not None) for year, published in rows]


def remiss_comments_due(session: Session, cycle_id: int, until: date) -> tuple[int, date | None]:
    """Unanswered comments of the cycle's remisser whose deadline is at the latest ``until``,
    and the earliest such deadline."""
    row = session.execute(
        select(func.count(DialogueComment.id), func.min(DialogueActivity.deadline))
        .join(DialogueActivity, DialogueActivity.id == DialogueComment.activity_id)
        .where(
            DialogueActivity.cycle_id == cycle_id,
            DialogueActivity.kind == "remiss",
            DialogueActivity.deadline.is_not(None),
            DialogueActivity.deadline <= until,
            DialogueComment.status.not_in(ANSWERED_COMMENT_STATUSES),
        )
    ).one()
    return int(row[0] or 0), row[1]
