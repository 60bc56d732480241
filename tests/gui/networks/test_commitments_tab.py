"""Åtaganden: the table with status in words and symbols, the filters, the editor, moving,
and the detail panel with its evidence, through real widgets on a real database file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.bodies_types import BodyInput
from agenda_desktop.core.services.commitments_types import CommitmentInfo, CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.networks.commitment_dialog import CommitmentDialog
from agenda_desktop.gui.networks.commitment_models import CommitmentColumn
from agenda_desktop.gui.networks.commitments_tab import CommitmentsTab
from agenda_desktop.gui.networks.evidence_dialog import EvidenceDialog

LAST_WEEK = date.today() - timedelta(days=7)
NEXT_YEAR = date.today() + timedelta(days=365)


@pytest.fixture
def services(fresh_database: Database) -> Services:
    return Services.for_database(fresh_database)


@pytest.fixture
def network_id(services: Services) -> int:
    network = services.networks.create_network(
        NetworkInput(name="Hållbara kommuner i Väst", organiser="Region Väst")
    )
    add = services.commitments.create_commitment
    add(network.network_id, CommitmentInput("En styrgrupp för arbetet", due_date=NEXT_YEAR))
    add(network.network_id, CommitmentInput("En handlingsplan antagen", due_date=LAST_WEEK))
    add(
        network.network_id,
        CommitmentInput("Delta i alla nätverksträffar", kind="forvantning", status="uppfylld"),
    )
    return network.network_id


@pytest.fixture
def tab(qtbot: QtBot, services: Services, network_id: int) -> CommitmentsTab:
    widget = CommitmentsTab(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show_network(network_id)
    return widget


def _fill_then_save(fill: Callable[[Any], None]) -> Callable[[QDialog], int]:
    """An ``exec`` that fills the dialog, presses OK and reports how it ended."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog._save()  # type: ignore[attr-defined]
        return dialog.result()

    return exec_


def _column(tab: CommitmentsTab, column: int) -> list[str]:
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def _choose(tab: CommitmentsTab, text: str) -> CommitmentInfo:
    found = next(c for c in tab.model.rows() if c.text == text)
    assert tab.select_commitment(found.commitment_id)
    return found


def test_the_table_says_the_status_in_words_with_a_symbol(tab: CommitmentsTab) -> None:
    assert _column(tab, CommitmentColumn.NUMBER) == ["1", "2", "3"]
    assert _column(tab, CommitmentColumn.KIND) == ["Utfästelse", "Utfästelse", "Förväntning"]
    assert _column(tab, CommitmentColumn.STATUS) == [
        "○ Ej påbörjad",
        "⚠ Försenad",
        "✔ Uppfylld (satt för hand)",
    ]
    assert _column(tab, CommitmentColumn.DUE) == [NEXT_YEAR.isoformat(), LAST_WEEK.isoformat(), ""]
    assert _column(tab, CommitmentColumn.EVIDENCE) == ["Inga", "Inga", "Inga"]
    assert tab.summary.text() == "3 åtaganden · uppfyllda: 1 · försenade: 1"
    reason = tab.proxy.index(1, CommitmentColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert reason == tab.model.rows()[1].status_reason and reason


def test_filters_by_text_kind_status_and_overdue(tab: CommitmentsTab) -> None:
    tab.search.setText("STYRGRUPP")
    assert _column(tab, CommitmentColumn.TEXT) == ["En styrgrupp för arbetet"]
    tab.search.clear()
    tab.kind.setCurrentIndex(tab.kind.findData("forvantning"))
    assert _column(tab, CommitmentColumn.TEXT) == ["Delta i alla nätverksträffar"]
    assert _column(tab, CommitmentColumn.NUMBER) == ["3"]  # its number in the whole list
    tab.kind.setCurrentIndex(0)
    tab.status.setCurrentIndex(tab.status.findData("ej_paborjad"))
    assert _column(tab, CommitmentColumn.TEXT) == ["En styrgrupp för arbetet"]
    tab.status.setCurrentIndex(0)
    tab.only_overdue.setChecked(True)
    assert _column(tab, CommitmentColumn.TEXT) == ["En handlingsplan antagen"]
    current = tab.current_commitment()
    assert current is not None and current.text == "En handlingsplan antagen"
    assert tab.detail.commitment == current
    tab.only_overdue.setChecked(False)
    assert tab.proxy.rowCount() == 3


def test_new_change_and_remove(
    tab: CommitmentsTab,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    def new(dialog: CommitmentDialog) -> None:
        dialog.text.setPlainText("Redovisa arbetet för kommunfullmäktige")
        dialog.due.set_day(NEXT_YEAR)

    monkeypatch.setattr(CommitmentDialog, "exec", _fill_then_save(new))
    with qtbot.waitSignal(tab.changed):
        tab.new_button.click()
    current = tab.current_commitment()
    assert current is not None and current.text == "Redovisa arbetet för kommunfullmäktige"
    assert _column(tab, CommitmentColumn.NUMBER)[-1] == "4"

    def change(dialog: CommitmentDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData("pagar"))

    monkeypatch.setattr(CommitmentDialog, "exec", _fill_then_save(change))
    with qtbot.waitSignal(tab.changed):
        tab.edit_button.click()
    assert tab.proxy.index(3, CommitmentColumn.STATUS).data() == "◐ Pågår (satt för hand)"

    message_boxes.answer_yes = False
    tab.remove_button.click()
    assert tab.proxy.rowCount() == 4
    message_boxes.answer_yes = True
    with qtbot.waitSignal(tab.changed):
        tab.remove_button.click()
    assert tab.proxy.rowCount() == 3
    assert "Redovisa arbetet" in message_boxes.texts("question")[-1]


def test_up_and_down_keep_the_moved_one_chosen(tab: CommitmentsTab, qtbot: QtBot) -> None:
    _choose(tab, "En styrgrupp för arbetet")
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        tab.down_button.click()
    assert _column(tab, CommitmentColumn.TEXT)[:2] == [
        "En handlingsplan antagen",
        "En styrgrupp för arbetet",
    ]
    current = tab.current_commitment()
    assert current is not None and current.text == "En styrgrupp för arbetet"
    _choose(tab, "Delta i alla nätverksträffar")
    assert tab.up_button.isEnabled() and not tab.down_button.isEnabled()
    tab.up_button.click()
    assert _column(tab, CommitmentColumn.TEXT)[1] == "Delta i alla nätverksträffar"


def test_evidence_is_added_in_the_picker_and_removed_again(
    tab: CommitmentsTab,
    services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    services.bodies.create_body(BodyInput("Styrgrupp för Agenda 2030", kind="styrgrupp"))
    services.bodies.create_body(BodyInput("Kommunstyrelsen", kind="styrelse"))
    chosen = _choose(tab, "En styrgrupp för arbetet")
    assert tab.detail.title.text() == "Utfästelse: En styrgrupp för arbetet"
    assert "Ej påbörjad" in tab.detail.status.text()
    assert tab.detail.evidence.count() == 1 and not tab.detail.remove_button.isEnabled()

    def pick(dialog: EvidenceDialog) -> None:
        dialog.choose_kind("dokument")
        assert dialog.candidates.count() == 0 and "inga dokument" in dialog.empty.text()
        dialog.choose_kind("organ")
        dialog.search.setText("agenda")
        dialog.load()  # the search waits for a pause in the typing
        labels = [dialog.candidates.item(n).text() for n in range(dialog.candidates.count())]
        assert len(labels) == 1 and labels[0].startswith("Styrgrupp för Agenda 2030")
        dialog.candidates.setCurrentRow(0)
        dialog.note.setPlainText("Tillsatt av kommunstyrelsen.")

    monkeypatch.setattr(EvidenceDialog, "exec", _fill_then_save(pick))
    with qtbot.waitSignal(tab.changed):
        tab.detail.add_button.click()
    current = tab.current_commitment()
    assert current is not None and current.commitment_id == chosen.commitment_id
    assert tab.proxy.index(0, CommitmentColumn.STATUS).data() == "◐ Pågår"
    assert tab.proxy.index(0, CommitmentColumn.EVIDENCE).data() == "◐ 1 pågår"
    written = tab.detail.evidence.item(0).text()
    assert "Organ" in written and "Styrgrupp för Agenda 2030" in written
    assert "Anteckning: Tillsatt av kommunstyrelsen." in written

    assert tab.detail.go_button.isHidden()  # until a piece of evidence is chosen
    tab.detail.evidence.setCurrentRow(0)
    assert tab.detail.remove_button.isEnabled()
    assert tab.detail.go_button.text() == "Gå till Möten och protokoll"
    with qtbot.waitSignal(tab.pageRequested) as going:
        tab.detail.go_button.click()
    assert going.args == ["meetings"]
    with qtbot.waitSignal(tab.changed):
        tab.detail.remove_button.click()
    assert "bara kopplingen" in message_boxes.texts("question")[-1]
    assert tab.proxy.index(0, CommitmentColumn.STATUS).data() == "○ Ej påbörjad"


def test_the_picker_refuses_ok_without_a_choice(
    qtbot: QtBot, services: Services, network_id: int
) -> None:
    commitment = services.commitments.commitments(network_id)[0]
    dialog = EvidenceDialog(services.commitments, commitment)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "paragraf"
    assert "inga protokollsparagrafer" in dialog.empty.text()
    dialog._save()
    assert dialog.saved is None and "välj ett belägg" in dialog.error.text()


def test_no_network_shows_nothing_and_offers_nothing(qtbot: QtBot, services: Services) -> None:
    widget = CommitmentsTab(services)
    qtbot.addWidget(widget)
    widget.show_network(None)
    assert widget.proxy.rowCount() == 0
    assert not widget.new_button.isEnabled() and not widget.detail.add_button.isEnabled()
