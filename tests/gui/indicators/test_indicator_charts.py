"""The indicator page: charts drawn from the services' numbers, missing values, verdicts,
the tables' copy and the saved image."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.compare_picker import ComparePicker
from agenda_desktop.gui.indicators.detail_charts import IndicatorCharts
from agenda_desktop.gui.indicators.page import IndicatorsPage
from agenda_desktop.gui.indicators.value_table import Value

pytestmark = pytest.mark.usefixtures("swedish_locale")

OWN = "1400"
Show = Callable[[str], IndicatorsPage]


def charts_of(page: IndicatorsPage) -> IndicatorCharts:
    assert page.detail.charts is not None
    return page.detail.charts


def curve_points(curve: pg.PlotDataItem) -> list[tuple[float, float]]:
    x, y = curve.getOriginalDataset()
    return list(zip(x.tolist(), y.tolist(), strict=True))


def test_trend_curves_are_the_services_series(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show, services: Services
) -> None:
    show_indicator("N00209")
    series = services.indicators.series("N00209", OWN)
    plot = charts_of(page).trend.plot
    curves = {curve.name(): curve for curve in plot.listDataItems() if curve.name()}
    for gender, name in (("T", "Totalt"), ("K", "Kvinnor"), ("M", "Män")):
        assert curve_points(curves[name]) == [(p.period, p.value) for p in series[gender]]
    # Told apart in black and white too: each line its own dash pattern and marker.
    styles = {
        (c.opts["pen"].style(), c.opts["symbol"])
        for n, c in curves.items()
        if n in "TotaltKvinnorMän"
    }
    assert len(styles) == 3
    # The target value: a dashed line at 85 and a star at 2030.
    lines = [item for item in plot.items if isinstance(item, pg.InfiniteLine)]
    assert [line.value() for line in lines] == [85.0]
    assert lines[0].pen.style() == Qt.PenStyle.DashLine
    stars = [c for c in plot.listDataItems() if c.opts["symbol"] == "star"]
    assert (2030.0, 85.0) in [point for star in stars for point in curve_points(star)]


def test_comparison_over_the_years_highlights_our_municipality(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show, services: Services
) -> None:
    show_indicator("N00209")
    curves = charts_of(page).compare.plot.listDataItems()
    names = [curve.name() for curve in curves]
    assert names == [
        "Exempelkommun",
        "Riket",
        "Västra Götalandsregionen",
        "Kommungrupp C8, medel",
    ]
    own, riket = curves[0], curves[1]
    assert own.opts["pen"].widthF() > 2 * riket.opts["pen"].widthF()
    expected = services.indicators.series("N00209", "0000")["T"]
    assert curve_points(riket) == [(p.period, p.value) for p in expected]
    group_2024 = services.indicators.comparison("N00209", OWN, 2024).group
    assert group_2024 is not None and group_2024.value is not None
    assert dict(curve_points(curves[3]))[2024.0] == pytest.approx(group_2024.value)


def test_every_kommun_is_one_bar_item_with_ours_in_another_colour(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show, services: Services
) -> None:
    show_indicator("N00209")
    comparison = services.indicators.comparison("N00209", OWN)
    plot = charts_of(page).ranking.plot
    bars = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 1
    heights = list(bars[0].opts["height"])
    assert len(heights) == len(comparison.kommuner) > 1
    assert heights == [area.value for area in comparison.kommuner]
    brushes = bars[0].opts["brushes"]
    own = next(n for n, a in enumerate(comparison.kommuner) if a.municipality_id == OWN)
    other = 0 if own else 1
    assert brushes[own].color() != brushes[other].color()
    assert len({brush.color().name() for brush in brushes}) == 2
    riket = [item for item in plot.items if isinstance(item, pg.InfiniteLine)]
    assert comparison.riket is not None
    assert [line.value() for line in riket] == [pytest.approx(comparison.riket.value)]
    table = charts_of(page).ranking.model
    assert table.rowCount() == len(comparison.kommuner)
    assert table.index(own, 1).data() == "Exempelkommun"
    assert table.index(own, 1).data(Qt.ItemDataRole.FontRole).bold()


def test_missing_values_are_gaps_with_their_reason_never_zero(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show, services: Services
) -> None:
    show_indicator("EK-001")  # the 2020 survey was not made: "bortfall"
    missing = [p for p in services.indicators.series("EK-001", OWN)["T"] if p.value is None]
    assert [p.period for p in missing] == [2020]
    total = next(c for c in charts_of(page).trend.plot.listDataItems() if c.name() == "Totalt")
    drawn = dict(curve_points(total))
    assert math.isnan(drawn[2020.0])
    assert 0.0 not in drawn.values()
    model = charts_of(page).trend.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "2020")
    assert model.index(row, 1).data() == "–"
    assert "bortfall" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.cell(row, 1) == Value(None, "bortfall")
    assert "\t–\t" in model.to_tsv()


def test_copy_puts_the_table_with_headers_on_the_clipboard(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show
) -> None:
    show_indicator("N00209")
    QGuiApplication.clipboard().clear()
    charts_of(page).trend.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "År\tTotalt\tKvinnor\tMän"
    assert lines[1] == "2015\t68,1\t63,7\t73,0"  # decimal comma, no thousands gap
    assert len(lines) == 11


def test_numbers_are_written_the_swedish_way(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show
) -> None:
    show_indicator("U20462")  # fallskador per 100 000 invånare: thousands
    model = charts_of(page).trend.model
    texts = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "2\u202f552" in texts  # a thin space between the thousands
    assert "\t2552\t" in model.to_tsv()  # none on the clipboard, so Excel reads a number
    show_indicator("N00956")  # the Gini coefficient keeps its three decimals
    model = charts_of(page).trend.model
    assert model.index(model.rowCount() - 1, 1).data() == "0,342"


def test_save_chart_as_png(
    qtbot: QtBot,
    page: IndicatorsPage,
    show_indicator: Show,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Any]],
) -> None:
    show_indicator("N00209")
    calls = save_as(tmp_path / "utveckling")
    charts_of(page).trend.save_button.click()
    saved = tmp_path / "utveckling.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert saved.stat().st_size > 5000
    assert "N00209-utveckling.png" in calls[0][2]  # the suggested name
    save_as(None)
    charts_of(page).ranking.save_button.click()  # cancelled: nothing written
    assert sorted(tmp_path.glob("*.png")) == [saved]


def test_verdicts_follow_the_direction(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show, services: Services
) -> None:
    show_indicator("N00209")
    texts = [label.text() for label in page.detail.verdicts]
    assert "▲ Bättre än föregående år (2023)" in texts
    assert "▲ Bättre än riket" in texts
    assert "▼ Sämre än länet" in texts
    # Lower is better now: the same numbers read the other way round.
    page.detail.direction.setCurrentIndex(page.detail.direction.findData(False))
    page.detail.direction.activated.emit(page.detail.direction.currentIndex())
    assert services.indicators.indicator("N00209").higher_is_better is False
    qtbot.waitUntil(lambda: not page.loading)
    texts = [label.text() for label in page.detail.verdicts]
    assert "▼ Sämre än riket" in texts and "▲ Bättre än länet" in texts
    page.detail.direction.setCurrentIndex(page.detail.direction.findData(None))
    page.detail.direction.activated.emit(page.detail.direction.currentIndex())
    qtbot.waitUntil(lambda: not page.loading and page.detail.data is not None)
    texts = [label.text() for label in page.detail.verdicts]
    assert "↑ Högre än riket (okänd riktning)" in texts


def test_charts_have_no_english_menu_or_auto_range_button(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show
) -> None:
    show_indicator("N00209")
    for panel in (charts_of(page).trend, charts_of(page).compare, charts_of(page).ranking):
        assert not panel.plot.menuEnabled()
        assert not panel.plot.getViewBox().menuEnabled()
        assert not panel.plot.autoBtn.isVisible()
        assert panel.plot.getAxis("bottom").labelText in ("År", "Kommunernas plats")
    axis = charts_of(page).trend.plot.getAxis("left")
    assert axis.tickStrings([1.5, 2.0], 1.0, 0.5) == ["1,5", "2,0"]
    years = charts_of(page).trend.plot.getAxis("bottom")
    ((_step, ticks),) = years.tickValues(2014.6, 2024.4, 800)
    assert ticks == [float(y) for y in range(2015, 2025)]


def test_compare_with_chosen_municipalities(
    qtbot: QtBot, page: IndicatorsPage, show_indicator: Show, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_indicator("N00209")

    def choose_two(picker: ComparePicker) -> int:
        picker.set_checked("1401")
        picker.set_checked("2518")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ComparePicker, "exec", choose_two)
    charts_of(page).pick_button.click()
    qtbot.waitUntil(lambda: not page.loading and len(page.detail.data.lines) == 6)  # type: ignore[union-attr]
    names = [c.name() for c in charts_of(page).compare.plot.listDataItems()]
    assert names[-2:] == ["Härryda", "Övertorneå"]
    headers = charts_of(page).compare.model.to_tsv().splitlines()[0].split("\t")
    assert headers[-2:] == ["Härryda", "Övertorneå"]


def test_the_page_does_not_import_pyqtgraph_until_shown() -> None:
    code = (
        "import sys; import agenda_desktop.gui.indicators.page; "
        "sys.exit(1 if 'pyqtgraph' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
