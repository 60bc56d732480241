"""The Nulägesanalys page with real services on a demo database file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.analysis_rules import AssessmentData, GoalAssessmentData
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.steering.analysis_compare import CompareDialog
from agenda_desktop.gui.steering.analysis_page import AnalysisPage
from agenda_desktop.gui.steering.cycle_bar import CycleChoice


@pytest.fixture
def cycle_id(services: Services) -> int:
    """A new, empty cycle (the latest, so the page shows it)."""
    return services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id


@pytest.fixture
def page(qtbot: QtBot, services: Services, cycle_id: int) -> AnalysisPage:
    assert CycleChoice.of(services).cycle_id == cycle_id
    widget = AnalysisPage(services)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    return widget


def choose_assessment(page: AnalysisPage, code: str) -> None:
    combo = page.editor.fields.assessment
    combo.setCurrentIndex(combo.findData(code))


def test_overview_shows_17_unassessed_goals_and_the_first_is_chosen(page: AnalysisPage) -> None:
    assert len(page.overview.tiles) == 17
    assert page.overview.current() == 1
    assert "Ej bedömd" in page.overview.tiles[5].accessibleName()
    assert page.editor.title.text().startswith("Mål 1:")
    assert not page.editor.save_button.isEnabled()


def test_saving_a_goal_stores_it_and_recolours_its_tile(
    page: AnalysisPage, services: Services, cycle_id: int
) -> None:
    page.overview.choose(3)
    assert page.editor.goal is not None and page.editor.goal.goal_number == 3
    choose_assessment(page, "stor")
    fields = page.editor.fields
    fields.trend.setCurrentIndex(fields.trend.findData("forsamras"))
    fields.radighet.setCurrentIndex(fields.radighet.findData("samverkan"))
    fields.partners.setText("Regionen")
    fields.roles["welfare"].setChecked(True)
    fields.group_differences.setPlainText("Flickor mår sämre än pojkar.")
    fields.analysis.setPlainText("Psykisk ohälsa ökar.")
    page.editor.should_work_on.setChecked(True)
    assert page.editor.is_dirty and page.editor.save_button.isEnabled()
    page.editor.save_button.click()
    assert not page.editor.is_dirty
    stored = services.analysis.goal(cycle_id, 3)
    assert stored.data() == GoalAssessmentData(
        "stor",
        "forsamras",
        "samverkan",
        "Regionen",
        frozenset({"welfare"}),
        "Flickor mår sämre än pojkar.",
        "Psykisk ohälsa ökar.",
        True,
    )
    name = page.overview.tiles[3].accessibleName()
    assert "Stor utmaning" in name and "borde arbeta med" in name
    assert "Senast sparad" in page.editor.status.text()


def test_refused_value_is_shown_and_nothing_saved(
    page: AnalysisPage, services: Services, cycle_id: int
) -> None:
    fields = page.editor.fields
    fields.radighet.setCurrentIndex(fields.radighet.findData("samverkan"))
    page.editor.save_button.click()
    assert page.editor.error.isVisible()
    assert "Samverkanspartner" in page.editor.error.text()
    assert fields.partners.hasFocus() or not page.isActiveWindow()
    assert services.analysis.goal(cycle_id, 1).assessment.updated_at is None


def test_leaving_unsaved_edits_asks_and_can_save(
    page: AnalysisPage, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    choose_assessment(page, "vissa")
    page.overview.choose(2)
    assert len(message_boxes.texts("question")) == 1
    assert "mål 1" in message_boxes.texts("question")[0]
    assert services.analysis.goal(cycle_id, 1).assessment.assessment == "vissa"
    assert page.overview.current() == 2


def test_leaving_unsaved_edits_can_drop_them(
    page: AnalysisPage, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    message_boxes.answer_yes = False
    choose_assessment(page, "uppnatt")
    page.overview.choose(4)
    assert services.analysis.goal(cycle_id, 1).assessment.assessment == "ej_bedomd"
    assert page.editor.goal is not None and page.editor.goal.goal_number == 4
    assert not page.editor.is_dirty


def test_no_question_without_edits(page: AnalysisPage, message_boxes: Any) -> None:
    page.overview.choose(7)
    page.overview.choose(8)
    assert message_boxes.shown == []
    assert page.overview.current() == 8


def test_evidence_lists_the_goals_indicators(page: AnalysisPage, services: Services) -> None:
    goal = next(
        number
        for number in range(1, 18)
        if services.analysis.evidence(page.cycle_id, number).indicators
    )
    page.overview.choose(goal)
    count = page.indicators.rowCount()
    assert count > 0
    assert page.tabs.tabText(0) == f"Nyckeltal ({count})"
    first = page.indicators.index(0, 0).data()
    assert first.split()[0] in {
        item.kpi_id for item in services.analysis.evidence(page.cycle_id, goal).indicators
    }


def test_a_target_is_assessed_in_the_dialog_and_removed(
    page: AnalysisPage, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    page.overview.choose(3)
    dialog = page.targets.target_dialog()
    assert dialog is not None
    dialog.target.setCurrentIndex(dialog.target.findData("3.4"))
    combo = dialog.fields.assessment
    combo.setCurrentIndex(combo.findData("betydande"))
    dialog.fields.analysis.setPlainText("Suicid bland unga.")
    dialog._save()
    assert dialog.saved is not None
    page.targets._reload()
    assert page.targets.model.rowCount() == 1
    assert page.targets.model.index(0, 0).data() == "3.4"
    assert page.tabs.tabText(2) == "Delmål (1)"
    page.targets.table.selectRow(0)
    page.targets.remove_button.click()
    assert message_boxes.texts("question")
    assert services.analysis.goal(cycle_id, 3).targets == ()


def test_target_dialog_refuses_samverkan_without_partners(
    page: AnalysisPage, services: Services, cycle_id: int
) -> None:
    dialog = page.targets.target_dialog()
    assert dialog is not None
    radighet = dialog.fields.radighet
    radighet.setCurrentIndex(radighet.findData("samverkan"))
    dialog._save()
    assert "Samverkanspartner" in dialog.error.text()
    assert services.analysis.goal(cycle_id, 1).targets == ()


def test_compare_dialog_shows_the_change_goal_by_goal(
    qtbot: QtBot, page: AnalysisPage, services: Services, cycle_id: int
) -> None:
    earlier = services.cycle.start_cycle("Förra perioden", 2020, 2022).cycle_id
    services.analysis.save_goal(earlier, 1, GoalAssessmentData("stor"))
    services.analysis.save_goal(cycle_id, 1, GoalAssessmentData("vissa"))
    dialog = CompareDialog(services, cycle_id, {}, page)
    qtbot.addWidget(dialog)
    dialog.other.setCurrentIndex(dialog.other.findData(earlier))
    assert dialog.model.rowCount() == 17
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Förra perioden"
    assert dialog.model.index(0, 3).data() == "▲ Bättre"
    assert "Bättre: 1" in dialog.summary.text()


def test_changing_cycle_reloads(page: AnalysisPage, services: Services, cycle_id: int) -> None:
    other = services.cycle.cycles()[1].cycle_id
    services.analysis.save_target(other, "2.1", AssessmentData("stor"))
    CycleChoice.of(services).choose(other)
    assert page.cycle_id == other
    page.overview.choose(2)
    assert [t.code for t in page.editor.goal.targets] == ["2.1"]  # type: ignore[union-attr]


def test_without_a_cycle_the_page_explains_what_to_do(
    qtbot: QtBot, fresh_database: Database
) -> None:
    widget = AnalysisPage(Services.for_database(fresh_database))
    qtbot.addWidget(widget)
    assert widget.stack.currentIndex() == 0
    assert "Starta" in widget.empty.text()
    assert not widget.compare_button.isEnabled()


def test_tiles_are_one_tab_stop_with_arrow_keys_and_space(qtbot: QtBot, page: AnalysisPage) -> None:
    first = page.overview.tiles[1]
    stops = [
        tile
        for tile in page.overview.tiles.values()
        if tile.focusPolicy() == Qt.FocusPolicy.StrongFocus
    ]
    assert stops == [first]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    qtbot.keyClick(page.overview.tiles[2], Qt.Key.Key_Down)
    target = page.overview.tiles[8]
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert page.overview.current() == 8
    assert page.editor.title.text().startswith("Mål 8:")


def test_changing_cycle_with_unsaved_edits_asks_to_save_them_first(
    page: AnalysisPage, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    choose_assessment(page, "betydande")
    other = services.cycle.cycles()[1].cycle_id
    CycleChoice.of(services).choose(other)
    assert message_boxes.texts("question")
    assert services.analysis.goal(cycle_id, 1).assessment.assessment == "betydande"
    assert page.cycle_id == other
