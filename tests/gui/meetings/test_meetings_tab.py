"""The Möten tab with real services: meetings, the agenda, attendance and quorum."""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path

from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import (
    AgendaItemInput,
    AttendanceInput,
    MeetingInput,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.meetings.agenda_item_dialog import AgendaItemDialog
from agenda_desktop.gui.meetings.attendance_dialog import OtherParticipantDialog
from agenda_desktop.gui.meetings.meeting_dialog import MeetingDialog, parse_time
from agenda_desktop.gui.meetings.meetings_tab import MeetingsTab

sys.path.insert(0, str(Path(__file__).parents[2] / "unit" / "meetings"))
from test_meeting_service import make_body


def make_tab(qtbot: QtBot, fresh_database: Database) -> tuple[MeetingsTab, Services, dict]:
    ids = make_body(fresh_database)
    services = Services.for_database(fresh_database)
    meeting = services.meetings.create_meeting(
        ids["body"], MeetingInput(date(2025, 3, 12), time(13), None, "Sessionssalen")
    )
    ids["meeting"] = meeting.meeting_id
    services.meetings.add_item(meeting.meeting_id, AgendaItemInput("Budget"))
    tab = MeetingsTab(services)
    qtbot.addWidget(tab)
    return tab, services, ids


def test_the_chosen_meeting_shows_its_agenda(qtbot: QtBot, fresh_database: Database) -> None:
    tab, _services, _ids = make_tab(qtbot, fresh_database)
    assert tab.body.currentText() == "Hållbarhetsberedningen"
    assert tab.proxy.rowCount() == 1
    assert "Sessionssalen" in tab.heading.text()
    titles = [item.title for item in tab.agenda.model.rows]
    assert titles[3] == "Budget" and titles[-1] == "Mötets avslutande"
    tab.agenda.select_item(tab.agenda.model.rows[-1].item_id)
    assert not tab.agenda.remove_button.isEnabled()
    assert not tab.agenda.up_button.isEnabled()


def test_attendance_choosers_update_the_quorum(qtbot: QtBot, fresh_database: Database) -> None:
    tab, services, ids = make_tab(qtbot, fresh_database)
    panel = tab.attendance
    assert panel.quorum_label.text().startswith("Inte beslutsför: 0 av 5")
    panel.choose(ids["anna"], "narvarande")
    panel.choose(ids["bo"], "narvarande")
    panel.choose(ids["cilla"], "forhinder")
    panel.choose(ids["ersa"], "tjanstgorande_ersattare")  # waits for "for whom"
    assert not services.meetings.quorum(ids["meeting"]).is_quorate
    panel.choose(ids["ersa"], "tjanstgorande_ersattare", ids["cilla"])
    assert panel.quorum_label.text().startswith("Beslutsför: 3 av 5")


def test_a_refused_substitute_is_explained(
    qtbot: QtBot, fresh_database: Database, message_boxes
) -> None:
    tab, _services, ids = make_tab(qtbot, fresh_database)
    tab.attendance.choose(ids["anna"], "narvarande")
    tab.attendance.choose(ids["ersa"], "tjanstgorande_ersattare", ids["anna"])
    assert any("Anna Ordf är närvarande" in text for text in message_boxes.texts("warning"))
    assert tab.attendance.kind_choosers[ids["ersa"]].currentData() == ""


def test_meeting_dialog_refuses_an_end_before_the_start(qtbot: QtBot) -> None:
    stored: list[MeetingInput] = []
    dialog = MeetingDialog(lambda data, _expected: stored.append(data))
    qtbot.addWidget(dialog)
    dialog.starts_at.setText("15:00")
    dialog.ends_at.setText("14")
    dialog._save()
    assert stored and stored[0].ends_at == time(14)  # the service judges the order
    dialog.ends_at.setText("kvart i tre")
    dialog._save()
    assert "Sluttid" in dialog.error.text()
    assert parse_time("1330") == time(13, 30) and parse_time("") is None


def test_item_dialog_attaches_a_file(
    qtbot: QtBot, fresh_database: Database, tmp_path: Path
) -> None:
    _tab, services, ids = make_tab(qtbot, fresh_database)
    item = services.meetings.items(ids["meeting"])[3]
    dialog = AgendaItemDialog(services, lambda _data, _expected: None, item)
    qtbot.addWidget(dialog)
    source = tmp_path / "underlag.pdf"
    source.write_bytes(b"%PDF")
    dialog.attach(source)
    assert [a.filename for a in dialog.attachments.rows] == ["underlag.pdf"]


def test_other_participant_is_edited(qtbot: QtBot, fresh_database: Database, monkeypatch) -> None:
    tab, services, ids = make_tab(qtbot, fresh_database)
    meeting_id = ids["meeting"]
    services.meetings.set_attendance(
        meeting_id, AttendanceInput(ids["gast"], "ovrig", role="föredragande")
    )
    panel = tab.attendance
    panel.show_meeting(meeting_id)
    assert panel.others.rowCount() == 1 and panel.edit_other_button.isEnabled()
    shown: list[tuple[str, str, bool]] = []

    def fill_in(dialog: OtherParticipantDialog) -> int:
        shown.append((dialog.windowTitle(), dialog.role.text(), dialog.person.isEnabled()))
        dialog.role.setText("kommundirektör")
        dialog.from_item.setValue(2)
        dialog.to_item.setValue(4)
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(OtherParticipantDialog, "exec", fill_in)
    panel.others_view.selectRow(0)
    panel.edit_other_button.click()
    assert shown == [("Ändra deltagare", "föredragande", False)]
    others = [
        row
        for group in services.meetings.attendance(meeting_id)
        for row in group.rows
        if row.kind == "ovrig"
    ]
    assert [(row.person_id, row.role, row.from_item, row.to_item) for row in others] == [
        (ids["gast"], "kommundirektör", 2, 4)
    ]
    # a double-click opens the same dialog, filled in with what was saved
    panel.others_view.doubleClicked.emit(panel.others.index(0, 0))
    assert shown[-1] == ("Ändra deltagare", "kommundirektör", False)
