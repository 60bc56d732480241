"""The pure rules of the status analysis: the ordered scale and the cleaning of input."""

from __future__ import annotations

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering.analysis_rules import (
    FIELD_ANALYSIS,
    FIELD_ASSESSMENT,
    FIELD_PARTNERS,
    FIELD_ROLES,
    MAX_ANALYSIS,
    AssessmentData,
    GoalAssessmentData,
    assessment_counts,
    clean_assessment,
    compare_assessments,
    roles_in_order,
)


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        ("stor", "betydande", "battre"),
        ("vissa", "uppnatt", "battre"),
        ("stor", "uppnatt", "battre"),
        ("uppnatt", "vissa", "samre"),
        ("betydande", "stor", "samre"),
        ("vissa", "vissa", "oforandrad"),
        ("ej_bedomd", "stor", "ny"),
        ("vissa", "ej_bedomd", "ej_langre"),
        ("ej_bedomd", "ej_bedomd", "ej_bedomd"),
    ],
)
def test_assessments_compare_on_the_ordered_scale(before: str, after: str, change: str) -> None:
    assert compare_assessments(before, after) == change


def test_counts_hold_every_code_in_scale_order() -> None:
    counts = assessment_counts(["stor", "stor", "uppnatt", "ej_bedomd"])
    assert list(counts) == ["stor", "betydande", "vissa", "uppnatt", "ej_bedomd"]
    assert counts == {"stor": 2, "betydande": 0, "vissa": 0, "uppnatt": 1, "ej_bedomd": 1}


def test_cleaning_tidies_texts_and_keeps_the_type() -> None:
    data = GoalAssessmentData(
        assessment="betydande",
        radighet="delad",
        partners="  Regionen,\n  Länsstyrelsen ",
        roles=frozenset({"welfare"}),
        group_differences="\n Flickor mår sämre än pojkar.  \n\n",
        analysis="Rad ett  \r\nRad två\n",
        should_work_on=True,
    )
    clean = clean_assessment(data)
    assert isinstance(clean, GoalAssessmentData)
    assert clean.should_work_on
    assert clean.partners == "Regionen, Länsstyrelsen"
    assert clean.group_differences == "Flickor mår sämre än pojkar."
    assert clean.analysis == "Rad ett\nRad två"


def test_unknown_assessment_names_the_field_and_the_choices() -> None:
    with pytest.raises(ValidationError) as raised:
        clean_assessment(AssessmentData(assessment="medel"))
    assert raised.value.field == FIELD_ASSESSMENT
    assert "”Stor utmaning”" in raised.value.reason


def test_unknown_role_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        clean_assessment(AssessmentData(roles=frozenset({"kung"})))
    assert raised.value.field == FIELD_ROLES


def test_samverkan_needs_partners() -> None:
    with pytest.raises(ValidationError) as raised:
        clean_assessment(AssessmentData(radighet="samverkan", partners="   "))
    assert raised.value.field == FIELD_PARTNERS
    assert clean_assessment(AssessmentData(radighet="samverkan", partners="Regionen")).partners


def test_too_long_analysis_says_how_long() -> None:
    with pytest.raises(ValidationError) as raised:
        clean_assessment(AssessmentData(analysis="x" * (MAX_ANALYSIS + 1)))
    assert raised.value.field == FIELD_ANALYSIS
    assert str(MAX_ANALYSIS) in raised.value.reason


def test_roles_follow_the_vocabulary_order() -> None:
    assert roles_in_order({"employer", "democracy"}) == ("democracy", "employer")
