"""A network's meeting dates as iCalendar events and its documents read from files, for
the network service: the calendar rules of our own meetings (``core/meetings/ics.py``)
and the attachment rules of the agenda (size limit, SHA-256, the file name only)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from agenda_desktop.core.meetings.attachment_files import read_stored_file
from agenda_desktop.core.meetings.ics import CalendarEvent
from agenda_desktop.core.networks.input_rules import FIELD_DOCUMENT
from agenda_desktop.core.store.models import Network, NetworkDocument, NetworkMeeting


def network_meeting_uid(network_name: str, meeting_id: int) -> str:
    """Stable for a network meeting, as ``ics.meeting_uid`` is for our own meetings, and
    never equal to one of theirs."""
    digest = hashlib.sha256(network_name.encode("utf-8")).hexdigest()[:12]
    return f"natverksmote-{meeting_id}-{digest}@agenda-desktop"


def meeting_event(network: Network, meeting: NetworkMeeting) -> CalendarEvent:
    summary = f"{network.name}: {meeting.title}" if meeting.title else network.name
    description = [meeting.notes] if meeting.notes else []
    if network.organiser:
        description.append(f"Organisatör: {network.organiser}")
    return CalendarEvent(
        uid=network_meeting_uid(network.name, meeting.id),
        day=meeting.held_on,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=summary,
        location=meeting.place,
        description="\n\n".join(description),
    )


def meeting_events(network: Network, meetings: Iterable[NetworkMeeting]) -> list[CalendarEvent]:
    return [meeting_event(network, meeting) for meeting in meetings]


def read_document(network_id: int, path: Path, title: str) -> NetworkDocument:
    """A new document row from the file at ``path`` (its safe name only, never the path).

    Raises:
        ValidationError: the file is missing, unreadable, nameless or too large.
    """
    stored = read_stored_file(path, FIELD_DOCUMENT)
    return NetworkDocument(
        network_id=network_id,
        title=title,
        filename=stored.filename,
        media_type=stored.media_type,
        size=stored.size,
        sha256=stored.sha256,
        content=stored.content,
        added_at=datetime.now().replace(microsecond=0),
    )
