"""The demo's meetings: Kommunstyrelsen's year of protocols, Ungdomsrådet's notes and the
steering group for Agenda 2030."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.demo import build_demo
from agenda_desktop.core.demo_meetings_types import NEXT_TERM_START
from agenda_desktop.core.meetings.attendance_rules import quorum
from agenda_desktop.core.meetings.vocabulary import VOTING_ROLES
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import (
    AgendaItem,
    Attendance,
    Body,
    Meeting,
    MeetingAdjuster,
    Membership,
    Objective,
    ParagraphLink,
    Person,
)

DEMO_TODAY = date(2026, 11, 22)
BOARD = "Kommunstyrelsen"
YOUTH = "Ungdomsrådet"
STEERING = "Styrgruppen för Agenda 2030"


@dataclass(frozen=True)
class Demo:
    path: Path
    database: Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """One demo database for the whole module: these tests only read (or are refused)."""
    path = tmp_path_factory.mktemp("demo") / "exempel.agenda"
    build_demo(path)
    database = open_database(DatabaseLocation.for_file(path)).database
    yield Demo(path, database)
    database.close()


def _meetings(session: Session, body: str) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting).join(Body).where(Body.name == body).order_by(Meeting.held_on)
        )
    )


def _held(session: Session, body: str | None = None) -> list[Meeting]:
    query = select(Meeting).where(Meeting.numbered_at.is_not(None)).order_by(Meeting.held_on)
    if body is not None:
        query = query.join(Body).where(Body.name == body)
    return list(session.scalars(query))


def test_the_demo_holds_three_bodies_and_their_people(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        assert set(session.scalars(select(Body.name))) == {BOARD, YOUTH, STEERING}
        names = list(session.scalars(select(Person.name)))
        assert len(names) >= 25
        assert len(names) == len(set(names)), "each person is kept once"
        assert session.scalar(
            select(func.count()).where(Person.organisation == "Region Exempellän")
        )
        assert session.scalar(
            select(func.count()).where(Person.organisation == "Försäkringskassan")
        )
        board = session.scalars(select(Body).where(Body.name == BOARD)).one()
        assert (board.kind, board.numbering, board.numbering_start) == ("styrelse", "lopande", 1166)
        this_term = Membership.start_date < NEXT_TERM_START
        roles = list(
            session.scalars(
                select(Membership.role).where(Membership.body_id == board.id, this_term)
            )
        )
        assert sum(role in VOTING_ROLES for role in roles) == 11
        next_term = list(
            session.scalars(
                select(Membership.role).where(
                    Membership.body_id == board.id, Membership.start_date == NEXT_TERM_START
                )
            )
        )
        assert sum(role in VOTING_ROLES for role in next_term) == 11, "2027 has members to call"
        assert roles.count("ersattare") == 6
        assert roles.count("ordforande") == roles.count("vice_ordforande") == 1
        assert roles.count("sekreterare") == 1
        youth = session.scalars(select(Body).where(Body.name == YOUTH)).one()
        assert youth.keeps_notes and youth.numbering == "per_mote"
        young = list(
            session.scalars(
                select(Membership.role).where(Membership.body_id == youth.id, this_term)
            )
        )
        assert sum(role in VOTING_ROLES for role in young) == 9


def test_the_board_meets_through_2026_with_coming_meetings(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        meetings = _meetings(session, BOARD)
        held = [m for m in meetings if m.numbered_at is not None]
        assert [m.held_on.month for m in held] == [2, 3, 4, 5, 6, 9, 10, 11]
        assert all(m.held_on.year == 2026 for m in held)
        coming = [m.held_on for m in meetings if m.held_on > DEMO_TODAY]
        assert len(coming) >= 3 and date(2027, 1, 1) <= max(coming)
        assert all(m.numbered_at is None and m.adjusted_on is None for m in meetings[8:])
        assert len(_meetings(session, YOUTH)) == 4
        assert len(_meetings(session, STEERING)) == 3


def test_the_board_numbers_its_paragraphs_on_from_1166_without_gaps(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        numbers = [item.paragraph_number for m in _held(session, BOARD) for item in m.items]
        assert numbers == list(range(1166, 1166 + len(numbers)))
        steering = [item.paragraph_number for m in _held(session, STEERING) for item in m.items]
        assert steering == list(range(1, len(steering) + 1))
        for meeting in _held(session, YOUTH):
            assert [i.paragraph_number for i in meeting.items] == list(
                range(1, len(meeting.items) + 1)
            )


def test_every_agenda_opens_with_the_standard_items_and_closes_last(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        for meeting in session.scalars(select(Meeting)):
            standards = [item.standard for item in meeting.items]
            assert standards[:3] == ["opening", "adjusters", "agenda"]
            assert standards[-1] == "closing"
            assert [item.position for item in meeting.items] == list(
                range(1, len(meeting.items) + 1)
            )
        for meeting in _held(session, BOARD):
            matters = [item for item in meeting.items if item.standard is None]
            assert 3 <= len(matters) <= 6
            assert all(item.diarienummer.startswith("KS 20") for item in matters)
            assert all(item.clauses for item in meeting.items[1:-1])
            assert all(c.text.startswith("att ") for i in matters for c in i.clauses)


def test_every_held_meeting_has_secretary_adjusters_and_attendance(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        held = _held(session)
        assert len(held) == 8 + 4 + 3
        for meeting in held:
            assert meeting.secretary_id is not None
            assert meeting.adjusters
            assert meeting.adjustment_place and meeting.adjustment_date
            kinds = {row.kind for row in meeting.attendance}
            assert "narvarande" in kinds
        kinds = set(session.scalars(select(Attendance.kind)))
        assert {"tjanstgorande_ersattare", "ovrig", "forhinder"} <= kinds
        assert session.scalar(select(func.count()).where(Attendance.from_item.is_not(None)))


def test_serving_substitutes_replace_absent_members_and_the_board_is_quorate(
    demo: Demo,
) -> None:
    with demo.database.unit_of_work() as session:
        board_id = session.scalars(select(Body.id).where(Body.name == BOARD)).one()
        voting = set(
            session.scalars(
                select(Membership.person_id).where(
                    Membership.body_id == board_id, Membership.role.in_(VOTING_ROLES)
                )
            )
        )
        for meeting in _held(session, BOARD):
            kinds = {row.person_id: row.kind for row in meeting.attendance}
            for row in meeting.attendance:
                if row.kind == "tjanstgorande_ersattare":
                    assert row.serving_for_id in voting
                    assert kinds[row.serving_for_id] in {"forhinder", "franvarande"}
            attendance = {
                row.person_id: (row.kind, row.serving_for_id) for row in meeting.attendance
            }
            assert quorum(voting, attendance).is_quorate


def test_meetings_up_to_october_are_adjusted_and_november_is_not(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        for meeting in _held(session):
            if meeting.held_on < date(2026, 11, 1):
                assert meeting.adjusted_on is not None and meeting.adjusted_on >= meeting.held_on
                assert meeting.fingerprint is not None and len(meeting.fingerprint) == 64
            else:
                assert meeting.adjusted_on is None and meeting.fingerprint is None
        fingerprints = list(
            session.scalars(select(Meeting.fingerprint).where(Meeting.fingerprint.is_not(None)))
        )
        assert len(fingerprints) == len(set(fingerprints))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE meeting SET place = 'Någon annanstans' WHERE id = :meeting",
        "UPDATE agenda_item SET title = 'Ändrad' WHERE meeting_id = :meeting",
        "DELETE FROM attendance WHERE meeting_id = :meeting",
    ],
)
def test_an_adjusted_protocol_refuses_any_change(demo: Demo, statement: str) -> None:
    with demo.database.unit_of_work() as session:
        meeting_id = session.scalars(
            select(Meeting.id).where(Meeting.adjusted_on.is_not(None)).limit(1)
        ).one()
    with closing(sqlite3.connect(demo.path)) as connection:
        with pytest.raises(sqlite3.DatabaseError, match="justerat"):
            connection.execute(statement, {"meeting": meeting_id})
        connection.rollback()


def test_the_youth_councils_notes_have_outcomes(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        items = [item for meeting in _meetings(session, YOUTH) for item in meeting.items]
        assert len(items) >= 4 * 5
        assert all(item.outcome for item in items)
        titles = " ".join(item.title for item in items).lower()
        assert "engelsk" in titles and "ordlista" in titles


def test_paragraphs_link_to_goal_13_and_a_malsattning(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        assert session.scalar(
            select(func.count()).where(ParagraphLink.kind == "goal", ParagraphLink.target == "13")
        )
        targets = set(
            session.scalars(select(ParagraphLink.target).where(ParagraphLink.kind == "objective"))
        )
        objectives = {str(i) for i in session.scalars(select(Objective.id))}
        assert targets and targets <= objectives


def test_a_later_paragraph_corrects_an_adjusted_one(demo: Demo) -> None:
    with demo.database.unit_of_work() as session:
        correction = session.scalars(
            select(AgendaItem).where(AgendaItem.corrects_item_id.is_not(None))
        ).one()
        corrected = session.get(AgendaItem, correction.corrects_item_id)
        assert corrected is not None
        assert corrected.meeting.adjusted_on is not None
        assert corrected.meeting.adjusted_on < correction.meeting.held_on
        assert f"§ {corrected.paragraph_number}" in correction.title
        assert session.scalar(select(func.count()).select_from(MeetingAdjuster))


def test_every_adjusted_demo_protocol_matches_its_fingerprint(demo: Demo) -> None:
    from agenda_desktop.core.services.container import Services

    protocols = Services.for_database(demo.database).protocols
    with demo.database.unit_of_work() as session:
        adjusted = list(session.scalars(select(Meeting.id).where(Meeting.adjusted_on.is_not(None))))
    assert len(adjusted) >= 10
    for meeting_id in adjusted:
        check = protocols.verify(meeting_id)
        assert check.matches, f"meeting {meeting_id}: {check.stored} != {check.computed}"
