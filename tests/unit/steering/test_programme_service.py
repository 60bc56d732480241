"""ProgrammeService on real SQLite files: priorities, the programme, indicators, relations."""

from __future__ import annotations

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import IndicatorInput
from agenda_desktop.core.steering import programme_rules as rules
from agenda_desktop.core.steering.objective_refs import objective_refs


@pytest.fixture
def cycle_id(services: Services) -> int:
    """A new, empty cycle: the demo's own cycles may already hold a programme."""
    return services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id


def _programme_with_two_areas(services: Services, cycle_id: int) -> tuple[int, int, int, int]:
    """Two areas: the first with objectives a and b, the second with objective c."""
    programme = services.programme
    first = programme.add_focus_area(cycle_id, "Hållbar energi", "Fossilfritt 2035")
    second = programme.add_focus_area(cycle_id, "Trygg uppväxt")
    programme.add_objective(first.focus_area_id, "Förnybar energi ökar", 2030)
    b = programme.add_objective(first.focus_area_id, "Minskade utsläpp", 2035)
    c = programme.add_objective(second.focus_area_id, "Fler elever med gymnasieexamen")
    return first.focus_area_id, second.focus_area_id, b.objective_id, c.objective_id


def test_priorities_are_set_updated_and_removed(services: Services, cycle_id: int) -> None:
    services.programme.set_priority(cycle_id, 13, "Störst utmaning i analysen")
    services.programme.set_priority(cycle_id, 4)
    changed = services.programme.set_priority(cycle_id, 13, "  Ny motivering ")
    assert changed.rationale == "Ny motivering"
    assert changed.goal_short_sv
    priorities = services.programme.priorities(cycle_id)
    assert [p.goal_number for p in priorities] == [4, 13]
    services.programme.remove_priority(cycle_id, 4)
    assert [p.goal_number for p in services.programme.priorities(cycle_id)] == [13]
    with pytest.raises(ValidationError):
        services.programme.set_priority(cycle_id, 18)


def test_priorities_belong_to_their_cycle(services: Services, cycle_id: int) -> None:
    older = min(c.cycle_id for c in services.cycle.cycles())
    services.programme.set_priority(older, 3, "")
    assert services.programme.priorities(cycle_id) == []
    with pytest.raises(NotFoundError):
        services.programme.priorities(9999)


def test_programme_numbers_objectives_by_area_and_position(
    services: Services, cycle_id: int
) -> None:
    first, second, _b, _c = _programme_with_two_areas(services, cycle_id)
    services.programme.add_effort(first, "ställa krav vid upphandling")
    services.programme.add_effort(first, "bygga solceller på kommunens tak")
    programme = services.programme.programme(cycle_id)
    assert [a.title for a in programme.areas] == ["Hållbar energi", "Trygg uppväxt"]
    assert programme.areas[0].description == "Fossilfritt 2035"
    assert [o.label for o in programme.objectives()] == ["1.1", "1.2", "2.1"]
    assert [e.number for e in programme.areas[0].efforts] == [1, 2]
    # the shared refs agree with the snapshot
    assert [r.label for r in objective_refs(services.database, cycle_id)] == ["1.1", "1.2", "2.1"]

    services.programme.move_focus_area(second, -1)
    moved = services.programme.programme(cycle_id)
    assert [a.title for a in moved.areas] == ["Trygg uppväxt", "Hållbar energi"]
    assert [o.label for o in moved.objectives()] == ["1.1", "2.1", "2.2"]


def test_objectives_move_edit_and_link_goals_and_targets(services: Services, cycle_id: int) -> None:
    _first, second, b, c = _programme_with_two_areas(services, cycle_id)
    moved = services.programme.move_objective(b, -1)
    assert moved.label == "1.1"
    edited = services.programme.update_objective(b, "Utsläppen halveras", 2030)
    assert (edited.text, edited.target_year) == ("Utsläppen halveras", 2030)
    linked = services.programme.set_objective_links(b, [13], ["7.2"])
    assert linked.goals == (7, 13)  # the target brings its goal along
    assert linked.targets == ("7.2",)
    with pytest.raises(ValidationError) as caught:
        services.programme.set_objective_links(b, [], ["99.9"])
    assert caught.value.field == rules.FIELD_TARGET
    with pytest.raises(ValidationError) as caught:
        services.programme.update_objective(b, "  ", None)
    assert caught.value.field == rules.FIELD_OBJECTIVE_TEXT

    to_second = services.programme.move_objective_to_area(b, second)
    assert to_second.label == "2.2"
    assert [o.label for o in services.programme.programme(cycle_id).objectives()] == [
        "1.1",
        "2.1",
        "2.2",
    ]
    services.programme.delete_objective(c)
    assert [o.text for o in services.programme.programme(cycle_id).areas[1].objectives] == [
        "Utsläppen halveras"
    ]


def test_efforts_are_edited_moved_and_deleted(services: Services, cycle_id: int) -> None:
    area = services.programme.add_focus_area(cycle_id, "Klimat").focus_area_id
    one = services.programme.add_effort(area, "en")
    two = services.programme.add_effort(area, "två")
    services.programme.move_effort(two.effort_id, -1)
    services.programme.update_effort(one.effort_id, "ett")
    efforts = services.programme.programme(cycle_id).areas[0].efforts
    assert [(e.number, e.text) for e in efforts] == [(1, "två"), (2, "ett")]
    services.programme.delete_effort(two.effort_id)
    efforts = services.programme.programme(cycle_id).areas[0].efforts
    assert [(e.number, e.text) for e in efforts] == [(1, "ett")]
    with pytest.raises(ValidationError):
        services.programme.add_effort(area, "")
    with pytest.raises(NotFoundError):
        services.programme.update_effort(two.effort_id, "borta")


def test_indicators_follow_up_an_objective(services: Services, cycle_id: int) -> None:
    _first, _second, b, _c = _programme_with_two_areas(services, cycle_id)
    added = services.programme.add_indicator(
        b, IndicatorInput("N00209", "K", 12.5, 2022, 20.0, 2030)
    )
    assert added.kpi_title and added.gender == "K" and added.gender_split
    assert (added.baseline_value, added.baseline_year) == (12.5, 2022)
    changed = services.programme.update_indicator(
        added.indicator_id, IndicatorInput("N00209", "T", 10.0, 2021, 15.0, 2026)
    )
    assert (changed.gender, changed.target_year) == ("T", 2026)
    objective = services.programme.programme(cycle_id).objective(b)
    assert objective is not None and [i.kpi_id for i in objective.indicators] == ["N00209"]

    with pytest.raises(ValidationError) as caught:
        services.programme.add_indicator(b, IndicatorInput("N00209", "T"))
    assert caught.value.field == rules.FIELD_INDICATOR  # the same KPI and gender twice
    with pytest.raises(ValidationError) as caught:
        services.programme.add_indicator(b, IndicatorInput("X99999"))
    assert caught.value.field == rules.FIELD_INDICATOR
    with pytest.raises(ValidationError) as caught:
        services.programme.add_indicator(b, IndicatorInput("N00401", "K"))
    assert caught.value.field == rules.FIELD_GENDER
    with pytest.raises(ValidationError) as caught:
        services.programme.add_indicator(b, IndicatorInput("N00401", "T", 1.0, 2024, 2.0, 2020))
    assert caught.value.field == rules.FIELD_TARGET_YEAR

    services.programme.remove_indicator(added.indicator_id)
    objective = services.programme.programme(cycle_id).objective(b)
    assert objective is not None and objective.indicators == ()


def test_suggested_baseline_is_the_own_municipalitys_value(services: Services) -> None:
    latest = services.programme.suggested_baseline("N00209", "K")
    assert latest is not None
    assert latest.municipality_id == "1400" and latest.year == 2024
    older = services.programme.suggested_baseline("N00209", "K", 2018)
    assert older is not None and older.year == 2018
    assert services.programme.suggested_baseline("N00209", "K", 1990) is None


def test_no_baseline_without_a_profile(core_services: Services) -> None:
    assert core_services.programme.suggested_baseline("N00209") is None


def test_relations_are_stored_once_for_either_order(services: Services, cycle_id: int) -> None:
    _first, _second, b, c = _programme_with_two_areas(services, cycle_id)
    relation = services.programme.set_relation(c, b, "synergi", "Samma målgrupp")
    assert (relation.first_objective_id, relation.second_objective_id) == (min(b, c), max(b, c))
    again = services.programme.set_relation(b, c, "malkonflikt", "Konkurrerar om budget")
    assert again.relation_id == relation.relation_id
    programme = services.programme.programme(cycle_id)
    assert len(programme.relations) == 1
    assert programme.relation(c, b) is not None
    labels = [o.objective_id for o in programme.objectives()]
    matrix = programme.matrix()
    assert matrix[labels.index(b)][labels.index(c)] == "malkonflikt"
    assert matrix[labels.index(c)][labels.index(b)] == "malkonflikt"

    with pytest.raises(ValidationError):
        services.programme.set_relation(b, b, "synergi")
    with pytest.raises(ValidationError):
        services.programme.set_relation(b, c, "vänskap")
    services.programme.remove_relation(c, b)
    assert services.programme.programme(cycle_id).relations == ()
    with pytest.raises(NotFoundError):
        services.programme.remove_relation(b, c)


def test_relations_only_within_one_cycle(services: Services, cycle_id: int) -> None:
    older, newer = min(c.cycle_id for c in services.cycle.cycles()), cycle_id
    old_area = services.programme.add_focus_area(older, "Gammalt").focus_area_id
    new_area = services.programme.add_focus_area(newer, "Nytt").focus_area_id
    old = services.programme.add_objective(old_area, "gammal").objective_id
    new = services.programme.add_objective(new_area, "ny").objective_id
    with pytest.raises(ValidationError) as caught:
        services.programme.set_relation(old, new, "synergi")
    assert caught.value.field == rules.FIELD_RELATION


def test_deleting_an_area_takes_its_content_and_relations(
    services: Services, cycle_id: int
) -> None:
    first, second, b, c = _programme_with_two_areas(services, cycle_id)
    services.programme.add_effort(first, "något")
    services.programme.add_indicator(b, IndicatorInput("N00401", "T", 1.0, 2020, 2.0, 2030))
    services.programme.set_relation(b, c, "synergi")
    services.programme.delete_focus_area(first)
    programme = services.programme.programme(cycle_id)
    assert [(a.number, a.title) for a in programme.areas] == [(1, "Trygg uppväxt")]
    assert programme.relations == ()
    assert [o.label for o in programme.objectives()] == ["1.1"]
    with pytest.raises(NotFoundError):
        services.programme.update_focus_area(first, "x", "")
    renamed = services.programme.update_focus_area(second, "Trygg och god uppväxt", "Barn")
    assert (renamed.title, renamed.description) == ("Trygg och god uppväxt", "Barn")
