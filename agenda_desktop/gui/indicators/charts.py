"""The pyqtgraph charts of the indicator page: axes in Swedish, styles that survive black and
white printing, and the three drawings (trend, comparison over the years, every kommun).

pyqtgraph costs about 0.4 s to import, so only the chart panel imports this module, the
first time the page is shown. Each line differs from its neighbours by dash pattern and
marker as well as by colour; the kommuner are ONE BarGraphItem (290 separate items take
ten times as long to draw).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from agenda_desktop.core.services.indicator_types import (
    AreaValue,
    Series,
    SeriesPoint,
    TargetValueInfo,
)
from agenda_desktop.gui.indicators.display import format_number, gender_names, is_number
from agenda_desktop.gui.style import CARD_BORDER, INK

BACKGROUND = "#ffffff"
GRID_ALPHA = 0.18
MIN_TICK_PIXELS = 46  # room for "2024" and a gap
OTHER_BAR = "#b7c2ce"
OWN_BAR = "#d9480f"  # a strong orange: stands out in colour and as the darkest bar in grey
TARGET = "#2b8a3e"


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width: float
    dash: Qt.PenStyle
    symbol: str
    size: int = 8

    def pen(self) -> Any:
        return pg.mkPen(self.colour, width=self.width, style=self.dash)


# Totalt, Kvinnor and Män: solid/circles, dashed/triangles, dotted/squares.
GENDER_STYLES = {
    "T": LineStyle(INK, 2.5, Qt.PenStyle.SolidLine, "o"),
    "K": LineStyle("#c2255c", 2.2, Qt.PenStyle.DashLine, "t"),
    "M": LineStyle("#1864ab", 2.2, Qt.PenStyle.DotLine, "s"),
}
OWN_STYLE = LineStyle("#0b5cad", 4.5, Qt.PenStyle.SolidLine, "o", 10)
AREA_STYLES = {
    "riket": LineStyle(INK, 2.0, Qt.PenStyle.DashLine, "s"),
    "county": LineStyle("#6b7785", 2.0, Qt.PenStyle.DashDotLine, "t"),
    "group": LineStyle("#a05a00", 2.0, Qt.PenStyle.DotLine, "d"),
}
CHOSEN_STYLES = (
    LineStyle("#862e9c", 1.6, Qt.PenStyle.SolidLine, "x", 9),
    LineStyle("#2b8a3e", 1.6, Qt.PenStyle.SolidLine, "+", 10),
    LineStyle("#c92a2a", 1.6, Qt.PenStyle.DashDotDotLine, "star", 10),
    LineStyle("#5c940d", 1.6, Qt.PenStyle.DashLine, "p", 9),
)


class SwedishAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A value axis written with the locale's decimal sign and thousands spacing."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale
        places = 0 if step <= 0 else min(4, max(0, math.ceil(-math.log10(step) - 1e-9)))
        return [format_number(value * scale, places) for value in values]


class IntegerAxis(pg.AxisItem):  # type: ignore[misc]
    """Years (or places in a ranking): whole numbers only, never "2 019,5" or "2 019"."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        first, last = math.ceil(minVal), math.floor(maxVal)
        if last < first or size <= 0:
            return []
        per_unit = size / max(maxVal - minVal, 1e-9)
        step = next(
            (s for s in (1, 2, 5, 10, 20, 25, 50, 100) if s * per_unit >= MIN_TICK_PIXELS), 100
        )
        return [(float(step), [float(v) for v in range(first, last + 1) if v % step == 0])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [str(round(value)) for value in values]


def configure_plot(plot: pg.PlotItem, left_label: str, bottom_label: str) -> None:
    """Quiet axes, Swedish labels and no English menus or buttons."""
    plot.setMenuEnabled(False)  # pyqtgraph's context menu is English
    plot.hideButtons()  # the "A" (auto-range) button
    plot.setMouseEnabled(x=False, y=False)  # a chart to read, not to get lost in
    plot.showGrid(x=False, y=True, alpha=GRID_ALPHA)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(CARD_BORDER))
        axis.setTextPen(pg.mkPen(INK))
    plot.setLabel("left", left_label, color=INK)
    plot.setLabel("bottom", bottom_label, color=INK)
    plot.getViewBox().setDefaultPadding(0.06)


def new_legend(columns: int = 3) -> pg.LegendItem:
    legend = pg.LegendItem(
        colCount=columns,
        horSpacing=18,
        labelTextColor=INK,
        labelTextSize="9pt",
        frame=False,
    )
    # pyqtgraph's legend ignores transformations (it floats over a zoomable view); ours
    # sits under the chart, and a saved image must scale it with everything else.
    legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
    return legend


def _ys(points: Sequence[SeriesPoint]) -> tuple[np.ndarray, np.ndarray]:
    # A missing value is NaN: the line breaks there instead of dropping to 0.
    x = np.array([p.period for p in points], dtype=float)
    y = np.array([p.value if is_number(p.value) else np.nan for p in points], dtype=float)
    return x, y


def _curve(points: Sequence[SeriesPoint], style: LineStyle, name: str) -> pg.PlotDataItem:
    x, y = _ys(points)
    return pg.PlotDataItem(
        x,
        y,
        pen=style.pen(),
        symbol=style.symbol,
        symbolSize=style.size,
        symbolPen=pg.mkPen(style.colour, width=1.2),
        symbolBrush=pg.mkBrush(style.colour if style.symbol not in ("x", "+") else BACKGROUND),
        connect="finite",
        name=name,
    )


def reset(plot: pg.PlotItem, legend: pg.LegendItem) -> None:
    plot.clear()
    legend.clear()


def draw_trend(
    plot: pg.PlotItem,
    legend: pg.LegendItem,
    series: Series,
    targets: Sequence[TargetValueInfo],
) -> dict[str, pg.PlotDataItem]:
    """Totalt, Kvinnor and Män over the years, and each target value at its year.

    Returns:
        The curves by gender code, for the tests and the table.
    """
    reset(plot, legend)
    names = gender_names()
    curves: dict[str, pg.PlotDataItem] = {}
    for gender, points in series.items():
        style = GENDER_STYLES.get(gender, GENDER_STYLES["T"])
        curve = _curve(points, style, names.get(gender, gender))
        plot.addItem(curve)
        legend.addItem(curve, names.get(gender, gender))
        curves[gender] = curve
    for target in targets:
        _draw_target(plot, legend, target, names.get(target.gender, target.gender))
    return curves


def _draw_target(
    plot: pg.PlotItem, legend: pg.LegendItem, target: TargetValueInfo, gender: str
) -> None:
    colour = GENDER_STYLES.get(target.gender, GENDER_STYLES["T"]).colour
    value = format_number(target.value, 1 if not float(target.value).is_integer() else 0)
    if target.gender == "T":
        line = pg.InfiniteLine(
            pos=target.value,
            angle=0,
            pen=pg.mkPen(TARGET, width=1.6, style=Qt.PenStyle.DashLine),
        )
        plot.addItem(line, ignoreBounds=False)
    point = pg.PlotDataItem(
        [float(target.year)],
        [target.value],
        pen=None,
        symbol="star",
        symbolSize=16,
        symbolPen=pg.mkPen(TARGET, width=1.2),
        symbolBrush=pg.mkBrush(colour if target.gender != "T" else TARGET),
    )
    plot.addItem(point)
    label = QCoreApplication.translate("Nyckeltal", "Målvärde {year}: {value} ({gender})").format(
        year=target.year, value=value, gender=gender.lower()
    )
    legend.addItem(point, label)


def draw_lines(
    plot: pg.PlotItem, legend: pg.LegendItem, lines: Sequence[tuple[str, str, Sequence[Any]]]
) -> list[pg.PlotDataItem]:
    """The comparison over the years: (kind, label, points) per line, ours first and thick."""
    reset(plot, legend)
    curves = []
    chosen = 0
    for kind, label, points in lines:
        if kind == "own":
            style = OWN_STYLE
        elif kind in AREA_STYLES:
            style = AREA_STYLES[kind]
        else:
            style = CHOSEN_STYLES[chosen % len(CHOSEN_STYLES)]
            chosen += 1
        curve = _curve(points, style, label)
        curve.setZValue(10 if kind == "own" else 0)  # ours on top of the others
        plot.addItem(curve)
        legend.addItem(curve, label)
        curves.append(curve)
    return curves


def draw_ranking(
    plot: pg.PlotItem,
    legend: pg.LegendItem,
    kommuner: Sequence[AreaValue],
    own_id: str,
    riket: float | None,
    decimals: int,
) -> pg.BarGraphItem | None:
    """Every kommun's value as one bar chart, ours in a strong colour, Riket as a line."""
    reset(plot, legend)
    if not kommuner:
        return None
    heights = np.array([area.value or 0.0 for area in kommuner], dtype=float)
    x = np.arange(1, len(kommuner) + 1, dtype=float)
    own_brush, other_brush = pg.mkBrush(OWN_BAR), pg.mkBrush(OTHER_BAR)
    brushes = [own_brush if a.municipality_id == own_id else other_brush for a in kommuner]
    bars = pg.BarGraphItem(x=x, height=heights, width=0.82, brushes=brushes, pen=None)
    plot.addItem(bars)
    own_index = next((n for n, a in enumerate(kommuner) if a.municipality_id == own_id), None)
    if own_index is not None:
        own = kommuner[own_index]
        legend.addItem(_square(own_brush), own.name)
        # Centred over the bar, but kept inside the chart near either end.
        share = own_index / max(1, len(kommuner) - 1)
        across = 0.0 if share < 0.2 else 1.0 if share > 0.8 else 0.5
        text = pg.TextItem(
            f"{own.name}\n{format_number(heights[own_index], decimals)}",
            color=OWN_BAR,
            anchor=(across, 1.05),
        )
        text.setPos(float(x[own_index]), max(float(heights[own_index]), 0.0))
        plot.addItem(text)
    legend.addItem(_square(other_brush), QCoreApplication.translate("Nyckeltal", "Övriga kommuner"))
    if riket is not None and is_number(riket):
        pen = pg.mkPen(INK, width=2, style=Qt.PenStyle.DashLine)
        plot.addItem(pg.InfiniteLine(pos=riket, angle=0, pen=pen), ignoreBounds=False)
        legend.addItem(
            pg.PlotDataItem([], [], pen=pen),
            QCoreApplication.translate("Nyckeltal", "Riket: {value}").format(
                value=format_number(riket, decimals)
            ),
        )
    low, high = min(0.0, float(heights.min())), max(0.0, float(heights.max()), riket or 0.0)
    plot.setXRange(0.3, len(kommuner) + 0.7, padding=0)
    plot.setYRange(low, high * 1.12 if high > 0 else high, padding=0.02)
    return bars


def _square(brush: Any) -> pg.ScatterPlotItem:
    """A legend sample for bars (never added to the plot itself)."""
    return pg.ScatterPlotItem(symbol="s", size=13, brush=brush, pen=pg.mkPen(CARD_BORDER))


def bar_at(kommuner: Sequence[AreaValue], x: float) -> int | None:
    """The index of the bar under a point at ``x`` (bars stand at 1, 2, 3 …)."""
    index = round(x) - 1
    if 0 <= index < len(kommuner) and abs(x - (index + 1)) <= 0.45:
        return index
    return None
