"""Quorum (beslutsförhet) and the rules of substitutes, without a database."""

from __future__ import annotations

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import attendance_rules as rules


@pytest.mark.parametrize(
    ("members", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (5, 3), (6, 4), (7, 4), (13, 7)]
)
def test_more_than_half_is_needed(members: int, needed: int) -> None:
    assert rules.needed_for_quorum(members) == needed


def test_exactly_half_is_not_quorate() -> None:
    voting = [1, 2, 3, 4]
    found = rules.quorum(voting, {1: ("narvarande", None), 2: ("narvarande", None)})
    assert (found.voting_members, found.present, found.needed) == (4, 2, 3)
    assert not found.is_quorate
    assert found.sentence.startswith("Inte beslutsför: 2 av 4")


def test_one_more_than_half_is_quorate() -> None:
    voting = [1, 2, 3, 4, 5]
    found = rules.quorum(voting, {p: ("narvarande", None) for p in (1, 2, 3)})
    assert found.is_quorate
    assert found.sentence == (
        "Beslutsför: 3 av 5 röstberättigade ledamöter är närvarande eller ersatta (minst 3 behövs)."
    )


def test_a_serving_substitute_counts_for_the_member_served() -> None:
    voting = [1, 2, 3]
    attendance = {
        1: ("narvarande", None),
        2: ("forhinder", None),
        10: ("tjanstgorande_ersattare", 2),
    }
    found = rules.quorum(voting, attendance)
    assert found.present == 2
    assert found.is_quorate


def test_substitutes_count_once_and_only_for_voting_members() -> None:
    voting = [1, 2, 3]
    attendance = {
        1: ("narvarande", None),
        10: ("tjanstgorande_ersattare", 1),  # member 1 is present already
        11: ("tjanstgorande_ersattare", 99),  # not a voting member
        12: ("ersattare", None),  # a substitute who does not serve
        13: ("ovrig", None),
    }
    assert rules.quorum(voting, attendance).present == 1


def test_a_body_without_voting_members_is_never_quorate() -> None:
    found = rules.quorum([], {7: ("narvarande", None)})
    assert (found.voting_members, found.needed, found.is_quorate) == (0, 0, False)
    assert "inga röstberättigade" in found.sentence


def test_items_text() -> None:
    assert rules.items_text(1, 4) == "punkt 1\u20134"
    assert rules.items_text(3, 3) == "punkt 3"
    assert rules.items_text(5, None) == "från punkt 5"
    assert rules.items_text(None, 2) == "till punkt 2"
    assert rules.items_text(None, None) == ""


def test_items_must_exist_and_come_in_order() -> None:
    rules.check_items(1, 4, 6)
    with pytest.raises(ValidationError, match="punkt 7 finns inte"):
        rules.check_items(1, 7, 6)
    with pytest.raises(ValidationError, match="byt plats"):
        rules.check_items(4, 2, 6)


def test_serving_for_must_be_an_absent_voting_member() -> None:
    voting = {1: "Anna", 2: "Bo"}
    assert rules.check_serving_for(10, 2, voting, {1: ("narvarande", None)}) == 2
    with pytest.raises(ValidationError, match="välj vilken ledamot") as caught:
        rules.check_serving_for(10, None, voting, {})
    assert caught.value.field == rules.FIELD_SERVING_FOR
    with pytest.raises(ValidationError, match="sig själv"):
        rules.check_serving_for(1, 1, voting, {})
    with pytest.raises(ValidationError, match="sitter i organet"):
        rules.check_serving_for(10, 5, voting, {})
    with pytest.raises(ValidationError, match="Anna är närvarande"):
        rules.check_serving_for(10, 1, voting, {1: ("narvarande", None)})
    with pytest.raises(ValidationError, match="Bo ersätts redan av Cilla"):
        rules.check_serving_for(10, 2, voting, {11: ("tjanstgorande_ersattare", 2)}, {11: "Cilla"})


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError, match="välj en av"):
        rules.check_kind("sjuk")
