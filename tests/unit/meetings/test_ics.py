"""The .ics export (parsed back with icalendar) and Kommande möten."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.meetings.ics import (
    body_year_calendar,
    escape_text,
    fold,
    meeting_calendar,
    write_calendar,
)
from agenda_desktop.core.meetings.upcoming import upcoming_meetings
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import AgendaItem, Body, Meeting

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STAMP = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
PLACE = "Sammanträdesrum Älven, kommunhuset; plan 2"


def add_meetings(database: Database) -> dict[str, int]:
    """Two bodies: the board meets in 2026 and 2027, the youth council once."""
    with database.unit_of_work() as session:
        board = Body(name="Kommunstyrelsen", kind="styrelse")
        council = Body(name="Ungdomsrådet", kind="rad", keeps_notes=True)
        session.add_all([board, council])
        session.flush()
        summer = Meeting(
            body_id=board.id,
            held_on=date(2027, 6, 15),
            starts_at=time(13, 0),
            ends_at=time(16, 30),
            place=PLACE,
            notes="Ta med dator.\nFika från 12.45, i matsalen",
        )
        summer.items = [
            AgendaItem(position=1, standard="opening", title="Mötets öppnande"),
            AgendaItem(position=2, title="Program för Agenda 2030, remiss; beslut"),
            AgendaItem(position=3, standard="closing", title="Mötets avslutande"),
        ]
        winter = Meeting(body_id=board.id, held_on=date(2027, 1, 26), starts_at=time(9, 0))
        autumn = Meeting(body_id=board.id, held_on=date(2026, 12, 8), place="Digitalt via Teams")
        youth = Meeting(
            body_id=council.id,
            held_on=date(2027, 1, 26),
            starts_at=time(8, 30),
            place="Ungdomens hus",
        )
        session.add_all([summer, winter, autumn, youth])
        session.flush()
        return {
            "board": board.id,
            "summer": summer.id,
            "winter": winter.id,
            "autumn": autumn.id,
            "youth": youth.id,
        }


def test_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "DESCRIPTION:" + "Åtgärder för Agenda 2030 i Övertorneå och Čáhcegáddi. " * 5
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line  # unfolds losslessly
    assert fold("SUMMARY:kort") == "SUMMARY:kort"


def test_meeting_calendar_parses_back(new_database: Database, tmp_path: Path) -> None:
    ids = add_meetings(new_database)
    text = meeting_calendar(new_database, ids["summer"], stamp=STAMP)
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm" in text
    assert "DTSTART;TZID=Europe/Stockholm:20270615T130000" in text

    calendar = Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Kommunstyrelsen"
    assert str(event["LOCATION"]) == PLACE
    start = event.decoded("DTSTART")
    assert start == datetime(2027, 6, 15, 13, 0, tzinfo=STOCKHOLM)
    assert start.utcoffset() == timedelta(hours=2)  # summer time
    assert event.decoded("DTEND") == datetime(2027, 6, 15, 16, 30, tzinfo=STOCKHOLM)
    assert event.decoded("DTSTAMP") == STAMP
    description = str(event["DESCRIPTION"])
    assert description.startswith("Ta med dator.\nFika från 12.45, i matsalen\n")
    assert "Dagordning:\n1. Mötets öppnande\n2. Program för Agenda 2030, remiss; beslut\n" in (
        description
    )
    uid = str(event["UID"])
    # the same meeting keeps its UID, so a new export updates the event in Outlook
    again = Calendar.from_ical(meeting_calendar(new_database, ids["summer"]))
    assert str(again.walk("VEVENT")[0]["UID"]) == uid

    path = write_calendar(tmp_path / "möte.ics", text)
    assert path.read_bytes() == raw

    with pytest.raises(NotFoundError):
        meeting_calendar(new_database, 999)


def test_all_day_and_open_ended_meetings(new_database: Database) -> None:
    ids = add_meetings(new_database)
    [all_day] = Calendar.from_ical(meeting_calendar(new_database, ids["autumn"])).walk("VEVENT")
    assert all_day.decoded("DTSTART") == date(2026, 12, 8)
    assert all_day.decoded("DTEND") == date(2026, 12, 9)
    [open_ended] = Calendar.from_ical(meeting_calendar(new_database, ids["winter"])).walk("VEVENT")
    start = open_ended.decoded("DTSTART")
    assert start.utcoffset() == timedelta(hours=1)  # winter time
    assert open_ended.decoded("DTEND") - start == timedelta(hours=2)


def test_body_year_plan(new_database: Database) -> None:
    ids = add_meetings(new_database)
    text = body_year_calendar(new_database, ids["board"], 2027, stamp=STAMP)
    calendar = Calendar.from_ical(text)
    assert str(calendar["X-WR-CALNAME"]) == "Kommunstyrelsen 2027"
    events = calendar.walk("VEVENT")
    assert [e.decoded("DTSTART").date() for e in events] == [date(2027, 1, 26), date(2027, 6, 15)]
    assert len({str(e["UID"]) for e in events}) == 2
    assert "Ungdomens hus" not in text  # another body's meeting
    empty = Calendar.from_ical(body_year_calendar(new_database, ids["board"], 2030))
    assert empty.walk("VEVENT") == []
    with pytest.raises(NotFoundError):
        body_year_calendar(new_database, 999, 2027)


def test_upcoming_meetings_across_bodies(new_database: Database) -> None:
    ids = add_meetings(new_database)
    after = upcoming_meetings(new_database, date(2026, 12, 8))
    assert [m.meeting_id for m in after] == [ids["youth"], ids["winter"], ids["summer"]]
    assert after[0].body_name == "Ungdomsrådet" and after[0].starts_at == time(8, 30)
    assert after[2].item_count == 3 and after[1].item_count == 0
    inclusive = upcoming_meetings(new_database, date(2026, 12, 8), inclusive=True, limit=2)
    assert [m.meeting_id for m in inclusive] == [ids["autumn"], ids["youth"]]
    board = upcoming_meetings(new_database, date(2026, 1, 1), body_id=ids["board"])
    assert [m.held_on for m in board] == [date(2026, 12, 8), date(2027, 1, 26), date(2027, 6, 15)]
    assert upcoming_meetings(new_database, date(2027, 6, 15)) == []
