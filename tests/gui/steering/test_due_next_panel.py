"""Översikt's "Vad står på tur?": what is due next, with buttons to the pages that do it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import Action
from agenda_desktop.gui.pages.cycle_panel import DueNextPanel
from agenda_desktop.gui.pages.overview import OverviewPage

pytestmark = pytest.mark.usefixtures("swedish_locale")


def test_the_overview_lists_what_is_due_and_opens_the_page(
    qtbot: QtBot, services: Services
) -> None:
    # A cycle of our own (the newest, so the one shown) with one late action.
    cycle_id = services.cycle.start_cycle("Testperioden 2031–2034", 2031, 2034).cycle_id
    with services.database.unit_of_work() as session:
        session.add(
            Action(
                cycle_id=cycle_id,
                title="Sen åtgärd",
                status="pagar",
                due_date=date(2024, 1, 31),
            )
        )
    page = OverviewPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    panel = page.due_next
    first = panel.items[0]
    assert first.urgent and first.page == "action_plan"
    assert "har passerat sitt slutdatum" in first.text
    assert panel.buttons[0].text() == "Gå till 3 Handlingsplan"
    with qtbot.waitSignal(page.pageRequested, timeout=1000) as signal:
        qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    assert signal.args == ["action_plan"]


def test_a_new_follow_up_removes_the_reminder(qtbot: QtBot, services: Services) -> None:
    cycle_id = services.cycle.start_cycle("Testperioden 2031–2034", 2031, 2034).cycle_id
    panel = DueNextPanel(services.follow_up, today=date(2033, 2, 1))
    qtbot.addWidget(panel)
    assert any("ingen uppföljning av 2032" in item.text for item in panel.items)
    services.follow_up.create(cycle_id, "ar", 2032)
    panel.refresh()
    assert not any("uppföljning av 2032" in item.text for item in panel.items)


def test_without_a_cycle_the_panel_says_start_one(qtbot: QtBot, fresh_database: Database) -> None:
    panel = DueNextPanel(Services.for_database(fresh_database).follow_up)
    qtbot.addWidget(panel)
    assert [item.page for item in panel.items] == ["overview"]
    assert panel.buttons[0].text() == "Gå till Översikt"
