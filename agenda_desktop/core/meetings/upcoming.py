"""Kommande möten: the next meetings, across bodies or of one body, after a day.

    upcoming_meetings(database, date.today(), inclusive=True, limit=10)  # Översikt, the page
    upcoming_meetings(database, meeting.held_on, body_id=meeting.body_id)  # a protocol's end

A read function that returns frozen rows (no ORM objects), ordered by day, start time and
body name; meetings without a start time come first on their day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select

from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import AgendaItem, Body, Meeting


@dataclass(frozen=True)
class UpcomingMeeting:
    meeting_id: int
    body_id: int
    body_name: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    notes: str  # the practical notes of the notice
    item_count: int  # items on the agenda so far


def upcoming_meetings(
    database: Database,
    after: date,
    *,
    body_id: int | None = None,
    limit: int | None = None,
    inclusive: bool = False,
) -> list[UpcomingMeeting]:
    """The meetings held after ``after`` (or on it too, when ``inclusive``), soonest first.

    Args:
        body_id: only this body's meetings; None for all bodies.
        limit: at most this many; None for all.
    """
    items = (
        select(AgendaItem.meeting_id, func.count().label("n"))
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    day = Meeting.held_on >= after if inclusive else Meeting.held_on > after
    query = (
        select(Meeting, Body.name, func.coalesce(items.c.n, 0))
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(items, items.c.meeting_id == Meeting.id)
        .where(day)
        .order_by(
            Meeting.held_on,
            Meeting.starts_at.is_not(None),
            Meeting.starts_at,
            Body.name,
            Meeting.id,
        )
    )
    if body_id is not None:
        query = query.where(Meeting.body_id == body_id)
    if limit is not None:
        query = query.limit(limit)
    with database.unit_of_work() as session:
        return [
            UpcomingMeeting(
                meeting_id=meeting.id,
                body_id=meeting.body_id,
                body_name=name,
                held_on=meeting.held_on,
                starts_at=meeting.starts_at,
                ends_at=meeting.ends_at,
                place=meeting.place,
                notes=meeting.notes,
                item_count=int(count),
            )
            for meeting, name, count in session.execute(query)
        ]
