"""The database itself refuses to change an adjusted protocol, on SQLite and PostgreSQL alike
(revision 0004's triggers), and lets a draft be changed and removed."""

from __future__ import annotations

from datetime import date

import pytest
from protocol_builders import make_body, make_meeting, make_people
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.services.protocols_types import DecisionInput, SignatoryInput
from agenda_desktop.core.store.database import Database

MARCH = date(2026, 3, 12)


def adjusted_meeting(database: Database) -> tuple[int, int, list[int]]:
    """An adjusted meeting: (meeting id, the id of a decided paragraph, the attendees)."""
    body = make_body(database)
    people = make_people(database, "Anna Ek", "Bo Lind", "Cecilia Åström")
    meeting, items = make_meeting(database, body, MARCH, titles=["Budget 2027"], attendees=people)
    service = ProtocolService(database)
    service.draw_up(meeting)
    service.set_decision(items[3], DecisionInput("Nämnden beslutar", ["att anta budgeten"]))
    service.set_signatories(
        meeting, SignatoryInput(people[0], [people[1], people[2]], "Kommunhuset", MARCH)
    )
    service.adjust(meeting, MARCH)
    return meeting, items[3], people


CHANGES = {
    "meeting update": "UPDATE meeting SET place = 'Annat' WHERE id = :meeting",
    "meeting delete": "DELETE FROM meeting WHERE id = :meeting",
    "item update": "UPDATE agenda_item SET title = 'Annat' WHERE id = :item",
    "item delete": "DELETE FROM agenda_item WHERE id = :item",
    "item insert": "INSERT INTO agenda_item (meeting_id, position, kind, title, matter, "
    "diarienummer, rapporteur, decision_intro, reservations, protocol_note, outcome) "
    "VALUES (:meeting, 99, 'beslut', 'Ny', '', '', '', '', '', '', '')",
    "attendance update": "UPDATE attendance SET role = 'Annan' WHERE meeting_id = :meeting",
    "attendance delete": "DELETE FROM attendance WHERE meeting_id = :meeting",
    "adjuster delete": "DELETE FROM meeting_adjuster WHERE meeting_id = :meeting",
    "clause update": "UPDATE decision_clause SET text = 'att avslå' WHERE item_id = :item",
    "clause delete": "DELETE FROM decision_clause WHERE item_id = :item",
    "clause insert": "INSERT INTO decision_clause (item_id, position, text) "
    "VALUES (:item, 9, 'att även')",
    "link insert": "INSERT INTO paragraph_link (item_id, kind, target) "
    "VALUES (:item, 'goal', '13')",
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_to_an_adjusted_protocol_is_refused(
    new_database: Database, change: str
) -> None:
    meeting, item, _people = adjusted_meeting(new_database)
    with (
        pytest.raises(IntegrityError, match="Protokollet är justerat och kan inte ändras"),
        new_database.engine.begin() as connection,
    ):
        connection.execute(text(CHANGES[change]), {"meeting": meeting, "item": item})


def test_a_draft_protocol_may_be_changed_and_removed(new_database: Database) -> None:
    body = make_body(new_database)
    people = make_people(new_database, "Anna Ek")
    meeting, items = make_meeting(new_database, body, MARCH, attendees=people)
    ProtocolService(new_database).set_decision(items[3], DecisionInput("", ["att anta"]))
    with new_database.engine.begin() as connection:
        connection.execute(text(CHANGES["clause update"]), {"item": items[3]})
        connection.execute(text(CHANGES["link insert"]), {"item": items[3]})
        connection.execute(text(CHANGES["meeting delete"]), {"meeting": meeting})
        left = connection.execute(text("SELECT count(*) FROM agenda_item")).scalar()
    assert left == 0
