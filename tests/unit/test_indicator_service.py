"""The indicator service: catalogue filters, local indicators, goal links, target values,
series and comparisons computed by hand on small data, and better/worse."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import insert, select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.indicators.direction import better_or_worse
from agenda_desktop.core.indicators.units import derive_unit
from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import LocalIndicatorData, SeriesPoint
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import Kpi, KpiValue, KpiValueChange, Municipality

OWN = "2518"  # Övertorneå: county 25 (region 0025), kommungrupp C8
STAMP = datetime(2025, 1, 1, 12, 0)


def put(database: Database, *rows: tuple[Any, ...]) -> None:
    """Store values: (kpi, municipality, year, gender, value or None, missing reason)."""
    with database.unit_of_work() as session:
        session.execute(
            insert(KpiValue),
            [
                {
                    "kpi_id": kpi,
                    "municipality_id": area,
                    "period": year,
                    "gender": gender,
                    "value": value,
                    "missing_reason": reason,
                    "source": "test",
                    "changed_at": STAMP,
                }
                for kpi, area, year, gender, value, reason in rows
            ],
        )


@pytest.fixture
def services(core_services: Services) -> Services:
    core_services.organisation.save_profile(ProfileData(OWN, "Övertorneå kommun", "KS"))
    return core_services


def local(kpi_id: str = "EK-001", **changes: Any) -> LocalIndicatorData:
    data: dict[str, Any] = {
        "id": kpi_id,
        "title": "Andel elever som känner trygghet i skolan (lokal enkät)",
        "description": "Elevenkät i åk 5 och 8.",
        "unit": "%",
        "source": "Kommunens elevenkät",
        "higher_is_better": True,
        "gender_split": True,
    }
    data.update(changes)
    return LocalIndicatorData(**data)


# -- the catalogue ---------------------------------------------------------------------


def test_words_with_swedish_letters_find_indicators_in_any_case(services: Services) -> None:
    found = [s.id for s in services.indicators.list_indicators("VÄXTHUSGASER totalt", limit=None)]
    assert "N00401" in found
    kvaveoxider = services.indicators.list_indicators("utsläpp kväveoxider", limit=None)
    assert "N85047" in {s.id for s in kvaveoxider}
    assert all("kväveoxider" in (s.title.casefold() + s.id.casefold()) or s.id for s in kvaveoxider)
    assert services.indicators.list_indicators("N00401")[0].id == "N00401"
    assert services.indicators.list_indicators("ordsomintefinnsnågonstans") == []


def test_the_catalogue_shows_units_read_from_kolada_titles(services: Services) -> None:
    (row,) = [s for s in services.indicators.list_indicators("N00401") if s.id == "N00401"]
    assert row.unit == "ton CO2-ekv/inv"
    assert not row.is_local and not row.has_values and row.latest_period is None
    assert row.goals == (13,)  # from RKA's selection


def test_a_goal_filter_uses_rka_selection_and_goal_links(services: Services) -> None:
    climate = {s.id for s in services.indicators.list_indicators(goal=13, limit=None)}
    assert {"N00401", "U07917"} <= climate
    assert "N85054" not in climate  # shown under goal 15
    services.indicators.link_goal("N85054", 13, "13.2")
    linked = services.indicators.list_indicators(goal=13, limit=None)
    assert "N85054" in {s.id for s in linked}
    assert next(s for s in linked if s.id == "N85054").goals == (13, 15)


def test_a_selection_lists_its_indicators_in_goal_order(services: Services) -> None:
    rka = services.indicators.list_indicators(selection_key=RKA_PRESET_KEY, limit=None)
    items = services.reference.selection(RKA_PRESET_KEY)
    in_catalogue = [item for item in items if item.title is not None]
    assert [s.id for s in rka] == [item.kpi_id for item in in_catalogue]
    assert len(rka) == 41
    goals = [s.goals[0] for s in rka]
    assert goals == sorted(goals)
    within = services.indicators.list_indicators("utsläpp", goal=11, selection_key=RKA_PRESET_KEY)
    assert {s.id for s in within} == {"N85047", "N85048"}
    with pytest.raises(NotFoundError, match="finns inte"):
        services.indicators.list_indicators(selection_key="finns-inte")


def test_only_indicators_with_values_of_our_municipality(services: Services) -> None:
    put(
        services.database,
        ("N00401", OWN, 2022, "T", 4.1, None),
        ("N00401", OWN, 2023, "T", None, "bortfall"),
        ("N85054", OWN, 2020, "T", 6.5, None),
        ("U07917", "0180", 2023, "T", 500.0, None),  # another kommun's value
    )
    listed = services.indicators.list_indicators(only_with_values=True)
    assert [(s.id, s.latest_period) for s in listed] == [("N00401", 2022), ("N85054", 2020)]
    first = services.indicators.list_indicators()[0]
    assert first.has_values  # indicators with values come first
    stockholm = services.indicators.list_indicators(only_with_values=True, municipality_id="0180")
    assert [s.id for s in stockholm] == ["U07917"]
    assert len(services.indicators.list_indicators(limit=5)) == 5


def test_detail_of_a_kolada_indicator_and_the_municipality_s_own_knowledge(
    services: Services,
) -> None:
    detail = services.indicators.indicator("N00401")
    assert detail.source == "Källa: Kolada"
    assert detail.unit == "ton CO2-ekv/inv" and detail.unit_is_derived
    assert detail.higher_is_better is None
    assert detail.selection_goals == (13,)
    changed = services.indicators.update_indicator_meta(
        "N00401", " ton CO2e/inv ", "Källa: Kolada (Nationella emissionsdatabasen)", False
    )
    assert changed.unit == "ton CO2e/inv" and not changed.unit_is_derived
    assert changed.source == "Källa: Kolada (Nationella emissionsdatabasen)"
    assert changed.higher_is_better is False
    cleared = services.indicators.update_indicator_meta("N00401", "", "", None)
    assert cleared.unit == "ton CO2-ekv/inv" and cleared.source == "Källa: Kolada"
    with pytest.raises(ValidationError) as refused:
        services.indicators.update_indicator_meta("N00401", "x" * 61, "", None)
    assert refused.value.field == "Enhet"
    with pytest.raises(NotFoundError):
        services.indicators.indicator("X99999")


# -- local indicators ------------------------------------------------------------------


def test_a_local_indicator_is_created_searchable_and_never_credited_to_kolada(
    services: Services,
) -> None:
    created = services.indicators.create_local_indicator(local(), goal_numbers=(4, 16, 4))
    assert created.is_local and created.source == "Kommunens elevenkät"
    assert [link.goal_number for link in created.goal_links] == [4, 16]
    assert [s.id for s in services.indicators.list_indicators("trygghet lokal")] == ["EK-001"]
    bare = services.indicators.create_local_indicator(local("EK-002", source="", unit=""))
    assert bare.source == "" and bare.unit == ""  # no Kolada credit, no unit guessed


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (local(""), "Id"),
        (local("N12345"), "Id"),  # Kolada's pattern is reserved
        (local("ek 001"), "Id"),
        (local("1-EK"), "Id"),
        (local("-EK"), "Id"),
        (local("EK-Å01"), "Id"),
        (local("E" * 33), "Id"),
        (local(title="   "), "Namn"),
        (local(title="x" * 301), "Namn"),
        (local(unit="x" * 61), "Enhet"),
        (local(source="x" * 201), "Källa"),
    ],
)
def test_bad_local_indicators_name_the_field_and_store_nothing(
    services: Services, data: LocalIndicatorData, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.indicators.create_local_indicator(data)
    assert refused.value.field == field
    assert str(refused.value).startswith(f"{field}: ")
    with services.database.unit_of_work() as session:
        assert session.scalars(select(Kpi.id).where(Kpi.is_local)).all() == []


def test_an_id_is_taken_whatever_its_case(services: Services) -> None:
    services.indicators.create_local_indicator(local("EK-001"))
    with pytest.raises(ValidationError, match="EK-001") as refused:
        services.indicators.create_local_indicator(local("ek-001"))
    assert refused.value.field == "Id"


def test_a_bad_goal_rolls_back_the_whole_creation(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.indicators.create_local_indicator(local(), goal_numbers=(4, 18))
    assert refused.value.field == "Mål"
    with pytest.raises(NotFoundError):
        services.indicators.indicator("EK-001")


def test_a_local_indicator_is_edited_but_kolada_s_are_not(services: Services) -> None:
    services.indicators.create_local_indicator(local())
    edited = services.indicators.update_local_indicator(
        "EK-001", local("IGNORED", title="Trygghet i skolan", gender_split=False)
    )
    assert edited.id == "EK-001" and edited.title == "Trygghet i skolan"
    assert not edited.gender_split
    assert services.indicators.list_indicators("trygghet i skolan")[0].id == "EK-001"
    assert services.indicators.list_indicators("elevenkät åk")[0].id == "EK-001"
    with pytest.raises(ValidationError) as refused:
        services.indicators.update_local_indicator("N00401", local())
    assert refused.value.field == "Nyckeltal"


def test_deleting_a_local_indicator_with_values_needs_the_flag(services: Services) -> None:
    indicators = services.indicators
    indicators.create_local_indicator(local(), goal_numbers=(4,))
    indicators.set_target_value("EK-001", 2030, 90.0)
    put(
        services.database,
        ("EK-001", OWN, 2023, "T", 80.0, None),
        ("EK-001", OWN, 2024, "T", 82.0, None),
    )
    with pytest.raises(ValidationError, match="2 värden") as refused:
        indicators.delete_local_indicator("EK-001")
    assert refused.value.field == "Nyckeltal"
    assert indicators.indicator("EK-001").value_count == 2
    assert indicators.delete_local_indicator("EK-001", with_values=True) == 2
    with pytest.raises(NotFoundError):
        indicators.indicator("EK-001")
    assert indicators.series("EK-001", OWN) == {}
    indicators.create_local_indicator(local("EK-002"))
    assert indicators.delete_local_indicator("EK-002") == 0
    with pytest.raises(ValidationError, match="Koladas"):
        indicators.delete_local_indicator("N00401")


# -- goal links and target values ------------------------------------------------------


def test_goal_links_are_added_once_checked_and_removed(services: Services) -> None:
    indicators = services.indicators
    indicators.link_goal("N00401", 13)
    indicators.link_goal("N00401", 13)
    links = indicators.link_goal("N00401", 13, "13.2")
    assert [(lk.goal_number, lk.target_code) for lk in links] == [(13, None), (13, "13.2")]
    with pytest.raises(ValidationError) as refused:
        indicators.link_goal("N00401", 13, "7.2")
    assert refused.value.field == "Delmål"
    with pytest.raises(ValidationError) as refused:
        indicators.link_goal("N00401", 0)
    assert refused.value.field == "Mål"
    assert [lk.target_code for lk in indicators.unlink_goal("N00401", 13)] == ["13.2"]
    with pytest.raises(NotFoundError):
        indicators.unlink_goal("N00401", 13)
    with pytest.raises(NotFoundError):
        indicators.link_goal("X99999", 13)


def test_target_values_are_set_replaced_checked_and_removed(services: Services) -> None:
    indicators = services.indicators
    indicators.set_target_value("N00401", 2030, 3.0, note="Klimatplanen")
    values = indicators.set_target_value("N00401", 2030, 2.5)
    assert [(v.gender, v.year, v.value, v.note) for v in values] == [("T", 2030, 2.5, "")]
    split = indicators.set_target_value("N00209", 2030, 85, gender="k")  # gender-split KPI
    assert [(v.gender, v.value) for v in split] == [("K", 85.0)]
    for year, value, gender, field in [
        (1800, 1.0, "T", "Målår"),
        (2030, math.nan, "T", "Målvärde"),
        (2030, 1.0, "X", "Kön"),
        (2030, 1.0, "K", "Kön"),  # N00401 is not split by gender
    ]:
        with pytest.raises(ValidationError) as refused:
            indicators.set_target_value("N00401", year, value, gender)
        assert refused.value.field == field
    assert indicators.remove_target_value("N00401", 2030) == ()
    with pytest.raises(NotFoundError):
        indicators.remove_target_value("N00401", 2030)
    assert len(indicators.indicator("N00209").target_values) == 1


# -- series, comparison, history -------------------------------------------------------


def test_a_series_holds_each_gender_in_year_order_with_missing_reasons(
    services: Services,
) -> None:
    put(
        services.database,
        ("N00209", OWN, 2024, "M", 80.0, None),
        ("N00209", OWN, 2023, "T", None, "sekretess"),
        ("N00209", OWN, 2024, "T", 75.0, None),
        ("N00209", OWN, 2024, "K", 70.0, None),
        ("N00209", OWN, 2022, "T", 71.5, None),
        ("N00209", "0180", 2024, "T", 99.0, None),
    )
    series = services.indicators.series("N00209", OWN)
    assert list(series) == ["T", "K", "M"]
    assert series["T"] == [
        SeriesPoint(2022, 71.5, None),
        SeriesPoint(2023, None, "sekretess"),
        SeriesPoint(2024, 75.0, None),
    ]
    assert series["K"] == [(2024, 70.0, None)]
    many = services.indicators.municipality_series(OWN)
    assert many == {"N00209": series}
    assert services.indicators.municipality_series(OWN, ["N00401"]) == {}


@pytest.fixture
def compared(services: Services) -> Services:
    """Lower is better; Övertorneå 10 (12 the year before), Riket 8, Norrbotten 11,
    Kalix (C8) 14, Pajala (C8) missing, Stockholm (A1) 5."""
    services.indicators.update_indicator_meta("N00401", "", "", False)
    put(
        services.database,
        ("N00401", OWN, 2023, "T", 12.0, None),
        ("N00401", OWN, 2024, "T", 10.0, None),
        ("N00401", "0000", 2024, "T", 8.0, None),
        ("N00401", "0025", 2024, "T", 11.0, None),
        ("N00401", "2514", 2024, "T", 14.0, None),
        ("N00401", "2521", 2024, "T", None, "bortfall"),
        ("N00401", "0180", 2024, "T", 5.0, None),
    )
    return services


def test_a_comparison_computed_by_hand(compared: Services) -> None:
    result = compared.indicators.comparison("N00401", OWN)
    assert result.period == 2024 and result.periods == (2023, 2024)
    assert (result.own.value, result.riket and result.riket.value) == (10.0, 8.0)
    assert result.county is not None
    assert (result.county.municipality_id, result.county.value) == ("0025", 11.0)
    group = result.group
    assert group is not None and group.kommungrupp == "C8"
    assert (group.value, group.count, group.size) == (12.0, 2, 35)  # (10 + 14) / 2
    assert [(a.municipality_id, a.value) for a in result.kommuner] == [
        ("0180", 5.0),
        (OWN, 10.0),
        ("2514", 14.0),
    ]
    assert result.rank == 2
    assert result.previous == SeriesPoint(2023, 12.0, None)
    assert result.trend == "bättre"  # fell from 12 to 10, lower is better
    assert result.against_riket == "sämre"
    assert result.against_county == "bättre"
    assert result.against_group == "bättre"


def test_a_comparison_of_an_earlier_year_and_of_an_unknown_direction(compared: Services) -> None:
    earlier = compared.indicators.comparison("N00401", OWN, period=2023)
    assert earlier.own.value == 12.0 and earlier.previous is None and earlier.trend is None
    assert earlier.riket is not None and earlier.riket.value is None
    assert earlier.against_riket is None
    # Only the municipality itself has a value in its group: no average to compare with.
    assert earlier.group is not None and (earlier.group.value, earlier.group.count) == (None, 1)
    assert earlier.against_group is None
    compared.indicators.update_indicator_meta("N00401", "", "", None)
    unknown = compared.indicators.comparison("N00401", OWN)
    assert unknown.trend == "okänd riktning"
    assert [a.value for a in unknown.kommuner] == [14.0, 10.0, 5.0]  # highest first
    pajala = compared.indicators.comparison("N00401", "2521")
    assert pajala.own.value is None and pajala.own.missing_reason == "bortfall"
    assert pajala.period == 2024 and pajala.rank is None and pajala.trend is None
    with pytest.raises(ValidationError):
        compared.indicators.comparison("N00401", OWN, gender="X")
    with pytest.raises(NotFoundError):
        compared.indicators.comparison("N00401", "9999")


def test_a_comparison_without_values(services: Services) -> None:
    empty = services.indicators.comparison("N00401", OWN)
    assert empty.period is None and empty.periods == () and empty.kommuner == ()
    assert empty.group is not None and empty.group.value is None and empty.group.count == 0


def test_the_history_of_a_value_is_newest_first(services: Services) -> None:
    with services.database.unit_of_work() as session:
        for day, old, new in [(1, None, 4.0), (3, 4.5, 4.2), (2, 4.0, 4.5)]:
            session.add(
                KpiValueChange(
                    kpi_id="N00401",
                    municipality_id=OWN,
                    period=2023,
                    gender="T",
                    old_value=old,
                    old_missing_reason="tom" if old is None else None,
                    new_value=new,
                    new_missing_reason=None,
                    source=f"fil{day}.xlsx",
                    changed_at=datetime(2025, 1, day),
                )
            )
    history = services.indicators.value_history("N00401", OWN, 2023, "T")
    assert [(h.source, h.old_value, h.new_value) for h in history] == [
        ("fil3.xlsx", 4.5, 4.2),
        ("fil2.xlsx", 4.0, 4.5),
        ("fil1.xlsx", None, 4.0),
    ]
    assert history[-1].old_missing_reason == "tom"
    assert services.indicators.value_history("N00401", OWN, 2022, "T") == []


# -- better or worse, units ------------------------------------------------------------


@pytest.mark.parametrize(
    ("latest", "reference", "higher_is_better", "verdict"),
    [
        (5.0, 4.0, True, "bättre"),
        (5.0, 4.0, False, "sämre"),
        (4.0, 5.0, True, "sämre"),
        (4.0, 5.0, False, "bättre"),
        (5.0, 5.0, True, "oförändrat"),
        (5.0, 5.0, None, "oförändrat"),
        (0.1 + 0.2, 0.3, False, "oförändrat"),  # float noise is no change
        (5.0, 4.0, None, "okänd riktning"),
        (-1.0, -2.0, True, "bättre"),
    ],
)
def test_better_or_worse_respects_the_direction(
    latest: float, reference: float, higher_is_better: bool | None, verdict: str
) -> None:
    assert better_or_worse(latest, reference, higher_is_better) == verdict


def test_a_tolerance_widens_unchanged() -> None:
    assert better_or_worse(10.04, 10.0, True, tolerance=0.05) == "oförändrat"
    assert better_or_worse(10.06, 10.0, True, tolerance=0.05) == "bättre"
    with pytest.raises(ValueError):
        better_or_worse(1.0, 2.0, True, tolerance=-1)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Personalkostnader, kr/inv", "kr/inv"),
        ("Invånare med fetma, andel (%)", "%"),
        ("Länsvis skattesats, (%)", "%"),
        ("Månadsavlönade totalt, kommun, antal", "antal"),
        ("Incidens av hjärtinfarkter 25+ år, antal/100 000 inv", "antal/100 000 inv"),
        ("Kostnadsutjämningsnetto kommunal vuxenutbildning, kr/inv, 1 nov fg år", "kr/inv"),
        ("X, index för påståendet Mitt arbete känns meningsfullt.", "index"),
        ("Revisionsberättelse utan anmärkning, (Ja=1, Nej=0)", "Ja=1, Nej=0"),
        ("Kvalitetsindikatorer - Astma och KOL, index (max = 100)", "index (max = 100)"),
        ("Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom). kg/inv", "kg/inv"),
        ("Drivmedelsleverans till vägtransporter, liter/inv (-2023)", "liter/inv"),
        ("Medellivslängd män, år", "år"),
        ("Demografisk försörjningskvot", ""),
        ("Genomsnittlig betygspoäng, gymnasieelever, hemkommun", ""),
    ],
)
def test_a_unit_is_read_from_a_kolada_title(title: str, unit: str) -> None:
    assert derive_unit(title) == unit


def test_the_service_is_registered_and_reads_no_orm_objects_out(services: Services) -> None:
    assert services.indicators is not None
    with services.database.unit_of_work() as session:
        assert (
            session.scalar(select(Municipality.kommungrupp).where(Municipality.id == OWN)) == "C8"
        )
        assert session.get(Kpi, "N00401") is not None


def test_an_indicator_that_follows_up_a_malsattning_is_not_deleted(
    demo_database: Database,
) -> None:
    demo = Services.for_database(demo_database)
    with pytest.raises(ValidationError, match="följer upp målsättningen ”") as refused:
        demo.indicators.delete_local_indicator("EK-001", with_values=True)
    assert "(Mandatperioden 2023–2026)" in str(refused.value)
    assert demo.indicators.indicator("EK-001").value_count > 0
