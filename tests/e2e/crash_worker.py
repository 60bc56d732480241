"""A process for the crash tests to kill: it builds or adjusts protocols in a database.

    python crash_worker.py build DB MEETINGS    drawn-up protocols, ready to adjust
    python crash_worker.py adjust DB [HOLD]     adjust them one by one, as the app does

``adjust`` prints "adjusted N" after each commit. With HOLD = N it prints "holding N" when
the adjustment of meeting N has run its UPDATE and is about to commit, and waits there to
be killed: the kill then lands inside the transaction.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "meetings"))

from protocol_builders import make_body, make_meeting, make_people

from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.services.protocols_types import SignatoryInput
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation

HELD_ON = date(2026, 3, 2)
ADJUSTED_ON = date(2026, 3, 9)


def build(path: Path, meetings: int) -> None:
    database = open_database(DatabaseLocation.for_file(path)).database
    service = ProtocolService(database)
    body = make_body(database)
    people = make_people(database, "Sekreterare", "Justerare Ett", "Justerare Två")
    titles = [f"Ärende {n}" for n in range(1, 9)]
    for number in range(meetings):
        meeting, _items = make_meeting(database, body, HELD_ON, titles, attendees=people)
        service.draw_up(meeting)
        service.set_signatories(
            meeting, SignatoryInput(people[0], people[1:], "Kommunhuset", HELD_ON)
        )
        if number % 20 == 0:
            print(f"built {number}", flush=True)
    database.close()


def adjust(path: Path, hold: int | None) -> None:
    database = open_database(DatabaseLocation.for_file(path)).database
    service = ProtocolService(database)
    current = {"meeting": 0}

    @event.listens_for(database.engine, "commit")
    def _before_commit(_connection: Any) -> None:
        if current["meeting"] == hold:
            print(f"holding {hold}", flush=True)
            time.sleep(120)

    for meeting_id in meeting_ids(database):
        current["meeting"] = meeting_id
        service.adjust(meeting_id, ADJUSTED_ON)
        print(f"adjusted {meeting_id}", flush=True)
    database.close()


def meeting_ids(database: Any) -> list[int]:
    from agenda_desktop.core.store.models import Meeting

    with database.unit_of_work() as session:
        return [meeting.id for meeting in session.query(Meeting).order_by(Meeting.id)]


if __name__ == "__main__":
    command, where, *rest = sys.argv[1:]
    if command == "build":
        build(Path(where), int(rest[0]))
    else:
        adjust(Path(where), int(rest[0]) if rest else None)
