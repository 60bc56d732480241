"""Översikt: the municipality header, the goal grid and dialog, and the steering cycle."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.formatting import long_date
from agenda_desktop.gui.pages.cycle_panel import StartCycleDialog, term_of_office
from agenda_desktop.gui.pages.goal_dialog import GoalDialog, TargetTableModel
from agenda_desktop.gui.pages.goal_tiles import hyphenate, needs_text_shadow
from agenda_desktop.gui.pages.overview import OverviewPage

pytestmark = pytest.mark.usefixtures("swedish_locale")


def show_page(qtbot: QtBot, services: Services) -> OverviewPage:
    page = OverviewPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> OverviewPage:
    return show_page(qtbot, services)


@pytest.fixture
def opened_goals(monkeypatch: pytest.MonkeyPatch) -> list[GoalDialog]:
    """Goal dialogs the page opened; exec() returns at once instead of blocking."""
    opened: list[GoalDialog] = []

    def exec_(self: GoalDialog) -> int:
        opened.append(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(GoalDialog, "exec", exec_)
    return opened


def test_header_names_the_municipality(page: OverviewPage, services: Services) -> None:
    header = page.header
    assert header.title.text() == "Exempelkommun, kommunledningskontoret"
    assert "Exempelkommun, kommunkod 1400" in header.details.text()
    county = services.reference.municipality("1400").county_name
    assert county and county in header.details.text()
    assert header.group.text() == "Kommungrupp C8: Landsbygdskommun, ej nära större stad"
    assert header.logo.isVisible() == (services.organisation.profile().logo is not None)  # type: ignore[union-attr]


def test_goal_grid_has_17_tiles_in_the_un_colours(page: OverviewPage, services: Services) -> None:
    tiles = page.goal_grid.tiles
    goals = services.reference.goals()
    assert [tile.goal.number for tile in tiles] == list(range(1, 18))
    for tile, goal in zip(tiles, goals, strict=True):
        assert tile.colour.name().upper() == goal.colour.upper()
        assert tile.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert tile.accessibleName() == f"Mål {goal.number}: {goal.short_sv}"
    assert page.goal_grid.tile(13).colour.name().upper() == "#3F7E44"


def test_light_goal_colours_get_a_text_shadow() -> None:
    assert needs_text_shadow("#FCC30B")  # 7, yellow
    assert needs_text_shadow("#FD9D24")  # 11, orange
    assert not needs_text_shadow("#3F7E44")  # 13, dark green
    assert not needs_text_shadow("#19486A")  # 17, navy


def test_a_long_compound_breaks_between_its_parts(qapp: QApplication) -> None:
    # qapp: fonts need a QGuiApplication, and this test may run first.
    font = QFont()
    font.setPixelSize(14)
    font.setBold(True)
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance("FÖRÄNDRINGARNA") + 2
    assert hyphenate("KLIMATFÖRÄNDRINGARNA", metrics, width) == "KLIMAT-FÖRÄNDRINGARNA"
    assert hyphenate("HAV", metrics, width) == "HAV"


def test_clicking_goal_13_opens_its_targets(
    qtbot: QtBot, page: OverviewPage, opened_goals: list[GoalDialog]
) -> None:
    qtbot.mouseClick(page.goal_grid.tile(13), Qt.MouseButton.LeftButton)
    assert len(opened_goals) == 1
    dialog = opened_goals[0]
    assert dialog.detail.goal.number == 13
    assert dialog.target_codes() == ["13.1", "13.2", "13.3", "13.a", "13.b"]
    assert dialog.windowTitle() == "Mål 13: Bekämpa klimatförändringarna"
    headers = [dialog.proxy.headerData(column, Qt.Orientation.Horizontal) for column in range(3)]
    assert headers == ["Delmål", "Kort svensk titel", "Text (engelska)"]


def test_enter_on_a_focused_tile_opens_the_goal(
    qtbot: QtBot, page: OverviewPage, opened_goals: list[GoalDialog]
) -> None:
    tile = page.goal_grid.tile(7)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.keyClick(page.goal_grid.tile(7), Qt.Key.Key_Right)
    assert page.goal_grid.tile(8).hasFocus()
    assert [dialog.detail.goal.number for dialog in opened_goals] == [7]


def test_a_swedish_short_title_is_saved_in_the_database(
    qtbot: QtBot, services: Services, demo_database: Database
) -> None:
    dialog = GoalDialog(services.reference, 13)
    qtbot.addWidget(dialog)
    index = dialog.proxy.index(0, TargetTableModel.SHORT_TITLE)
    assert dialog.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not dialog.proxy.flags(dialog.proxy.index(0, TargetTableModel.TEXT_EN)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert dialog.proxy.setData(index, "  Stärka   motståndskraften ")
    assert index.data() == "Stärka motståndskraften"

    # Read back through a second connection to the same file, as after a restart.
    reopened = open_database(demo_database.location).database
    try:
        target = ReferenceService(reopened).goal(13).targets[0]
    finally:
        reopened.close()
    assert (target.code, target.short_title_sv) == ("13.1", "Stärka motståndskraften")


def test_a_rejected_short_title_is_explained(
    qtbot: QtBot, services: Services, message_boxes: Any
) -> None:
    dialog = GoalDialog(services.reference, 13)
    qtbot.addWidget(dialog)
    index = dialog.proxy.index(1, TargetTableModel.SHORT_TITLE)
    before = index.data()
    assert not dialog.proxy.setData(index, "x" * 201)
    assert index.data() == before
    [text] = message_boxes.texts("warning")
    assert "Delmål 13.2" in text and "högst 200 tecken" in text


def test_the_targets_can_be_filtered(qtbot: QtBot, services: Services) -> None:
    dialog = GoalDialog(services.reference, 13)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "billion")
    assert dialog.target_codes() == ["13.a"]


def test_the_cycle_shows_done_current_and_coming_steps(page: OverviewPage) -> None:
    panel = page.cycle_panel
    assert panel.position is not None and panel.position.name == "Mandatperioden 2023–2026"
    statuses = [card.status.text() for card in panel.cards]
    assert statuses == [
        "Klart 12 mars 2024",
        "Klart 18 juni 2024",
        "Klart 10 december 2024",
        "Pågår nu",
        "Kommande",
    ]
    assert panel.mark_button is not None and panel.mark_button.text() == "Markera steget som klart"


def test_marking_the_current_step_done_advances_the_cycle(
    qtbot: QtBot, page: OverviewPage, services: Services, message_boxes: Any
) -> None:
    panel = page.cycle_panel
    assert panel.mark_button is not None
    with qtbot.waitSignal(page.cycleChanged, timeout=1000):
        qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    [question] = message_boxes.texts("question")
    assert "steg 4, Kommunicera och involvera" in question
    position = services.cycle.latest()
    assert position is not None and position.current_step == 5
    assert position.steps[3].completed_on == date.today()
    statuses = [card.status.text() for card in panel.cards]
    assert statuses[3] == f"Klart {long_date(date.today())}"
    assert statuses[4] == "Pågår nu"


def test_saying_no_leaves_the_step_open(
    qtbot: QtBot, page: OverviewPage, services: Services, message_boxes: Any
) -> None:
    message_boxes.answer_yes = False
    assert page.cycle_panel.mark_button is not None
    qtbot.mouseClick(page.cycle_panel.mark_button, Qt.MouseButton.LeftButton)
    position = services.cycle.latest()
    assert position is not None and position.current_step == 4


def test_without_a_cycle_one_can_be_started(
    qtbot: QtBot, fresh_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.for_database(fresh_database)
    page = show_page(qtbot, services)
    assert "Organisationens uppgifter saknas" in page.header.details.text()
    panel = page.cycle_panel
    assert panel.cards == [] and panel.start_button is not None
    assert panel.start_button.text() == "Starta en styrcykel…"

    def exec_(self: StartCycleDialog) -> int:
        # The user keeps the suggested term of office and presses Starta.
        self.accept()
        return self.result()

    monkeypatch.setattr(StartCycleDialog, "exec", exec_)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    position = services.cycle.latest()
    start, end = term_of_office(date.today())
    assert position is not None
    assert (position.name, position.start_year, position.end_year) == (
        f"Mandatperioden {start}–{end}",
        start,
        end,
    )
    assert panel.cards[0].status.text() == "Pågår nu"


def test_a_cycle_with_impossible_years_is_refused(
    qtbot: QtBot, fresh_database: Database, message_boxes: Any
) -> None:
    services = Services.for_database(fresh_database)
    dialog = StartCycleDialog(services.cycle, today=date(2025, 1, 1))
    qtbot.addWidget(dialog)
    dialog.start_year.setValue(2030)
    dialog.end_year.setValue(2027)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.cycle.latest() is None
    [text] = message_boxes.texts("warning")
    assert "startåret (2030)" in text


def test_the_suggested_term_follows_the_election() -> None:
    assert term_of_office(date(2024, 5, 1)) == (2023, 2026)
    assert term_of_office(date(2026, 3, 1)) == (2023, 2026)
    assert term_of_office(date(2026, 10, 1)) == (2027, 2030)
    assert term_of_office(date(2027, 1, 1)) == (2027, 2030)
