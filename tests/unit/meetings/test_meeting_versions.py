"""Two officers edit the same body, person, seat, meeting, agenda item, decision or
signatures: the second save of a field never overwrites the first silently, and the
history names who changed what. Each test runs on a shared SQLite file and, in CI, on a
shared PostgreSQL database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

import pytest

from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.protocols_types import (
    DecisionInput,
    Paragraph,
    SignatoryInput,
)
from agenda_desktop.core.store.record_versions import EditConflictError, ExpectedVersion

DAY = date(2026, 3, 12)


def _meeting(services: Services) -> tuple[int, int]:
    """A meeting of a new body with one item of its own: (meeting id, that item's id)."""
    body = services.bodies.create_body(BodyInput("Kommunstyrelsen", "styrelse"))
    meeting = services.meetings.create_meeting(
        body.body_id, MeetingInput(DAY, time(13), None, "Sessionssalen")
    )
    item = services.meetings.add_item(meeting.meeting_id, AgendaItemInput("Budget 2027"))
    return meeting.meeting_id, item.item_id


@dataclass(frozen=True)
class Case:
    """One update method: how to make a record, save one field of it, and read it back."""

    table: str
    field: str
    label: str
    original: str
    make: Callable[[Services], int]  # the record's key
    version: Callable[[Services, int], int]
    save: Callable[[Services, int, str, ExpectedVersion], object]
    value: Callable[[Services, int], str]


def _body(services: Services) -> int:
    return services.bodies.create_body(BodyInput("Ungdomsrådet", "rad", owners="Kommunen")).body_id


def _person(services: Services) -> int:
    return services.bodies.create_person(PersonInput("Anna Ek", title="nämndsekreterare")).person_id


def _seat(represents: str) -> Callable[[Services, int], MembershipInput]:
    def seat(services: Services, membership_id: int) -> MembershipInput:
        info = services.bodies.membership(membership_id)
        return MembershipInput(info.person_id, info.role, info.start_date, None, represents)

    return seat


def _membership(services: Services) -> int:
    body = _body(services)
    person = _person(services)
    seat = MembershipInput(person, "ledamot", date(2023, 1, 1), represents="Region Väst")
    return services.bodies.add_membership(body, seat).membership_id


def _decision(services: Services) -> int:
    _meeting_id, item_id = _meeting(services)
    services.protocols.set_decision(item_id, DecisionInput("Nämnden beslutar", ["att anta"]))
    return item_id


def _paragraph(services: Services, item_id: int) -> Paragraph:
    meeting_id = services.meetings.item(item_id).meeting_id
    paragraph = services.protocols.protocol(meeting_id).paragraph(item_id)
    assert paragraph is not None
    return paragraph


def _paragraph_version(services: Services, item_id: int) -> int:
    return _paragraph(services, item_id).version


CASES = {
    "body": Case(
        "body",
        "owners",
        "Huvudman",
        "Kommunen",
        _body,
        lambda s, key: s.bodies.body(key).version,
        lambda s, key, value, expected: s.bodies.update_body(
            key, BodyInput("Ungdomsrådet", "rad", owners=value), expected
        ),
        lambda s, key: s.bodies.body(key).owners,
    ),
    "person": Case(
        "person",
        "title",
        "Titel",
        "nämndsekreterare",
        _person,
        lambda s, key: s.bodies.person(key).version,
        lambda s, key, value, expected: s.bodies.update_person(
            key, PersonInput("Anna Ek", title=value), expected
        ),
        lambda s, key: s.bodies.person(key).title,
    ),
    "membership": Case(
        "membership",
        "represents",
        "Företräder",
        "Region Väst",
        _membership,
        lambda s, key: s.bodies.membership(key).version,
        lambda s, key, value, expected: s.bodies.update_membership(
            key, _seat(value)(s, key), expected
        ),
        lambda s, key: s.bodies.membership(key).represents,
    ),
    "meeting": Case(
        "meeting",
        "place",
        "Plats",
        "Sessionssalen",
        lambda s: _meeting(s)[0],
        lambda s, key: s.meetings.meeting(key).version,
        lambda s, key, value, expected: s.meetings.update_meeting(
            key, MeetingInput(DAY, time(13), None, value), expected
        ),
        lambda s, key: s.meetings.meeting(key).place,
    ),
    "agenda_item": Case(
        "agenda_item",
        "title",
        "Rubrik",
        "Budget 2027",
        lambda s: _meeting(s)[1],
        lambda s, key: s.meetings.item(key).version,
        lambda s, key, value, expected: s.meetings.update_item(
            key, AgendaItemInput(value), expected
        ),
        lambda s, key: s.meetings.item(key).title,
    ),
    "decision": Case(
        "agenda_item",
        "decision_intro",
        "Beslutsinledning",
        "Nämnden beslutar",
        _decision,
        _paragraph_version,
        lambda s, key, value, expected: s.protocols.set_decision(
            key, DecisionInput(value, None), expected
        ),
        lambda s, key: _paragraph(s, key).decision_intro,
    ),
    "signatories": Case(
        "meeting",
        "adjustment_place",
        "Justeringsplats",
        "Kommunhuset",
        lambda s: _signed(s),
        lambda s, key: s.protocols.protocol(key).version,
        lambda s, key, value, expected: s.protocols.set_signatories(
            key, SignatoryInput(adjustment_place=value), expected
        ),
        lambda s, key: s.protocols.protocol(key).adjustment_place,
    ),
}


def _signed(services: Services) -> int:
    meeting_id, _item = _meeting(services)
    services.protocols.set_signatories(meeting_id, SignatoryInput(adjustment_place="Kommunhuset"))
    return meeting_id


def _changed(case: Case, who: str) -> str:
    return f"{who}s {case.original}"


@pytest.mark.parametrize("name", CASES)
def test_the_second_save_of_a_field_gets_both_versions_and_the_users_choice(
    two_officers: tuple[Services, Services], name: str
) -> None:
    case = CASES[name]
    anna, bo = two_officers
    key = case.make(anna)
    began = case.version(bo, key)  # Bo opens the form
    case.save(anna, key, _changed(case, "Anna"), ExpectedVersion(case.version(anna, key)))

    with pytest.raises(EditConflictError) as raised:
        case.save(bo, key, _changed(case, "Bo"), ExpectedVersion(began))
    conflict = raised.value.conflict
    assert (conflict.changed_by, conflict.began_version) == ("Anna Berg", began)
    fields = {f.field: f for f in conflict.fields}
    mine = fields[case.field]
    assert (mine.label, mine.began_text, mine.mine_text, mine.saved_text) == (
        case.label,
        case.original,
        _changed(case, "Bo"),
        _changed(case, "Anna"),
    )
    assert mine.choosable
    assert case.value(anna, key) == _changed(case, "Anna")  # nothing of Bo's was stored

    # Bo keeps what Anna saved, then changes his mind and saves his own over it.
    kept = ExpectedVersion(conflict.saved_version, keep_saved=frozenset({case.field}))
    case.save(bo, key, _changed(case, "Bo"), kept)
    assert case.value(bo, key) == _changed(case, "Anna")
    case.save(bo, key, _changed(case, "Bo"), ExpectedVersion(conflict.saved_version))
    assert case.value(anna, key) == _changed(case, "Bo")

    history = anna.change_log.history(RecordRef.of(case.table, key))
    latest = next(entry for entry in history if not entry.is_part)
    assert latest.actor == "Bo Ek"
    change = next(c for c in latest.changes if c.label == case.label)
    assert (change.old_text, change.new_text) == (_changed(case, "Anna"), _changed(case, "Bo"))


def test_two_secretaries_rewriting_the_clauses_meet_in_a_conflict(
    two_officers: tuple[Services, Services],
) -> None:
    """The clauses are parts of the item, saved as a whole: Bo is told that Anna changed
    them and that his replace hers; nothing is saved until he says so."""
    anna, bo = two_officers
    item = _decision(anna)
    began = _paragraph_version(bo, item)
    anna.protocols.set_decision(item, DecisionInput("Nämnden beslutar", ["att annas"]))
    bos = DecisionInput("Nämnden beslutar", ["att bos", "att återrapportera"])
    with pytest.raises(EditConflictError) as raised:
        bo.protocols.set_decision(item, bos, ExpectedVersion(began))
    conflict = raised.value.conflict
    (clauses,) = conflict.fields
    assert (clauses.label, clauses.changed_by_me, clauses.changed_by_them) == (
        "Att-satser",
        True,
        True,
    )
    assert "Anna Berg" in clauses.saved_text
    assert _paragraph(anna, item).clauses == ("att annas",)
    bo.protocols.set_decision(item, bos, ExpectedVersion(conflict.saved_version))
    assert _paragraph(anna, item).clauses == ("att bos", "att återrapportera")


def test_clauses_left_as_shown_keep_what_another_secretary_saved(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    item = _decision(anna)
    began = _paragraph_version(bo, item)
    anna.protocols.set_decision(item, DecisionInput("Nämnden beslutar", ["att annas"]))
    saved = bo.protocols.set_decision(
        item, DecisionInput("Kommunstyrelsen beslutar", None), ExpectedVersion(began)
    )
    paragraph = saved.paragraph(item)
    assert paragraph is not None
    assert (paragraph.decision_intro, paragraph.clauses) == (
        "Kommunstyrelsen beslutar",
        ("att annas",),
    )


def test_a_second_save_from_the_returned_version_is_no_conflict(
    two_officers: tuple[Services, Services],
) -> None:
    anna, _bo = two_officers
    item = _decision(anna)
    meeting_id = anna.meetings.item(item).meeting_id
    protocol = anna.protocols.set_decision(
        item, DecisionInput("", ["att ändra"]), ExpectedVersion(_paragraph_version(anna, item))
    )
    paragraph = protocol.paragraph(item)
    assert paragraph is not None
    again = anna.protocols.set_decision(
        item, DecisionInput("", ["att ändra igen"]), ExpectedVersion(paragraph.version)
    )
    saved = anna.protocols.protocol(meeting_id).paragraph(item)
    assert saved is not None and saved.clauses == ("att ändra igen",)
    assert again.paragraph(item) == saved


def test_drawing_up_and_adjusting_are_in_the_meetings_history(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    meeting_id, item = _meeting(anna)
    secretary = anna.bodies.create_person(PersonInput("Sara Sekreterare")).person_id
    adjuster = anna.bodies.create_person(PersonInput("Jan Justerare")).person_id
    anna.protocols.draw_up(meeting_id)
    anna.protocols.set_signatories(meeting_id, SignatoryInput(secretary, [adjuster]))
    adjusted = bo.protocols.adjust(meeting_id, DAY)
    assert bo.protocols.verify(meeting_id).matches
    history = anna.change_log.history(RecordRef.of("meeting", meeting_id))
    own = [entry for entry in history if not entry.is_part]
    assert [(entry.actor, entry.version) for entry in own[:3]] == [
        ("Bo Ek", adjusted.version),
        ("Anna Berg", adjusted.version - 1),
        ("Anna Berg", adjusted.version - 2),
    ]
    assert {c.label: c.new_text for c in own[0].changes}["Justerat"] == DAY.isoformat()
    assert "Protokoll upprättat" in {c.label for c in own[2].changes}
    numbered = anna.change_log.history(RecordRef.of("agenda_item", item))[0]
    assert numbered.actor == "Anna Berg" and numbered.changes[0].label == "§"
