"""Two officers edit the programme of step 2 at once: the second save shows both versions
and saves what the user chooses, the form then holds the new version, and the records'
history is one click away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from edit_conflicts import answer_conflict, second_officer
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import IndicatorInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.steering.cycle_bar import CycleChoice
from agenda_desktop.gui.steering.programme_dialogs import EffortDialog, FocusAreaDialog
from agenda_desktop.gui.steering.programme_indicator_dialog import IndicatorDialog
from agenda_desktop.gui.steering.programme_matrix import RelationDialog
from agenda_desktop.gui.steering.programme_page import ProgrammePage


@pytest.fixture
def anna(fresh_database: Database) -> Services:
    fresh_database.actor = "Anna Berg"
    return Services.for_database(fresh_database)


@pytest.fixture
def cycle_id(anna: Services) -> int:
    cycle_id = anna.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id
    CycleChoice.of(anna).choose(cycle_id)
    return cycle_id


def _page(qtbot: QtBot, services: Services) -> ProgrammePage:
    page = ProgrammePage(services)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    return page


def _when_dialog_opens(work: Callable[[QWidget | None], None]) -> None:
    """Run ``work`` on the modal dialog that the next call opens."""
    QTimer.singleShot(0, lambda: work(QApplication.activeModalWidget()))


def _history_buttons(dialog: FocusAreaDialog | EffortDialog | IndicatorDialog) -> list[str]:
    return [b.text() for b in dialog.buttons.buttons() if b.text() == "Historik…"]


def _keep_mine(conflict: EditConflictDialog) -> None:
    assert conflict.conflict.changed_by == "Bo Ek"
    conflict.accept()  # the user's own value is chosen where both changed it


def test_an_area_edited_meanwhile_shows_both_versions_and_saves_the_choice(
    qtbot: QtBot, anna: Services, cycle_id: int
) -> None:
    area = anna.programme.add_focus_area(cycle_id, "Hållbar energi", "Fossilfritt 2035")
    page = _page(qtbot, anna)
    panel = page.programme
    panel.select("area", area.focus_area_id)
    with second_officer(anna.database) as bo:  # after Anna's page was loaded
        bo.programme.update_focus_area(
            area.focus_area_id, "Energi och klimat", "Fossilfritt 2030", ExpectedVersion(1)
        )
    seen: list[FocusAreaDialog] = []

    def edit(dialog: QWidget | None) -> None:
        assert isinstance(dialog, FocusAreaDialog)
        seen.append(dialog)
        assert _history_buttons(dialog) == ["Historik…"]
        dialog.name.setText("Förnybar energi")

        def choose(conflict: EditConflictDialog) -> None:
            fields = {f.field: f for f in conflict.conflict.fields}
            assert fields["title"].choosable
            assert (fields["title"].mine_text, fields["title"].saved_text) == (
                "Förnybar energi",
                "Energi och klimat",
            )
            assert not fields["description"].changed_by_me  # Bo's description is kept
            _keep_mine(conflict)

        answer_conflict(choose)
        dialog._save()

    _when_dialog_opens(edit)
    panel.edit_current()
    assert seen and seen[0].result() == FocusAreaDialog.DialogCode.Accepted
    (stored,) = anna.programme.programme(cycle_id).areas
    assert (stored.title, stored.description, stored.version) == (
        "Förnybar energi",
        "Fossilfritt 2030",
        3,
    )

    def edit_again(dialog: QWidget | None) -> None:  # the tree holds the new version now
        assert isinstance(dialog, FocusAreaDialog)
        dialog.name.setText("Förnybar energi 2030")
        dialog._save()

    _when_dialog_opens(edit_again)
    panel.edit_current()
    assert anna.programme.programme(cycle_id).areas[0].title == "Förnybar energi 2030"


def test_an_objective_saved_meanwhile_asks_and_the_editor_then_holds_the_new_version(
    qtbot: QtBot, anna: Services, cycle_id: int
) -> None:
    area = anna.programme.add_focus_area(cycle_id, "Klimat").focus_area_id
    objective = anna.programme.add_objective(area, "Förnybar energi ökar", 2030)
    page = _page(qtbot, anna)
    page.tabs.setCurrentWidget(page.programme)
    editor = page.programme.editor
    page.programme.select("objective", objective.objective_id)
    assert editor.history_button.isVisibleTo(page)
    editor.text.setPlainText("Förnybar energi ökar till 90 procent")
    with second_officer(anna.database) as bo:
        bo.programme.update_objective(
            objective.objective_id, "Förnybar energi ökar kraftigt", 2035, ExpectedVersion(1)
        )

    answered = answer_conflict(lambda conflict: conflict.reject())  # back to the form
    editor.save_button.click()
    assert len(answered) == 1
    assert editor.text.toPlainText() == "Förnybar energi ökar till 90 procent"
    stored = anna.programme.programme(cycle_id).objective(objective.objective_id)
    assert stored is not None and stored.text == "Förnybar energi ökar kraftigt"

    answered = answer_conflict(_keep_mine)
    editor.save_button.click()
    assert len(answered) == 1
    stored = anna.programme.programme(cycle_id).objective(objective.objective_id)
    assert stored is not None
    assert (stored.text, stored.target_year) == ("Förnybar energi ökar till 90 procent", 2035)
    assert editor.year.year() == 2035  # the form shows what was saved, Bo's year included
    assert not editor.has_unsaved_edits()

    editor.text.setPlainText("Förnybar energi ökar till 95 procent")
    editor.save_button.click()  # no conflict with itself: no dialog is answered here
    stored = anna.programme.programme(cycle_id).objective(objective.objective_id)
    assert stored is not None and stored.text == "Förnybar energi ökar till 95 procent"


def test_a_rationale_saved_meanwhile_asks_and_a_second_save_does_not(
    qtbot: QtBot, anna: Services, cycle_id: int
) -> None:
    anna.programme.set_priority(cycle_id, 13, "Utsläppen är höga")
    page = _page(qtbot, anna)
    panel = page.priorities
    panel.select_goal(13)
    assert panel.history_button.isEnabled()
    panel.rationale.setPlainText("Utsläppen från transporter är höga")
    with second_officer(anna.database) as bo:
        bo.programme.set_priority(cycle_id, 13, "Analysen visar höga utsläpp", ExpectedVersion(1))

    def keep_saved(conflict: EditConflictDialog) -> None:
        conflict.all_saved.click()
        conflict.accept()

    answered = answer_conflict(keep_saved)
    panel.save_button.click()
    assert len(answered) == 1
    assert anna.programme.priorities(cycle_id)[0].rationale == "Analysen visar höga utsläpp"
    assert panel.rationale.toPlainText() == "Analysen visar höga utsläpp"

    panel.rationale.setPlainText("Analysen visar höga utsläpp från transporter")
    panel.save_button.click()
    (saved,) = anna.programme.priorities(cycle_id)
    assert (saved.rationale, saved.version) == ("Analysen visar höga utsläpp från transporter", 3)


def test_edit_dialogs_offer_the_history(qtbot: QtBot, anna: Services, cycle_id: int) -> None:
    area = anna.programme.add_focus_area(cycle_id, "Klimat").focus_area_id
    first = anna.programme.add_objective(area, "Förnybar energi ökar")
    second = anna.programme.add_objective(area, "Utsläppen minskar")
    indicator = anna.programme.add_indicator(
        first.objective_id, IndicatorInput("N00401", "T", 5.0, 2022, 2.0, 2030)
    )
    relation = anna.programme.set_relation(
        first.objective_id, second.objective_id, "synergi", "Samma åtgärder"
    )
    editing = IndicatorDialog(anna, first.objective_id, indicator)
    adding = IndicatorDialog(anna, first.objective_id)
    pair = RelationDialog(anna, first, second, relation)
    for dialog in (editing, adding, pair):
        qtbot.addWidget(dialog)
    assert _history_buttons(editing) == ["Historik…"]
    assert _history_buttons(adding) == []
    assert [b.text() for b in pair.buttons.buttons() if isinstance(b, QPushButton)].count(
        "Historik…"
    ) == 1

    with second_officer(anna.database) as bo:
        bo.programme.update_indicator(
            indicator.indicator_id,
            IndicatorInput("N00401", "T", 5.0, 2022, 1.0, 2030),
            ExpectedVersion(1),
        )
    editing.target_value.setText("1,5")
    answer_conflict(_keep_mine)
    editing._save()
    assert editing.saved is not None and editing.saved.target_value == 1.5
    assert editing.saved.version == 3
