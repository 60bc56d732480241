"""The three chart tabs of an indicator: its trend, the comparison over the years and every
kommun in one year, each with its table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolTip,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import Comparison, SeriesPoint
from agenda_desktop.gui.indicators import charts
from agenda_desktop.gui.indicators.chart_panel import ChartPanel
from agenda_desktop.gui.indicators.compare_picker import ComparePicker
from agenda_desktop.gui.indicators.display import (
    decimals_for,
    format_number,
    gender_names,
    missing_reason_text,
)
from agenda_desktop.gui.indicators.page_data import GROUP, IndicatorPageData, Line
from agenda_desktop.gui.indicators.value_table import Cell, Value
from agenda_desktop.gui.messages import show_error


class IndicatorCharts(QObject):
    """Utveckling, Jämförelse över tid and Alla kommuner: three tabs put first in ``tabs``.

    Signals:
        chosenChanged(): the user picked other municipalities to compare with.
    """

    chosenChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, services: Services, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._services = services
        self._tabs = tabs
        self._data: IndicatorPageData | None = None
        self._ranking: Comparison | None = None
        self.chosen: list[str] = []
        year = self.tr("År")
        self.trend = ChartPanel(self.tr("Värde"), year, "utveckling", tabs)
        self.compare = ChartPanel(self.tr("Värde"), year, "jamforelse", tabs)
        self.ranking = ChartPanel(
            self.tr("Värde"), self.tr("Kommunernas plats"), "alla-kommuner", tabs
        )
        tabs.insertTab(0, self.trend, self.tr("Utveckling"))
        tabs.insertTab(1, self.compare, self.tr("Jämförelse över tid"))
        tabs.insertTab(2, self.ranking, self.tr("Alla kommuner"))
        tabs.setCurrentIndex(0)

        self.pick_button = QPushButton(self.tr("&Jämför med…"), self.compare)
        self.pick_button.setToolTip(self.tr("Välj fler kommuner att jämföra med"))
        self.pick_button.clicked.connect(self.pick_municipalities)
        self.compare.tools.addWidget(self.pick_button)

        self.year = QComboBox(self.ranking)
        self.year.setAccessibleName(self.tr("År"))
        self.year.activated.connect(self._year_chosen)
        year_label = QLabel(self.tr("&År:"), self.ranking)
        year_label.setBuddy(self.year)
        self.ranking.tools.addWidget(year_label)
        self.ranking.tools.addWidget(self.year)
        self.ranking.view.scene().sigMouseMoved.connect(self._hover_ranking)

    # -- drawing -----------------------------------------------------------------------

    def show_data(self, data: IndicatorPageData) -> None:
        self._data = data
        detail = data.detail
        unit = detail.unit or self.tr("Värde")
        for panel, suffix in (
            (self.trend, "utveckling"),
            (self.compare, "jamforelse"),
            (self.ranking, "alla-kommuner"),
        ):
            panel.plot.setLabel("left", unit)
            panel.set_name(f"{detail.id}-{suffix}")
            panel.set_title(f"{detail.title} ({detail.id})")
        self._show_trend(data)
        self._show_compare(data)
        self._show_ranking(data.comparison)
        self._fill_years(data.comparison)
        for panel in (self.trend, self.compare, self.ranking):
            panel.fit_table()
            panel.fit_legend()

    def _show_trend(self, data: IndicatorPageData) -> None:
        series = data.series
        charts.draw_trend(
            self.trend.plot, self.trend.fresh_legend(), series, data.detail.target_values
        )
        self.trend.fit_legend()
        names = gender_names()
        genders = list(series)
        headers = [self.tr("År"), *(names.get(g, g) for g in genders)]
        self.trend.model.set_rows(headers, self._rows_by_year([series[g] for g in genders]))
        notes = []
        if data.municipality is None:
            notes.append(
                self.tr(
                    "Kommunen är inte vald: fyll i organisationens uppgifter under "
                    "Redigera › Inställningar."
                )
            )
        elif not series:
            notes.append(
                self.tr(
                    "{name} har inga värden för nyckeltalet ännu. Hämta dem med Importera…"
                ).format(name=data.municipality.name)
            )
        self.trend.set_note(" ".join(notes))

    def line_label(self, line: Line) -> str:
        if line.kind == GROUP:
            return self.tr("Kommungrupp {code}, medel").format(code=line.area_id)
        return line.name

    def _show_compare(self, data: IndicatorPageData) -> None:
        lines = data.lines
        charts.draw_lines(
            self.compare.plot,
            self.compare.fresh_legend(),
            [(line.kind, self.line_label(line), line.points) for line in lines],
        )
        self.compare.fit_legend()
        headers = [self.tr("År"), *(self.line_label(line) for line in lines)]
        # The group's mean has endless decimals: show it as precisely as the data itself.
        measured = [p.value for line in lines if line.kind != GROUP for p in line.points]
        self.compare.model.set_rows(
            headers,
            self._rows_by_year([line.points for line in lines]),
            decimals=decimals_for(measured),
        )
        group = next((line for line in lines if line.kind == GROUP), None)
        note = ""
        if group is not None:
            note = self.tr(
                "Kommungrupp {code} ({title}): medelvärdet av gruppens kommuner som har ett värde."
            ).format(code=group.area_id, title=group.name)
        self.compare.set_note(note)

    @staticmethod
    def _rows_by_year(columns: Sequence[Sequence[SeriesPoint]]) -> list[list[Cell]]:
        """One row per year that any column has, a Value per column (missing when absent)."""
        by_column = [{p.period: p for p in points} for points in columns]
        years = sorted({year for found in by_column for year in found})
        rows: list[list[Cell]] = []
        for year in years:
            row: list[Cell] = [year]
            for found in by_column:
                point = found.get(year)
                row.append(Value(point.value, point.missing_reason) if point else Value(None))
            rows.append(row)
        return rows

    def _show_ranking(self, comparison: Comparison | None) -> None:
        self._ranking = comparison
        kommuner = comparison.kommuner if comparison else ()
        values = [area.value for area in kommuner]
        decimals = decimals_for(values)
        own_id = comparison.own.municipality_id if comparison else ""
        riket = comparison.riket.value if comparison and comparison.riket else None
        charts.draw_ranking(
            self.ranking.plot, self.ranking.fresh_legend(), kommuner, own_id, riket, decimals
        )
        rows: list[list[Cell]] = [
            [place, area.name, Value(area.value, area.missing_reason)]
            for place, area in enumerate(kommuner, 1)
        ]
        own_rows = [n for n, area in enumerate(kommuner) if area.municipality_id == own_id]
        self.ranking.model.set_rows(
            [self.tr("Plats"), self.tr("Kommun"), self.tr("Värde")], rows, own_rows, decimals
        )
        if own_rows:
            self.ranking.table.scrollTo(
                self.ranking.model.index(own_rows[0], 0),
                QAbstractItemView.ScrollHint.PositionAtCenter,
            )
        self.ranking.set_note(self._ranking_note(comparison))
        self.ranking.fit_legend()
        if comparison and comparison.period:
            self.ranking.set_name(f"{comparison.kpi_id}-alla-kommuner-{comparison.period}")

    def _ranking_note(self, comparison: Comparison | None) -> str:
        if comparison is None or comparison.period is None:
            return self.tr("Det finns inga värden att jämföra ännu.")
        order = (
            self.tr("högst värde först, eftersom riktningen är okänd")
            if comparison.higher_is_better is None
            else self.tr("bäst först")
        )
        count = len(comparison.kommuner)
        if comparison.rank is not None:
            return self.tr(
                "{name} har plats {rank} av {count} kommuner med värde {year} ({order})."
            ).format(
                name=comparison.own.name,
                rank=comparison.rank,
                count=count,
                year=comparison.period,
                order=order,
            )
        reason = missing_reason_text(comparison.own.missing_reason)
        return self.tr("{name} saknar värde {year} ({reason}); {count} kommuner har ett.").format(
            name=comparison.own.name, year=comparison.period, reason=reason, count=count
        )

    def _fill_years(self, comparison: Comparison | None) -> None:
        self.year.clear()
        if comparison is None:
            return
        for period in reversed(comparison.periods):
            self.year.addItem(str(period), period)
        self.year.setCurrentIndex(max(0, self.year.findData(comparison.period)))

    # -- interaction -------------------------------------------------------------------

    def _year_chosen(self) -> None:
        data, period = self._data, self.year.currentData()
        if data is None or data.municipality is None or not isinstance(period, int):
            return
        try:
            comparison = self._services.indicators.comparison(
                data.detail.id, data.municipality.id, period
            )
        except AgendaError as error:
            show_error(self._tabs, str(error))
            return
        self._show_ranking(comparison)

    def _hover_ranking(self, position: QPointF) -> None:
        """Name the kommun under the pointer: 290 bars have no room for names."""
        comparison = self._ranking
        if comparison is None or not self.ranking.plot.sceneBoundingRect().contains(position):
            return
        point = self.ranking.plot.getViewBox().mapSceneToView(position)
        index = charts.bar_at(comparison.kommuner, point.x())
        if index is None:
            QToolTip.hideText()
            return
        area = comparison.kommuner[index]
        decimals = decimals_for(a.value for a in comparison.kommuner)
        value = format_number(area.value or 0.0, decimals)
        QToolTip.showText(
            self.ranking.view.mapToGlobal(self.ranking.view.mapFromScene(position)),
            self.tr("{place}. {name}: {value}").format(
                place=index + 1, name=area.name, value=value
            ),
            self.ranking.view,
        )

    def pick_municipalities(self) -> None:
        data = self._data
        own = data.municipality.id if data and data.municipality else ""
        picker = ComparePicker(self._services, self.chosen, own, self._tabs)
        if picker.exec():
            self.chosen = picker.chosen()
            self.chosenChanged.emit()
        picker.deleteLater()
