"""The pure rules of step 2: input cleaning, pair order, moving and the relation matrix."""

from __future__ import annotations

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering import programme_rules as rules


def test_ordered_pair_puts_the_lower_id_first_whatever_the_order() -> None:
    assert rules.ordered_pair(7, 3) == (3, 7)
    assert rules.ordered_pair(3, 7) == (3, 7)


def test_a_pair_of_one_objective_with_itself_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        rules.ordered_pair(4, 4)
    assert caught.value.field == rules.FIELD_RELATION


@pytest.mark.parametrize("kind", ["synergi", " Malkonflikt "])
def test_relation_kinds_are_the_vocabulary_codes(kind: str) -> None:
    assert rules.clean_relation_kind(kind) in ("synergi", "malkonflikt")


def test_an_unknown_relation_kind_names_the_choices() -> None:
    with pytest.raises(ValidationError) as caught:
        rules.clean_relation_kind("vänskap")
    assert "synergi" in caught.value.reason and "målkonflikt" in caught.value.reason


def test_target_year_may_not_come_before_the_baseline_year() -> None:
    rules.check_indicator_years(10.0, 2022, 20.0, 2022)
    with pytest.raises(ValidationError) as caught:
        rules.check_indicator_years(10.0, 2022, 20.0, 2020)
    assert caught.value.field == rules.FIELD_TARGET_YEAR
    assert "2020" in caught.value.reason and "2022" in caught.value.reason


def test_a_value_needs_its_year() -> None:
    with pytest.raises(ValidationError) as caught:
        rules.check_indicator_years(10.0, None, None, None)
    assert caught.value.field == rules.FIELD_BASELINE_YEAR
    with pytest.raises(ValidationError) as caught:
        rules.check_indicator_years(None, None, 5.0, None)
    assert caught.value.field == rules.FIELD_TARGET_YEAR


def test_gender_k_and_m_only_for_gender_split_indicators() -> None:
    assert rules.clean_gender("k", True) == "K"
    assert rules.clean_gender("T", False) == "T"
    with pytest.raises(ValidationError):
        rules.clean_gender("K", False)
    with pytest.raises(ValidationError):
        rules.clean_gender("X", True)


def test_years_and_values_are_checked() -> None:
    assert rules.clean_year(rules.FIELD_OBJECTIVE_YEAR, None) is None
    assert rules.clean_year(rules.FIELD_OBJECTIVE_YEAR, 2030) == 2030
    with pytest.raises(ValidationError):
        rules.clean_year(rules.FIELD_OBJECTIVE_YEAR, 30)
    with pytest.raises(ValidationError):
        rules.clean_value(rules.FIELD_TARGET_VALUE, float("nan"))
    assert rules.clean_value(rules.FIELD_TARGET_VALUE, 3) == 3.0


def test_required_text_is_trimmed_and_must_not_be_empty() -> None:
    assert rules.clean_area_title("  Hållbar   energi ") == "Hållbar energi"
    with pytest.raises(ValidationError) as caught:
        rules.clean_area_title("   ")
    assert caught.value.field == rules.FIELD_AREA_TITLE
    with pytest.raises(ValidationError):
        rules.clean_area_title("x" * 201)


def test_goal_numbers_are_one_to_seventeen() -> None:
    assert rules.clean_goal_number(17) == 17
    with pytest.raises(ValidationError):
        rules.clean_goal_number(18)


def test_moved_stays_within_the_list() -> None:
    assert rules.moved([1, 2, 3], 2, -1) == [2, 1, 3]
    assert rules.moved([1, 2, 3], 2, 1) == [1, 3, 2]
    assert rules.moved([1, 2, 3], 1, -1) == [1, 2, 3]
    assert rules.moved([1, 2, 3], 3, 1) == [1, 2, 3]


def test_relation_matrix_is_symmetric_and_skips_unknown_objectives() -> None:
    matrix = rules.relation_matrix([10, 20, 30], [(30, 10, "synergi"), (20, 99, "malkonflikt")])
    assert matrix == [
        [None, None, "synergi"],
        [None, None, None],
        ["synergi", None, None],
    ]
