"""What the follow-up service returns: frozen snapshots for the page and the printed reports.

Kept apart from the service so the report builders can import the shapes without the
queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from agenda_desktop.core.steering.objective_status import ObjectiveStatus
from agenda_desktop.core.steering.vocabulary import FOLLOW_UP_KINDS


@dataclass(frozen=True)
class FollowUpSummary:
    follow_up_id: int
    cycle_id: int
    kind: str  # a key of FOLLOW_UP_KINDS
    year: int
    maturity: str | None
    published_on: date | None
    version: int  # the version this was read at; pass it back when saving an edit

    @property
    def title(self) -> str:
        """E.g. "Årlig uppföljning 2025" (Swedish, for reports; the GUI translates codes)."""
        return f"{FOLLOW_UP_KINDS[self.kind]} {self.year}"


@dataclass(frozen=True)
class IndicatorOutcome:
    """One indicator of a målsättning: where it started, where it should go, where it is.

    ``series`` holds every value of the own municipality (year, value), oldest first, for
    the chart; ``outcome_*`` is the latest of them in a year up to the follow-up's year.
    """

    objective_indicator_id: int
    kpi_id: str
    kpi_title: str
    unit: str
    gender: str
    higher_is_better: bool | None
    baseline_year: int | None
    baseline_value: float | None
    target_year: int | None
    target_value: float | None
    outcome_year: int | None
    outcome_value: float | None
    status: ObjectiveStatus
    series: tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class ObjectiveOutcome:
    objective_id: int
    label: str  # "1.2"
    text: str
    focus_area_title: str
    target_year: int | None
    comment: str
    indicators: tuple[IndicatorOutcome, ...]


@dataclass(frozen=True)
class ActionSummary:
    """The cycle's actions counted by status (every status, zeros too) and how many are late.

    ``overdue`` counts actions past their due date that are neither done nor cancelled.
    """

    total: int
    by_status: tuple[tuple[str, int], ...]
    overdue: int
    linked_to_objectives: int

    def count(self, status: str) -> int:
        return dict(self.by_status).get(status, 0)


@dataclass(frozen=True)
class MaturityHint:
    """A fact that speaks for (``suggested``) or against a criterion of the checklist."""

    criterion: str  # a key of MATURITY_CRITERIA
    suggested: bool
    fact: str


@dataclass(frozen=True)
class CriterionState:
    criterion: str
    text: str  # the criterion in Swedish
    fulfilled: bool
    note: str
    hint: MaturityHint


@dataclass(frozen=True)
class FollowUpDetail:
    """Everything about one follow-up: the page shows it, the reports print it."""

    summary: FollowUpSummary
    cycle_name: str
    municipality_name: str
    what_moved: str
    what_to_change: str
    criteria: tuple[CriterionState, ...]
    objectives: tuple[ObjectiveOutcome, ...]
    actions: ActionSummary
    suggested_maturity: str

    def status_counts(self) -> dict[str, int]:
        """How many indicators have each status, for a summary line."""
        counts: dict[str, int] = {}
        for objective in self.objectives:
            for indicator in objective.indicators:
                code = indicator.status.status
                counts[code] = counts.get(code, 0) + 1
        return counts


@dataclass(frozen=True)
class FollowUpChanges:
    """What the Spara button of the page stores, all in one transaction.

    ``criteria`` maps a criterion to ticked or not (criteria left out keep their state);
    ``criterion_notes`` and ``objective_comments`` likewise.
    """

    what_moved: str = ""
    what_to_change: str = ""
    maturity: str | None = None
    published_on: date | None = None
    criteria: Mapping[str, bool] = field(default_factory=dict)
    criterion_notes: Mapping[str, str] = field(default_factory=dict)
    objective_comments: Mapping[int, str] = field(default_factory=dict)
