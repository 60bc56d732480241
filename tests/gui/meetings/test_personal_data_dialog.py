"""Personuppgifter in the people register: export and anonymise, through real widgets on
the demo database (whose protocols are partly adjusted)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agenda_desktop.core.services.bodies_types import PersonInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.models import Attendance, Meeting
from agenda_desktop.gui.meetings.people_dialogs import PeopleDialog
from agenda_desktop.gui.meetings.personal_data_dialog import AnonymiseDialog


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> PeopleDialog:
    widget = PeopleDialog(services.bodies, personal_data=services.personal_data)
    qtbot.addWidget(widget)
    return widget


def _in_adjusted_protocol(services: Services) -> tuple[int, list[int]]:
    """A person in the attendance of adjusted protocols, and those meetings."""
    with services.database.unit_of_work() as session:
        rows = session.execute(
            select(Attendance.person_id, Meeting.id)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.adjusted_on.is_not(None))
            .order_by(Attendance.person_id)
        ).all()
    assert rows, "the demo has adjusted protocols"
    person_id = rows[0][0]
    return person_id, [meeting for person, meeting in rows if person == person_id]


def _exec_then(action: Any) -> Any:
    """An ``exec`` for the anonymise dialog that does ``action`` instead of blocking."""

    def exec_(shown: AnonymiseDialog) -> int:
        action(shown)
        return shown.result()

    return exec_


def test_buttons_follow_the_selection_and_the_service(
    qtbot: QtBot, services: Services, dialog: PeopleDialog
) -> None:
    assert not dialog.export_button.isEnabled() and not dialog.anonymise_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.export_button.isEnabled() and dialog.anonymise_button.isEnabled()
    without = PeopleDialog(services.bodies)
    qtbot.addWidget(without)
    assert without.export_button.isHidden() and without.anonymise_button.isHidden()


def test_export_writes_both_files_and_says_where(
    services: Services,
    dialog: PeopleDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    person_id, _meetings = _in_adjusted_protocol(services)
    name = services.bodies.person(person_id).name
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "utdrag"), ""  # the suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    dialog.select_person(person_id)
    dialog.export_person_data()

    assert name in asked[0] and asked[0].endswith(".xlsx")
    assert (tmp_path / "utdrag.xlsx").is_file()
    content = json.loads((tmp_path / "utdrag.json").read_text(encoding="utf-8"))
    assert content["Person"]["Namn"] == name
    assert any(row["Protokollet justerat"] == "ja" for row in content["Möten"])
    [text] = message_boxes.texts("information")
    assert str(tmp_path / "utdrag.xlsx") in text and str(tmp_path / "utdrag.json") in text


def test_anonymise_shows_why_the_adjusted_protocols_stay_then_the_result(
    services: Services, dialog: PeopleDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, meetings = _in_adjusted_protocol(services)
    name = services.bodies.person(person_id).name
    seen: dict[str, str] = {}

    def confirm(shown: AnonymiseDialog) -> None:
        seen["preview"] = shown.details.toPlainText()
        seen["title"] = shown.title.text()
        shown.anonymise_button.click()
        seen["result"] = shown.title.text()
        assert shown.anonymise_button.isHidden()
        shown.cancel_button.click()  # now "Stäng"

    monkeypatch.setattr(AnonymiseDialog, "exec", _exec_then(confirm))
    dialog.select_person(person_id)
    dialog.anonymise_person()

    assert name in seen["title"]
    assert "Justerade protokoll är allmänna handlingar och ändras aldrig" in seen["preview"]
    assert f"finns kvar i {len(meetings)} justerade protokoll" in seen["preview"]
    assert "Det här tas bort" in seen["preview"]
    assert "anonymiserad" in seen["result"]
    assert dialog.changed
    chosen = dialog.current_person()
    assert chosen is not None and chosen.person_id == person_id
    assert chosen.name == name and chosen.email == ""
    assert all(services.protocols.verify(meeting).matches for meeting in meetings)


def test_cancel_changes_nothing(
    services: Services, dialog: PeopleDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id, _meetings = _in_adjusted_protocol(services)
    before = services.personal_data.person_data(person_id)
    monkeypatch.setattr(AnonymiseDialog, "exec", _exec_then(lambda d: d.cancel_button.click()))
    dialog.select_person(person_id)

    dialog.anonymise_person()

    assert not dialog.changed
    assert services.personal_data.person_data(person_id) == before


def test_a_person_no_protocol_names_disappears_from_the_register(
    services: Services, dialog: PeopleDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = services.bodies.create_person(PersonInput("Olle Oberoende", email="o@exempel.se"))
    dialog.load()
    rows = dialog.proxy.rowCount()
    seen: dict[str, str] = {}

    def confirm(shown: AnonymiseDialog) -> None:
        seen["preview"] = shown.details.toPlainText()
        shown.anonymise_button.click()
        seen["result"] = shown.title.text()
        shown.accept()

    monkeypatch.setattr(AnonymiseDialog, "exec", _exec_then(confirm))
    dialog.select_person(person.person_id)
    dialog.anonymise_person()

    assert "tas därför bort helt" in seen["preview"]
    assert "borttagen ur personregistret" in seen["result"]
    assert dialog.proxy.rowCount() == rows - 1
    assert all(p.person_id != person.person_id for p in services.bodies.people())


def test_the_dialog_result_is_accepted_only_after_anonymising(
    qtbot: QtBot, services: Services
) -> None:
    person = services.bodies.create_person(PersonInput("Eva Lund"))
    preview = services.personal_data.preview_anonymisation(person.person_id)
    shown = AnonymiseDialog(services.personal_data, preview)
    qtbot.addWidget(shown)
    assert "Inget." in shown.details.toPlainText() or preview.removed
    shown.anonymise_button.click()
    shown.cancel_button.click()
    assert shown.result() == QDialog.DialogCode.Accepted
    assert shown.outcome is not None and shown.outcome.person_deleted
