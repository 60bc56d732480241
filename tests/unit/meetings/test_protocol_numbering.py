"""Paragraph numbering under each rule, including reordering and removing items."""

from __future__ import annotations

from datetime import date, time

import pytest
from protocol_builders import make_body, make_meeting, move_item, remove_item

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import numbering
from agenda_desktop.core.meetings.numbering import ChainMeeting
from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.store.database import Database


def chain(meeting_id: int, day: date, numbers: tuple[int, ...], items: int = 0) -> ChainMeeting:
    return ChainMeeting(meeting_id, day, None, items or len(numbers), numbers)


# -- the pure rule -------------------------------------------------------------------------


def test_lopande_goes_on_from_the_start_and_then_the_highest_used() -> None:
    this = (5, date(2026, 3, 1), None)
    assert numbering.first_number("lopande", 1166, this, []) == 1166
    earlier = [chain(1, date(2026, 1, 1), (1166, 1167)), chain(2, date(2026, 2, 1), (1168,))]
    assert numbering.first_number("lopande", 1166, this, earlier) == 1169


def test_per_ar_restarts_each_year_and_per_mote_every_meeting() -> None:
    this = (5, date(2026, 3, 1), None)
    last_year = [chain(1, date(2025, 12, 1), (40, 41))]
    assert numbering.first_number("per_ar", 1, this, last_year) == 1
    same_year = [*last_year, chain(2, date(2026, 1, 20), (1, 2, 3))]
    assert numbering.first_number("per_ar", 1, this, same_year) == 4
    assert numbering.first_number("per_mote", 1166, this, same_year) == 1


def test_same_day_meetings_are_ordered_by_start_time() -> None:
    morning = ChainMeeting(9, date(2026, 3, 1), time(9, 0), 2, (10, 11))
    assert numbering.first_number("lopande", 1, (5, date(2026, 3, 1), time(13, 0)), [morning]) == 12


def test_an_unnumbered_earlier_meeting_is_refused() -> None:
    earlier = [chain(1, date(2026, 1, 1), (), items=4)]
    with pytest.raises(ValidationError, match="2026-01-01 är inte upprättat"):
        numbering.first_number("lopande", 1, (5, date(2026, 3, 1), None), earlier)
    # an earlier meeting without any items does not hold the chain up
    empty = [chain(1, date(2026, 1, 1), (), items=0)]
    assert numbering.first_number("lopande", 7, (5, date(2026, 3, 1), None), empty) == 7


def test_a_later_numbered_meeting_is_refused_unless_asked_not_to_check() -> None:
    later = [chain(9, date(2026, 4, 1), (1, 2, 3))]
    this = (5, date(2026, 3, 1), None)
    with pytest.raises(ValidationError, match=r"senare möte \(2026-04-01\).*§ 1–3"):
        numbering.first_number("lopande", 1, this, later)
    assert numbering.first_number("lopande", 1, this, later, check_later=False) == 1
    # per_ar: a numbered meeting of the next year is no obstacle
    assert numbering.first_number("per_ar", 1, this, [chain(9, date(2027, 1, 5), (1,))]) == 1


def test_assign_and_consecutive() -> None:
    assert numbering.assign([7, 3, 9], 1166) == {7: 1166, 3: 1167, 9: 1168}
    assert numbering.is_consecutive([4, 5, 6], 4)
    assert not numbering.is_consecutive([4, 6, 7], 4)
    assert not numbering.is_consecutive([4, None], 4)
    assert numbering.format_range([1168, 1166, 1167]) == "1166–1168"


# -- the service ---------------------------------------------------------------------------


def numbers(service: ProtocolService, meeting_id: int) -> list[int | None]:
    return [p.number for p in service.protocol(meeting_id).paragraphs]


def test_lopande_numbers_follow_on_over_meetings(fresh_database: Database) -> None:
    service = ProtocolService(fresh_database)
    body = make_body(fresh_database, numbering="lopande", start=1166)
    first, _ = make_meeting(fresh_database, body, date(2026, 2, 10), titles=["A", "B"])
    second, _ = make_meeting(fresh_database, body, date(2026, 3, 12), titles=["C"])
    protocol = service.draw_up(first)
    assert [p.number for p in protocol.paragraphs] == list(range(1166, 1172))
    assert protocol.paragraph_range == "1166–1171"
    assert protocol.numbered_at is not None
    assert numbers(service, service.draw_up(second).meeting_id) == list(range(1172, 1177))


def test_per_ar_and_per_mote_in_the_service(fresh_database: Database) -> None:
    service = ProtocolService(fresh_database)
    yearly = make_body(fresh_database, "Miljönämnden", numbering="per_ar")
    december, _ = make_meeting(fresh_database, yearly, date(2025, 12, 1), titles=["A"])
    january, _ = make_meeting(fresh_database, yearly, date(2026, 1, 20), titles=["B"])
    february, _ = make_meeting(fresh_database, yearly, date(2026, 2, 20), titles=["C"])
    service.draw_up(december)
    assert numbers(service, service.draw_up(january).meeting_id) == [1, 2, 3, 4, 5]
    assert numbers(service, service.draw_up(february).meeting_id) == [6, 7, 8, 9, 10]
    each = make_body(fresh_database, "Ungdomsrådet", numbering="per_mote", start=50)
    one, _ = make_meeting(fresh_database, each, date(2026, 2, 1), titles=["A"])
    two, _ = make_meeting(fresh_database, each, date(2026, 1, 1), titles=["B"])
    service.draw_up(one)
    assert numbers(service, service.draw_up(two).meeting_id) == [1, 2, 3, 4, 5]


def test_out_of_order_drawing_up_is_refused(fresh_database: Database) -> None:
    service = ProtocolService(fresh_database)
    body = make_body(fresh_database, numbering="lopande", start=100)
    first, _ = make_meeting(fresh_database, body, date(2026, 2, 10))
    second, _ = make_meeting(fresh_database, body, date(2026, 3, 12))
    with pytest.raises(ValidationError, match="2026-02-10 är inte upprättat"):
        service.draw_up(second)
    service.draw_up(first)
    service.draw_up(second)
    with pytest.raises(ValidationError, match=r"senare möte \(2026-03-12\)"):
        service.draw_up(first)  # renumbering it now would leave gaps or duplicates
    assert numbers(service, first) == list(range(100, 106))


def test_redrawing_renumbers_after_removing_and_moving_items(fresh_database: Database) -> None:
    service = ProtocolService(fresh_database)
    body = make_body(fresh_database, numbering="lopande", start=1166)
    meeting, items = make_meeting(fresh_database, body, date(2026, 3, 12), titles=["A", "B", "C"])
    service.draw_up(meeting)
    remove_item(fresh_database, items[3])  # "A"
    move_item(fresh_database, items[5], 4)  # "C" before "B"
    with pytest.raises(ValidationError, match="upprätta det igen"):
        service.adjust(meeting, date(2026, 3, 13))
    protocol = service.draw_up(meeting)
    assert [p.number for p in protocol.paragraphs] == [1166, 1167, 1168, 1169, 1170, 1171]
    assert [p.title for p in protocol.paragraphs][3:5] == ["C", "B"]


def test_an_empty_agenda_cannot_be_drawn_up(fresh_database: Database) -> None:
    service = ProtocolService(fresh_database)
    body = make_body(fresh_database)
    meeting, items = make_meeting(fresh_database, body, date(2026, 3, 12), titles=[])
    for item_id in items:
        remove_item(fresh_database, item_id)
    with pytest.raises(ValidationError, match="dagordningen är tom"):
        service.draw_up(meeting)
