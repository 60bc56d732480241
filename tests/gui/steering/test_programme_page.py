"""The programme page (step 2) with real widgets on a real demo database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import IndicatorInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.steering.cycle_bar import CycleChoice
from agenda_desktop.gui.steering.programme_dialogs import FocusAreaDialog
from agenda_desktop.gui.steering.programme_indicator_dialog import IndicatorDialog
from agenda_desktop.gui.steering.programme_matrix import RelationDialog
from agenda_desktop.gui.steering.programme_page import ProgrammePage


@pytest.fixture
def own_cycle(services: Services) -> int:
    """A new, empty cycle chosen on every page (the demo's cycles may hold a programme)."""
    cycle_id = services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id
    CycleChoice.of(services).choose(cycle_id)
    return cycle_id


def _page(qtbot: QtBot, services: Services) -> ProgrammePage:
    page = ProgrammePage(services)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    return page


def _when_dialog_opens(work: Callable[[QWidget], None]) -> None:
    """Run ``work`` on the modal dialog that the next call opens."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        work(dialog)

    QTimer.singleShot(0, act)


def test_without_a_cycle_the_page_says_how_to_start(qtbot: QtBot, fresh_database: Database) -> None:
    page = _page(qtbot, Services.for_database(fresh_database))
    assert page.stack.currentWidget() is page.empty
    assert "Ny styrcykel" in page.empty.text()


def test_checking_a_goal_prioritises_it_and_unchecking_asks(
    qtbot: QtBot, services: Services, own_cycle: int, message_boxes: Any
) -> None:
    page = _page(qtbot, services)
    panel = page.priorities
    assert panel.model.rowCount() == 17
    source_row = next(i for i, r in enumerate(panel.model.rows) if r.goal.number == 13)
    panel.model.setData(
        panel.model.index(source_row, 0),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert [p.goal_number for p in services.programme.priorities(own_cycle)] == [13]

    panel.select_goal(13)
    panel.rationale.setPlainText("Utsläppen är höga")
    panel.save_button.click()
    assert services.programme.priorities(own_cycle)[0].rationale == "Utsläppen är höga"

    message_boxes.answer_yes = False
    panel.set_prioritised(13, False)
    assert services.programme.priorities(own_cycle)  # kept: the user said no
    message_boxes.answer_yes = True
    panel.set_prioritised(13, False)
    assert services.programme.priorities(own_cycle) == []


def test_adding_an_area_through_its_dialog_shows_it_in_the_tree(
    qtbot: QtBot, services: Services, own_cycle: int
) -> None:
    page = _page(qtbot, services)
    panel = page.programme

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, FocusAreaDialog)
        dialog.name.setText("Hållbar energi")
        dialog.description.setPlainText("Fossilfritt 2035")
        dialog._save()

    _when_dialog_opens(fill)
    panel.add_area()
    assert [a.title for a in services.programme.programme(own_cycle).areas] == ["Hållbar energi"]
    current = panel.tree.currentItem()
    assert current is not None and current.text(0) == "1  Hållbar energi"


def test_a_refused_area_name_keeps_the_dialog_open(qtbot: QtBot, services: Services) -> None:
    stored: list[str] = []

    def store(title: str, _description: str, _expected: object) -> None:
        from agenda_desktop.core.steering.programme_rules import clean_area_title

        stored.append(clean_area_title(title))

    dialog = FocusAreaDialog("Nytt insatsområde", store)
    qtbot.addWidget(dialog)
    dialog._save()
    assert not stored and dialog.error.isVisibleTo(dialog)
    assert "Insatsområdets namn" in dialog.error.text()


def test_objective_editor_saves_text_and_moves_and_deletes(
    qtbot: QtBot, services: Services, own_cycle: int, message_boxes: Any
) -> None:
    area = services.programme.add_focus_area(own_cycle, "Klimat").focus_area_id
    first = services.programme.add_objective(area, "Förnybar energi ökar", 2030).objective_id
    second = services.programme.add_objective(area, "Utsläppen minskar", 2035).objective_id
    services.programme.add_indicator(first, IndicatorInput("N00401", "T", 5.0, 2022, 2.0, 2030))
    page = _page(qtbot, services)
    panel = page.programme
    panel.select("objective", first)
    assert panel.side.currentWidget() is panel.editor
    assert panel.editor.model.rowCount() == 1
    assert panel.editor.model.index(0, 2).data() == "5"

    panel.editor.text.setPlainText("Förnybar energi ökar till 90 procent")
    panel.editor.year.setValue(2032)
    panel.editor.save_button.click()
    objective = services.programme.programme(own_cycle).objective(first)
    assert objective is not None
    assert (objective.text, objective.target_year) == ("Förnybar energi ökar till 90 procent", 2032)

    panel.select("objective", second)
    panel.up_button.click()
    labels = {o.objective_id: o.label for o in services.programme.programme(own_cycle).objectives()}
    assert labels == {second: "1.1", first: "1.2"}

    panel.select("objective", first)
    panel.delete_button.click()
    assert [o.objective_id for o in services.programme.programme(own_cycle).objectives()] == [
        second
    ]


def test_an_edited_objective_is_kept_when_the_user_moves_on(
    qtbot: QtBot, services: Services, own_cycle: int, message_boxes: Any
) -> None:
    area = services.programme.add_focus_area(own_cycle, "Klimat").focus_area_id
    first = services.programme.add_objective(area, "Förnybar energi ökar", 2030).objective_id
    second = services.programme.add_objective(area, "Utsläppen minskar", 2035).objective_id
    page = _page(qtbot, services)
    panel = page.programme
    panel.select("objective", first)
    panel.editor.text.setPlainText("Förnybar energi ökar till 90 procent")
    panel.select("objective", second)  # without pressing Spara
    qtbot.waitUntil(lambda: panel._current_key() == ("objective", second))
    qtbot.wait(20)  # the tree reloads once with the stored text
    stored = services.programme.programme(own_cycle).objective(first)
    assert stored is not None and stored.text == "Förnybar energi ökar till 90 procent"

    panel.editor.text.setPlainText("   ")  # refused: the user is taken back to it
    panel.select("objective", first)
    assert [kind for kind, _title, _text in message_boxes.shown] == ["critical"]
    qtbot.waitUntil(lambda: panel._current_key() == ("objective", second))
    assert panel.editor.objective_id == second
    assert panel.editor.has_unsaved_edits()
    assert page.confirm_leave() is False


def test_indicator_dialog_suggests_the_baseline_and_refuses_a_reversed_year(
    qtbot: QtBot, services: Services, own_cycle: int
) -> None:
    area = services.programme.add_focus_area(own_cycle, "Arbete").focus_area_id
    objective = services.programme.add_objective(area, "Fler heltider").objective_id
    dialog = IndicatorDialog(services, objective)
    qtbot.addWidget(dialog)
    dialog.search.setText("N00209")
    dialog.run_search()
    dialog.choose_kpi(0)
    assert dialog.chosen.text().startswith("N00209")
    assert dialog.gender.count() == 3  # split by gender
    dialog.suggest_baseline()
    assert dialog.baseline_year.year() == 2024 and dialog.baseline_value.text()

    dialog.target_value.setText("95")
    dialog.target_year.setValue(2020)
    dialog._save()
    assert "Målår för nyckeltalet" in dialog.error.text()
    dialog.target_year.setValue(2030)
    dialog._save()
    assert dialog.saved is not None and dialog.saved.target_value == 95.0


def test_matrix_marks_pairs_with_sign_and_records_a_clicked_pair(
    qtbot: QtBot, services: Services, own_cycle: int
) -> None:
    area = services.programme.add_focus_area(own_cycle, "Klimat").focus_area_id
    first = services.programme.add_objective(area, "Förnybar energi ökar").objective_id
    second = services.programme.add_objective(area, "Utsläppen minskar").objective_id
    third = services.programme.add_objective(area, "Fler bostäder").objective_id
    services.programme.set_relation(second, first, "synergi", "Samma åtgärder")
    page = _page(qtbot, services)
    matrix = page.matrix
    model = matrix.model
    assert model.index(0, 1).data() == "+" and model.index(1, 0).data() == "+"
    assert model.index(0, 0).data() is None

    def conflict(dialog: QWidget) -> None:
        assert isinstance(dialog, RelationDialog)
        dialog.conflict.setChecked(True)
        dialog.note.setPlainText("Bostäder tar mark")
        dialog._save()

    _when_dialog_opens(conflict)
    matrix.edit_cell(model.index(2, 1))
    relation = services.programme.programme(own_cycle).relation(second, third)
    assert relation is not None and (relation.kind, relation.note) == (
        "malkonflikt",
        "Bostäder tar mark",
    )
    assert model.index(1, 2).data() == "\u2212"
    assert matrix.list_model.rowCount() == 2

    def clear(dialog: QWidget) -> None:
        assert isinstance(dialog, RelationDialog)
        dialog.none.setChecked(True)
        dialog._save()

    _when_dialog_opens(clear)
    matrix.edit_cell(model.index(1, 2))
    assert services.programme.programme(own_cycle).relation(second, third) is None
