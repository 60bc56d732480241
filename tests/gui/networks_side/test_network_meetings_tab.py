"""The network's Möten tab with real services: meeting dates added, changed, removed and
exported to a calendar file that icalendar reads back."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput, NetworkMeetingInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.networks.network_meeting_dialog import NetworkMeetingDialog
from agenda_desktop.gui.networks.network_meetings_tab import NetworkMeetingsTab

TODAY = date(2026, 5, 4)


@pytest.fixture
def services(fresh_database: Database) -> Services:
    return Services.for_database(fresh_database)


@pytest.fixture
def network_id(services: Services) -> int:
    network = services.networks.create_network(NetworkInput("Glokala Sverige"))
    networks = services.networks
    networks.add_meeting(network.network_id, NetworkMeetingInput(
        date(2026, 3, 10), time(9, 30), time(12), "Digitalt", "Träff 1: uppstart"))  # fmt: skip
    networks.add_meeting(network.network_id, NetworkMeetingInput(
        date(2026, 6, 2), None, None, "Norrköping", "Träff 2: prioriteringar"))  # fmt: skip
    return network.network_id


@pytest.fixture
def tab(qtbot: QtBot, services: Services) -> NetworkMeetingsTab:
    widget = NetworkMeetingsTab(services, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def shown(tab: NetworkMeetingsTab) -> list[list[str]]:
    model = tab.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kw: (str(path), "")))  # fmt: skip


def test_nothing_chosen_disables_everything(tab: NetworkMeetingsTab) -> None:
    tab.show_network(None)
    assert tab.model.rowCount() == 0
    buttons = (tab.add_button, tab.edit_button, tab.remove_button, tab.export_button,
               tab.export_all_button)  # fmt: skip
    assert not any(button.isEnabled() for button in buttons)
    assert tab.empty.isVisibleTo(tab) and "Välj ett nätverk" in tab.empty.text()


def test_meetings_are_listed_by_date_saying_past_or_ahead(
    tab: NetworkMeetingsTab, network_id: int
) -> None:
    tab.show_network(network_id)
    assert shown(tab) == [
        ["2026-03-10", "09:30–12:00", "Digitalt", "Träff 1: uppstart", "Har varit"],
        ["2026-06-02", "Heldag", "Norrköping", "Träff 2: prioriteringar", "Kommande"],
    ]
    chosen = tab.current_meeting()
    assert chosen is not None and chosen.title == "Träff 2: prioriteringar"  # the next one
    assert tab.edit_button.isEnabled() and tab.export_all_button.isEnabled()


def test_a_new_meeting_is_saved_and_chosen(
    qtbot: QtBot, tab: NetworkMeetingsTab, network_id: int, services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def fill_in(dialog: NetworkMeetingDialog) -> int:
        dialog.held_on.setDate(QDate(2026, 9, 15))
        dialog.starts_at.setText("13")
        dialog.ends_at.setText("16.30")
        dialog.title.setText("Träff 3: uppföljning")
        dialog.place.setCurrentText("Linköping")
        dialog.notes.setPlainText("Ta med uppföljningen.")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(NetworkMeetingDialog, "exec", fill_in)
    tab.show_network(network_id)
    with qtbot.waitSignal(tab.changed):
        tab.add_button.click()
    saved = services.networks.network(network_id).meetings[-1]
    assert (saved.held_on, saved.starts_at, saved.ends_at, saved.place, saved.notes) == (
        date(2026, 9, 15), time(13), time(16, 30), "Linköping", "Ta med uppföljningen.",
    )  # fmt: skip
    chosen = tab.current_meeting()
    assert chosen is not None and chosen.title == "Träff 3: uppföljning"


def test_changing_a_meeting_fills_in_what_was_saved(
    qtbot: QtBot, tab: NetworkMeetingsTab, network_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str, str]] = []

    def change(dialog: NetworkMeetingDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.title.text(), dialog.starts_at.text()))
        dialog.starts_at.setText("")
        dialog.title.setText("Träff 2: mål och prioriteringar")
        dialog._save()  # an end without a start: the service refuses, the dialog stays
        seen.append(("refused", dialog.error.text().split(":")[0], str(dialog.result())))
        dialog.ends_at.setText("")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(NetworkMeetingDialog, "exec", change)
    tab.show_network(network_id)
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.changed):
        tab.edit_button.click()
    assert seen == [
        ("Ändra nätverksträff", "Träff 1: uppstart", "09:30"),
        ("refused", "Starttid", "0"),
    ]
    assert shown(tab)[0][1:4] == ["Heldag", "Digitalt", "Träff 2: mål och prioriteringar"]


def test_the_dialog_refuses_a_time_it_cannot_read(qtbot: QtBot) -> None:
    stored: list[NetworkMeetingInput] = []
    dialog = NetworkMeetingDialog(lambda data, _expected: stored.append(data))
    qtbot.addWidget(dialog)
    dialog.starts_at.setText("kvart i tre")
    dialog._save()
    assert not stored and "Starttid" in dialog.error.text()
    assert dialog.result() == 0


def test_removing_asks_first(
    qtbot: QtBot, tab: NetworkMeetingsTab, network_id: int, message_boxes: Any
) -> None:
    tab.show_network(network_id)
    message_boxes.answer_yes = False
    tab.remove_button.click()
    assert tab.model.rowCount() == 2
    message_boxes.answer_yes = True
    with qtbot.waitSignal(tab.changed):
        tab.remove_button.click()
    assert "2026-06-02" in message_boxes.texts("question")[-1]
    assert [row[3] for row in shown(tab)] == ["Träff 1: uppstart"]


def read_events(path: Path) -> list[tuple[object, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    return sorted(
        ((event.decoded("DTSTART"), str(event.get("SUMMARY"))) for event in events), key=str
    )


def test_the_chosen_meeting_and_all_meetings_go_to_a_calendar(
    tab: NetworkMeetingsTab, network_id: int, tmp_path: Path, message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    tab.show_network(network_id)
    tab.view.selectRow(0)
    one = tmp_path / "traff.ics"
    save_dialog_answers(monkeypatch, one)
    tab.export_button.click()
    [(start, summary)] = read_events(one)
    assert isinstance(start, datetime) and start.replace(tzinfo=None) == datetime(
        2026, 3, 10, 9, 30
    )
    assert "Träff 1: uppstart" in summary
    every = tmp_path / "alla.ics"
    save_dialog_answers(monkeypatch, every)
    tab.export_all_button.click()
    days = [start for start, _summary in read_events(every)]
    assert date(2026, 6, 2) in days and len(days) == 2  # without a time: a whole day
    told = message_boxes.texts("information")
    assert len(told) == 2 and str(one) in told[0] and str(every) in told[1]


def test_a_cancelled_export_writes_nothing(
    tab: NetworkMeetingsTab, network_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_network(network_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kw: ("", "")))  # fmt: skip
    tab.export_all_button.click()  # no box expected either
    assert list(tmp_path.glob("*.ics")) == []
