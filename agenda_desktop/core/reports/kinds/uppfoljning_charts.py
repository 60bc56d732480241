"""Indicator charts for the Uppföljningsrapport and the Hållbarhetsbokslut.

Each chart is the own municipality's series of one indicator of a målsättning, with its
target value (dashed) and the straight path from the baseline to the target (dotted):
the line the status rule measures against. The charts stand two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from agenda_desktop.core.reports.charts import ChartSeries, ChartTarget, line_chart
from agenda_desktop.core.reports.kinds.uppfoljning_parts import (
    GENDER_NAMES,
    indicator_name,
    status_text,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import CONTENT_WIDTH, plain
from agenda_desktop.core.services.follow_up_types import IndicatorOutcome, ObjectiveOutcome

UNIT_NAMES = {"%": "procent"}
CHART_GAP = 8 * mm
CHART_WIDTH = (CONTENT_WIDTH - CHART_GAP) / 2
CHART_HEIGHT = 58 * mm
MAX_YEAR_LABELS = 8


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


def _chart(context: ReportContext, entry: ChartEntry) -> Drawing:
    indicator = entry.indicator
    label = context.profile.municipality_name
    if indicator.gender in GENDER_NAMES:
        label = f"{label}, {GENDER_NAMES[indicator.gender]}"
    target = None
    if indicator.target_value is not None and indicator.target_year is not None:
        target = ChartTarget(
            indicator.target_value,
            indicator.target_year,
            indicator.baseline_year,
            indicator.baseline_value,
        )
    drawing = line_chart(
        [ChartSeries(label, entry.points)],
        target=target,
        unit=UNIT_NAMES.get(indicator.unit, indicator.unit),
        width=CHART_WIDTH,
        height=CHART_HEIGHT,
    )
    _thin_year_labels(drawing)
    return drawing


def _thin_year_labels(drawing: Drawing) -> None:
    """At half width, label every other year (ending on the last year) so they don't touch."""
    for item in drawing.contents:
        if isinstance(item, LinePlot):
            steps = list(item.xValueAxis.valueSteps or [])
            if len(steps) > MAX_YEAR_LABELS:
                last, first = steps[-1], steps[0]
                item.xValueAxis.valueSteps = list(range(last, first - 1, -2))[::-1]


def chart_grid(
    context: ReportContext, entries: Sequence[ChartEntry], first_number: int
) -> list[Flowable]:
    """The charts two by two, each with a numbered caption; a row is kept on one page."""
    s = context.styles
    cells: list[list[Flowable]] = []
    for offset, entry in enumerate(entries):
        caption = (
            f"Figur {first_number + offset}. Målsättning {entry.objective.label}: "
            f"{indicator_name(entry.indicator)}. Status: "
            f"{status_text(entry.indicator.status.status)}."
        )
        cells.append([_chart(context, entry), Paragraph(plain(caption), s.caption)])
    story: list[Flowable] = []
    for start in range(0, len(cells), 2):
        pair = cells[start : start + 2]
        row: list[object] = [pair[0], pair[1] if len(pair) > 1 else ""]
        table = Table([row], colWidths=[CHART_WIDTH + CHART_GAP, CHART_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), CHART_GAP),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story.append(KeepTogether([table]))
    return story


CHART_NOTE = (
    "Diagrammen visar kommunens värden för nyckeltalet, målvärdet som en streckad linje och "
    "den raka vägen från utgångsvärdet till målet som en prickad linje. Ligger utfallet på "
    "eller bortom den prickade linjen är nyckeltalet på väg."
)
