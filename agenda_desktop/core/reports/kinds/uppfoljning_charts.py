"""Indicator charts for the Uppföljningsrapport and the Hållbarhetsbokslut.

Each chart is the own municipality's series of one indicator of a målsättning, with its
target value (dashed) and the straight path from the baseline to the target (dotted):
the line the status rule measures against. The charts stand two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from agenda_desktop.core.reports.indicator_figures import charts_two_by_two, target_chart
from agenda_desktop.core.reports.kinds.uppfoljning_parts import (
    indicator_name,
    status_text,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.services.follow_up_types import IndicatorOutcome, ObjectiveOutcome


@dataclass(frozen=True)
class ChartEntry:
    objective: ObjectiveOutcome
    indicator: IndicatorOutcome
    points: tuple[tuple[int, float], ...]


def _points(indicator: IndicatorOutcome, first_year: int) -> tuple[tuple[int, float], ...]:
    return tuple((year, value) for year, value in indicator.series if year >= first_year)


def first_chart_per_objective(
    objectives: Sequence[ObjectiveOutcome], first_year: int
) -> list[ChartEntry]:
    """For each målsättning, its first indicator that has values (at most one chart each)."""
    entries: list[ChartEntry] = []
    for objective in objectives:
        for indicator in objective.indicators:
            points = _points(indicator, first_year)
            if points:
                entries.append(ChartEntry(objective, indicator, points))
                break
    return entries


def every_indicator_chart(
    objectives: Sequence[ObjectiveOutcome], first_year: int
) -> list[ChartEntry]:
    """A chart for every indicator of the målsättningar that has values."""
    return [
        ChartEntry(objective, indicator, points)
        for objective in objectives
        for indicator in objective.indicators
        if (points := _points(indicator, first_year))
    ]


def chart_grid(
    context: ReportContext, entries: Sequence[ChartEntry], first_number: int
) -> list[Flowable]:
    """The charts two by two, each with a numbered caption that gives the status."""
    return charts_two_by_two(
        context,
        [
            (
                target_chart(context, entry.indicator, entry.points),
                f"Figur {first_number + offset}. Målsättning {entry.objective.label}: "
                f"{indicator_name(entry.indicator)}. Status: "
                f"{status_text(entry.indicator.status.status)}.",
            )
            for offset, entry in enumerate(entries)
        ],
    )


CHART_NOTE = (
    "Diagrammen visar kommunens värden för nyckeltalet, målvärdet som en streckad linje och "
    "den raka vägen från utgångsvärdet till målet som en prickad linje. Ligger utfallet på "
    "eller bortom den prickade linjen är nyckeltalet på väg."
)
