"""Editing RKA's Agenda 2030 selection: add, remove, move, the refusals, and a reference
refresh that keeps the municipality's version."""

from __future__ import annotations

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.reference.loader import (
    RKA_PRESET_KEY,
    VERSION_KEY,
    ensure_reference_data,
)
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AppMeta


def in_selection(services: Services) -> dict[str, int]:
    return {item.kpi_id: item.goal_number for item in services.reference.selection(RKA_PRESET_KEY)}


def catalogued(services: Services) -> list[str]:
    """Ids in RKA's selection that Kolada's catalogue still holds (some it has dropped)."""
    return [i.kpi_id for i in services.reference.selection(RKA_PRESET_KEY) if i.title]


def outside(services: Services) -> str:
    """A Kolada indicator that RKA's selection does not hold."""
    chosen = in_selection(services)
    return next(s.id for s in services.indicators.list_indicators(limit=200) if s.id not in chosen)


def test_an_indicator_is_added_last_under_its_goal_and_shown_there(
    core_services: Services,
) -> None:
    kpi = outside(core_services)
    before = len(in_selection(core_services))
    assert core_services.indicator_selection.add_to_selection(RKA_PRESET_KEY, kpi, 11) == 11
    assert in_selection(core_services)[kpi] == 11
    assert len(in_selection(core_services)) == before + 1
    listed = core_services.indicators.list_indicators(selection_key=RKA_PRESET_KEY, limit=None)
    under_11 = [s.id for s in listed if 11 in s.goals and in_selection(core_services)[s.id] == 11]
    assert under_11[-1] == kpi
    assert core_services.indicators.indicator(kpi).selection_goals == (11,)
    assert kpi in {s.id for s in core_services.indicators.list_indicators(goal=11, limit=None)}


def test_a_local_indicator_can_join_the_selection(core_services: Services) -> None:
    core_services.indicators.create_local_indicator(LocalIndicatorData("EK-100", "Trygghet"))
    core_services.indicator_selection.add_to_selection(RKA_PRESET_KEY, "EK-100", 16)
    assert in_selection(core_services)["EK-100"] == 16


@pytest.mark.parametrize(
    ("kpi", "goal", "field"),
    [("N99999", 11, "Nyckeltal"), (None, 18, "Mål"), (None, 0, "Mål"), ("in", 3, "Nyckeltal")],
)
def test_unknown_indicators_and_goals_and_duplicates_are_refused(
    core_services: Services, kpi: str | None, goal: int, field: str
) -> None:
    if kpi == "in":
        kpi = next(iter(in_selection(core_services)))
    before = in_selection(core_services)
    with pytest.raises(ValidationError) as raised:
        core_services.indicator_selection.add_to_selection(
            RKA_PRESET_KEY, kpi or outside(core_services), goal
        )
    assert raised.value.field == field
    assert in_selection(core_services) == before


def test_an_unknown_selection_is_not_found(core_services: Services) -> None:
    selection = core_services.indicator_selection
    with pytest.raises(NotFoundError):
        selection.add_to_selection("finns-inte", outside(core_services), 1)
    with pytest.raises(NotFoundError):
        selection.remove_from_selection("finns-inte", "N00003")


def test_an_indicator_is_removed_and_moved(core_services: Services) -> None:
    selection = core_services.indicator_selection
    first, second = catalogued(core_services)[:2]
    selection.remove_from_selection(RKA_PRESET_KEY, first)
    assert first not in in_selection(core_services)
    assert core_services.indicators.indicator(first).selection_goals == ()  # still there
    with pytest.raises(NotFoundError):
        selection.remove_from_selection(RKA_PRESET_KEY, first)

    selection.move_in_selection(RKA_PRESET_KEY, second, 17)
    assert in_selection(core_services)[second] == 17
    with pytest.raises(ValidationError) as raised:
        selection.move_in_selection(RKA_PRESET_KEY, second, 42)
    assert raised.value.field == "Mål"
    with pytest.raises(NotFoundError):
        selection.move_in_selection(RKA_PRESET_KEY, first, 3)


def test_the_edited_selection_survives_a_reference_refresh(
    new_database: Database, core_services: Services
) -> None:
    selection = core_services.indicator_selection
    removed, moved = catalogued(core_services)[:2]
    added = outside(core_services)
    selection.remove_from_selection(RKA_PRESET_KEY, removed)
    selection.move_in_selection(RKA_PRESET_KEY, moved, 17)
    selection.add_to_selection(RKA_PRESET_KEY, added, 12)
    edited = in_selection(core_services)

    with new_database.unit_of_work() as session:
        session.merge(AppMeta(key=VERSION_KEY, value="en äldre version"))
    with new_database.unit_of_work() as session:
        assert ensure_reference_data(session)  # the shipped files are loaded again

    assert in_selection(core_services) == edited
    assert removed not in edited and edited[moved] == 17 and edited[added] == 12
