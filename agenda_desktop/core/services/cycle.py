"""Where the municipality stands in the steering cycle (styra och leda med Agenda 2030)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import CycleStep, SteeringCycle

STEP_NUMBERS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class StepState:
    number: int
    completed_on: date | None
    is_current: bool


@dataclass(frozen=True)
class CycleSummary:
    cycle_id: int
    name: str
    start_year: int
    end_year: int


@dataclass(frozen=True)
class CyclePosition:
    cycle_id: int
    name: str
    start_year: int
    end_year: int
    steps: tuple[StepState, ...]

    @property
    def current_step(self) -> int | None:
        """The first step not yet completed; None when the whole cycle is done."""
        return next((s.number for s in self.steps if s.is_current), None)


def step_states(completed: dict[int, date | None]) -> tuple[StepState, ...]:
    current = next((n for n in STEP_NUMBERS if completed.get(n) is None), None)
    return tuple(StepState(n, completed.get(n), n == current) for n in STEP_NUMBERS)


class CycleService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def start_cycle(self, name: str, start_year: int, end_year: int) -> CyclePosition:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ValidationError(
                "Cykelns namn", "skriv ett namn, t.ex. ”Mandatperioden 2027–2030”."
            )
        if not 2000 <= start_year <= end_year <= 2100:
            raise ValidationError(
                "Period", f"startåret ({start_year}) får inte vara senare än slutåret ({end_year})."
            )
        with self._database.unit_of_work() as session:
            cycle = SteeringCycle(name=cleaned, start_year=start_year, end_year=end_year)
            cycle.steps = [CycleStep(step=n) for n in STEP_NUMBERS]
            session.add(cycle)
            session.flush()
            cycle_id = cycle.id
        return self.position(cycle_id)

    def cycles(self) -> list[CycleSummary]:
        """Every cycle, the newest first."""
        with self._database.unit_of_work() as session:
            rows = session.execute(
                select(
                    SteeringCycle.id,
                    SteeringCycle.name,
                    SteeringCycle.start_year,
                    SteeringCycle.end_year,
                ).order_by(SteeringCycle.start_year.desc(), SteeringCycle.id.desc())
            ).all()
        return [CycleSummary(*row) for row in rows]

    def latest(self) -> CyclePosition | None:
        with self._database.unit_of_work() as session:
            cycle_id = session.scalar(
                select(SteeringCycle.id).order_by(
                    SteeringCycle.start_year.desc(), SteeringCycle.id.desc()
                )
            )
        return None if cycle_id is None else self.position(cycle_id)

    def position(self, cycle_id: int) -> CyclePosition:
        with self._database.unit_of_work() as session:
            cycle = session.get(SteeringCycle, cycle_id)
            if cycle is None:
                raise NotFoundError(f"Styrcykeln {cycle_id} finns inte.")
            completed = {step.step: step.completed_on for step in cycle.steps}
            return CyclePosition(
                cycle.id, cycle.name, cycle.start_year, cycle.end_year, step_states(completed)
            )

    def mark_step(self, cycle_id: int, step: int, completed_on: date | None) -> CyclePosition:
        """Mark a step done on a date, or open it again with None."""
        if step not in STEP_NUMBERS:
            raise ValidationError("Steg", f"steget måste vara 1–5, inte {step}.")
        with self._database.unit_of_work() as session:
            row = session.scalar(
                select(CycleStep).where(CycleStep.cycle_id == cycle_id, CycleStep.step == step)
            )
            if row is None:
                raise NotFoundError(f"Styrcykeln {cycle_id} finns inte.")
            row.completed_on = completed_on
        return self.position(cycle_id)
