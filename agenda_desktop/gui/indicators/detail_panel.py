"""The right side of Nyckeltal: one indicator's heading, direction and verdicts above its
charts and its "Om nyckeltalet" tab.

The charts import pyqtgraph, which costs about 0.4 s, so they are built the first time
the panel is shown, not when the page is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.direction import BETTER, WORSE
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import Comparison
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.indicators.about_panel import AboutIndicatorPanel
from agenda_desktop.gui.indicators.display import (
    decimals_for,
    direction_text,
    format_with_unit,
    missing_reason_text,
    verdict_text,
)
from agenda_desktop.gui.indicators.flow_layout import FlowLayout
from agenda_desktop.gui.indicators.page_data import IndicatorPageData
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.style import INK, MUTED_INK, heading, paragraph, scaled_font

if TYPE_CHECKING:
    from agenda_desktop.gui.indicators.detail_charts import IndicatorCharts

CHIP = "QLabel {{ color: {ink}; background: {background}; border: 1px solid {border}; \
border-radius: 4px; padding: 4px 8px; }}"
CHIP_COLOURS = {
    BETTER: ("#1e6b30", "#ebfbee", "#8ce99a"),
    WORSE: ("#a51d1d", "#fff5f5", "#ffa8a8"),
    "": (INK, "#f1f3f5", "#ced4da"),
}


class IndicatorDetailPanel(QWidget):
    """One indicator: title, facts, direction, verdicts and the tabs.

    Signals:
        changed(str): the indicator's direction, goal links or target values changed.
        chosenChanged(): the user chose other municipalities to compare with.
        deleted(str): the local indicator with this id was deleted.
    """

    changed = Signal(str)
    deleted = Signal(str)
    chosenChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._data: IndicatorPageData | None = None
        self.charts: IndicatorCharts | None = None
        self.chosen: list[str] = []

        self.stack = QStackedWidget(self)
        self.empty = paragraph(
            self.tr("Välj ett nyckeltal i listan för att se dess utveckling och jämförelser."),
            self.stack,
            muted=True,
        )
        self.stack.addWidget(self.empty)

        content = QWidget(self.stack)
        self.title = heading("", content, level=2)
        self.facts = paragraph("", content, muted=True)
        self.latest = QLabel(content)
        self.latest.setWordWrap(True)
        self.latest.setFont(scaled_font(self.latest, 1.15, bold=True))
        self.latest.setStyleSheet(f"color: {INK};")
        self.direction = QComboBox(content)
        self.direction.setAccessibleName(self.tr("Riktning"))
        self.direction.setToolTip(
            self.tr("Avgör om en ökning är en förbättring; används för bättre/sämre-markeringarna")
        )
        for value in (True, False, None):
            self.direction.addItem(direction_text(value), value)
        self.direction.activated.connect(self._direction_chosen)
        direction_label = QLabel(self.tr("&Riktning:"), content)
        direction_label.setBuddy(self.direction)
        self.verdicts: list[QLabel] = []
        self.verdict_box = QWidget(content)
        self.verdict_row = FlowLayout(self.verdict_box)
        self.tabs = QTabWidget(content)
        self.tabs.setDocumentMode(True)
        self.about = AboutIndicatorPanel(services, self.tabs)
        self.about.changed.connect(self._emit_changed)
        self.about.deleted.connect(self.deleted)
        self.tabs.addTab(self.about, self.tr("Om nyckeltalet"))

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.facts, 1)
        top.addWidget(direction_label)
        top.addWidget(self.direction)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self.latest)
        layout.addWidget(self.verdict_box)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        self.content = content
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # -- state -------------------------------------------------------------------------

    @property
    def data(self) -> IndicatorPageData | None:
        return self._data

    @property
    def shown_kpi(self) -> str:
        return self._data.detail.id if self._data else ""

    def clear(self) -> None:
        self._data = None
        self.stack.setCurrentWidget(self.empty)

    def show_data(self, data: IndicatorPageData) -> None:
        self._data = data
        detail = data.detail
        self.title.setText(detail.title)
        self.title.setAccessibleName(detail.title)
        facts = [detail.id]
        if detail.unit:
            facts.append(self.tr("Enhet: {unit}").format(unit=detail.unit))
        if detail.source:
            facts.append(detail.source)
        if detail.is_local:
            facts.append(self.tr("Lokalt nyckeltal"))
        self.facts.setText(" · ".join(facts))
        self.direction.setCurrentIndex(max(0, self.direction.findData(detail.higher_is_better)))
        self._show_latest(data)
        self._show_verdicts(data.comparison)
        self.about.show_detail(detail)
        self.stack.setCurrentWidget(self.content)
        if self.charts is not None:
            self.charts.show_data(data)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_charts()

    def ensure_charts(self) -> IndicatorCharts:
        """Build the charts (importing pyqtgraph) unless that has been done."""
        if self.charts is None:
            from agenda_desktop.gui.indicators.detail_charts import IndicatorCharts

            self.charts = IndicatorCharts(self._services, self.tabs)
            self.charts.chosen = self.chosen
            self.charts.chosenChanged.connect(self._chosen_changed)
            if self._data is not None:
                self.charts.show_data(self._data)
        return self.charts

    # -- the headline ------------------------------------------------------------------

    def _show_latest(self, data: IndicatorPageData) -> None:
        comparison, unit = data.comparison, data.detail.unit
        if data.municipality is None or comparison is None or comparison.period is None:
            self.latest.setText(self.tr("Inga värden för kommunen"))
            return
        own = comparison.own
        if own.value is None:
            self.latest.setText(
                self.tr("{name} {year}: saknas ({reason})").format(
                    name=own.name,
                    year=comparison.period,
                    reason=missing_reason_text(own.missing_reason),
                )
            )
            return
        # As many decimals as the series has, so 80.0 beside 78.4 reads "80,0".
        decimals = decimals_for(p.value for points in data.series.values() for p in points)
        text = self.tr("{name} {year}: {value}").format(
            name=own.name,
            year=comparison.period,
            value=format_with_unit(own.value, unit, decimals),
        )
        if comparison.rank is not None and len(comparison.kommuner) > 1:
            text += self.tr("  ·  plats {rank} av {count}").format(
                rank=comparison.rank, count=len(comparison.kommuner)
            )
        self.latest.setText(text)

    def _show_verdicts(self, comparison: Comparison | None) -> None:
        while (item := self.verdict_row.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.verdicts = []
        for text, verdict in self._verdict_texts(comparison):
            label = QLabel(text, self.verdict_box)
            ink, background, border = CHIP_COLOURS.get(verdict, CHIP_COLOURS[""])
            label.setStyleSheet(CHIP.format(ink=ink, background=background, border=border))
            label.setAccessibleName(text)
            self.verdict_row.addWidget(label)
            self.verdicts.append(label)
        if comparison is not None and comparison.higher_is_better is None and self.verdicts:
            hint = QLabel(
                self.tr("Ange riktningen för att se vad som är bättre."), self.verdict_box
            )
            hint.setStyleSheet(f"color: {MUTED_INK}; padding: 4px 0;")
            self.verdict_row.addWidget(hint)
        self.verdict_box.setVisible(self.verdict_row.count() > 0)

    def _verdict_texts(self, comparison: Comparison | None) -> list[tuple[str, str]]:
        """(text, verdict) for the year before, Riket, the county and the kommungrupp."""
        if comparison is None or comparison.own.value is None:
            return []
        own = comparison.own.value
        found: list[tuple[str, str]] = []
        previous = comparison.previous
        references = [
            (
                comparison.trend,
                previous.value if previous else None,
                self.tr("föregående år ({year})").format(year=previous.period if previous else ""),
            ),
            (
                comparison.against_riket,
                comparison.riket.value if comparison.riket else None,
                self.tr("riket"),
            ),
            (
                comparison.against_county,
                comparison.county.value if comparison.county else None,
                self.tr("länet"),
            ),
            (
                comparison.against_group,
                # An average of ourselves alone says nothing.
                comparison.group.value if comparison.group and comparison.group.count > 1 else None,
                self.tr("kommungruppen"),
            ),
        ]
        for verdict, reference, against in references:
            if verdict is None or reference is None:
                continue
            found.append((verdict_text(verdict, own, reference, against), verdict))
        return found

    # -- changes -----------------------------------------------------------------------

    def _direction_chosen(self) -> None:
        data = self._data
        if data is None:
            return
        wanted = self.direction.currentData()
        if wanted == data.detail.higher_is_better:
            return
        detail = data.detail
        service = self._services.indicators
        try:
            save_resolving_conflicts(
                self,
                detail.version,
                lambda expected: service.update_indicator_meta(
                    detail.id, detail.own_unit, detail.own_source, wanted, expected
                ),
            )
        except AgendaError as error:
            show_error(self, str(error))
            self.direction.setCurrentIndex(max(0, self.direction.findData(detail.higher_is_better)))
            return
        # Saved, or the user went back after another officer's save (None): either way
        # the indicator is read again, so the page shows what is stored and its version.
        self.changed.emit(detail.id)

    def _emit_changed(self) -> None:
        if self._data is not None:
            self.changed.emit(self._data.detail.id)

    def _chosen_changed(self) -> None:
        assert self.charts is not None
        self.chosen = list(self.charts.chosen)
        self.chosenChanged.emit()
