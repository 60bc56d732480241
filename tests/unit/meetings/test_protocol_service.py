"""Decisions, signatories, adjustment and its locking, corrections, links and search."""

from __future__ import annotations

from datetime import date

import pytest
from protocol_builders import make_body, make_meeting, make_people
from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.services.protocols_types import (
    INFORMATION_CLAUSE,
    DecisionInput,
    SignatoryInput,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AgendaItem, Meeting

MARCH = date(2026, 3, 12)


@pytest.fixture
def setup(fresh_database: Database) -> tuple[ProtocolService, int, list[int], list[int]]:
    body = make_body(fresh_database, numbering="lopande", start=1166)
    people = make_people(fresh_database, "Anna Ek", "Bo Lind", "Cecilia Åström")
    meeting, items = make_meeting(
        fresh_database,
        body,
        MARCH,
        titles=["Budget 2027", "Information om Agenda 2030"],
        attendees=people,
    )
    return ProtocolService(fresh_database), meeting, items, people


def ready(service: ProtocolService, meeting: int, people: list[int]) -> None:
    service.draw_up(meeting)
    service.set_signatories(
        meeting, SignatoryInput(people[0], [people[1], people[2]], "Kommunhuset", MARCH)
    )


def test_decisions_with_att_clauses_and_information_default(setup) -> None:
    service, meeting, items, _people = setup
    protocol = service.draw_up(meeting)
    assert protocol.paragraph(items[4]).clauses == (INFORMATION_CLAUSE,)
    assert protocol.paragraph(items[3]).clauses == ()
    protocol = service.set_decision(
        items[3],
        DecisionInput(
            "Kommunstyrelsen beslutar",
            ["att fastställa budgeten", "", "  uppdra åt förvaltningen att redovisa  "],
            "S reserverar sig till förmån för eget förslag.",
            "V lämnar en protokollsanteckning.",
        ),
    )
    paragraph = protocol.paragraph(items[3])
    assert paragraph.decision_intro == "Kommunstyrelsen beslutar"
    assert paragraph.clauses == (
        "att fastställa budgeten",
        "att uppdra åt förvaltningen att redovisa",
    )
    assert paragraph.reservations.startswith("S reserverar")
    protocol = service.set_decision(items[3], DecisionInput("", ["att avslå"]))
    assert protocol.paragraph(items[3]).clauses == ("att avslå",)
    protocol = service.set_decision(items[4], DecisionInput())
    assert protocol.paragraph(items[4]).clauses == (INFORMATION_CLAUSE,)


def test_signatories_are_checked(setup) -> None:
    service, meeting, _items, people = setup
    with pytest.raises(ValidationError, match="sekreteraren kan inte"):
        service.set_signatories(meeting, SignatoryInput(people[0], [people[0]]))
    with pytest.raises(ValidationError, match="två gånger"):
        service.set_signatories(meeting, SignatoryInput(None, [people[1], people[1]]))
    with pytest.raises(ValidationError, match="före mötet"):
        service.set_signatories(meeting, SignatoryInput(None, [], "", date(2026, 3, 1)))
    service.set_signatories(meeting, SignatoryInput(people[0], [people[1], people[2]]))
    protocol = service.set_signatories(meeting, SignatoryInput(people[0], [people[2], people[1]]))
    assert [a.name for a in protocol.adjusters] == ["Cecilia Åström", "Bo Lind"]
    assert protocol.secretary is not None and protocol.secretary.name == "Anna Ek"


def test_adjust_is_refused_until_ready(setup) -> None:
    service, meeting, _items, people = setup
    with pytest.raises(ValidationError, match="inte upprättat"):
        service.adjust(meeting, MARCH)
    service.draw_up(meeting)
    with pytest.raises(ValidationError, match="sekreterare"):
        service.adjust(meeting, MARCH)
    service.set_signatories(meeting, SignatoryInput(people[0], []))
    with pytest.raises(ValidationError, match="minst en justerare"):
        service.adjust(meeting, MARCH)
    service.set_signatories(meeting, SignatoryInput(people[0], [people[1]]))
    with pytest.raises(ValidationError, match="före mötet"):
        service.adjust(meeting, date(2026, 3, 1))
    protocol = service.adjust(meeting, date(2026, 3, 14))
    assert protocol.is_adjusted and protocol.adjusted_on == date(2026, 3, 14)
    assert protocol.fingerprint is not None and len(protocol.fingerprint) == 64


def test_an_adjusted_protocol_is_locked_in_the_service(setup) -> None:
    service, meeting, items, people = setup
    ready(service, meeting, people)
    service.adjust(meeting, MARCH)
    before = service.protocol(meeting)
    attempts = [
        lambda: service.draw_up(meeting),
        lambda: service.set_decision(items[3], DecisionInput("", ["att ändra"])),
        lambda: service.set_signatories(meeting, SignatoryInput(people[0], [people[1]])),
        lambda: service.adjust(meeting, MARCH),
        lambda: service.add_link(items[3], "commitment", "SKR-nätverket"),
        lambda: service.remove_link(items[3], "commitment", "SKR-nätverket"),
        lambda: service.set_correction(items[3], None),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="är justerat") as refused:
            attempt()
        assert refused.value.field == "Protokoll"
    assert service.protocol(meeting) == before
    verification = service.verify(meeting)
    assert verification.matches and verification.stored == before.fingerprint


def test_the_database_refuses_too(setup, fresh_database: Database) -> None:
    service, meeting, items, people = setup
    ready(service, meeting, people)
    service.adjust(meeting, MARCH)
    with (
        pytest.raises(SqlDatabaseError, match="justerat"),
        fresh_database.unit_of_work() as session,
    ):
        item = session.get(AgendaItem, items[3])
        assert item is not None
        item.title = "Något annat"


def test_adjusted_on_and_fingerprint_are_one_update_and_verify_sees_tampering(
    setup, fresh_database: Database
) -> None:
    service, meeting, items, people = setup
    ready(service, meeting, people)
    protocol = service.adjust(meeting, MARCH)
    assert protocol.fingerprint == service.verify(meeting).computed
    text = service.canonical_text(meeting)
    assert "Budget 2027" in text and "justerat 2026-03-12" in text
    # Someone changes the file behind the app's back (triggers dropped): verify tells.
    with fresh_database.engine.begin() as connection:
        on_table = "" if fresh_database.is_sqlite else " ON agenda_item"
        connection.exec_driver_sql(f"DROP TRIGGER trg_agenda_item_adjusted_update{on_table}")
        connection.exec_driver_sql(f"UPDATE agenda_item SET title = 'X' WHERE id = {items[3]}")
    assert not service.verify(meeting).matches


def test_corrections_refer_to_the_adjusted_paragraph(setup, fresh_database: Database) -> None:
    service, meeting, items, people = setup
    ready(service, meeting, people)
    with fresh_database.unit_of_work() as session:
        body_id = session.get(Meeting, meeting).body_id  # type: ignore[union-attr]
    later, later_items = make_meeting(
        fresh_database, body_id, date(2026, 4, 9), titles=["Rättelse"]
    )
    with pytest.raises(ValidationError, match="justerat protokoll"):
        service.set_correction(later_items[3], items[3])
    service.adjust(meeting, MARCH)
    refs = service.correctable(later)
    assert items[3] in [r.item_id for r in refs]
    service.draw_up(later)
    protocol = service.set_correction(later_items[3], items[3])
    assert protocol.paragraph(later_items[3]).corrects.label == "§ 1169 (2026-03-12)"
    old = service.protocol(meeting).paragraph(items[3])
    assert [r.label for r in old.corrected_by] == ["§ 1175 (2026-04-09)"]
    assert service.verify(meeting).matches  # the old protocol itself is untouched


def test_links_are_added_and_removed(setup) -> None:
    service, _meeting, items, _people = setup
    protocol = service.add_link(items[3], "goal", "13")
    assert [(link.kind, link.target) for link in protocol.paragraph(items[3]).links] == [
        ("goal", "13")
    ]
    assert protocol.paragraph(items[3]).links[0].label.startswith("Mål 13")
    with pytest.raises(ValidationError, match="finns inte"):
        service.add_link(items[3], "commitment", "Styra med Agenda 2030")
    service.add_link(items[3], "goal", "13")  # twice is once
    with pytest.raises(ValidationError, match="finns inte"):
        service.add_link(items[3], "action", "999")
    with pytest.raises(ValidationError, match="okänd"):
        service.add_link(items[3], "planet", "1")
    protocol = service.remove_link(items[3], "goal", "13")
    assert protocol.paragraph(items[3]).links == ()


def test_notes_bodies_keep_an_outcome(fresh_database: Database) -> None:
    service = ProtocolService(fresh_database)
    council = make_body(fresh_database, "Ungdomsrådet", numbering="per_mote", keeps_notes=True)
    meeting, items = make_meeting(
        fresh_database, council, MARCH, titles=["Skolmaten"], kinds=["information"]
    )
    protocol = service.draw_up(meeting)
    assert protocol.keeps_notes and protocol.paragraph(items[3]).clauses == ()  # no "att"
    protocol = service.set_outcome(items[3], "  Rådet skriver till kostenheten. ")
    assert protocol.paragraph(items[3]).outcome == "Rådet skriver till kostenheten."
    board = make_body(fresh_database, "Styrgruppen")
    _other, other_items = make_meeting(fresh_database, board, MARCH)
    with pytest.raises(ValidationError, match="inte anteckningar"):
        service.set_outcome(other_items[3], "Något")


def test_search_finds_text_in_any_case_with_swedish_letters(setup) -> None:
    service, meeting, items, _people = setup
    service.draw_up(meeting)
    service.set_decision(items[3], DecisionInput("", ["att godkänna ÅTGÄRDSPLANEN för 2027"]))
    hits = service.search("åtgärdsplanen")
    assert [(h.item_id, h.number) for h in hits] == [(items[3], 1169)]
    assert "ÅTGÄRDSPLANEN" in hits[0].snippet and hits[0].body_name == "Kommunstyrelsen"
    assert [h.item_id for h in service.search("agenda 2030")] == [items[4]]
    assert service.search("budget", from_date=date(2026, 4, 1)) == []
    assert len(service.search("budget", body_id=hits[0].body_id, to_date=MARCH)) == 1
    assert len(service.search("")) == 6  # no text: every paragraph in range
    with pytest.raises(ValidationError, match="från-datumet"):
        service.search("x", from_date=date(2026, 5, 1), to_date=date(2026, 4, 1))
