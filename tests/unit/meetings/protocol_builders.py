"""Test data for the protocol tests: bodies, people and meetings made with the ORM."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    AgendaItem,
    Attendance,
    Body,
    Meeting,
    Person,
)

STANDARD = [
    ("opening", "Mötets öppnande"),
    ("adjusters", "Val av justerare"),
    ("agenda", "Fastställande av dagordning"),
]


def make_body(
    database: Database,
    name: str = "Kommunstyrelsen",
    numbering: str = "lopande",
    start: int = 1,
    keeps_notes: bool = False,
) -> int:
    with database.unit_of_work() as session:
        body = Body(
            name=name,
            kind="styrelse",
            numbering=numbering,
            numbering_start=start,
            keeps_notes=keeps_notes,
        )
        session.add(body)
        session.flush()
        return body.id


def make_people(database: Database, *names: str) -> list[int]:
    with database.unit_of_work() as session:
        people = [Person(name=name, party="S" if i % 2 else "M") for i, name in enumerate(names)]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def make_meeting(
    database: Database,
    body_id: int,
    held_on: date,
    titles: Sequence[str] = ("Budget", "Information om Agenda 2030"),
    kinds: Sequence[str] | None = None,
    attendees: Sequence[int] = (),
) -> tuple[int, list[int]]:
    """A meeting with the three opening items, ``titles``, and the closing."""
    with database.unit_of_work() as session:
        meeting = Meeting(
            body_id=body_id,
            held_on=held_on,
            starts_at=time(13, 0),
            ends_at=time(15, 30),
            place="Sessionssalen",
        )
        session.add(meeting)
        session.flush()
        rows: list[tuple[str | None, str, str]] = [(k, t, "beslut") for k, t in STANDARD]
        item_kinds = kinds or ["beslut" if i % 2 == 0 else "information" for i in range(10)]
        rows += [(None, title, item_kinds[i]) for i, title in enumerate(titles)]
        rows.append(("closing", "Mötets avslutande", "beslut"))
        items = [
            AgendaItem(meeting_id=meeting.id, position=i + 1, standard=std, title=title, kind=kind)
            for i, (std, title, kind) in enumerate(rows)
        ]
        session.add_all(items)
        for person_id in attendees:
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id, kind="narvarande"))
        session.flush()
        return meeting.id, [item.id for item in items]


def remove_item(database: Database, item_id: int) -> None:
    """What the meeting service does: remove an item and close the gap in positions."""
    with database.unit_of_work() as session:
        item = session.get(AgendaItem, item_id)
        assert item is not None
        meeting_id, position = item.meeting_id, item.position
        session.delete(item)
        session.flush()
        later = session.query(AgendaItem).filter(
            AgendaItem.meeting_id == meeting_id, AgendaItem.position > position
        )
        for other in sorted(later, key=lambda i: i.position):
            other.position -= 1
            session.flush()


def move_item(database: Database, item_id: int, new_position: int) -> None:
    """Move an item to ``new_position`` (1-based), shifting the others."""
    with database.unit_of_work() as session:
        item = session.get(AgendaItem, item_id)
        assert item is not None
        items = sorted(
            session.query(AgendaItem).filter(AgendaItem.meeting_id == item.meeting_id),
            key=lambda i: i.position,
        )
        items.remove(item)
        items.insert(new_position - 1, item)
        for offset, other in enumerate(items):  # park, then place: (meeting, position) unique
            other.position = 1000 + offset
        session.flush()
        for offset, other in enumerate(items):
            other.position = offset + 1
        session.flush()
