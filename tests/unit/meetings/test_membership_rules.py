"""The pure rules of the body register: input checks, periods of office, order of members."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput


def test_body_is_tidied_and_start_only_kept_for_continuous_numbering() -> None:
    body = rules.checked_body(BodyInput("  Kommun  styrelsen ", numbering_start=1166))
    assert body.name == "Kommun styrelsen"
    assert body.numbering_start == 1166
    yearly = rules.checked_body(BodyInput("Nämnd", numbering="per_ar", numbering_start=40))
    assert yearly.numbering_start == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (BodyInput(" "), rules.FIELD_BODY_NAME),
        (BodyInput("x" * 201), rules.FIELD_BODY_NAME),
        (BodyInput("Organ", kind="klubb"), rules.FIELD_BODY_KIND),
        (BodyInput("Organ", numbering="ibland"), rules.FIELD_NUMBERING),
        (BodyInput("Organ", numbering_start=0), rules.FIELD_NUMBERING_START),
    ],
)
def test_bad_bodies_name_the_field(data: BodyInput, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        rules.checked_body(data)
    assert raised.value.field == field


def test_person_checks() -> None:
    person = rules.checked_person(PersonInput(" Anna  Ek ", party=" ", email=" a@k.se "))
    assert (person.name, person.party, person.email) == ("Anna Ek", None, "a@k.se")
    for data, field in [
        (PersonInput(""), rules.FIELD_PERSON_NAME),
        (PersonInput("Anna", party="XX"), rules.FIELD_PARTY),
        (PersonInput("Anna", email="anna på kommunen"), rules.FIELD_EMAIL),
    ]:
        with pytest.raises(ValidationError) as raised:
            rules.checked_person(data)
        assert raised.value.field == field


def test_membership_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        rules.checked_membership(MembershipInput(1, "ledamot", date(2024, 1, 2), date(2024, 1, 1)))
    assert raised.value.field == rules.FIELD_END
    with pytest.raises(ValidationError):
        rules.checked_membership(MembershipInput(1, "gäst", date(2024, 1, 2)))
    same_day = MembershipInput(1, "ledamot", date(2024, 1, 2), date(2024, 1, 2))
    assert rules.checked_membership(same_day) == same_day


def test_in_office_includes_both_days() -> None:
    start, end = date(2023, 1, 1), date(2026, 12, 31)
    assert rules.in_office(start, end, start)
    assert rules.in_office(start, end, end)
    assert not rules.in_office(start, end, date(2022, 12, 31))
    assert not rules.in_office(start, end, date(2027, 1, 1))
    assert rules.in_office(start, None, date(2099, 1, 1))


def test_periods_overlap() -> None:
    a = (date(2023, 1, 1), date(2023, 6, 30))
    assert not rules.periods_overlap(*a, date(2023, 7, 1), None)
    assert rules.periods_overlap(*a, date(2023, 6, 30), None)
    assert rules.periods_overlap(date(2020, 1, 1), None, date(2030, 1, 1), None)
    assert rules.periods_overlap(date(2023, 3, 1), date(2023, 3, 2), *a)
    assert not rules.periods_overlap(date(2022, 1, 1), date(2022, 12, 31), *a)
    assert rules.first_overlap(*a, [(date(2020, 1, 1), date(2020, 2, 1)), a]) == a


def test_members_sort_by_role_then_swedish_name() -> None:
    people = [
        ("ledamot", "Örjan"),
        ("ersattare", "Adam"),
        ("ledamot", "Åsa"),
        ("ledamot", "Zara"),
        ("ordforande", "Östen"),
        ("ledamot", "Émile"),
    ]
    ordered = sorted(people, key=lambda p: rules.member_key(*p))
    assert [name for _role, name in ordered] == ["Östen", "Émile", "Zara", "Åsa", "Örjan", "Adam"]


def test_next_paragraph_number() -> None:
    assert rules.next_paragraph_number("lopande", 1166, None) == 1166
    assert rules.next_paragraph_number("lopande", 1166, 1171) == 1172
    assert rules.next_paragraph_number("per_ar", 1, 12) == 13
    assert rules.next_paragraph_number("per_mote", 1, 12) == 1
