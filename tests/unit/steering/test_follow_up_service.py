"""The follow-up service: follow-ups per period, outcomes with status, actions, maturity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.follow_up import suggested_maturity
from agenda_desktop.core.services.follow_up_types import FollowUpChanges
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.models import (
    Action,
    ActionObjective,
    FocusArea,
    GoalAssessment,
    Kpi,
    KpiValue,
    Objective,
    ObjectiveGoal,
    ObjectiveIndicator,
)

OWN = "0180"
FALLING, RISING, EMPTY = "N00005", "N00009", "N00003"
TODAY = date(2025, 6, 1)


@dataclass(frozen=True)
class Setup:
    services: Services
    cycle_id: int
    objectives: tuple[int, int, int]


def value(kpi: str, year: int, amount: float | None, area: str = OWN) -> KpiValue:
    return KpiValue(
        kpi_id=kpi,
        municipality_id=area,
        period=year,
        gender="T",
        value=amount,
        missing_reason=None if amount is not None else "bortfall",
        changed_at=datetime(2025, 1, 1),
    )


@pytest.fixture
def setup(core_services: Services) -> Setup:
    services = core_services
    services.organisation.save_profile(ProfileData(OWN, "Stockholms stad", "KS"))
    cycle_id = services.cycle.start_cycle("Mandatperioden 2023–2026", 2023, 2026).cycle_id
    with services.database.unit_of_work() as session:
        climate = FocusArea(cycle_id=cycle_id, position=0, title="Klimat")
        school = FocusArea(cycle_id=cycle_id, position=1, title="Skola")
        session.add_all([climate, school])
        session.flush()
        emissions = Objective(focus_area_id=climate.id, position=0, text="Minskade utsläpp")
        energy = Objective(focus_area_id=climate.id, position=1, text="Mer förnybar energi")
        pupils = Objective(focus_area_id=school.id, position=0, text="Fler klarar skolan")
        session.add_all([emissions, energy, pupils])
        session.flush()
        session.add_all(
            [
                ObjectiveIndicator(
                    objective_id=emissions.id, kpi_id=FALLING, baseline_year=2022,
                    baseline_value=100.0, target_year=2030, target_value=60.0,
                ),
                ObjectiveIndicator(
                    objective_id=emissions.id, kpi_id=RISING, baseline_year=2022,
                    baseline_value=50.0, target_year=2026, target_value=70.0,
                ),
                ObjectiveIndicator(
                    objective_id=pupils.id, kpi_id=EMPTY, baseline_year=2022,
                    baseline_value=5.0, target_year=2030, target_value=9.0,
                ),
                ObjectiveGoal(objective_id=emissions.id, goal_number=13),
            ]
        )  # fmt: skip
        session.get(Kpi, RISING).higher_is_better = True  # type: ignore[union-attr]
        session.add_all(
            [
                value(FALLING, 2022, 100.0),
                value(FALLING, 2023, 95.0),
                value(FALLING, 2024, None),
                value(FALLING, 2025, 80.0),
                value(FALLING, 2024, 10.0, area="0000"),
                value(RISING, 2024, 52.0),
            ]
        )
        late = Action(
            cycle_id=cycle_id, title="Laddstolpar", status="pagar",
            due_date=date(2024, 12, 31), responsible_person="Anna",
        )  # fmt: skip
        done = Action(
            cycle_id=cycle_id, title="Solceller", status="klar", due_date=date(2024, 1, 1)
        )
        session.add_all([late, done, Action(cycle_id=cycle_id, title="Cykelvägar")])
        session.flush()
        session.add(ActionObjective(action_id=late.id, objective_id=emissions.id))
        objectives = (emissions.id, energy.id, pupils.id)
    return Setup(services, cycle_id, objectives)


def test_follow_ups_are_created_listed_and_never_duplicated(setup: Setup) -> None:
    follow_up = setup.services.follow_up
    first = follow_up.create(setup.cycle_id, "ar", 2024)
    term = follow_up.create(setup.cycle_id, "mandatperiod")
    assert (term.kind, term.year) == ("mandatperiod", 2026)
    assert first.title == "Årlig uppföljning 2024"
    assert [f.follow_up_id for f in follow_up.follow_ups(setup.cycle_id)] == [
        term.follow_up_id,
        first.follow_up_id,
    ]
    with pytest.raises(ValidationError, match="finns redan en årlig uppföljning av 2024"):
        follow_up.create(setup.cycle_id, "ar", 2024)
    with pytest.raises(ValidationError, match="ange vilket år"):
        follow_up.create(setup.cycle_id, "ar")
    with pytest.raises(ValidationError, match=r"styrcykeln, 2023–2026, inte 2031"):
        follow_up.create(setup.cycle_id, "ar", 2031)
    with pytest.raises(ValidationError) as refused:
        follow_up.create(setup.cycle_id, "kvartal", 2024)
    assert refused.value.field == "Typ av uppföljning"
    with pytest.raises(NotFoundError):
        follow_up.create(999, "ar", 2024)


def test_outcomes_use_the_own_latest_value_up_to_the_year(setup: Setup) -> None:
    follow_up = setup.services.follow_up
    created = follow_up.create(setup.cycle_id, "ar", 2024)
    outcomes = follow_up.outcomes(created.follow_up_id)
    assert [(o.label, o.text) for o in outcomes] == [
        ("1.1", "Minskade utsläpp"),
        ("1.2", "Mer förnybar energi"),
        ("2.1", "Fler klarar skolan"),
    ]
    falling, rising = outcomes[0].indicators
    # 2024 is missing and 2025 is after the year: the outcome is 2023's 95, on the line.
    assert (falling.outcome_year, falling.outcome_value) == (2023, 95.0)
    assert falling.status.status == "pa_vag" and falling.status.expected == pytest.approx(95.0)
    assert falling.series == ((2022, 100.0), (2023, 95.0), (2025, 80.0))
    assert falling.kpi_title.startswith("Utjämningssystemet")
    assert rising.status.status == "risk" and rising.higher_is_better is True
    assert outcomes[1].indicators == ()
    [empty] = outcomes[2].indicators
    assert empty.status.status == "okand" and empty.outcome_value is None

    later = follow_up.create(setup.cycle_id, "ar", 2025)
    falling_2025 = follow_up.outcomes(later.follow_up_id)[0].indicators[0]
    assert (falling_2025.outcome_year, falling_2025.status.status) == (2025, "pa_vag")


def test_saving_the_analysis_maturity_checklist_and_comments(setup: Setup) -> None:
    follow_up = setup.services.follow_up
    created = follow_up.create(setup.cycle_id, "ar", 2024)
    follow_up.save(
        created.follow_up_id,
        FollowUpChanges(
            what_moved="  Utsläppen minskar tack vare laddstolparna. ",
            what_to_change="Fler åtgärder för förnybar energi.",
            maturity="mellan",
            published_on=date(2025, 4, 15),
            criteria={"analys": True, "matbara_indikatorer": True},
            criterion_notes={"analys": "Gjord 2023."},
            objective_comments={setup.objectives[0]: "Går åt rätt håll."},
        ),
    )
    detail = follow_up.follow_up(created.follow_up_id, today=TODAY)
    assert detail.what_moved == "Utsläppen minskar tack vare laddstolparna."
    assert detail.summary.maturity == "mellan"
    assert detail.summary.published_on == date(2025, 4, 15)
    assert detail.cycle_name == "Mandatperioden 2023–2026"
    assert detail.municipality_name == "Stockholm"
    ticked = {c.criterion for c in detail.criteria if c.fulfilled}
    assert ticked == {"analys", "matbara_indikatorer"}
    assert detail.criteria[0].criterion == "analys"
    assert detail.criteria[0].note == "Gjord 2023."
    assert detail.objectives[0].comment == "Går åt rätt håll."
    assert detail.suggested_maturity == "mellan"
    assert detail.status_counts() == {"pa_vag": 1, "risk": 1, "okand": 1}
    assert detail.actions.overdue == 1

    # A second save changes the comment in place and unticks a criterion.
    follow_up.save(
        created.follow_up_id,
        FollowUpChanges(
            criteria={"analys": False}, objective_comments={setup.objectives[0]: "Ändrad."}
        ),
    )
    again = follow_up.follow_up(created.follow_up_id, today=TODAY)
    assert {c.criterion for c in again.criteria if c.fulfilled} == {"matbara_indikatorer"}
    assert again.objectives[0].comment == "Ändrad."
    assert again.summary.maturity is None and again.what_moved == ""


def test_bad_values_are_refused_and_nothing_is_stored(setup: Setup) -> None:
    follow_up = setup.services.follow_up
    created = follow_up.create(setup.cycle_id, "ar", 2024)
    with pytest.raises(ValidationError, match="välj låg, mellan eller hög"):
        follow_up.save(created.follow_up_id, FollowUpChanges(maturity="superhog"))
    with pytest.raises(ValidationError, match="före 2024"):
        follow_up.save(
            created.follow_up_id,
            FollowUpChanges(what_moved="text", published_on=date(2023, 12, 31)),
        )
    with pytest.raises(ValidationError, match="okänt kriterium"):
        follow_up.save(created.follow_up_id, FollowUpChanges(criteria={"magkansla": True}))
    with pytest.raises(ValidationError, match="hör inte till styrcykeln"):
        follow_up.save(
            created.follow_up_id,
            FollowUpChanges(what_moved="text", objective_comments={9999: "x"}),
        )
    assert follow_up.follow_up(created.follow_up_id).what_moved == ""
    with pytest.raises(NotFoundError):
        follow_up.save(9999, FollowUpChanges())


def test_delete(setup: Setup) -> None:
    follow_up = setup.services.follow_up
    created = follow_up.create(setup.cycle_id, "ar", 2024)
    follow_up.save(
        created.follow_up_id, FollowUpChanges(objective_comments={setup.objectives[0]: "x"})
    )
    follow_up.delete(created.follow_up_id)
    assert follow_up.follow_ups(setup.cycle_id) == []
    with pytest.raises(NotFoundError, match="finns inte"):
        follow_up.follow_up(created.follow_up_id)


def test_action_summary_counts_by_status_and_overdue(setup: Setup) -> None:
    summary = setup.services.follow_up.action_summary(setup.cycle_id, TODAY)
    assert summary.total == 3
    assert summary.count("pagar") == 1 and summary.count("klar") == 1
    assert summary.count("planerad") == 1 and summary.count("pausad") == 0
    assert summary.overdue == 1  # the finished one is not late
    assert summary.linked_to_objectives == 1
    assert setup.services.follow_up.action_summary(setup.cycle_id, date(2024, 6, 1)).overdue == 0


def test_maturity_hints_state_the_facts(setup: Setup) -> None:
    follow_up = setup.services.follow_up
    hints = {hint.criterion: hint for hint in follow_up.maturity_hints(setup.cycle_id)}
    assert list(hints) == [
        "analys",
        "mal_mot_utmaningar",
        "matbara_indikatorer",
        "arsredovisning",
        "atgarder_kopplade",
        "resultat_publiceras",
    ]
    assert not hints["analys"].suggested and hints["analys"].fact.startswith("0 av de 17")
    assert hints["matbara_indikatorer"].fact == (
        "2 av 3 målsättningar har en indikator med målvärde och målår."
    )
    assert not hints["matbara_indikatorer"].suggested
    assert hints["atgarder_kopplade"].fact.startswith("1 av 3 åtgärder")

    with setup.services.database.unit_of_work() as session:
        session.add(
            GoalAssessment(
                cycle_id=setup.cycle_id, goal_number=13, assessment="stor",
                updated_at=datetime(2024, 1, 1),
            )
        )  # fmt: skip
    created = follow_up.create(setup.cycle_id, "ar", 2024)
    follow_up.save(created.follow_up_id, FollowUpChanges(published_on=date(2025, 3, 1)))
    hints = {hint.criterion: hint for hint in follow_up.maturity_hints(setup.cycle_id)}
    assert hints["analys"].suggested
    assert hints["mal_mot_utmaningar"].suggested
    assert hints["mal_mot_utmaningar"].fact.startswith("1 av 3 målsättningar")
    assert hints["arsredovisning"].suggested
    assert hints["resultat_publiceras"].fact == "1 av 1 uppföljningar har ett publiceringsdatum."


def test_suggested_maturity_follows_the_study() -> None:
    assert suggested_maturity([]) == "lag"
    assert suggested_maturity(["analys"]) == "lag"
    assert suggested_maturity(["matbara_indikatorer"]) == "mellan"
    assert suggested_maturity(["arsredovisning", "resultat_publiceras"]) == "mellan"
    high = ["analys", "mal_mot_utmaningar", "matbara_indikatorer", "arsredovisning"]
    assert suggested_maturity(high) == "hog"


def test_due_next_reads_the_latest_cycle(setup: Setup) -> None:
    items = setup.services.follow_up.due_next(TODAY)
    pages = [item.page for item in items]
    assert pages[0] == "action_plan" and items[0].urgent
    assert "1 åtgärd har passerat" in items[0].text
    assert "analysis" in pages  # step 1 is current and no goal is assessed
    assert any("ingen uppföljning av 2024" in item.text for item in items)
    setup.services.follow_up.create(setup.cycle_id, "ar", 2024)
    items = setup.services.follow_up.due_next(TODAY)
    assert not any("uppföljning av 2024" in item.text for item in items)


def test_due_next_without_a_cycle(core_services: Services) -> None:
    [item] = core_services.follow_up.due_next(TODAY)
    assert item.page == "overview" and "Starta en styrcykel" in item.text
