"""The demo database's indicators: who has values, how many, and what they look like."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from statistics import fmean

import pytest
from sqlalchemy import func, select

from agenda_desktop.core.demo import DEMO_MUNICIPALITY_ID, build_demo
from agenda_desktop.core.demo_indicator_data import (
    EDITED,
    LOCAL_INDICATORS,
    PROFILES,
    TARGETS,
    YEARS,
)
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import (
    Kpi,
    KpiGoalLink,
    KpiValue,
    KpiValueChange,
    Municipality,
)

OWN = DEMO_MUNICIPALITY_ID


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("demo") / "exempel.agenda"
    build_demo(path)
    database = open_database(DatabaseLocation.for_file(path)).database
    yield Services.for_database(database)
    database.close()


def values_per_area(services: Services) -> dict[str, int]:
    with services.database.unit_of_work() as session:
        rows = session.execute(
            select(KpiValue.municipality_id, func.count()).group_by(KpiValue.municipality_id)
        ).all()
    return {area: count for area, count in rows}


def expected_count(services: Services, kinds: tuple[str, ...]) -> int:
    """Values per area: 10 years × (3 if split by gender else 1) per KPI of these kinds."""
    with services.database.unit_of_work() as session:
        rows = session.execute(
            select(Kpi.gender_split).where(
                Kpi.id.in_(PROFILES), Kpi.municipality_type.in_(kinds), Kpi.retired.is_(False)
            )
        ).all()
    return sum(len(YEARS) * (3 if split else 1) for (split,) in rows)


def test_values_for_the_municipality_its_county_riket_and_its_kommungrupp(
    demo: Services,
) -> None:
    counts = values_per_area(demo)
    with demo.database.unit_of_work() as session:
        group = set(
            session.scalars(
                select(Municipality.id).where(
                    Municipality.kommungrupp == "C8", Municipality.kind == "kommun"
                )
            )
        )
    assert len(group) == 36  # 35 real kommuner and Exempelkommun
    assert set(counts) == group | {"0000", "0014"}
    kommun = expected_count(demo, ("K", "A"))
    local = sum(len(YEARS) * (3 if li.gender_split else 1) for li in LOCAL_INDICATORS)
    assert counts[OWN] == kommun + local
    assert counts["0000"] == counts["0014"] == expected_count(demo, ("K", "A", "L"))
    assert all(counts[area] == kommun for area in group - {OWN})
    assert sum(counts.values()) < 40_000


def test_every_demo_indicator_is_linked_to_its_goal_and_some_have_targets(demo: Services) -> None:
    riket = demo.indicators.list_indicators(only_with_values=True, municipality_id="0000")
    assert len(riket) == 41  # RKA's selection, as far as Kolada still has it
    listed = demo.indicators.list_indicators(only_with_values=True, limit=None)
    # Exempelkommun: all but the region-only BRP (N03700), plus its local indicators
    assert len(listed) == 40 + len(LOCAL_INDICATORS)
    assert "N03700" not in {s.id for s in listed}
    listed += [s for s in riket if s.id == "N03700"]
    assert all(summary.goals for summary in listed)
    with demo.database.unit_of_work() as session:
        linked = set(session.scalars(select(KpiGoalLink.kpi_id)))
    assert {s.id for s in listed} <= linked
    with_targets = [s.id for s in listed if demo.indicators.indicator(s.id).target_values]
    assert 8 <= len(with_targets) <= 12
    assert len(with_targets) == len({kpi for kpi, *_ in TARGETS})
    local = demo.indicators.indicator("EK-001")
    assert local.is_local and local.source and local.source != "Källa: Kolada"
    assert demo.indicators.indicator("N00401").higher_is_better is False


def test_values_are_plausible_for_their_unit(demo: Services) -> None:
    series = demo.indicators.municipality_series(OWN)
    shares = [kpi for kpi in series if demo.indicators.indicator(kpi).unit == "%"]
    assert len(shares) > 15
    for kpi in shares:
        values = [p.value for s in series[kpi].values() for p in s if p.value is not None]
        floor = min(values) if kpi == "N03102" else 0.0  # a result may be negative
        assert floor <= min(values) and max(values) <= 100, kpi
    life = [p.value for p in series["N00925"]["T"] if p.value is not None]
    assert all(75 < v < 95 for v in life)  # medellivslängd, år
    waste = [p.value for p in series["U07801"]["T"] if p.value is not None]
    assert all(200 < v < 900 for v in waste)  # kg/invånare
    assert [p.period for p in series["N00401"]["T"]] == list(YEARS)


def test_missing_values_carry_kolada_s_reasons(demo: Services) -> None:
    series = demo.indicators.series("N00973", OWN)
    assert {g: series[g][2] for g in "TKM"} == {g: (2017, None, "bortfall") for g in "TKM"}
    with demo.database.unit_of_work() as session:
        reasons = set(
            session.scalars(
                select(KpiValue.missing_reason).where(KpiValue.missing_reason.is_not(None))
            )
        )
    assert reasons == {"tom", "bortfall", "ej_tillampligt", "sekretess"}


def test_an_edited_import_left_history(demo: Services) -> None:
    with demo.database.unit_of_work() as session:
        count = session.scalar(select(func.count()).select_from(KpiValueChange))
    assert count == len(EDITED)
    (change,) = demo.indicators.value_history("N00401", OWN, 2023, "T")
    now = next(p for p in demo.indicators.series("N00401", OWN)["T"] if p.period == 2023)
    assert change.new_value == now.value and change.old_value != now.value
    assert change.source.endswith(".xlsx")
    (filled,) = demo.indicators.value_history("N05831", OWN, 2022, "T")
    assert filled.old_value is None and filled.old_missing_reason == "bortfall"


def test_the_kommungrupp_average_is_the_mean_of_its_kommuner(demo: Services) -> None:
    comparison = demo.indicators.comparison("U07801", OWN)
    assert comparison.period == 2024
    with demo.database.unit_of_work() as session:
        found = session.scalars(
            select(KpiValue.value)
            .join(Municipality, Municipality.id == KpiValue.municipality_id)
            .where(
                KpiValue.kpi_id == "U07801",
                KpiValue.period == 2024,
                KpiValue.gender == "T",
                Municipality.kommungrupp == "C8",
                KpiValue.value.is_not(None),
            )
        ).all()
    values = [value for value in found if value is not None]
    assert comparison.group is not None
    assert comparison.group.count == len(values) == 36
    assert comparison.group.value == pytest.approx(fmean(values))
    assert comparison.riket is not None and comparison.riket.value is not None
    assert comparison.county is not None and comparison.county.municipality_id == "0014"
    assert len(comparison.kommuner) == 36 and comparison.rank is not None


def test_the_demo_values_are_the_same_every_build(demo: Services, tmp_path: Path) -> None:
    again = tmp_path / "igen.agenda"
    build_demo(again)
    database = open_database(DatabaseLocation.for_file(again)).database
    try:
        first = Services.for_database(database).indicators.municipality_series(OWN)
        assert first == demo.indicators.municipality_series(OWN)
    finally:
        database.close()
