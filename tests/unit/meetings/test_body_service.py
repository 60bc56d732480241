"""The body register on a real SQLite file: bodies, the shared people, memberships and
who is in office on a day."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.services.bodies import BodyService
from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AgendaItem, Attendance, Meeting

DAY = date(2024, 3, 12)


@pytest.fixture
def bodies(fresh_database: Database) -> BodyService:
    return BodyService(fresh_database)


def _person(bodies: BodyService, name: str, party: str | None = None, org: str = "") -> int:
    return bodies.create_person(PersonInput(name, party=party, organisation=org)).person_id


def _seat(
    bodies: BodyService,
    body_id: int,
    person_id: int,
    role: str = "ledamot",
    start: date = date(2023, 1, 1),
    end: date | None = None,
    represents: str = "",
) -> int:
    data = MembershipInput(person_id, role, start, end, represents)
    return bodies.add_membership(body_id, data).membership_id


def _meeting(database: Database, body_id: int, person_id: int | None = None) -> int:
    with database.unit_of_work() as session:
        meeting = Meeting(body_id=body_id, held_on=DAY)
        session.add(meeting)
        session.flush()
        session.add(
            AgendaItem(meeting_id=meeting.id, position=1, title="Öppnande", paragraph_number=1170)
        )
        if person_id is not None:
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id, kind="narvarande"))
        return meeting.id


def test_create_update_and_list_bodies(bodies: BodyService) -> None:
    created = bodies.create_body(
        BodyInput(
            "Samordningsförbundet",
            "samordningsforbund",
            "Kommunen, Regionen",
            "lopande",
            1166,
            description="Finsam",
        )
    )
    assert (created.kind_name, created.numbering_name) == (
        "Samordningsförbund",
        "Löpande över alla möten",
    )
    assert (created.numbering_start, created.member_count, created.meeting_count) == (1166, 0, 0)
    bodies.create_body(BodyInput("Ungdomsrådet", "rad", numbering="per_mote", keeps_notes=True))
    bodies.create_body(BodyInput("Arbetsgruppen", "arbetsgrupp"))
    assert [b.name for b in bodies.bodies()] == [
        "Arbetsgruppen",
        "Samordningsförbundet",
        "Ungdomsrådet",
    ]
    updated = bodies.update_body(
        created.body_id,
        BodyInput(
            "Samordningsförbundet Väst",
            "samordningsforbund",
            numbering="per_ar",
            numbering_start=50,
        ),
    )
    assert (updated.name, updated.numbering, updated.numbering_start) == (
        "Samordningsförbundet Väst",
        "per_ar",
        1,
    )
    assert bodies.body(created.body_id).owners == ""


def test_body_name_is_unique_case_ignored(bodies: BodyService) -> None:
    first = bodies.create_body(BodyInput("Styrgruppen", "styrgrupp"))
    with pytest.raises(ValidationError) as raised:
        bodies.create_body(BodyInput("styrgruppen"))
    assert raised.value.field == rules.FIELD_BODY_NAME
    other = bodies.create_body(BodyInput("Arbetsgruppen"))
    with pytest.raises(ValidationError):
        bodies.update_body(other.body_id, BodyInput("STYRGRUPPEN"))
    assert bodies.update_body(first.body_id, BodyInput("STYRGRUPPEN")).name == "STYRGRUPPEN"


def test_delete_body_refused_while_it_has_meetings(
    bodies: BodyService, fresh_database: Database
) -> None:
    body = bodies.create_body(BodyInput("Nämnden"))
    anna = _person(bodies, "Anna Ek")
    _seat(bodies, body.body_id, anna)
    _meeting(fresh_database, body.body_id)
    info = bodies.body(body.body_id)
    assert (info.meeting_count, info.last_paragraph) == (1, 1170)
    with pytest.raises(ValidationError, match="1 möten"):
        bodies.delete_body(body.body_id)
    empty = bodies.create_body(BodyInput("Tom"))
    _seat(bodies, empty.body_id, anna)
    bodies.delete_body(empty.body_id)
    assert [p.name for p in bodies.people()] == ["Anna Ek"]  # the person stays
    assert bodies.person(anna).body_names == ("Nämnden",)
    with pytest.raises(NotFoundError):
        bodies.body(empty.body_id)


def test_people_are_shared_searched_and_deleted_only_when_unused(
    bodies: BodyService, fresh_database: Database
) -> None:
    one = bodies.create_body(BodyInput("Ett"))
    two = bodies.create_body(BodyInput("Två"))
    anna = _person(bodies, "Anna Ek", "S", "Exempelkommun")
    bo = _person(bodies, "Bo Åberg", org="Region Väst")
    _person(bodies, "Cecilia Öst")
    _seat(bodies, one.body_id, anna)
    _seat(bodies, two.body_id, anna, "ordforande")
    info = bodies.person(anna)
    assert (info.party_name, info.membership_count, info.body_names) == (
        "Socialdemokraterna",
        2,
        ("Ett", "Två"),
    )
    assert [p.name for p in bodies.people("ek")] == ["Anna Ek"]
    assert [p.name for p in bodies.people("region")] == ["Bo Åberg"]
    assert [p.name for p in bodies.people()] == ["Anna Ek", "Bo Åberg", "Cecilia Öst"]
    with pytest.raises(ValidationError, match="2 uppdrag"):
        bodies.delete_person(anna)
    _meeting(fresh_database, one.body_id, bo)
    with pytest.raises(ValidationError, match="närvaron"):
        bodies.delete_person(bo)
    updated = bodies.update_person(bo, PersonInput("Bo Åberg", "C", "Regionen", "Politiker"))
    assert (updated.party, updated.organisation, updated.title) == ("C", "Regionen", "Politiker")
    cecilia = bodies.people("cecilia")[0].person_id
    bodies.delete_person(cecilia)
    with pytest.raises(NotFoundError):
        bodies.person(cecilia)


def test_overlapping_periods_of_one_person_in_one_body_are_refused(bodies: BodyService) -> None:
    body = bodies.create_body(BodyInput("Nämnden"))
    other = bodies.create_body(BodyInput("Utskottet", "utskott"))
    anna = _person(bodies, "Anna Ek")
    first = _seat(bodies, body.body_id, anna, start=date(2023, 1, 1), end=date(2024, 6, 30))
    with pytest.raises(ValidationError, match="2023-01-01–2024-06-30") as raised:
        _seat(bodies, body.body_id, anna, "ordforande", start=date(2024, 6, 30))
    assert raised.value.field == rules.FIELD_START
    later = _seat(bodies, body.body_id, anna, "ordforande", start=date(2024, 7, 1))
    _seat(bodies, other.body_id, anna, start=date(2023, 1, 1))  # another body: fine
    with pytest.raises(ValidationError):  # changing the first onto the second
        bodies.update_membership(first, MembershipInput(anna, "ledamot", date(2023, 1, 1), None))
    # Changing a membership does not collide with itself.
    changed = bodies.update_membership(
        later, MembershipInput(anna, "vice_ordforande", date(2024, 8, 1), None, "Kommunen")
    )
    assert (changed.role_name, changed.represents) == ("Vice ordförande", "Kommunen")
    with pytest.raises(ValidationError) as raised:
        bodies.add_membership(body.body_id, MembershipInput(9999, "ledamot", DAY))
    assert raised.value.field == rules.FIELD_PERSON


def test_end_change_and_remove_membership(bodies: BodyService) -> None:
    body = bodies.create_body(BodyInput("Nämnden"))
    anna = _person(bodies, "Anna Ek")
    seat = _seat(bodies, body.body_id, anna, start=date(2023, 1, 1))
    with pytest.raises(ValidationError) as raised:
        bodies.end_membership(seat, date(2022, 12, 31))
    assert raised.value.field == rules.FIELD_END
    ended = bodies.end_membership(seat, date(2023, 12, 31))
    assert ended.end_date == date(2023, 12, 31)
    assert not ended.is_current
    assert bodies.memberships(body.body_id, on=DAY) == []
    assert [m.membership_id for m in bodies.memberships(body.body_id, True, DAY)] == [seat]
    bodies.remove_membership(seat)
    assert bodies.memberships(body.body_id, True) == []
    with pytest.raises(NotFoundError):
        bodies.remove_membership(seat)


def test_members_on_a_day(bodies: BodyService) -> None:
    body = bodies.create_body(BodyInput("Nämnden"))
    start, end = date(2023, 1, 1), date(2026, 12, 31)
    chair = _person(bodies, "Östen Ordf", "M", "Exempelkommun")
    vice = _person(bodies, "Vera Vice", "S")
    member = _person(bodies, "Lena Ledamot", "C", "Exempelkommun")
    sub = _person(bodies, "Erik Ersättare", "KD")
    secretary = _person(bodies, "Siv Sekreterare", org="Kommunledningskontoret")
    gone = _person(bodies, "Gunnar Gammal", "L")
    coming = _person(bodies, "Nils Ny", "MP")
    _seat(bodies, body.body_id, member, start=start, end=end, represents="Region Väst")
    _seat(bodies, body.body_id, sub, "ersattare", start, end)
    _seat(bodies, body.body_id, chair, "ordforande", start, end)
    _seat(bodies, body.body_id, vice, "vice_ordforande", start, end)
    _seat(bodies, body.body_id, secretary, "sekreterare", start)
    _seat(bodies, body.body_id, gone, start=start, end=DAY)  # last day in office: DAY
    _seat(bodies, body.body_id, coming, start=date(2024, 3, 13))

    members = bodies.members(body.body_id, DAY)
    assert [(m.name, m.role_name) for m in members] == [
        ("Östen Ordf", "Ordförande"),
        ("Vera Vice", "Vice ordförande"),
        ("Gunnar Gammal", "Ledamot"),
        ("Lena Ledamot", "Ledamot"),
        ("Erik Ersättare", "Ersättare"),
        ("Siv Sekreterare", "Sekreterare"),
    ]
    lena = members[3]
    assert (lena.party, lena.represents, lena.is_voting) == ("C", "Region Väst", True)
    assert members[0].represents == "Exempelkommun"  # the person's own organisation
    assert [m.name for m in bodies.voting_members(body.body_id, DAY)] == [
        "Östen Ordf",
        "Vera Vice",
        "Gunnar Gammal",
        "Lena Ledamot",
    ]
    next_day = [m.name for m in bodies.members(body.body_id, date(2024, 3, 13))]
    assert "Gunnar Gammal" not in next_day and "Nils Ny" in next_day
    assert bodies.members(body.body_id, date(2022, 12, 31)) == []
    assert len(bodies.voting_members(body.body_id, date(2027, 1, 1))) == 1  # Nils Ny
    info = bodies.body(body.body_id, DAY)
    assert (info.member_count, info.voting_count) == (6, 4)
    # memberships(): those in office first by role, then those still to come.
    current = bodies.memberships(body.body_id, on=DAY)
    assert current[0].person_name == "Östen Ordf" and current[-1].person_name == "Nils Ny"
    with pytest.raises(NotFoundError):
        bodies.members(9999, DAY)
