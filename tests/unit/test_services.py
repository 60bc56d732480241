"""Services: the organisation profile and the steering cycle, with their rules."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.cycle import step_states
from agenda_desktop.core.services.organisation import ProfileData

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_there_is_no_profile_before_the_first_run(core_services: Services) -> None:
    assert core_services.organisation.profile() is None


def test_the_profile_is_saved_cleaned_and_read_back(core_services: Services) -> None:
    saved = core_services.organisation.save_profile(
        ProfileData("2518", "  Övertorneå   kommun ", " KS ", PNG, "vapen.png")
    )
    assert saved.municipality_name == "Övertorneå"
    assert saved.organisation_name == "Övertorneå kommun"
    assert saved.diarie_prefix == "KS"
    assert saved.logo == PNG
    edited = core_services.organisation.save_profile(
        ProfileData("2518", "Övertorneå kommun", "KLK")
    )
    assert edited.diarie_prefix == "KLK" and edited.logo is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ProfileData("9998", "Kommun", "KS"), "Kommun"),
        (ProfileData("1401", "   ", "KS"), "Organisationens namn"),
        (ProfileData("1401", "Härryda kommun", "K$"), "Prefix för diarienummer"),
        (ProfileData("1401", "Härryda kommun", ""), "Prefix för diarienummer"),
        (ProfileData("1401", "Härryda kommun", "KS", b"GIF89a"), "Logotyp"),
        (ProfileData("1401", "Härryda kommun", "KS", PNG * 40_000), "Logotyp"),
    ],
)
def test_bad_profile_input_names_the_field_and_stores_nothing(
    core_services: Services, data: ProfileData, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        core_services.organisation.save_profile(data)
    assert refused.value.field == field
    assert core_services.organisation.profile() is None


def test_the_current_step_is_the_first_not_completed() -> None:
    states = step_states({1: date(2024, 1, 1), 2: None, 3: date(2024, 5, 1)})
    assert [s.is_current for s in states] == [False, True, False, False, False]
    assert not any(s.is_current for s in step_states(dict.fromkeys(range(1, 6), date(2025, 1, 1))))


def test_a_cycle_moves_on_as_steps_are_completed(core_services: Services) -> None:
    cycles = core_services.cycle
    assert cycles.latest() is None
    started = cycles.start_cycle("Mandatperioden 2027–2030", 2027, 2030)
    assert started.current_step == 1
    moved = cycles.mark_step(started.cycle_id, 1, date(2027, 5, 1))
    assert moved.current_step == 2
    assert moved.steps[0].completed_on == date(2027, 5, 1)
    reopened = cycles.mark_step(started.cycle_id, 1, None)
    assert reopened.current_step == 1
    assert cycles.latest() == reopened


def test_cycle_input_is_checked(core_services: Services) -> None:
    with pytest.raises(ValidationError, match="Period"):
        core_services.cycle.start_cycle("Fel", 2030, 2027)
    with pytest.raises(ValidationError, match="Cykelns namn"):
        core_services.cycle.start_cycle(" ", 2027, 2030)
    with pytest.raises(NotFoundError):
        core_services.cycle.mark_step(999, 1, None)
    started = core_services.cycle.start_cycle("Mandatperioden", 2027, 2030)
    with pytest.raises(ValidationError, match="1–5"):
        core_services.cycle.mark_step(started.cycle_id, 6, None)


def test_a_target_short_title_is_user_text_within_limits(core_services: Services) -> None:
    reference = core_services.reference
    assert reference.set_target_short_title("5.5", "  Kvinnors   ledarskap ").short_title_sv == (
        "Kvinnors ledarskap"
    )
    assert reference.set_target_short_title("5.5", "").short_title_sv is None
    with pytest.raises(ValidationError):
        reference.set_target_short_title("5.5", "x" * 201)
    with pytest.raises(NotFoundError):
        reference.set_target_short_title("18.1", "Finns inte")
