"""A whole steering cycle in the real main window, on a fresh database: a user starts a
cycle, does the five steps on their pages, marks them done on Översikt and prints every
report. Each step checks what the user would see on the screen before moving on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from agenda_desktop.core.reports.registry import REPORT_KINDS
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.formatting import long_date
from agenda_desktop.gui.indicators.worker import wait_for_tasks
from agenda_desktop.gui.main_window import MainWindow
from agenda_desktop.gui.pages.cycle_panel import StartCycleDialog, term_of_office
from agenda_desktop.gui.pages.overview import OverviewPage
from agenda_desktop.gui.reports.page import ReportsPage
from agenda_desktop.gui.settings import AppSettings
from agenda_desktop.gui.steering.action_editor import ActionEditorDialog
from agenda_desktop.gui.steering.action_org_dialog import OrganisationDialog, UnitDialog
from agenda_desktop.gui.steering.action_page import ActionPlanPage
from agenda_desktop.gui.steering.action_table_model import DUE, TITLE
from agenda_desktop.gui.steering.analysis_page import AnalysisPage
from agenda_desktop.gui.steering.check_list_dialog import CheckListDialog
from agenda_desktop.gui.steering.dialogue_dialogs import ActivityDialog, CommentDialog
from agenda_desktop.gui.steering.dialogue_page import DialoguePage
from agenda_desktop.gui.steering.follow_up_dialogs import NewFollowUpDialog
from agenda_desktop.gui.steering.follow_up_page import DETAIL, FollowUpPage
from agenda_desktop.gui.steering.programme_dialogs import (
    EffortDialog,
    FocusAreaDialog,
    ObjectiveDialog,
)
from agenda_desktop.gui.steering.programme_indicator_dialog import IndicatorDialog
from agenda_desktop.gui.steering.programme_page import ProgrammePage

pytestmark = pytest.mark.usefixtures("swedish_locale")

D = TypeVar("D", bound=QDialog)

GOAL_13 = "Bekämpa klimatförändringarna"
ANALYSIS_TEXT = "Utsläppen från vägtrafiken ökar; åtgärder i hamnen och på E6 behövs."
AREA = "Hållbar energi och klimat"
OBJECTIVE = "Växthusgasutsläppen ska halveras"
EFFORT = "ställa klimatkrav vid upphandling av fordon"
UNIT = "Samhällsbyggnadsförvaltningen"
ACTION = "Laddplatser vid kommunens förskolor"
REMISS = "Remiss av klimatprogrammet"
COMMENT = "Fler laddplatser behövs i Grebbestad"
# What each report must hold besides its title, the organisation, the page numbers and
# the diarienummer. The nulägesanalys is step 1, before the programme: it shows goal 13's
# analysis and the dialogue's comment, not the focus areas. The yearly uppföljning
# reports målsättningar and indicators and does not name the global goals.
REPORT_CONTENT = {
    "nulagesanalys": [GOAL_13, ANALYSIS_TEXT, "Västra Götalandsregionen", COMMENT],
    "program": [GOAL_13, AREA, OBJECTIVE, EFFORT, "N00401"],
    "handlingsplan": [GOAL_13, AREA, OBJECTIVE, ACTION, UNIT],
    "uppfoljning": [AREA, OBJECTIVE, "N00401", ACTION],
    "hallbarhetsbokslut": [GOAL_13, AREA, OBJECTIVE, REMISS],
}
PAST_DUE = date.today() - timedelta(days=30)
REMISS_DEADLINE = date.today() + timedelta(days=10)


# -- helpers ------------------------------------------------------------------------------


def when_dialog_opens(kind: type[D], work: Callable[[D], None]) -> None:
    """Do ``work`` in the modal dialog that the next click opens, as the user would.

    Should ``work`` fail, the dialog is rejected so that the test fails instead of hanging.
    """

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, kind), f"expected {kind.__name__}, got {dialog!r}"
            work(dialog)
        finally:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)


def pick(keys: list[Any]) -> Callable[[CheckListDialog], None]:
    """Tick ``keys`` in the check-list picker and press Välj."""

    def work(dialog: CheckListDialog) -> None:
        dialog.set_checked(keys)
        dialog.accept()

    return work


def go_to(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    """Click the page's item in the navigation, as the user does."""
    rect = window.navigation.visualRect(window.navigation_index(key))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key == key
    return window.page(key)


def mark_step_done(qtbot: QtBot, window: MainWindow, step: int, boxes: Any) -> OverviewPage:
    """On Översikt, press "Markera steget som klart" for ``step`` and answer yes."""
    overview = go_to(qtbot, window, "overview")
    assert isinstance(overview, OverviewPage)
    panel = overview.cycle_panel
    assert panel.position is not None and panel.position.current_step == step
    assert panel.mark_button is not None
    with qtbot.waitSignal(overview.cycleChanged, timeout=2000):
        qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    assert f"steg {step}," in boxes.texts("question")[-1]
    assert panel.cards[step - 1].status.text() == f"Klart {long_date(date.today())}"
    return overview


def no_problems_shown(boxes: Any) -> None:
    assert boxes.texts("warning") == [] and boxes.texts("critical") == []


def due_texts(overview: OverviewPage) -> list[str]:
    return [item.text for item in overview.due_next.items]


def pdf_text(path: Path) -> str:
    """The text of every page, with the line breaks of the layout undone."""
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


# -- the cycle ----------------------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, fresh_database: Database, app_settings: AppSettings, message_boxes: Any
) -> MainWindow:
    services = Services.for_database(fresh_database)
    # The first-run wizard is tested elsewhere: the profile is set as it would leave it.
    services.organisation.save_profile(ProfileData("1435", "Tanums kommun", "KS"))
    main = MainWindow(services, app_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def start_cycle(qtbot: QtBot, window: MainWindow) -> int:
    overview = go_to(qtbot, window, "overview")
    assert isinstance(overview, OverviewPage)
    assert overview.header.title.text() == "Tanums kommun"
    assert "Tanum, kommunkod 1435" in overview.header.details.text()
    assert [item.kind for item in overview.due_next.items] == ["start_cycle"]
    panel = overview.cycle_panel
    assert panel.start_button is not None and panel.cards == []

    # The user keeps the suggested term of office and presses Starta.
    when_dialog_opens(StartCycleDialog, lambda dialog: dialog.accept())
    with qtbot.waitSignal(overview.cycleChanged, timeout=2000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    start, end = term_of_office(date.today())
    position = panel.position
    assert position is not None and (position.start_year, position.end_year) == (start, end)
    assert [card.status.text() for card in panel.cards] == ["Pågår nu"] + ["Kommande"] * 4
    assert any("Inget av de 17 målen är bedömt" in text for text in due_texts(overview))
    return position.cycle_id


def assess_goal_13(qtbot: QtBot, window: MainWindow, services: Services, cycle_id: int) -> None:
    page = go_to(qtbot, window, "analysis")
    assert isinstance(page, AnalysisPage)
    assert page.cycle_id == cycle_id and page.cycle_bar.combo.count() == 1
    tile = page.overview.tiles[13]
    assert "Ej bedömd" in tile.accessibleName()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert page.editor.title.text().startswith("Mål 13:")

    fields = page.editor.fields
    fields.assessment.setCurrentIndex(fields.assessment.findData("stor"))
    fields.trend.setCurrentIndex(fields.trend.findData("forsamras"))
    fields.radighet.setCurrentIndex(fields.radighet.findData("samverkan"))
    fields.partners.setText("Västra Götalandsregionen, Trafikverket")
    fields.roles["community"].setChecked(True)
    fields.analysis.setPlainText(ANALYSIS_TEXT)
    page.editor.should_work_on.setChecked(True)
    assert page.editor.is_dirty
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)

    assert not page.editor.is_dirty and not page.editor.error.isVisible()
    assert "Senast sparad" in page.editor.status.text()
    tile = page.overview.tiles[13]
    assert tile.text() == f"13 {GOAL_13}: Stor utmaning – borde arbeta med"
    stored = services.analysis.goal(cycle_id, 13).assessment
    assert (stored.assessment, stored.trend, stored.radighet) == ("stor", "forsamras", "samverkan")
    assert stored.analysis == ANALYSIS_TEXT


def build_programme(qtbot: QtBot, window: MainWindow, services: Services, cycle_id: int) -> int:
    page = go_to(qtbot, window, "priorities")
    assert isinstance(page, ProgrammePage)

    # Prioritera: tick goal 13 in the table and write why.
    priorities = page.priorities
    model = priorities.model
    row = next(r for r, priority in enumerate(model.rows) if priority.goal.number == 13)
    model.setData(model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    priorities.select_goal(13)
    assert priorities.editor_title.text() == f"Mål 13: {GOAL_13}"
    priorities.rationale.setPlainText("Nulägesanalysen visar att utsläppen ökar i Tanum.")
    qtbot.mouseClick(priorities.save_button, Qt.MouseButton.LeftButton)
    checked = model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked
    assert "utsläppen ökar" in str(model.index(row, 1).data())

    # Programmet: a focus area, a målsättning with its target year and a key effort.
    page.tabs.setCurrentWidget(page.programme)
    panel = page.programme

    def name_area(dialog: FocusAreaDialog) -> None:
        dialog.name.setText(AREA)
        dialog.description.setPlainText("Från fossilt till förnybart i hela kommunen.")
        dialog._save()

    when_dialog_opens(FocusAreaDialog, name_area)
    qtbot.mouseClick(panel.add_area_button, Qt.MouseButton.LeftButton)
    area_item = panel.tree.topLevelItem(0)
    assert area_item is not None and area_item.text(0) == f"1  {AREA}"

    def write_objective(dialog: ObjectiveDialog) -> None:
        dialog.text.setPlainText(OBJECTIVE)
        dialog.year.setValue(2030)
        dialog._save()

    when_dialog_opens(ObjectiveDialog, write_objective)
    qtbot.mouseClick(panel.add_objective_button, Qt.MouseButton.LeftButton)
    current = panel.tree.currentItem()
    assert current is not None and current.text(0) == f"1.1  {OBJECTIVE} (2030)"
    assert panel.side.currentWidget() is panel.editor
    objective_id = panel.editor.objective_id
    assert objective_id is not None

    # The målsättning follows up goal 13.
    when_dialog_opens(CheckListDialog, pick([("goal", 13)]))
    qtbot.mouseClick(panel.editor.links_button, Qt.MouseButton.LeftButton)
    assert panel.editor.links.text() == f"13 {GOAL_13}"

    # N00401 with values by hand: a fresh database has no values to suggest.
    def add_n00401(dialog: IndicatorDialog) -> None:
        dialog.search.setText("N00401")
        dialog.run_search()
        assert dialog.results_model.rowCount() >= 1
        dialog.choose_kpi(0)
        assert dialog.chosen.text().startswith("N00401")
        dialog.baseline_value.setText("4,2")
        dialog.baseline_year.setValue(2022)
        dialog.target_value.setText("2,1")
        dialog.target_year.setValue(2030)
        dialog._save()

    when_dialog_opens(IndicatorDialog, add_n00401)
    qtbot.mouseClick(panel.editor.add_button, Qt.MouseButton.LeftButton)
    indicators = panel.editor.model
    assert indicators.rowCount() == 1
    assert [indicators.index(0, column).data() for column in range(2, 6)] == [
        "4,2",
        "2022",
        "2,1",
        "2030",
    ]

    area_item = panel.tree.topLevelItem(0)  # the tree was rebuilt: the user clicks the area
    assert area_item is not None
    panel.tree.setCurrentItem(area_item)

    def write_effort(dialog: EffortDialog) -> None:
        dialog.text.setPlainText(EFFORT)
        dialog._save()

    when_dialog_opens(EffortDialog, write_effort)
    qtbot.mouseClick(panel.add_effort_button, Qt.MouseButton.LeftButton)
    current = panel.tree.currentItem()
    assert current is not None and current.text(0) == f"1.  {EFFORT}"
    assert panel.item_text.text() == EFFORT

    programme = services.programme.programme(cycle_id)
    assert [area.title for area in programme.areas] == [AREA]
    assert [p.goal_number for p in services.programme.priorities(cycle_id)] == [13]
    return objective_id


def plan_action(qtbot: QtBot, window: MainWindow, objective_id: int) -> None:
    page = go_to(qtbot, window, "action_plan")
    assert isinstance(page, ActionPlanPage)
    assert "Inga åtgärder ännu" in page.summary.text()

    def add_unit(dialog: OrganisationDialog) -> None:
        def name_unit(unit: UnitDialog) -> None:
            unit.name.setText(UNIT)
            unit._save()

        when_dialog_opens(UnitDialog, name_unit)
        dialog.add_button.click()
        current = dialog.current()
        assert current is not None and current.name == UNIT
        dialog.accept()

    when_dialog_opens(OrganisationDialog, add_unit)
    qtbot.mouseClick(page.organisation_button, Qt.MouseButton.LeftButton)

    def write_action(dialog: ActionEditorDialog) -> None:
        dialog.title.setText(ACTION)
        dialog.unit.setCurrentIndex(dialog.unit.findText(UNIT))
        dialog.person.setText("Åsa Öberg")
        dialog.due_date.set_value(PAST_DUE)
        dialog.status.setCurrentIndex(dialog.status.findData("pagar"))
        dialog.cost.setText("450 000")
        when_dialog_opens(CheckListDialog, pick([objective_id]))
        dialog.objectives.button.click()
        assert dialog.objectives.text.text() == "1.1"
        when_dialog_opens(CheckListDialog, pick([13]))
        dialog.goals.button.click()
        assert dialog.goals.text.text() == "13"
        dialog._save()

    when_dialog_opens(ActionEditorDialog, write_action)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert page.proxy.rowCount() == 1
    title = page.proxy.index(0, TITLE)
    assert title.data() == f"⚠ {ACTION}"
    assert "Försenad" in str(title.data(Qt.ItemDataRole.ToolTipRole))
    assert title.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert str(page.proxy.index(0, DUE).data()).endswith("(försenad)")
    assert "1 åtgärder" in page.summary.text() and "1 försenade" in page.summary.text()
    page.only_overdue.setChecked(True)
    assert [action.title for action in page.proxy.visible_actions()] == [ACTION]
    page.only_overdue.setChecked(False)


def hold_remiss(qtbot: QtBot, window: MainWindow, services: Services, cycle_id: int) -> None:
    page = go_to(qtbot, window, "dialogue")
    assert isinstance(page, DialoguePage)
    tab = page.dialogues
    assert page.dialogue_stack.currentWidget() is tab

    def write_remiss(dialog: ActivityDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("remiss"))
        dialog.title.setText(REMISS)
        dialog.held_on.set_day(date.today())
        deadline = REMISS_DEADLINE
        dialog.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        dialog.target_group.setText("Föreningar och invånare")
        dialog._save()

    when_dialog_opens(ActivityDialog, write_remiss)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    chosen = tab.current_activity()
    assert chosen is not None and chosen.title == REMISS
    detail = tab.detail
    assert tab.detail_stack.currentWidget() is detail

    def write_comment(dialog: CommentDialog) -> None:
        dialog.text.setPlainText(COMMENT)
        dialog.sender_field.setText("Grebbestads företagarförening")
        dialog.received_on.set_day(date.today())
        when_dialog_opens(CheckListDialog, pick([("goal", 13)]))
        dialog.concerns_button.click()
        assert dialog.concerns.text() == "Mål 13"
        dialog._save()

    when_dialog_opens(CommentDialog, write_comment)
    qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    assert detail.comment_filter.rowCount() == 1
    assert detail.banner.isVisibleTo(detail)
    assert detail.banner.text() == (
        f"Sista dag för synpunkter: {REMISS_DEADLINE.isoformat()} (om 10 dagar)"
        " · 1 synpunkt saknar återkoppling"
    )
    assert "1 obesvarade" in tab.totals.text()

    # Översikt reminds of the unanswered comment before the deadline.
    overview = go_to(qtbot, window, "overview")
    assert isinstance(overview, OverviewPage)
    assert any("1 synpunkt på remissen saknar återkoppling" in text for text in due_texts(overview))

    # The user answers it.
    go_to(qtbot, window, "dialogue")
    detail.comment_table.selectRow(0)

    def respond(dialog: CommentDialog) -> None:
        assert dialog.text.toPlainText() == COMMENT
        dialog.status.setCurrentIndex(dialog.status.findData("besvarad"))
        dialog.response.setPlainText("Tas med i handlingsplanen: laddplatser vid förskolorna.")
        dialog.responded_on.set_day(date.today())
        dialog._save()

    when_dialog_opens(CommentDialog, respond)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    assert detail.banner.text().endswith("alla synpunkter har fått återkoppling")
    assert "0 obesvarade" in tab.totals.text()
    [comment] = services.dialogue.dialogue(cycle_id).activities[0].comments
    assert (comment.status, comment.goal_numbers) == ("besvarad", (13,))


def follow_up(qtbot: QtBot, window: MainWindow) -> int:
    page = go_to(qtbot, window, "follow_up")
    assert isinstance(page, FollowUpPage)
    created: list[int] = []

    def create(dialog: NewFollowUpDialog) -> None:
        created.append(dialog.year.value())  # the suggested year, within the cycle
        dialog._save()

    when_dialog_opens(NewFollowUpDialog, create)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [year] = created
    assert page.stack.currentIndex() == DETAIL
    assert page.list.count() == 1
    assert page.view.title.text() == f"Årlig uppföljning {year}"
    outcomes = page.view.outcomes.model
    assert outcomes.rowCount() == 1
    assert outcomes.index(0, 0).data() == f"1.1 {OBJECTIVE}"
    return year


def print_reports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Any
) -> None:
    page = go_to(qtbot, window, "reports")
    assert isinstance(page, ReportsPage)
    assert page.cycle.count() == 1
    year = date.today().year
    assert page.diarienummer.text() == f"KS {year}/"
    page.diarienummer.setText(f"KS {year}/42")
    for row, kind in enumerate(REPORT_KINDS):
        page.kinds.setCurrentRow(row)
        assert page.title.text() == kind.title
        target = tmp_path / f"{kind.key}.pdf"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_args, out=target, **_kw: (str(out), "")
        )
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert not page.save_button.isEnabled()  # building, off the GUI thread
        qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=60_000)
        assert wait_for_tasks()
        no_problems_shown(boxes)
        assert f"Rapporten ”{kind.title}” sparades" in boxes.texts("information")[-1]

        text = pdf_text(target)
        expected = [kind.title, "Tanums kommun", "Sida 1 av", f"KS {year}/42"]
        expected += REPORT_CONTENT[kind.key]
        missing = [part for part in expected if part not in text]
        assert missing == [], f"{kind.title}: missing {missing}"


def test_a_user_runs_a_whole_cycle_and_prints_every_report(
    qtbot: QtBot,
    window: MainWindow,
    message_boxes: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = window.services

    cycle_id = start_cycle(qtbot, window)

    assess_goal_13(qtbot, window, services, cycle_id)
    overview = mark_step_done(qtbot, window, 1, message_boxes)
    assert not any("målen är bedömt" in text for text in due_texts(overview))
    assert overview.due_next.items[-1].page == "priorities"

    objective_id = build_programme(qtbot, window, services, cycle_id)
    mark_step_done(qtbot, window, 2, message_boxes)

    plan_action(qtbot, window, objective_id)
    overview = mark_step_done(qtbot, window, 3, message_boxes)
    first = overview.due_next.items[0]
    assert first.urgent and first.page == "action_plan"
    assert due_texts(overview)[0].startswith("1 åtgärd har passerat sitt slutdatum")
    assert overview.due_next.buttons[0].text() == "Gå till 3 Handlingsplan"

    hold_remiss(qtbot, window, services, cycle_id)
    overview = mark_step_done(qtbot, window, 4, message_boxes)
    assert not any("remissen" in text for text in due_texts(overview))

    year = follow_up(qtbot, window)
    overview = mark_step_done(qtbot, window, 5, message_boxes)
    panel = overview.cycle_panel
    assert panel.position is not None and panel.position.current_step is None
    assert panel.start_button is not None
    assert panel.start_button.text() == "Starta en ny styrcykel…"
    assert any("Alla fem steg är klara" in text for text in due_texts(overview))
    assert not any(f"ingen uppföljning av {year}" in text for text in due_texts(overview))
    # The late action is still listed: it is overdue whatever step the cycle is in.
    assert overview.due_next.items[0].kind == "overdue_actions"
    no_problems_shown(message_boxes)

    print_reports(qtbot, window, tmp_path, monkeypatch, message_boxes)
