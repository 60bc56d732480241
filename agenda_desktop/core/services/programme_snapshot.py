"""Reading a cycle's programme into a ``Programme`` snapshot inside an open session.

Kept apart from the service so that every write method can hand back fresh, numbered
values (an objective's "1.2" depends on everything before it) from the same transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.indicators.units import display_unit
from agenda_desktop.core.services.programme_types import (
    EffortInfo,
    FocusAreaInfo,
    ObjectiveIndicatorInfo,
    ObjectiveInfo,
    PriorityInfo,
    Programme,
    RelationInfo,
)
from agenda_desktop.core.store.models import (
    FocusArea,
    Goal,
    Kpi,
    Objective,
    ObjectiveIndicator,
    ObjectiveRelation,
    PriorityGoal,
    Target,
)


def priorities(session: Session, cycle_id: int) -> tuple[PriorityInfo, ...]:
    rows = session.execute(
        select(PriorityGoal, Goal)
        .join(Goal, Goal.number == PriorityGoal.goal_number)
        .where(PriorityGoal.cycle_id == cycle_id)
        .order_by(PriorityGoal.goal_number)
    ).all()
    return tuple(
        PriorityInfo(
            goal.number,
            goal.short_sv,
            goal.short_en,
            goal.colour,
            priority.rationale,
            priority.id,
            priority.version,
        )
        for priority, goal in rows
    )


def indicator_info(session: Session, row: ObjectiveIndicator) -> ObjectiveIndicatorInfo:
    kpi = session.get(Kpi, row.kpi_id)
    title = kpi.title if kpi else row.kpi_id
    unit = display_unit(kpi.unit, kpi.title, kpi.is_local) if kpi else ""
    return ObjectiveIndicatorInfo(
        row.id,
        row.objective_id,
        row.kpi_id,
        title,
        unit,
        bool(kpi and kpi.gender_split),
        row.gender,
        row.baseline_value,
        row.baseline_year,
        row.target_value,
        row.target_year,
        row.version,
    )


def _target_order(session: Session, codes: list[str]) -> tuple[str, ...]:
    if not codes:
        return ()
    rows = session.execute(
        select(Target.code)
        .where(Target.code.in_(codes))
        .order_by(Target.goal_number, Target.position)
    ).scalars()
    return tuple(rows)


def _objective_info(session: Session, objective: Objective, label: str) -> ObjectiveInfo:
    return ObjectiveInfo(
        objective.id,
        objective.focus_area_id,
        label,
        objective.text,
        objective.target_year,
        tuple(sorted(link.goal_number for link in objective.goals)),
        _target_order(session, [link.target_code for link in objective.targets]),
        tuple(indicator_info(session, row) for row in objective.indicators),
        objective.version,
    )


def focus_areas(session: Session, cycle_id: int) -> tuple[FocusAreaInfo, ...]:
    areas = session.scalars(
        select(FocusArea)
        .where(FocusArea.cycle_id == cycle_id)
        .order_by(FocusArea.position, FocusArea.id)
        .options(
            selectinload(FocusArea.objectives).selectinload(Objective.goals),
            selectinload(FocusArea.objectives).selectinload(Objective.targets),
            selectinload(FocusArea.objectives).selectinload(Objective.indicators),
            selectinload(FocusArea.efforts),
        )
        # rows added in this transaction must show up in collections loaded before them
        .execution_options(populate_existing=True)
    ).all()
    result = []
    for number, area in enumerate(areas, 1):
        objectives = sorted(area.objectives, key=lambda o: (o.position, o.id))
        efforts = sorted(area.efforts, key=lambda e: (e.position, e.id))
        result.append(
            FocusAreaInfo(
                area.id,
                number,
                area.title,
                area.description,
                tuple(
                    _objective_info(session, objective, f"{number}.{index}")
                    for index, objective in enumerate(objectives, 1)
                ),
                tuple(
                    EffortInfo(effort.id, area.id, index, effort.text, effort.version)
                    for index, effort in enumerate(efforts, 1)
                ),
                area.version,
            )
        )
    return tuple(result)


def programme(session: Session, cycle_id: int) -> Programme:
    areas = focus_areas(session, cycle_id)
    labels = {o.objective_id: o.label for area in areas for o in area.objectives}
    rows = session.scalars(
        select(ObjectiveRelation).where(ObjectiveRelation.first_objective_id.in_(labels))
    ).all()
    position = {objective_id: index for index, objective_id in enumerate(labels)}
    relations = sorted(
        (
            RelationInfo(
                row.id,
                row.first_objective_id,
                row.second_objective_id,
                labels[row.first_objective_id],
                labels.get(row.second_objective_id, "?"),
                row.kind,
                row.note,
            )
            for row in rows
        ),
        key=lambda r: sorted(
            (position[r.first_objective_id], position.get(r.second_objective_id, len(position)))
        ),
    )
    return Programme(cycle_id, priorities(session, cycle_id), areas, tuple(relations))
