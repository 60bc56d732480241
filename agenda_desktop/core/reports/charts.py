"""Charts drawn for print with ``reportlab.graphics``: readable in black and white.

Series differ by dash pattern and marker, not only by colour; the target value is a
dashed line and the path from the baseline to the target a dotted one. Both functions
return a ``Drawing`` (a flowable): put it in the story with ``styles.figure(drawing,
caption)``::

    drawing = line_chart(
        [ChartSeries("Exempelkommun", ((2019, 41.0), (2020, 43.5), (2021, 44.1)))],
        target=ChartTarget(value=60.0, year=2030, baseline_year=2019, baseline_value=41.0),
        unit="procent",
    )
    story.append(context.styles.figure(drawing, "Figur 1. Andel förnybar energi."))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from agenda_desktop.core.reports.fonts import SANS
from agenda_desktop.core.reports.styles import CONTENT_WIDTH, INK, LIGHT_RULE, MUTED

FONT_SIZE = 7.5
LEGEND_ROW = 11


@dataclass(frozen=True)
class LineStyle:
    colour: Color
    dash: tuple[float, ...] | None
    marker: str
    width: float = 1.4


# Told apart by dash and marker on a black-and-white printer.
SERIES_STYLES = (
    LineStyle(colors.HexColor("#1f3a5f"), None, "FilledCircle"),
    LineStyle(colors.HexColor("#555555"), (4, 2), "FilledSquare"),
    LineStyle(colors.HexColor("#777777"), (1, 2), "FilledTriangle"),
    LineStyle(colors.HexColor("#333333"), (6, 2, 1, 2), "Cross"),
)
TARGET_STYLE = LineStyle(INK, (6, 3), "None", width=1.0)
PATH_STYLE = LineStyle(colors.HexColor("#444444"), (1, 2.5), "Diamond", width=0.9)
BAR_FILLS = (colors.HexColor("#3c4f66"), colors.HexColor("#b5bcc4"), colors.white)


@dataclass(frozen=True)
class ChartSeries:
    """A line: its label (e.g. the municipality or “Riket”) and (year, value) points."""

    label: str
    points: tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class ChartTarget:
    """A target value for a year, and the baseline it is measured from (if known)."""

    value: float
    year: int
    baseline_year: int | None = None
    baseline_value: float | None = None
    label: str = "Målvärde"


@dataclass(frozen=True)
class Bar:
    """One category of a bar chart: its label and one value per series (None = missing)."""

    label: str
    values: tuple[float | None, ...]


def swedish_number(value: float, decimals: int | None = None) -> str:
    """12 345,6: a space between thousands and a decimal comma."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 10 else 2)
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace("-", "−")


def _axis_label(value: float) -> str:
    return swedish_number(value, 0 if float(value).is_integer() else 1)


def _legend(drawing: Drawing, entries: Sequence[tuple[str, LineStyle | Color]], y: float) -> None:
    """Draw the legend entries in rows from the left, starting at ``y`` (top row)."""
    x = 0.0
    for label, style in entries:
        width = 26 + stringWidth(label, SANS, FONT_SIZE) + 12
        if x and x + width > drawing.width:
            x, y = 0.0, y - LEGEND_ROW
        if isinstance(style, LineStyle):
            line = Line(x, y + 2.5, x + 20, y + 2.5, strokeColor=style.colour)
            line.strokeWidth = style.width
            line.strokeDashArray = style.dash
            drawing.add(line)
            if style.marker != "None":
                drawing.add(_marker(style, x + 10, y + 2.5))
        else:
            drawing.add(_box(x + 4, y - 1, 12, 7, style))
        drawing.add(String(x + 24, y, label, fontName=SANS, fontSize=FONT_SIZE, fillColor=INK))
        x += width


def _legend_rows(entries: Sequence[str], width: float) -> int:
    rows, x = 1, 0.0
    for label in entries:
        w = 26 + stringWidth(label, SANS, FONT_SIZE) + 12
        if x and x + w > width:
            rows, x = rows + 1, 0.0
        x += w
    return rows


def _marker(style: LineStyle, x: float, y: float) -> object:
    marker = makeMarker(style.marker, size=4.5 if style.marker != "Diamond" else 5.5)
    marker.x, marker.y = x, y
    marker.fillColor = colors.white if style.marker == "Diamond" else style.colour
    marker.strokeColor = style.colour
    marker.strokeWidth = 0.8
    return marker


def _box(x: float, y: float, w: float, h: float, fill: Color) -> object:
    from reportlab.graphics.shapes import Rect

    return Rect(x, y, w, h, fillColor=fill, strokeColor=INK, strokeWidth=0.5)


def _empty(width: float, height: float, text: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height / 2, text, fontName=SANS, fontSize=9, fillColor=MUTED))
    return drawing


def line_chart(
    series: Sequence[ChartSeries],
    target: ChartTarget | None = None,
    unit: str = "",
    width: float = CONTENT_WIDTH,
    height: float = 62 * mm,
) -> Drawing:
    """An indicator over the years, with its target value and the way there from the baseline.

    Args:
        series: up to four lines (more repeat the styles); years on the x axis.
        target: the target value, drawn dashed up to its year, with a dotted line from the
            baseline point to the target point.
        unit: printed above the y axis, e.g. “procent” or “ton CO₂e per invånare”.
    """
    lines = [s for s in series if s.points]
    if not lines and target is None:
        return _empty(width, 20, "Inga värden att visa.")
    data: list[list[tuple[float, float]]] = [
        [(float(x), float(y)) for x, y in sorted(s.points)] for s in lines
    ]
    styles = [SERIES_STYLES[i % len(SERIES_STYLES)] for i in range(len(lines))]
    legend: list[tuple[str, LineStyle | Color]] = [
        (s.label, style) for s, style in zip(lines, styles, strict=True)
    ]
    years = [x for points in data for x, _ in points]
    values = [y for points in data for _, y in points]
    if target is not None:
        years.append(float(target.year))
        values.append(target.value)
        first_year = min(years)
        data.append([(first_year, target.value), (float(target.year), target.value)])
        styles.append(TARGET_STYLE)
        legend.append(
            (f"{target.label} {target.year}: {swedish_number(target.value)}", TARGET_STYLE)
        )
        if target.baseline_year is not None and target.baseline_value is not None:
            years.append(float(target.baseline_year))
            values.append(target.baseline_value)
            data.append(
                [
                    (float(target.baseline_year), target.baseline_value),
                    (float(target.year), target.value),
                ]
            )
            styles.append(PATH_STYLE)
            legend.append((f"Från utgångsvärdet {target.baseline_year} till målet", PATH_STYLE))

    legend_height = _legend_rows([label for label, _ in legend], width) * LEGEND_ROW + 6
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 34, legend_height + 16
    plot.width = width - plot.x - 8
    plot.height = height - plot.y - 14
    plot.data = data
    for i, style in enumerate(styles):
        plot.lines[i].strokeColor = style.colour
        plot.lines[i].strokeWidth = style.width
        plot.lines[i].strokeDashArray = style.dash
        if style.marker != "None":
            marker = makeMarker(style.marker, size=4.5)
            marker.fillColor = colors.white if style.marker == "Diamond" else style.colour
            marker.strokeColor = style.colour
            marker.strokeWidth = 0.8
            plot.lines[i].symbol = marker
    low, high = min(values), max(values)
    span = (high - low) or abs(high) or 1.0
    plot.yValueAxis.valueMin = 0 if low >= 0 and low < span else low - span * 0.1
    plot.yValueAxis.valueMax = high + span * 0.1
    plot.yValueAxis.labelTextFormat = _axis_label
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = LIGHT_RULE
    plot.yValueAxis.gridStrokeWidth = 0.4
    plot.yValueAxis.strokeColor = MUTED
    first, last = int(min(years)), int(max(years))
    step = max(1, -(-(last - first) // 10))
    plot.xValueAxis.valueMin = first - 0.3
    plot.xValueAxis.valueMax = last + 0.3
    plot.xValueAxis.valueSteps = list(range(first, last + 1, step))
    plot.xValueAxis.labelTextFormat = "%d"
    plot.xValueAxis.strokeColor = MUTED
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = SANS
        axis.labels.fontSize = FONT_SIZE
        axis.labels.fillColor = INK
    drawing.add(plot)
    if unit:
        drawing.add(String(0, height - 8, unit, fontName=SANS, fontSize=FONT_SIZE, fillColor=MUTED))
    _legend(drawing, legend, legend_height - LEGEND_ROW)
    return drawing


def bar_chart(
    bars: Sequence[Bar],
    series_labels: Sequence[str] = (),
    unit: str = "",
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """Horizontal bars, one row per category, up to three series (dark, light, white).

    Args:
        bars: the categories from the top down, each with one value per series.
        series_labels: the legend (e.g. “Exempelkommun”, “Riket”); none for one series.
        unit: printed under the value axis.
    """
    if not bars:
        return _empty(width, 20, "Inga värden att visa.")
    count = max(len(b.values) for b in bars)
    row = 9 + 7 * count
    legend_height = (
        _legend_rows(list(series_labels), width) * LEGEND_ROW + 6 if series_labels else 0
    )
    height = row * len(bars) + legend_height + 30
    label_width = min(width * 0.42, max(stringWidth(b.label, SANS, FONT_SIZE) for b in bars) + 8)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, legend_height + 22
    chart.width = width - label_width - 30
    chart.height = row * len(bars)
    # HorizontalBarChart draws the first category at the bottom, and the first series of a
    # category at the bottom too: reverse both, so the first series is on top and dark.
    ordered = list(reversed(bars))
    chart.data = [
        [b.values[i] if i < len(b.values) else None for b in ordered]
        for i in reversed(range(count))
    ]
    chart.categoryAxis.categoryNames = [_clip(b.label, label_width - 8) for b in ordered]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = FONT_SIZE
    chart.valueAxis.labelTextFormat = _axis_label
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = LIGHT_RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = MUTED
    values = [v for b in bars for v in b.values if v is not None]
    chart.valueAxis.valueMin = min(0.0, *values) if values else 0
    chart.valueAxis.valueMax = max(0.0, *values) * 1.1 if values else 1
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(count):
        chart.bars[i].fillColor = BAR_FILLS[(count - 1 - i) % len(BAR_FILLS)]
        chart.bars[i].strokeColor = INK
        chart.bars[i].strokeWidth = 0.4
    chart.barLabelFormat = lambda v: swedish_number(v)
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = FONT_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if unit:
        drawing.add(
            String(
                chart.x,
                legend_height + 2,
                unit,
                fontName=SANS,
                fontSize=FONT_SIZE,
                fillColor=MUTED,
            )
        )
    if series_labels:
        entries: list[tuple[str, LineStyle | Color]] = [
            (label, BAR_FILLS[i % len(BAR_FILLS)]) for i, label in enumerate(series_labels)
        ]
        _legend(drawing, entries, legend_height - LEGEND_ROW)
    return drawing


def _clip(text: str, width: float) -> str:
    if stringWidth(text, SANS, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", SANS, FONT_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"
