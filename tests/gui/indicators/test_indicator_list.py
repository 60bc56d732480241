"""The indicator list: the model's columns and role, and the filters by text, goal and
selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import IndicatorSummary
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.indicators.list_model import SUMMARY_ROLE, Column, IndicatorListModel
from agenda_desktop.gui.indicators.list_panel import IndicatorListPanel, Selection
from agenda_desktop.gui.indicators.page import IndicatorsPage
from agenda_desktop.gui.indicators.worker import wait_for_tasks
from agenda_desktop.gui.settings import AppSettings

pytestmark = pytest.mark.usefixtures("swedish_locale")


@pytest.fixture
def panel(qtbot: QtBot, services: Services) -> IndicatorListPanel:
    widget = IndicatorListPanel(services)
    qtbot.addWidget(widget)
    return widget


def choose(panel: IndicatorListPanel, selection: Selection) -> None:
    panel.selection.setCurrentIndex(panel.selection.findData(selection))


def test_model_has_named_columns_and_returns_the_summary(services: Services) -> None:
    model = IndicatorListModel()
    rows = services.indicators.list_indicators(only_with_values=True)
    model.set_indicators(rows)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(Column))]
    assert headers == ["Id", "Nyckeltal", "Enhet", "Mål", "Senaste år"]
    row = next(n for n, summary in enumerate(rows) if summary.id == "N07418")
    assert model.index(row, Column.ID).data() == "N07418"
    assert model.index(row, Column.GOALS).data() == "9, 11"
    assert model.index(row, Column.LATEST).data() == "2024"
    summary = model.index(row, Column.TITLE).data(SUMMARY_ROLE)
    assert isinstance(summary, IndicatorSummary)
    assert summary == rows[row]


def test_starts_with_the_municipalitys_own_indicators(
    panel: IndicatorListPanel, services: Services
) -> None:
    assert panel.selection.currentData() == Selection.WITH_VALUES
    expected = {s.id for s in services.indicators.list_indicators(only_with_values=True)}
    assert {s.id for s in panel.visible_indicators()} == expected
    assert panel.count.text() == f"{len(expected)} nyckeltal"


def test_free_text_filters_after_a_short_pause(qtbot: QtBot, panel: IndicatorListPanel) -> None:
    before = panel.proxy.rowCount()
    panel.search.setText("medellivslängd")
    assert panel.proxy.rowCount() == before  # debounced: nothing happens while typing
    qtbot.waitUntil(lambda: panel.proxy.rowCount() < before, timeout=2000)
    assert {s.id for s in panel.visible_indicators()} == {"N00923", "N00925"}
    assert panel.count.text() == f"2 av {before} nyckeltal"
    panel.search.setText("n00209")
    qtbot.waitUntil(lambda: [s.id for s in panel.visible_indicators()] == ["N00209"])


def test_goal_filter_keeps_the_indicators_of_that_goal(panel: IndicatorListPanel) -> None:
    assert panel.goal.itemText(0) == "Alla mål"
    assert panel.goal.itemText(1) == "1 Ingen fattigdom"
    panel.goal.setCurrentIndex(panel.goal.findData(5))
    shown = panel.visible_indicators()
    assert shown and all(5 in summary.goals for summary in shown)
    assert "N00209" in {summary.id for summary in shown}
    panel.goal.setCurrentIndex(0)
    assert len(panel.visible_indicators()) > len(shown)


def test_selections(panel: IndicatorListPanel, services: Services) -> None:
    choose(panel, Selection.LOCAL)
    assert {s.id for s in panel.visible_indicators()} == {"EK-001", "EK-002", "EK-003"}

    choose(panel, Selection.RKA)
    rka = services.indicators.list_indicators(selection_key=RKA_PRESET_KEY, limit=None)
    assert [s.id for s in panel.visible_indicators()] == [s.id for s in rka]  # RKA's order

    choose(panel, Selection.ALL)
    assert len(panel.visible_indicators()) > 5000  # the whole catalogue, not a first page


def test_filters_combine(qtbot: QtBot, panel: IndicatorListPanel) -> None:
    choose(panel, Selection.ALL)
    panel.goal.setCurrentIndex(panel.goal.findData(3))
    panel.search.setText("medellivslängd")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    assert all(3 in s.goals for s in panel.visible_indicators())


def test_selecting_a_row_names_the_indicator(qtbot: QtBot, panel: IndicatorListPanel) -> None:
    with qtbot.waitSignal(panel.currentChanged) as signal:
        assert panel.select("N00401")
    assert signal.args == ["N00401"]
    assert panel.current_id == "N00401"
    # Hidden by the filter: selecting it shows the whole catalogue first.
    choose(panel, Selection.LOCAL)
    assert panel.select("N00209")
    assert panel.selection.currentData() == Selection.ALL


def test_page_selects_the_first_indicator_and_shows_it(page: IndicatorsPage) -> None:
    first = page.list.visible_indicators()[0]
    assert page.list.current_id == first.id
    assert page.detail.shown_kpi == first.id
    assert page.detail.title.text() == first.title


def test_page_without_a_profile_shows_riket_and_says_what_is_missing(
    qtbot: QtBot, fresh_database: Database, app_settings: AppSettings
) -> None:
    services = Services.for_database(fresh_database)
    page = IndicatorsPage(services, app_settings)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    assert page.list.selection.currentData() == Selection.RKA  # no values of our own yet
    qtbot.waitUntil(lambda: not page.loading and page.detail.data is not None)
    data = page.detail.data
    assert data is not None and data.municipality is None
    assert [line.kind for line in data.lines] == ["riket"]
    assert page.detail.latest.text() == "Inga värden för kommunen"
    assert page.detail.charts is not None
    assert "Inställningar" in page.detail.charts.trend.note.text()
    assert wait_for_tasks()
