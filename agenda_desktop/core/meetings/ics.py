"""Export meetings to iCalendar (``.ics``, RFC 5545) for Outlook and other calendars.

    text = meeting_calendar(database, meeting_id)            # one meeting
    text = body_year_calendar(database, body_id, 2027)       # a body's year plan
    write_calendar(Path("mote.ics"), text)

Written by hand (no extra package): CRLF line endings, lines folded at 75 octets without
splitting a UTF-8 character, TEXT values escaped (``\\``, ``;``, ``,``, newlines), a
VTIMEZONE for Europe/Stockholm and local times with ``TZID=Europe/Stockholm``. Each
meeting's UID is stable (the meeting's id and its body), so importing an updated export
updates the event instead of adding a second one. A meeting without a start time becomes an
all-day event; one without an end time lasts ``DEFAULT_LENGTH``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from agenda_desktop import APP_NAME
from agenda_desktop.core.errors import AgendaError, NotFoundError
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import Body, Meeting

TZID = "Europe/Stockholm"
DEFAULT_LENGTH = timedelta(hours=2)
LINE_OCTETS = 75
PRODID = f"-//{APP_NAME}//{APP_NAME}//SV"

# Central European Time with the EU's summer time (last Sunday of March and October).
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting as a calendar event; ``starts_at`` None for an all-day event."""

    uid: str
    day: date
    starts_at: time | None
    ends_at: time | None
    summary: str
    location: str
    description: str


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 §3.3.11 asks: ``\\`` ``;`` ``,`` and newlines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """The content line folded into lines of at most 75 octets, joined with CRLF.

    Continuation lines start with a space (which counts toward their 75 octets); a UTF-8
    character is never split.
    """
    parts: list[str] = []
    current = ""
    size = 0
    limit = LINE_OCTETS
    for character in line:
        octets = len(character.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size, limit = " ", 1, LINE_OCTETS
        current += character
        size += octets
    parts.append(current)
    return "\r\n".join(parts)


def calendar_text(events: Sequence[CalendarEvent], stamp: datetime, name: str = "") -> str:
    """A VCALENDAR with the events, every line folded and ended with CRLF.

    Args:
        stamp: the DTSTAMP (when the file was made); naive means UTC.
        name: the calendar's name (X-WR-CALNAME), e.g. "Kommunstyrelsen 2027".
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    if any(event.starts_at is not None for event in events):
        lines += VTIMEZONE
    dtstamp = _utc(stamp)
    for event in events:
        lines += _event_lines(event, dtstamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def meeting_calendar(database: Database, meeting_id: int, stamp: datetime | None = None) -> str:
    """One meeting as an ``.ics`` text.

    Raises:
        NotFoundError: there is no such meeting.
    """
    with database.unit_of_work() as session:
        meeting = session.scalars(
            select(Meeting).where(Meeting.id == meeting_id).options(selectinload(Meeting.items))
        ).one_or_none()
        if meeting is None:
            raise NotFoundError(f"Mötet med nummer {meeting_id} finns inte (längre).")
        body = session.get_one(Body, meeting.body_id)
        events = [meeting_event(body, meeting)]
    return calendar_text(events, stamp or datetime.now(UTC))


def body_year_calendar(
    database: Database, body_id: int, year: int, stamp: datetime | None = None
) -> str:
    """A body's meetings of one calendar year (its year plan) as an ``.ics`` text.

    Raises:
        NotFoundError: there is no such body.
    """
    with database.unit_of_work() as session:
        body = session.get(Body, body_id)
        if body is None:
            raise NotFoundError(f"Organet med nummer {body_id} finns inte (längre).")
        meetings = session.scalars(
            select(Meeting)
            .where(
                Meeting.body_id == body_id,
                Meeting.held_on >= date(year, 1, 1),
                Meeting.held_on <= date(year, 12, 31),
            )
            .order_by(Meeting.held_on, Meeting.starts_at, Meeting.id)
            .options(selectinload(Meeting.items))
        )
        events = [meeting_event(body, meeting) for meeting in meetings]
        name = f"{body.name} {year}"
    return calendar_text(events, stamp or datetime.now(UTC), name=name)


def meeting_event(body: Body, meeting: Meeting) -> CalendarEvent:
    """The event of a meeting (read inside a unit of work: it reads the agenda)."""
    description: list[str] = []
    if meeting.notes:
        description += [meeting.notes, ""]
    if meeting.items:
        description.append("Dagordning:")
        description += [f"{item.position}. {item.title}" for item in meeting.items]
    return CalendarEvent(
        uid=meeting_uid(body.name, meeting.id),
        day=meeting.held_on,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=body.name,
        location=meeting.place,
        description="\n".join(description).strip(),
    )


def meeting_uid(body_name: str, meeting_id: int) -> str:
    """Stable for a meeting, and different for the same id in another body's database."""
    digest = hashlib.sha256(body_name.encode("utf-8")).hexdigest()[:12]
    return f"mote-{meeting_id}-{digest}@agenda-desktop"


def write_calendar(path: Path, text: str) -> Path:
    """Write the ``.ics`` text as UTF-8, keeping its CRLF line endings.

    Raises:
        AgendaError: the file could not be written (the message says why, in Swedish).
    """
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        raise AgendaError(
            f"Kalenderfilen {path} kunde inte sparas ({error.strerror}). Välj en annan mapp."
        ) from error
    return path


def _utc(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _local(day: date, moment: time) -> str:
    return datetime.combine(day, moment).strftime("%Y%m%dT%H%M%S")


def _event_lines(event: CalendarEvent, dtstamp: str) -> Iterable[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{event.uid}"
    yield f"DTSTAMP:{dtstamp}"
    if event.starts_at is None:
        yield f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}"
        yield f"DTEND;VALUE=DATE:{(event.day + timedelta(days=1)).strftime('%Y%m%d')}"
    else:
        start = datetime.combine(event.day, event.starts_at)
        if event.ends_at is not None and event.ends_at > event.starts_at:
            end = datetime.combine(event.day, event.ends_at)
        else:
            end = start + DEFAULT_LENGTH
        yield f"DTSTART;TZID={TZID}:{_local(start.date(), start.time())}"
        yield f"DTEND;TZID={TZID}:{_local(end.date(), end.time())}"
    yield f"SUMMARY:{escape_text(event.summary)}"
    if event.location:
        yield f"LOCATION:{escape_text(event.location)}"
    if event.description:
        yield f"DESCRIPTION:{escape_text(event.description)}"
    yield "STATUS:CONFIRMED"
    yield "TRANSP:OPAQUE"
    yield "END:VEVENT"
