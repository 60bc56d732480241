"""Försenat och att göra inom 30 dagar on Översikt, read from a real database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.deadlines import Deadline
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.pages.deadlines_panel import (
    OVERDUE_RED,
    SHOWN,
    DeadlinesPanel,
    context_text,
    title_text,
)
from agenda_desktop.gui.pages.overview import OverviewPage

pytestmark = pytest.mark.usefixtures("swedish_locale")

TODAY = date(2026, 5, 4)


def days(count: int) -> date:
    return TODAY + timedelta(days=count)


@pytest.fixture
def services(fresh_database: Database) -> Services:
    return Services.for_database(fresh_database)


@pytest.fixture
def cycle_id(services: Services) -> int:
    return services.cycle.start_cycle("Mandatperioden 2023–2026", 2023, 2026).cycle_id


def show_panel(qtbot: QtBot, services: Services) -> DeadlinesPanel:
    panel = DeadlinesPanel(services.deadlines, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_nothing_due_says_so(qtbot: QtBot, services: Services) -> None:
    panel = show_panel(qtbot, services)
    assert panel.rows == [] and panel.links == []
    assert "Inget förfaller de närmaste 30 dagarna." in [
        label.text() for label in panel.findChildren(QLabel)
    ]


def test_overdue_first_in_words_and_colour_then_what_is_due(
    qtbot: QtBot, services: Services, cycle_id: int
) -> None:
    plan = services.action_plan
    plan.create_action(cycle_id, ActionInput("Klimatlöften", due_date=days(10)))
    plan.create_action(cycle_id, ActionInput("Cykelplan", due_date=days(-20), status="pagar"))
    plan.create_action(cycle_id, ActionInput("Laddplatser", due_date=days(60)))
    remiss = services.dialogue.create_activity(
        cycle_id, ActivityData("remiss", "Remiss av programmet", days(-30), days(-2))
    )
    for text in ("Fler cykelbanor", "Mer grönt"):
        services.dialogue.add_comment(remiss.summary.activity_id, CommentData(text))
    panel = show_panel(qtbot, services)
    assert panel.rows == [
        f"⚠ Försenad sedan {days(-20)} · Åtgärd · Cykelplan · Mandatperioden 2023–2026",
        f"⚠ Försenad sedan {days(-2)} · Remiss · Remiss av programmet · "
        "Mandatperioden 2023–2026 · 2 synpunkter utan återkoppling",
        f"{days(10)} · Åtgärd · Klimatlöften · Mandatperioden 2023–2026",
    ]
    late = [label for label in panel.findChildren(QLabel) if label.text().startswith("⚠")]
    assert len(late) == 2 and all(OVERDUE_RED in label.styleSheet() for label in late)
    assert panel.links[0].accessibleName() == panel.rows[0]


def test_clicking_a_title_asks_for_its_page(
    qtbot: QtBot, services: Services, cycle_id: int
) -> None:
    services.action_plan.create_action(cycle_id, ActionInput("Cykelplan", due_date=days(3)))
    services.dialogue.create_activity(
        cycle_id, ActivityData("remiss", "Remiss av programmet", days(-5), days(7))
    )
    panel = show_panel(qtbot, services)
    for link, page in zip(panel.links, ("action_plan", "dialogue"), strict=True):
        with qtbot.waitSignal(panel.pageRequested) as asked:
            on_text = QPoint(6, link.fontMetrics().height() // 2)  # the top-aligned title
            qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=on_text)
        assert asked.args == [page]


def test_a_long_list_is_cut_and_says_how_many_more(
    qtbot: QtBot, services: Services, cycle_id: int
) -> None:
    for number in range(SHOWN + 3):
        services.action_plan.create_action(
            cycle_id, ActionInput(f"Åtgärd {number:02}", due_date=days(number))
        )
    panel = show_panel(qtbot, services)
    assert len(panel.rows) == SHOWN and len(panel.items) == SHOWN + 3
    assert panel.rows[0].startswith(f"I dag, {TODAY}")
    assert "… och 3 till." in [label.text() for label in panel.findChildren(QLabel)]


def test_overview_shows_the_panel_and_passes_its_page_on(
    qtbot: QtBot, services: Services, cycle_id: int
) -> None:
    services.action_plan.create_action(cycle_id, ActionInput("Cykelplan", due_date=date.today()))
    page = OverviewPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    assert [row.split(" · ")[2] for row in page.deadlines.rows] == ["Cykelplan"]
    with qtbot.waitSignal(page.pageRequested) as asked:
        page.deadlines.links[0].linkActivated.emit("action_plan")
    assert asked.args == ["action_plan"]
    services.action_plan.create_action(cycle_id, ActionInput("Laddplatser", due_date=date.today()))
    page.refresh()
    assert len(page.deadlines.rows) == 2


def test_an_invoice_names_its_year_and_a_remiss_its_one_comment() -> None:
    invoice = Deadline(days(3), "invoice", "Samfinansiering 2024–2027", "Glokala Sverige",
                       "networks", False, 1, year=2026)  # fmt: skip
    assert title_text(invoice) == "Samfinansiering 2024–2027, avgift för 2026"
    remiss = Deadline(days(3), "remiss", "Remiss av programmet", "", "dialogue", False, 2,
                      open_comments=1)  # fmt: skip
    assert context_text(remiss) == "1 synpunkt utan återkoppling"
