"""Short references to a cycle's focus areas and målsättningar, for pickers and links."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import FocusArea, Objective


@dataclass(frozen=True)
class FocusAreaRef:
    focus_area_id: int
    number: int  # 1-based, in the programme's order
    title: str


@dataclass(frozen=True)
class ObjectiveRef:
    objective_id: int
    focus_area_id: int
    focus_area_title: str
    label: str  # "2.3": focus area 2, its third målsättning
    text: str
    target_year: int | None


def focus_area_refs(database: Database, cycle_id: int) -> list[FocusAreaRef]:
    with database.unit_of_work() as session:
        return focus_area_refs_in(session, cycle_id)


def objective_refs(database: Database, cycle_id: int) -> list[ObjectiveRef]:
    """Every målsättning of the cycle, numbered "area.objective" in the programme's order."""
    with database.unit_of_work() as session:
        return objective_refs_in(session, cycle_id)


def focus_area_refs_in(session: Session, cycle_id: int) -> list[FocusAreaRef]:
    """As ``focus_area_refs``, inside a unit of work that is already open."""
    rows = session.execute(
        select(FocusArea.id, FocusArea.title)
        .where(FocusArea.cycle_id == cycle_id)
        .order_by(FocusArea.position, FocusArea.id)
    ).all()
    return [FocusAreaRef(area_id, n, title) for n, (area_id, title) in enumerate(rows, 1)]


def objective_refs_in(
    session: Session, cycle_id: int, areas: list[FocusAreaRef] | None = None
) -> list[ObjectiveRef]:
    """As ``objective_refs``, inside a unit of work that is already open."""
    by_id = {ref.focus_area_id: ref for ref in areas or focus_area_refs_in(session, cycle_id)}
    rows = session.execute(
        select(Objective.id, Objective.focus_area_id, Objective.text, Objective.target_year)
        .where(Objective.focus_area_id.in_(by_id))
        .order_by(Objective.position, Objective.id)
    ).all()
    refs: list[ObjectiveRef] = []
    counters: dict[int, int] = {}
    for objective_id, area_id, text, target_year in sorted(
        rows, key=lambda row: by_id[row[1]].number
    ):
        area = by_id[area_id]
        counters[area_id] = counters.get(area_id, 0) + 1
        label = f"{area.number}.{counters[area_id]}"
        refs.append(ObjectiveRef(objective_id, area_id, area.title, label, text, target_year))
    return refs
