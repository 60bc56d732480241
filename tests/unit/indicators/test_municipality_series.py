"""One municipality's series of listed KPIs read by the primary key equal those read
through the municipality index (indicator_queries.municipality_series)."""

from __future__ import annotations

from pathlib import Path

from conftest import HARRYDA, KPI_A, KPI_B, TANUM
from sheet_writers import write_csv

from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.services.indicators import IndicatorService
from agenda_desktop.core.store.database import Database


def test_listed_kpis_give_the_same_series_as_all_kpis(
    tmp_path: Path, service: IndicatorImportService, new_database: Database
) -> None:
    rows = [["Nyckeltal", "Kommun", "År", "Kön", "Värde"]]
    for kpi in (KPI_B, KPI_A):
        for municipality in (TANUM, HARRYDA):
            for year in (2024, 2020, 2022):
                for gender in "MKT":
                    value = ".." if year == 2022 and gender == "K" else f"{year % 100},{len(kpi)}"
                    rows.append([kpi, municipality, str(year), gender, value])
    service.apply(ImportRequest(write_csv(tmp_path / "v.csv", rows)))
    indicators = IndicatorService(new_database)
    every = indicators.municipality_series(TANUM)
    assert list(every) == [KPI_A, KPI_B]
    assert list(every[KPI_A]) == ["T", "K", "M"]
    assert [point.period for point in every[KPI_A]["K"]] == [2020, 2022, 2024]
    assert every[KPI_A]["K"][1].missing_reason == "sekretess"
    listed = indicators.municipality_series(TANUM, [KPI_B, KPI_A, KPI_A, "N99999"])
    assert listed == every
    assert list(listed) == list(every)
    assert indicators.municipality_series(TANUM, [KPI_B]) == {KPI_B: every[KPI_B]}
    assert indicators.municipality_series(TANUM, []) == {}
