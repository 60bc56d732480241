"""The small chart of one målsättning indicator: the straight path, the outcomes, the target.

The dashed line is the path the status is measured against (baseline to target value in
the target year); the dots are the municipality's own values; the green diamond is the
target. pyqtgraph is imported here only, when the follow-up page is first built.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from agenda_desktop.core.services.follow_up_types import IndicatorOutcome
from agenda_desktop.gui.indicators.charts import (
    BACKGROUND,
    TARGET,
    IntegerAxis,
    SwedishAxis,
    configure_plot,
    new_legend,
)
from agenda_desktop.gui.style import ACCENT, MUTED_INK

PATH_COLOUR = MUTED_INK
OUTCOME_COLOUR = ACCENT


class FollowUpChart(QWidget):
    """Shows one indicator at a time; ``show_indicator(None)`` clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = pg.GraphicsLayoutWidget(self)
        self.widget.setBackground(BACKGROUND)
        self.widget.setMinimumHeight(240)
        self.plot = self.widget.addPlot(
            row=0,
            col=0,
            axisItems={"left": SwedishAxis("left"), "bottom": IntegerAxis("bottom")},
        )
        configure_plot(self.plot, "", QCoreApplication.translate("FollowUpChart", "År"))
        self.legend = new_legend(3)
        self.widget.addItem(self.legend, row=1, col=0)
        self.shown: IndicatorOutcome | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self.setAccessibleName(
            QCoreApplication.translate("FollowUpChart", "Diagram över indikatorns utveckling")
        )

    def show_indicator(self, indicator: IndicatorOutcome | None) -> None:
        self.shown = indicator
        self.plot.clear()
        self.legend.clear()
        if indicator is None:
            self.plot.setTitle("")
            return
        self.plot.setLabel("left", indicator.unit or "", color=MUTED_INK)
        self._draw_path(indicator)
        if indicator.series:
            years = np.array([year for year, _ in indicator.series], dtype=float)
            values = np.array([value for _, value in indicator.series], dtype=float)
            outcomes = pg.PlotDataItem(
                years,
                values,
                pen=pg.mkPen(OUTCOME_COLOUR, width=2),
                symbol="o",
                symbolSize=8,
                symbolBrush=OUTCOME_COLOUR,
                symbolPen=pg.mkPen(OUTCOME_COLOUR),
            )
            self.plot.addItem(outcomes)
            self.legend.addItem(outcomes, QCoreApplication.translate("FollowUpChart", "Utfall"))
        if indicator.target_year is not None and indicator.target_value is not None:
            target = pg.ScatterPlotItem(
                [float(indicator.target_year)],
                [indicator.target_value],
                symbol="d",
                size=14,
                brush=pg.mkBrush(TARGET),
                pen=pg.mkPen("#1b5e20"),
            )
            self.plot.addItem(target)
            self.legend.addItem(target, QCoreApplication.translate("FollowUpChart", "Målvärde"))
        self.plot.enableAutoRange()

    def _draw_path(self, indicator: IndicatorOutcome) -> None:
        parts = (
            indicator.baseline_year,
            indicator.baseline_value,
            indicator.target_year,
            indicator.target_value,
        )
        if any(part is None for part in parts):
            return
        path = pg.PlotDataItem(
            [float(indicator.baseline_year or 0), float(indicator.target_year or 0)],
            [indicator.baseline_value, indicator.target_value],
            pen=pg.mkPen(PATH_COLOUR, width=1.6, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=7,
            symbolBrush=PATH_COLOUR,
            symbolPen=pg.mkPen(PATH_COLOUR),
        )
        self.plot.addItem(path)
        self.legend.addItem(
            path, QCoreApplication.translate("FollowUpChart", "Rak linje från utgångsläget")
        )
