"""A network's meeting dates as iCalendar events and its documents read from files, for
the network service: the calendar rules of our own meetings (``core/meetings/ics.py``)
and the attachment rules of the agenda (size limit, SHA-256, the file name only)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import agenda_rules
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


def _as_document_error(error: ValidationError) -> ValidationError:
    return ValidationError(FIELD_DOCUMENT, error.reason)


def read_document(network_id: int, path: Path, title: str) -> NetworkDocument:
    """A new document row from the file at ``path`` (its name only, never the path).

    Raises:
        ValidationError: the file is missing, unreadable, nameless or too large.
    """
    if not path.is_file():
        raise ValidationError(FIELD_DOCUMENT, f"filen ”{path}” finns inte.")
    try:
        agenda_rules.check_attachment(path.name, path.stat().st_size)
        content = path.read_bytes()
        agenda_rules.check_attachment(path.name, len(content))
    except ValidationError as error:
        raise _as_document_error(error) from error
    except OSError as error:
        raise ValidationError(
            FIELD_DOCUMENT, f"filen ”{path.name}” kunde inte läsas ({error.strerror})."
        ) from error
    return NetworkDocument(
        network_id=network_id,
        title=title,
        filename=path.name,
        media_type=agenda_rules.media_type(path.name),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        added_at=datetime.now().replace(microsecond=0),
    )
