"""Finding, ordering and filling the programme's rows inside an open session.

The service's helpers: each takes the session of the one transaction a user action runs
in, so that nothing here commits on its own.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services import programme_snapshot as snapshot
from agenda_desktop.core.services.programme_types import (
    EffortInfo,
    FocusAreaInfo,
    IndicatorInput,
    ObjectiveInfo,
)
from agenda_desktop.core.steering import programme_rules as rules
from agenda_desktop.core.store.models import (
    FocusArea,
    KeyEffort,
    Kpi,
    Objective,
    ObjectiveIndicator,
    ObjectiveRelation,
    SteeringCycle,
)

M = TypeVar("M")


def get(session: Session, model: type[M], row_id: int, what: str) -> M:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{what} finns inte längre (id {row_id}). Ladda om sidan.")
    return row


def cycle(session: Session, cycle_id: int) -> SteeringCycle:
    return get(session, SteeringCycle, cycle_id, "Styrcykeln")


def area(session: Session, area_id: int) -> FocusArea:
    return get(session, FocusArea, area_id, "Insatsområdet")


def objective(session: Session, objective_id: int) -> Objective:
    return get(session, Objective, objective_id, "Målsättningen")


def objective_text(text: str) -> str:
    return rules.clean_required(
        rules.FIELD_OBJECTIVE_TEXT, text, "Andelen förnybar energi ska öka till 80 procent"
    )


def effort_text(text: str) -> str:
    return rules.clean_required(
        rules.FIELD_EFFORT_TEXT, text, "ställa krav på energieffektivitet vid nybyggnation"
    )


def area_ids(session: Session, cycle_id: int) -> list[int]:
    return list(
        session.scalars(
            select(FocusArea.id)
            .where(FocusArea.cycle_id == cycle_id)
            .order_by(FocusArea.position, FocusArea.id)
        )
    )


def renumber(
    session: Session, model: type[FocusArea | Objective | KeyEffort], ids: list[int]
) -> None:
    session.flush()
    for position, row_id in enumerate(ids):
        session.execute(update(model).where(model.id == row_id).values(position=position))
    session.expire_all()


def reorder(
    session: Session,
    model: type[FocusArea | Objective | KeyEffort],
    ids: list[int],
    row_id: int,
    step: int,
) -> None:
    if step not in (-1, 1):
        raise ValidationError("Flytta", "flytta ett steg upp (−1) eller ned (+1).")
    renumber(session, model, rules.moved(ids, row_id, step))


def delete_relations(session: Session, objective_ids: list[int]) -> None:
    if objective_ids:
        session.execute(
            delete(ObjectiveRelation).where(
                ObjectiveRelation.first_objective_id.in_(objective_ids)
                | ObjectiveRelation.second_objective_id.in_(objective_ids)
            )
        )


def relation(session: Session, low: int, high: int) -> ObjectiveRelation | None:
    return session.scalar(
        select(ObjectiveRelation).where(
            ObjectiveRelation.first_objective_id == low,
            ObjectiveRelation.second_objective_id == high,
        )
    )


def fill_indicator(session: Session, row: ObjectiveIndicator, data: IndicatorInput) -> None:
    kpi_id = data.kpi_id.strip()
    kpi = session.get(Kpi, kpi_id) if kpi_id else None
    if kpi is None:
        raise ValidationError(
            rules.FIELD_INDICATOR,
            f"det finns inget nyckeltal med id ”{kpi_id}”: välj ett i listan.",
        )
    gender = rules.clean_gender(data.gender, kpi.gender_split)
    baseline_value = rules.clean_value(rules.FIELD_BASELINE_VALUE, data.baseline_value)
    baseline_year = rules.clean_year(rules.FIELD_BASELINE_YEAR, data.baseline_year)
    target_value = rules.clean_value(rules.FIELD_TARGET_VALUE, data.target_value)
    target_year = rules.clean_year(rules.FIELD_TARGET_YEAR, data.target_year)
    rules.check_indicator_years(baseline_value, baseline_year, target_value, target_year)
    duplicate = session.scalar(
        select(ObjectiveIndicator.id).where(
            ObjectiveIndicator.objective_id == row.objective_id,
            ObjectiveIndicator.kpi_id == kpi.id,
            ObjectiveIndicator.gender == gender,
        )
    )
    if duplicate is not None and duplicate != row.id:
        raise ValidationError(
            rules.FIELD_INDICATOR,
            f"{kpi.id} ({gender}) följer redan upp målsättningen: ändra den raden i stället.",
        )
    row.kpi_id = kpi.id
    row.gender = gender
    row.baseline_value = baseline_value
    row.baseline_year = baseline_year
    row.target_value = target_value
    row.target_year = target_year


def area_info(session: Session, area: FocusArea) -> FocusAreaInfo:
    found = next(
        a for a in snapshot.focus_areas(session, area.cycle_id) if a.focus_area_id == area.id
    )
    return found


def objective_info(session: Session, objective: Objective) -> ObjectiveInfo:
    area = session.get(FocusArea, objective.focus_area_id)
    assert area is not None
    found = snapshot.programme(session, area.cycle_id).objective(objective.id)
    assert found is not None
    return found


def effort_info(session: Session, effort: KeyEffort) -> EffortInfo:
    area = session.get(FocusArea, effort.focus_area_id)
    assert area is not None
    info = area_info(session, area)
    return next(e for e in info.efforts if e.effort_id == effort.id)
