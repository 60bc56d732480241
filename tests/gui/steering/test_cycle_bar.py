"""The cycle bar and the check-list picker that every step page uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.steering.check_list_dialog import CheckListDialog, Choice
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice, NewCycleDialog


def test_new_cycle_is_chosen_on_every_bar(qtbot: QtBot, services: Services) -> None:
    first, second = CycleBar(services), CycleBar(services)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    before = first.combo.count()
    dialog = NewCycleDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Mandatperioden 2031–2034")
    dialog.start_year.setValue(2031)
    dialog.end_year.setValue(2034)
    dialog._save()
    assert dialog.created_id
    CycleChoice.of(services).choose(dialog.created_id)
    assert second.combo.count() == before + 1
    assert second.combo.currentText() == "Mandatperioden 2031–2034 (2031–2034)"


def test_new_cycle_refuses_reversed_years(qtbot: QtBot, services: Services) -> None:
    before = services.cycle.cycles()
    dialog = NewCycleDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Bakvänd")
    dialog.start_year.setValue(2030)
    dialog.end_year.setValue(2027)
    dialog._save()
    assert dialog.created_id == 0
    assert "startåret (2030)" in dialog.error.text()
    assert services.cycle.cycles() == before


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
