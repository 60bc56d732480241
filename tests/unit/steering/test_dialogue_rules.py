"""The pure rules of step 4 and the Swedish sort order of the glossary."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering import dialogue_rules as rules
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    words = ["Översiktsplan", "ärende", "Agenda", "zon", "Åtgärd", "bostad", "Ödla", "Äga"]
    assert sorted(words, key=rules.swedish_sort_key) == [
        "Agenda",
        "bostad",
        "zon",
        "Åtgärd",
        "Äga",
        "ärende",
        "Ödla",
        "Översiktsplan",
    ]


def test_swedish_order_ignores_case_and_accents_but_is_stable() -> None:
    words = ["ek", "Élev", "Ek", "eld", "čuovga", "cirkel", "dator", "müsli", "myr", "Æble"]
    ordered = sorted(words, key=rules.swedish_sort_key)
    assert ordered.index("Élev") > ordered.index("eld")  # é sorts as e
    assert ordered.index("cirkel") < ordered.index("čuovga") < ordered.index("dator")  # č as c
    assert ordered.index("müsli") > ordered.index("myr")  # ü sorts as y
    assert ordered[-1] == "Æble"  # æ sorts as ä
    assert ordered.index("Ek") < ordered.index("ek")  # tie broken, always the same


def test_remiss_needs_a_deadline_not_before_it_was_sent() -> None:
    with pytest.raises(ValidationError) as missing:
        rules.clean_activity(ActivityData("remiss", "Remiss av programmet"))
    assert missing.value.field == rules.FIELD_DEADLINE
    with pytest.raises(ValidationError) as early:
        rules.clean_activity(
            ActivityData("remiss", "Remiss", date(2026, 10, 1), deadline=date(2026, 9, 1))
        )
    assert "2026-09-01" in str(early.value) and "2026-10-01" in str(early.value)


def test_other_kinds_drop_a_deadline_and_tidy_the_text() -> None:
    clean = rules.clean_activity(
        ActivityData("workshop", "  Workshop   med  företag ", deadline=date(2026, 1, 1))
    )
    assert clean.title == "Workshop med företag"
    assert clean.deadline is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ActivityData("möte", "X"), rules.FIELD_KIND),
        (ActivityData("workshop", "   "), rules.FIELD_TITLE),
        (ActivityData("workshop", "x" * 301), rules.FIELD_TITLE),
    ],
)
def test_bad_activities_name_the_field(data: ActivityData, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        rules.clean_activity(data)
    assert error.value.field == field


def test_participants_drop_zeros_and_refuse_negative_counts() -> None:
    assert rules.clean_participants({("K", "16-24"): 4, ("M", "65+"): 0}) == {("K", "16-24"): 4}
    with pytest.raises(ValidationError) as negative:
        rules.clean_participants({("M", "25-44"): -1})
    assert "Män, 25–44 år" in str(negative.value)
    with pytest.raises(ValidationError):
        rules.clean_participants({("Q", "25-44"): 1})
    with pytest.raises(ValidationError):
        rules.clean_participants({("K", "30-40"): 1})


def test_comment_needs_text() -> None:
    with pytest.raises(ValidationError) as error:
        rules.clean_comment(CommentData("  ", "Anna"))
    assert error.value.field == rules.FIELD_TEXT


def test_answering_needs_a_response_and_dates_it_today() -> None:
    today = date(2026, 11, 22)
    with pytest.raises(ValidationError) as error:
        rules.clean_response("", "besvarad", None, None, today)
    assert error.value.field == rules.FIELD_RESPONSE
    assert rules.clean_response(" Vi har ändrat texten. ", "besvarad", None, None, today) == (
        "Vi har ändrat texten.",
        "besvarad",
        today,
    )
    assert rules.clean_response("", "behandlas", None, None, today) == ("", "behandlas", None)
    with pytest.raises(ValidationError) as before:
        rules.clean_response("Svar", "besvarad", date(2026, 1, 1), date(2026, 2, 1), today)
    assert before.value.field == rules.FIELD_RESPONDED_ON
    with pytest.raises(ValidationError):
        rules.clean_response("Svar", "klar", None, None, today)


def test_unanswered_and_days_left() -> None:
    assert rules.is_unanswered("ny") and rules.is_unanswered("behandlas")
    assert not rules.is_unanswered("besvarad") and not rules.is_unanswered("avslutad")
    assert rules.days_left(date(2026, 12, 15), date(2026, 11, 22)) == 23
    assert rules.days_left(date(2026, 12, 15), date(2026, 12, 15)) == 0
    assert not rules.is_past_deadline(date(2026, 12, 15), date(2026, 12, 15))
    assert rules.is_past_deadline(date(2026, 12, 15), date(2026, 12, 16))


def test_terms_compare_without_case_and_spaces() -> None:
    assert rules.same_term("  Rådighet ", "RÅDIGHET")
    assert not rules.same_term("Rådighet", "Rådigheter")
    with pytest.raises(ValidationError) as error:
        rules.clean_term("Remiss", " ")
    assert error.value.field == rules.FIELD_EXPLANATION
