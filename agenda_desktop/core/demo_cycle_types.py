"""The shapes of the demo steering cycle's invented content (plain, frozen data).

The data modules (``demo_cycle_*``) hold the texts in these shapes;
:mod:`agenda_desktop.core.demo_cycle` turns them into rows. Things refer to each other by
short keys ("klimat", "O-klimat"), never by database ids, so the data stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Assessed:
    """One goal (``key`` its number) or target (``key`` its code) in a status analysis.

    ``roles`` holds the letters of the municipality's roles that matter here: D
    (demokratiaktör), S (samhällsbyggare), V (välfärdsproducent), A (arbetsgivare).
    """

    key: int | str
    assessment: str
    trend: str
    radighet: str | None
    partners: str
    roles: str
    groups: str
    analysis: str
    should_work_on: bool = False


@dataclass(frozen=True)
class IndicatorPlan:
    """An indicator of a målsättning; the baseline value is read from the demo's values."""

    kpi_id: str
    target_value: float
    target_year: int
    gender: str = "T"
    baseline_year: int = 2022


@dataclass(frozen=True)
class ObjectivePlan:
    key: str
    text: str
    target_year: int | None
    goals: tuple[int, ...]
    targets: tuple[str, ...]
    indicators: tuple[IndicatorPlan, ...]


@dataclass(frozen=True)
class AreaPlan:
    key: str
    title: str
    description: str
    objectives: tuple[ObjectivePlan, ...]
    efforts: tuple[str, ...]


@dataclass(frozen=True)
class RelationPlan:
    first: str
    second: str
    kind: str
    note: str


@dataclass(frozen=True)
class UnitPlan:
    key: str
    name: str
    kind: str
    parent: str | None = None


@dataclass(frozen=True)
class ActionRow:
    title: str
    description: str
    unit: str
    person: str
    start: date
    due: date
    status: str
    cost: float | None
    radighet: str
    partners: str
    objectives: tuple[str, ...]
    goals: tuple[int, ...]


@dataclass(frozen=True)
class CommentPlan:
    received: date
    sender: str
    text: str
    status: str = "ny"
    response: str = ""
    responded: date | None = None
    goals: tuple[int, ...] = ()
    areas: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityPlan:
    """A dialogue activity; ``participants`` are (gender, age band, count)."""

    kind: str
    title: str
    held_on: date
    target_group: str
    description: str
    participants: tuple[tuple[str, str, int], ...]
    comments: tuple[CommentPlan, ...]
    deadline: date | None = None


@dataclass(frozen=True)
class FollowUpPlan:
    """A yearly follow-up; ``criteria`` are (criterion, fulfilled, note), ``notes`` are
    (objective key, comment)."""

    year: int
    what_moved: str
    what_to_change: str
    maturity: str
    published_on: date | None
    criteria: tuple[tuple[str, bool, str], ...]
    notes: tuple[tuple[str, str], ...]
