"""Half-width indicator charts against their targets, two side by side with captions.

Used by every report that shows how a målsättning's indicator moves towards its target
(Program, Uppföljningsrapport, Hållbarhetsbokslut): the municipality's series, the target
value dashed, the straight path from the baseline to the target dotted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from agenda_desktop.core.reports.charts import ChartSeries, ChartTarget, line_chart
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import CONTENT_WIDTH, plain

GENDER_NAMES = {"K": "kvinnor", "M": "män"}
UNIT_NAMES = {"%": "procent"}
CHART_GAP = 8 * mm
CHART_WIDTH = (CONTENT_WIDTH - CHART_GAP) / 2
CHART_HEIGHT = 58 * mm
MAX_YEAR_LABELS = 8


class TargetedIndicator(Protocol):
    """What a chart needs of an indicator that follows up a målsättning."""

    @property
    def gender(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def baseline_value(self) -> float | None: ...
    @property
    def baseline_year(self) -> int | None: ...
    @property
    def target_value(self) -> float | None: ...
    @property
    def target_year(self) -> int | None: ...


def target_chart(
    context: ReportContext,
    indicator: TargetedIndicator,
    points: Sequence[tuple[int, float]],
) -> Drawing:
    """The municipality's series of one indicator against its target, at half width."""
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
        [ChartSeries(label, tuple(points))],
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


def charts_two_by_two(
    context: ReportContext, figures: Sequence[tuple[Drawing, str]]
) -> list[Flowable]:
    """Charts with their captions, two to a row; a row is kept on one page."""
    cells = [
        [drawing, Paragraph(plain(caption), context.styles.caption)] for drawing, caption in figures
    ]
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
