"""What the indicator service hands out and takes in: plain frozen values, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from agenda_desktop.core.indicators.direction import Verdict


@dataclass(frozen=True)
class IndicatorSummary:
    """One row of the indicator list.

    ``goals`` holds the goal numbers the indicator is linked to (its own goal links and
    the goal the RKA selection shows it under). ``latest_period`` is the latest year with
    a value (not a missing mark) for the municipality the list was made for.
    """

    id: str
    title: str
    unit: str
    is_local: bool
    gender_split: bool
    retired: bool
    goals: tuple[int, ...]
    has_values: bool
    latest_period: int | None


@dataclass(frozen=True)
class GoalLinkInfo:
    goal_number: int
    target_code: str | None


@dataclass(frozen=True)
class TargetValueInfo:
    """Reach ``value`` by ``year`` (for women, men or in total)."""

    gender: str
    year: int
    value: float
    note: str


@dataclass(frozen=True)
class IndicatorDetail:
    """Everything about one indicator, for its page and its edit dialog.

    ``unit`` and ``source`` are what to show (a unit read from a Kolada title, "Källa:
    Kolada"); ``own_unit`` and ``own_source`` are what the municipality has stored itself,
    for an edit form to start from. ``higher_is_better`` None means the direction is not
    known. ``selection_goals`` are the goals the RKA selection shows it under.
    """

    id: str
    title: str
    description: str
    unit: str
    unit_is_derived: bool
    own_unit: str
    source: str
    own_source: str
    higher_is_better: bool | None
    gender_split: bool
    is_local: bool
    retired: bool
    municipality_type: str
    operating_area: str
    perspective: str
    catalogue_latest_period: int | None
    publication_date: str | None
    goal_links: tuple[GoalLinkInfo, ...]
    selection_goals: tuple[int, ...]
    target_values: tuple[TargetValueInfo, ...]
    value_count: int
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class LocalIndicatorData:
    """A local indicator as the user types it in (validated by the service)."""

    id: str
    title: str
    description: str = ""
    unit: str = ""
    source: str = ""
    higher_is_better: bool | None = None
    gender_split: bool = False


class SeriesPoint(NamedTuple):
    """One year of a series: a value, or None with the reason it is missing."""

    period: int
    value: float | None
    missing_reason: str | None


Series = dict[str, list[SeriesPoint]]


@dataclass(frozen=True)
class AreaValue:
    """One area's value in a comparison: a kommun, a region or Riket."""

    municipality_id: str
    name: str
    value: float | None
    missing_reason: str | None


@dataclass(frozen=True)
class GroupAverage:
    """The mean of the kommuner of one kommungrupp that have a value (``count`` of ``size``)."""

    kommungrupp: str
    title: str | None
    value: float | None
    count: int
    size: int


@dataclass(frozen=True)
class Comparison:
    """A municipality against Riket, its county, its kommungrupp and every kommun.

    ``kommuner`` holds every kommun with a value in ``period`` (missing ones left out),
    best first when the direction is known, otherwise highest first; ``rank`` is the
    municipality's place in that list (1-based) or None. ``periods`` are the years with a
    value for the municipality, Riket or its county (for a year chooser); ``previous`` is
    the municipality's latest value before ``period``. The verdicts are None when there is
    nothing to compare with.
    """

    kpi_id: str
    gender: str
    period: int | None
    periods: tuple[int, ...]
    higher_is_better: bool | None
    own: AreaValue
    previous: SeriesPoint | None
    riket: AreaValue | None
    county: AreaValue | None
    group: GroupAverage | None
    kommuner: tuple[AreaValue, ...]
    rank: int | None
    trend: Verdict | None
    against_riket: Verdict | None
    against_county: Verdict | None
    against_group: Verdict | None


@dataclass(frozen=True)
class ValueChange:
    """One change of a value: what it was, what it became, when and from which file."""

    changed_at: datetime
    old_value: float | None
    old_missing_reason: str | None
    new_value: float | None
    new_missing_reason: str | None
    source: str
