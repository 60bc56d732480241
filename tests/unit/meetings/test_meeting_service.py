"""The meeting service on a real SQLite file: meetings, agenda, attachments, attendance."""

from __future__ import annotations

import hashlib
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import update

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import agenda_rules
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings import MeetingService
from agenda_desktop.core.services.meetings_types import (
    AgendaItemInput,
    AttendanceInput,
    MeetingInput,
)
from agenda_desktop.core.services.protocols_types import SignatoryInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import Body, Meeting, Membership, Person

DAY = date(2025, 3, 12)


def make_body(database: Database) -> dict[str, int]:
    """A board with five voting members (one left before DAY), a substitute, a secretary."""
    people = {
        "anna": ("Anna Ordf", "ordforande", None),
        "bo": ("Bo Vice", "vice_ordforande", None),
        "cilla": ("Cilla Led", "ledamot", None),
        "dan": ("Dan Led", "ledamot", None),
        "eva": ("Eva Led", "ledamot", None),
        "gammal": ("Gammal Led", "ledamot", date(2024, 12, 31)),
        "ersa": ("Ersa Ersättare", "ersattare", None),
        "sekr": ("Sekr Sekreterare", "sekreterare", None),
        "gast": ("Gäst Talare", None, None),
    }
    ids: dict[str, int] = {}
    with database.unit_of_work() as session:
        body = Body(name="Hållbarhetsberedningen", kind="utskott")
        session.add(body)
        session.flush()
        ids["body"] = body.id
        for key, (name, role, end) in people.items():
            person = Person(name=name, party="S", organisation="Kommunen")
            session.add(person)
            session.flush()
            ids[key] = person.id
            if role:
                session.add(
                    Membership(
                        body_id=body.id,
                        person_id=person.id,
                        role=role,
                        start_date=date(2023, 1, 1),
                        end_date=end,
                    )
                )
    return ids


@pytest.fixture
def service(core_services: Services) -> MeetingService:
    return core_services.meetings


@pytest.fixture
def ids(new_database: Database) -> dict[str, int]:
    return make_body(new_database)


def new_meeting(service: MeetingService, body_id: int, day: date = DAY) -> int:
    data = MeetingInput(day, time(13), time(15, 30), "  Sessionssalen ", "Fika från 12.30")
    return service.create_meeting(body_id, data).meeting_id


def adjust(database: Database, meeting_id: int) -> None:
    with database.unit_of_work() as session:
        session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(numbered_at=None, adjusted_on=date(2025, 3, 20))
        )


def test_a_new_meeting_has_the_standard_agenda(service: MeetingService, ids: dict) -> None:
    meeting_id = new_meeting(service, ids["body"])
    info = service.meeting(meeting_id)
    assert (info.place, info.time_text, info.state_name) == (
        "Sessionssalen",
        "13:00\u201315:30",
        "Planerat",
    )
    assert info.body_name == "Hållbarhetsberedningen"
    titles = [item.title for item in service.items(meeting_id)]
    assert titles == [
        "Mötets öppnande",
        "Val av justerare",
        "Fastställande av dagordning",
        "Mötets avslutande",
    ]


def test_meetings_are_listed_and_upcoming_across_bodies(service: MeetingService, ids: dict) -> None:
    early = new_meeting(service, ids["body"], date(2025, 1, 10))
    late = new_meeting(service, ids["body"], date(2025, 6, 1))
    middle = new_meeting(service, ids["body"], DAY)
    assert [m.meeting_id for m in service.meetings(ids["body"])] == [late, middle, early]
    assert [m.meeting_id for m in service.upcoming(date(2025, 2, 1), 5)] == [middle, late]
    assert [m.meeting_id for m in service.upcoming(date(2025, 2, 1), 1)] == [middle]


def test_update_checks_times(service: MeetingService, ids: dict) -> None:
    meeting_id = new_meeting(service, ids["body"])
    with pytest.raises(ValidationError) as caught:
        service.update_meeting(meeting_id, MeetingInput(DAY, time(15), time(14)))
    assert caught.value.field == agenda_rules.FIELD_END
    info = service.update_meeting(meeting_id, MeetingInput(DAY, time(9), None, "Digitalt"))
    assert (info.place, info.time_text) == ("Digitalt", "09:00")


def test_items_are_added_before_the_closing_and_move_among_themselves(
    service: MeetingService, ids: dict
) -> None:
    meeting_id = new_meeting(service, ids["body"])
    first = service.add_item(meeting_id, AgendaItemInput("Budget", diarienummer="KS 2025/12"))
    second = service.add_item(meeting_id, AgendaItemInput("Rapport", kind="information"))
    assert (first.position, second.position) == (4, 5)
    assert service.items(meeting_id)[-1].standard == "closing"
    first = service.item(first.item_id)
    assert first.can_move_down and not first.can_move_up
    moved = service.move_item(second.item_id, -1)
    assert moved.position == 4
    assert [i.title for i in service.items(meeting_id)][3:] == [
        "Rapport",
        "Budget",
        "Mötets avslutande",
    ]
    with pytest.raises(ValidationError, match="ligger redan först"):
        service.move_item(second.item_id, -1)
    closing = service.items(meeting_id)[-1]
    with pytest.raises(ValidationError, match="ligger fast"):
        service.move_item(closing.item_id, -1)
    with pytest.raises(ValidationError, match="kan inte tas bort"):
        service.remove_item(closing.item_id)
    service.remove_item(second.item_id)
    assert [i.position for i in service.items(meeting_id)] == [1, 2, 3, 4, 5]
    edited = service.update_item(first.item_id, AgendaItemInput(" Budget 2026 ", "Bakgrund"))
    assert (edited.title, edited.matter, edited.diarienummer) == ("Budget 2026", "Bakgrund", "")


def test_attachments_are_copied_into_the_database(
    service: MeetingService, ids: dict, tmp_path: Path
) -> None:
    meeting_id = new_meeting(service, ids["body"])
    item = service.add_item(meeting_id, AgendaItemInput("Budget"))
    source = tmp_path / "budget.pdf"
    source.write_bytes(b"%PDF-1.4 budget")
    attached = service.add_attachment(item.item_id, source)
    source.unlink()  # the database keeps its own copy
    assert (attached.filename, attached.media_type, attached.size) == (
        "budget.pdf",
        "application/pdf",
        15,
    )
    assert attached.sha256 == hashlib.sha256(b"%PDF-1.4 budget").hexdigest()
    assert service.item(item.item_id).attachment_count == 1
    copy = service.export_attachment(attached.attachment_id, tmp_path / "kopia.pdf")
    assert copy.read_bytes() == b"%PDF-1.4 budget"
    service.remove_attachment(attached.attachment_id)
    assert service.attachments(item.item_id) == []


def test_a_too_big_attachment_is_refused(
    service: MeetingService, ids: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = new_meeting(service, ids["body"])
    item = service.add_item(meeting_id, AgendaItemInput("Budget"))
    monkeypatch.setattr(agenda_rules, "MAX_ATTACHMENT_BYTES", 10)
    big = tmp_path / "stor.pdf"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ValidationError, match=r"stor\.pdf"):
        service.add_attachment(item.item_id, big)
    with pytest.raises(ValidationError, match="finns inte"):
        service.add_attachment(item.item_id, tmp_path / "saknas.pdf")


def test_members_in_office_and_quorum(service: MeetingService, ids: dict) -> None:
    meeting_id = new_meeting(service, ids["body"])
    members = service.members_in_office(meeting_id)
    assert [m.name for m in members] == [
        "Anna Ordf",
        "Bo Vice",
        "Cilla Led",
        "Dan Led",
        "Eva Led",
        "Ersa Ersättare",
        "Sekr Sekreterare",
    ]
    assert service.quorum(meeting_id).voting_members == 5
    for key in ("anna", "bo"):
        service.set_attendance(meeting_id, AttendanceInput(ids[key], "narvarande"))
    service.set_attendance(meeting_id, AttendanceInput(ids["cilla"], "forhinder"))
    assert not service.quorum(meeting_id).is_quorate
    service.set_attendance(
        meeting_id, AttendanceInput(ids["ersa"], "tjanstgorande_ersattare", ids["cilla"])
    )
    found = service.quorum(meeting_id)
    assert (found.present, found.needed, found.is_quorate) == (3, 3, True)


def test_substitute_rules_and_grouping(service: MeetingService, ids: dict) -> None:
    meeting_id = new_meeting(service, ids["body"])
    service.set_attendance(meeting_id, AttendanceInput(ids["anna"], "narvarande"))
    with pytest.raises(ValidationError, match="Anna Ordf är närvarande"):
        service.set_attendance(
            meeting_id, AttendanceInput(ids["ersa"], "tjanstgorande_ersattare", ids["anna"])
        )
    with pytest.raises(ValidationError, match="sitter i organet"):
        service.set_attendance(
            meeting_id, AttendanceInput(ids["ersa"], "tjanstgorande_ersattare", ids["gammal"])
        )
    service.set_attendance(
        meeting_id, AttendanceInput(ids["ersa"], "tjanstgorande_ersattare", ids["dan"])
    )
    with pytest.raises(ValidationError, match="ändra ersättarens närvaro först"):
        service.set_attendance(meeting_id, AttendanceInput(ids["dan"], "narvarande"))
    service.set_attendance(meeting_id, AttendanceInput(ids["dan"], "forhinder"))
    service.set_attendance(
        meeting_id,
        AttendanceInput(ids["gast"], "ovrig", role=" föredragande ", from_item=1, to_item=4),
    )
    with pytest.raises(ValidationError, match="punkt 9 finns inte"):
        service.set_attendance(meeting_id, AttendanceInput(ids["sekr"], "ovrig", to_item=9))
    groups = service.attendance(meeting_id)
    assert [g.kind for g in groups] == [
        "narvarande",
        "tjanstgorande_ersattare",
        "ovrig",
        "forhinder",
    ]
    substitute = groups[1].rows[0]
    assert (substitute.name, substitute.serving_for_name) == ("Ersa Ersättare", "Dan Led")
    guest = groups[2].rows[0]
    assert (guest.role, guest.items_text, guest.member_role) == (
        "föredragande",
        "punkt 1\u20134",
        None,
    )
    service.clear_attendance(meeting_id, ids["gast"])
    assert [g.kind for g in service.attendance(meeting_id)][-1] == "forhinder"


def test_an_adjusted_meeting_refuses_every_change(
    service: MeetingService, ids: dict, new_database: Database, tmp_path: Path
) -> None:
    meeting_id = new_meeting(service, ids["body"])
    item = service.add_item(meeting_id, AgendaItemInput("Budget"))
    adjust(new_database, meeting_id)
    assert service.meeting(meeting_id).state_name == "Justerat"
    source = tmp_path / "a.txt"
    source.write_text("a")
    attempts = [
        lambda: service.update_meeting(meeting_id, MeetingInput(DAY)),
        lambda: service.delete_meeting(meeting_id),
        lambda: service.add_item(meeting_id, AgendaItemInput("Ny")),
        lambda: service.update_item(item.item_id, AgendaItemInput("Ändrad")),
        lambda: service.move_item(item.item_id, -1),
        lambda: service.remove_item(item.item_id),
        lambda: service.add_attachment(item.item_id, source),
        lambda: service.set_attendance(meeting_id, AttendanceInput(ids["anna"], "narvarande")),
        lambda: service.clear_attendance(meeting_id, ids["anna"]),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="justerades 2025-03-20"):
            attempt()
    assert service.items(meeting_id)[3].title == "Budget"


def test_an_agenda_changed_after_drawing_up_must_be_drawn_up_again(
    core_services: Services, ids: dict
) -> None:
    service, protocols = core_services.meetings, core_services.protocols
    meeting_id = new_meeting(service, ids["body"])
    budget = service.add_item(meeting_id, AgendaItemInput("Budget"))
    service.add_item(meeting_id, AgendaItemInput("Taxor"))
    protocols.set_signatories(
        meeting_id, SignatoryInput(secretary_id=ids["sekr"], adjuster_ids=(ids["cilla"],))
    )
    first = protocols.draw_up(meeting_id)
    assert [p.number for p in first.paragraphs] == [1, 2, 3, 4, 5, 6]
    assert service.meeting(meeting_id).state_name == "Protokoll upprättat"

    service.remove_item(budget.item_id)  # before adjustment the agenda may still change
    service.add_item(meeting_id, AgendaItemInput("Avfallsplan"))
    with pytest.raises(ValidationError):
        protocols.adjust(meeting_id, DAY)  # numbers out of step with the agenda
    again = protocols.draw_up(meeting_id)
    assert [p.number for p in again.paragraphs] == [1, 2, 3, 4, 5, 6]
    assert [p.title for p in again.paragraphs][3:5] == ["Taxor", "Avfallsplan"]
    assert protocols.adjust(meeting_id, DAY).is_adjusted


def test_missing_rows(service: MeetingService, ids: dict) -> None:
    with pytest.raises(NotFoundError):
        service.meeting(999)
    with pytest.raises(NotFoundError):
        service.create_meeting(999, MeetingInput(DAY))
    meeting_id = new_meeting(service, ids["body"])
    service.delete_meeting(meeting_id)
    assert service.meetings(ids["body"]) == []
