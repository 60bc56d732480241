"""What the programme service hands out and takes in: plain frozen values, no ORM objects.

``Programme`` is the whole of step 2 for one cycle, in the programme's order, so that the
page and the printed report "Program" read the same snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass

from agenda_desktop.core.steering.programme_rules import relation_matrix

# The version an edit of something not yet stored began from: saving from it meets, as a
# conflict, whatever another officer stored meanwhile (e.g. a goal they prioritised).
UNSAVED_VERSION = 0


@dataclass(frozen=True)
class PriorityInfo:
    """A prioritised global goal and why it was chosen."""

    goal_number: int
    goal_short_sv: str
    goal_short_en: str
    colour: str
    rationale: str
    priority_id: int  # the prioritisation's own id (its history is kept under it)
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class IndicatorInput:
    """An indicator that follows up a målsättning, as the user typed it."""

    kpi_id: str
    gender: str = "T"
    baseline_value: float | None = None
    baseline_year: int | None = None
    target_value: float | None = None
    target_year: int | None = None


@dataclass(frozen=True)
class ObjectiveIndicatorInfo:
    indicator_id: int
    objective_id: int
    kpi_id: str
    kpi_title: str
    unit: str
    gender_split: bool
    gender: str
    baseline_value: float | None
    baseline_year: int | None
    target_value: float | None
    target_year: int | None
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class BaselineSuggestion:
    """The own municipality's stored value, offered as the baseline of an indicator."""

    kpi_id: str
    municipality_id: str
    gender: str
    year: int
    value: float


@dataclass(frozen=True)
class ObjectiveInfo:
    """A målsättning ("Hit vill vi") with its number "area.objective", e.g. "1.2"."""

    objective_id: int
    focus_area_id: int
    label: str
    text: str
    target_year: int | None
    goals: tuple[int, ...]
    targets: tuple[str, ...]
    indicators: tuple[ObjectiveIndicatorInfo, ...]
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class EffortInfo:
    """A key effort ("Det gör vi genom att"), numbered within its focus area."""

    effort_id: int
    focus_area_id: int
    number: int
    text: str
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class FocusAreaInfo:
    focus_area_id: int
    number: int
    title: str
    description: str
    objectives: tuple[ObjectiveInfo, ...]
    efforts: tuple[EffortInfo, ...]
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class RelationInfo:
    """A synergy or goal conflict between two målsättningar (first = lower id)."""

    relation_id: int
    first_objective_id: int
    second_objective_id: int
    first_label: str
    second_label: str
    kind: str
    note: str


@dataclass(frozen=True)
class Programme:
    cycle_id: int
    priorities: tuple[PriorityInfo, ...]
    areas: tuple[FocusAreaInfo, ...]
    relations: tuple[RelationInfo, ...]

    def objectives(self) -> list[ObjectiveInfo]:
        """Every målsättning, in the programme's order (1.1, 1.2, 2.1 …)."""
        return [objective for area in self.areas for objective in area.objectives]

    def objective(self, objective_id: int) -> ObjectiveInfo | None:
        return next((o for o in self.objectives() if o.objective_id == objective_id), None)

    def area(self, focus_area_id: int) -> FocusAreaInfo | None:
        return next((a for a in self.areas if a.focus_area_id == focus_area_id), None)

    def relation(self, first_id: int, second_id: int) -> RelationInfo | None:
        """The relation of a pair, given in either order."""
        pair = {first_id, second_id}
        return next(
            (r for r in self.relations if {r.first_objective_id, r.second_objective_id} == pair),
            None,
        )

    def matrix(self) -> list[list[str | None]]:
        """Målsättningar × målsättningar: the kind of each pair's relation, or None."""
        return relation_matrix(
            [o.objective_id for o in self.objectives()],
            [(r.first_objective_id, r.second_objective_id, r.kind) for r in self.relations],
        )
