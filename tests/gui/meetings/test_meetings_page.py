"""The Möten och protokoll page as a whole, on the demo database: its documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.meetings.page import MeetingsPage


def _page(qtbot: QtBot, services: Services) -> MeetingsPage:
    page = MeetingsPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    return page


def _choose_meeting(page: MeetingsPage, held_on: str) -> None:
    view = page.meetings.view
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        if index.data() == held_on:
            view.selectRow(row)
            return
    raise AssertionError(f"no meeting on {held_on}")


def test_an_adjusted_protocol_is_saved_as_pdf(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: Any
) -> None:
    page = _page(qtbot, services)
    _choose_meeting(page, "2026-03-17")
    page.documents.kind.setCurrentIndex(page.documents.kind.findData("protokoll"))
    out = tmp_path / "protokoll.pdf"
    page.documents.save_pdf(out)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Kommunstyrelsen" in text and "§ 11" in text
    assert "Justerat" in text and "Sida 1 av" in text
    assert [kind for kind, _title, _text in message_boxes.shown] == ["information"]


def test_the_meeting_and_the_year_plan_go_to_the_calendar(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: Any
) -> None:
    page = _page(qtbot, services)
    _choose_meeting(page, "2026-12-08")
    page.documents.export_meeting(tmp_path / "mote.ics")
    one = (tmp_path / "mote.ics").read_bytes()
    assert one.startswith(b"BEGIN:VCALENDAR\r\n") and one.count(b"BEGIN:VEVENT") == 1
    assert b"DTSTART;TZID=Europe/Stockholm:20261208T090000" in one
    page.documents.export_year(tmp_path / "ar.ics")
    assert (tmp_path / "ar.ics").read_bytes().count(b"BEGIN:VEVENT") >= 8


def test_the_overview_lists_the_coming_meetings(qtbot: QtBot, services: Services) -> None:
    from datetime import date

    from agenda_desktop.gui.pages.upcoming_meetings import UpcomingMeetingsPanel

    panel = UpcomingMeetingsPanel(services.meetings, today=date(2026, 11, 22))
    qtbot.addWidget(panel)
    assert panel.rows[0].startswith("2026-12-08 09:00 · Kommunstyrelsen")
    with qtbot.waitSignal(panel.pageRequested) as requested:
        panel.findChild(QPushButton).click()
    assert requested.args == ["meetings"]
