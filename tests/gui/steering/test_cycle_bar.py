"""The cycle bar and the check-list picker that every step page uses."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.pages.cycle_panel import StartCycleDialog
from agenda_desktop.gui.pages.overview import OverviewPage
from agenda_desktop.gui.steering.check_list_dialog import CheckListDialog, Choice
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice


def start_2031(monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(dialog: StartCycleDialog) -> int:
        dialog.start_year.setValue(2031)
        dialog.end_year.setValue(2034)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(StartCycleDialog, "exec", exec_)


def test_a_cycle_started_on_one_bar_is_chosen_on_every_bar(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = CycleBar(services), CycleBar(services)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    before = second.combo.count()
    assert second.combo.currentText() == "Mandatperioden 2023–2026 (2023–2026)"
    start_2031(monkeypatch)
    first.new_button.click()
    assert second.combo.count() == before + 1
    assert second.combo.currentText() == "Mandatperioden 2031–2034 (2031–2034)"
    assert CycleChoice.of(services).cycle_id == services.cycle.latest().cycle_id


def test_choosing_an_earlier_cycle_reaches_every_bar(qtbot: QtBot, services: Services) -> None:
    first, second = CycleBar(services), CycleBar(services)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    index = first.combo.findText("Mandatperioden 2019–2022 (2019–2022)")
    first.combo.setCurrentIndex(index)
    first.combo.activated.emit(index)
    assert second.combo.currentText() == "Mandatperioden 2019–2022 (2019–2022)"


def test_a_cycle_started_on_the_overview_is_chosen_for_the_steps(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    bar = CycleBar(services)
    overview = OverviewPage(services)
    qtbot.addWidget(bar)
    qtbot.addWidget(overview)
    start_2031(monkeypatch)
    dialog = StartCycleDialog(services.cycle, overview)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    overview.cycle_panel.cycleChanged.emit()
    assert bar.combo.currentText() == "Mandatperioden 2031–2034 (2031–2034)"


def test_check_list_filters_and_returns_checked_in_order(qtbot: QtBot) -> None:
    choices = [
        Choice(1, "Ingen fattigdom", "Mål"),
        Choice(13, "Bekämpa klimatförändringarna", "Mål"),
        Choice("13.2", "Integrera åtgärder mot klimatförändringar", "Delmål"),
    ]
    dialog = CheckListDialog("Välj", choices, checked=[13])
    qtbot.addWidget(dialog)
    dialog.filter.setText("klimat")
    assert dialog.view.isRowHidden(1)  # "Ingen fattigdom"
    assert not dialog.view.isRowHidden(2)
    dialog.model.item(4).setCheckState(Qt.CheckState.Checked)
    assert dialog.checked_keys() == [13, "13.2"]
