"""The Kommunicera och involvera page: activities, remiss banner, comments, participants
and the ordlista, on a real database with real widgets."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import FocusArea, Objective
from agenda_desktop.gui.steering.cycle_bar import CycleChoice
from agenda_desktop.gui.steering.dialogue_dialogs import ActivityDialog, CommentDialog
from agenda_desktop.gui.steering.dialogue_page import DialoguePage
from agenda_desktop.gui.steering.glossary_tab import TermDialog

TODAY = date(2026, 11, 22)


def _own_cycle(services: Services) -> int:
    """A cycle of the test's own, chosen on every page, so the demo's data does not count."""
    cycle_id = services.cycle.start_cycle("Testcykeln", 2027, 2030).cycle_id
    CycleChoice.of(services).choose(cycle_id)
    return cycle_id


def _remiss_with_comments(services: Services, cycle_id: int) -> int:
    dialogue = services.dialogue
    activity_id = dialogue.create_activity(
        cycle_id,
        ActivityData(
            "remiss", "Remiss av programmet", date(2026, 10, 20), date(2026, 12, 15), "Alla"
        ),
    ).activity_id
    for n in range(1, 6):
        comment = dialogue.add_comment(
            activity_id, CommentData(f"Synpunkt {n}", "Förening", date(2026, 10, n))
        )
        if n == 1:
            dialogue.respond(comment.comment_id, "Åtgärdat.", "besvarad", today=TODAY)
    return activity_id


def _page(qtbot: QtBot, services: Services) -> DialoguePage:
    page = DialoguePage(services)
    qtbot.addWidget(page)
    page.dialogues.today = lambda: TODAY
    return page


def test_without_a_cycle_the_page_says_what_to_do(qtbot: QtBot, fresh_database: Database) -> None:
    services = Services.for_database(fresh_database)
    page = _page(qtbot, services)
    assert page.dialogue_stack.currentWidget() is page.no_cycle
    assert "Ny styrcykel" in page.no_cycle.text()
    assert not page.dialogues.new_button.isEnabled()


def test_remiss_shows_banner_and_filters_unanswered(qtbot: QtBot, services: Services) -> None:
    cycle_id = _own_cycle(services)
    activity_id = _remiss_with_comments(services, cycle_id)
    page = _page(qtbot, services)
    tab = page.dialogues
    assert page.dialogue_stack.currentWidget() is tab
    assert tab.activities.rowCount() == 1
    tab.select_activity(activity_id)
    detail = tab.detail
    assert tab.detail_stack.currentWidget() is detail
    assert detail.banner.text() == (
        "Sista dag för synpunkter: 2026-12-15 (om 23 dagar) · 4 synpunkter saknar återkoppling"
    )
    assert detail.comment_filter.rowCount() == 5
    detail.only_unanswered.setChecked(True)
    assert detail.comment_filter.rowCount() == 4
    assert detail.tabs.tabText(0) == "Synpunkter (5)"


def test_activity_dialog_names_the_missing_field(qtbot: QtBot, services: Services) -> None:
    cycle_id = _own_cycle(services)
    dialog = ActivityDialog(services, cycle_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("remiss"))
    assert not dialog.deadline.isHidden()
    dialog._save()
    assert "Rubrik" in dialog.error.text()
    assert dialog.saved is None
    dialog.title.setText("Remiss av handlingsplanen")
    dialog._save()
    assert dialog.saved is not None and dialog.saved.summary.deadline is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("workshop"))
    assert dialog.deadline.isHidden()
    assert [a.title for a in services.dialogue.activities(cycle_id)] == [
        "Remiss av handlingsplanen"
    ]


def test_new_activity_from_the_tab_is_listed_and_chosen(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _own_cycle(services)
    page = _page(qtbot, services)

    def fill_and_save(dialog: ActivityDialog) -> int:
        dialog.title.setText("Ungdomsrådet tycker till")
        dialog.kind.setCurrentIndex(dialog.kind.findData("ungdomsrad"))
        dialog._save()
        return int(dialog.result())

    monkeypatch.setattr(ActivityDialog, "exec", fill_and_save)
    page.dialogues.add_activity()
    chosen = page.dialogues.current_activity()
    assert chosen is not None and chosen.title == "Ungdomsrådet tycker till"
    assert page.dialogues.detail.banner.isHidden()


def test_comment_dialog_links_and_needs_a_response(qtbot: QtBot, services: Services) -> None:
    cycle_id = _own_cycle(services)
    with services.database.unit_of_work() as session:
        area = FocusArea(cycle_id=cycle_id, position=0, title="Trygg uppväxt")
        area.objectives = [Objective(position=0, text="Alla klarar skolan", target_year=2030)]
        session.add(area)
        session.flush()
        objective_id = area.objectives[0].id
    activity_id = services.dialogue.create_activity(
        cycle_id, ActivityData("medborgardialog", "Dialog i Norrby")
    ).activity_id
    snapshot = services.dialogue.dialogue(cycle_id)
    dialog = CommentDialog(services, snapshot, activity_id)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Fler fritidsgårdar")
    dialog.set_links([("goal", 3), ("objective", objective_id)])
    assert dialog.concerns.text() == "Mål 3 · Målsättning 1.1"
    dialog.status.setCurrentIndex(dialog.status.findData("besvarad"))
    dialog._save()
    assert "Återkoppling" in dialog.error.text()
    dialog.response.setPlainText("Med i handlingsplanen 2027.")
    dialog._save()
    saved = dialog.saved
    assert saved is not None
    assert saved.goal_numbers == (3,) and saved.objective_labels == ("1.1",)
    assert saved.status == "besvarad" and saved.responded_on is not None


def test_participants_grid_totals_and_saves(qtbot: QtBot, services: Services) -> None:
    cycle_id = _own_cycle(services)
    activity_id = services.dialogue.create_activity(
        cycle_id, ActivityData("workshop", "Workshop med företag", date(2027, 2, 1))
    ).activity_id
    page = _page(qtbot, services)
    page.dialogues.select_activity(activity_id)
    grid = page.dialogues.detail.participants
    grid.spins[("K", "25-44")].setValue(7)
    grid.spins[("M", "25-44")].setValue(5)
    grid.spins[("M", "65+")].setValue(1)
    assert grid.total.text() == "13"
    grid.save_button.click()
    assert services.dialogue.activity(activity_id).participant_grid() == {
        ("K", "25-44"): 7,
        ("M", "25-44"): 5,
        ("M", "65+"): 1,
    }
    assert page.dialogues.activities.rows()[0].participant_count == 13
    assert page.dialogues.detail.tabs.tabText(1) == "Deltagare (13)"


def test_deleting_asks_first(qtbot: QtBot, services: Services, message_boxes: Any) -> None:
    cycle_id = _own_cycle(services)
    activity_id = _remiss_with_comments(services, cycle_id)
    page = _page(qtbot, services)
    page.dialogues.select_activity(activity_id)
    message_boxes.answer_yes = False
    page.dialogues.delete_activity()
    assert "5 synpunkter" in message_boxes.texts("question")[0]
    assert len(services.dialogue.activities(cycle_id)) == 1
    detail = page.dialogues.detail
    detail.comment_table.selectRow(0)
    message_boxes.answer_yes = True
    detail.delete_button.click()
    assert services.dialogue.activity(activity_id).summary.comment_count == 4
    page.dialogues.delete_activity()
    assert services.dialogue.activities(cycle_id) == []
    assert page.dialogues.activities.rowCount() == 0


def test_choosing_another_cycle_reloads(qtbot: QtBot, services: Services) -> None:
    first = _own_cycle(services)
    _remiss_with_comments(services, first)
    page = _page(qtbot, services)
    assert page.dialogues.activities.rowCount() == 1
    # The first activity is chosen at once, so the lower half never opens empty.
    assert page.dialogues.detail_stack.currentWidget() is page.dialogues.detail
    second = services.cycle.start_cycle("Nästa cykel", 2031, 2034).cycle_id
    CycleChoice.of(services).choose(second)
    assert page.dialogues.activities.rowCount() == 0
    assert page.dialogues.detail_stack.currentWidget() is page.dialogues.nothing_chosen


def test_glossary_search_add_duplicate_and_delete(
    qtbot: QtBot, services: Services, message_boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, services)
    tab = page.glossary
    before = tab.model.rowCount()
    services.glossary.add("Ödlekvarter", "Ett påhittat ord för testet.")
    services.glossary.add("Återkopplingsslinga", "Svar på en xyzzy-synpunkt.")
    tab.load()
    assert tab.model.rowCount() == before + 2

    dialog = TermDialog(services)
    qtbot.addWidget(dialog)
    dialog.term.setText(" ÖDLEKVARTER ")
    dialog.explanation.setPlainText("Något annat.")
    dialog._save()
    assert "”Ödlekvarter” finns redan i ordlistan" in dialog.error.text()

    tab.search.setText("XYZZY")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    chosen = tab.current_term()
    assert chosen is not None and chosen.term == "Återkopplingsslinga"

    def rename(dialog: TermDialog) -> int:
        dialog.term.setText("Återkopplingsslinga (svar)")
        dialog._save()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(TermDialog, "exec", rename)
    tab.edit_term()
    renamed = tab.current_term()
    assert renamed is not None and renamed.term == "Återkopplingsslinga (svar)"
    tab.delete_term()
    assert "Återkopplingsslinga (svar)" in message_boxes.texts("question")[0]
    assert all(t.term != "Återkopplingsslinga (svar)" for t in services.glossary.terms())
