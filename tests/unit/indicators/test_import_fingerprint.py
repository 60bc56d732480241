"""The fingerprint analyse() takes beside the comparison, in a thread of its own."""

from __future__ import annotations

from pathlib import Path

from conftest import KPI_A
from sheet_writers import write_openpyxl
from sqlalchemy import text

from agenda_desktop.core.indicators import store_fingerprint
from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.store.database import Database


def _import(path: Path, service: IndicatorImportService) -> None:
    rows = [["Nyckeltal", "Kommun", "År", "Kön", "Värde"]]
    rows += [[KPI_A, "Tanum", year, "T", float(year)] for year in range(2015, 2025)]
    service.apply(ImportRequest(write_openpyxl(path, {"Blad1": rows})))


def test_it_equals_the_fingerprint_taken_in_the_callers_thread(
    tmp_path: Path, service: IndicatorImportService, new_database: Database
) -> None:
    _import(tmp_path / "a.xlsx", service)
    with new_database.unit_of_work() as session:
        expected = store_fingerprint.fingerprint(session, [KPI_A])
    with store_fingerprint.fingerprint_aside(new_database, [KPI_A]) as taken:
        pass
    assert taken() == expected


def test_a_write_during_the_block_is_not_in_it(
    tmp_path: Path, service: IndicatorImportService, new_database: Database
) -> None:
    """Its snapshot is no newer than the block's: a write that lands meanwhile makes
    apply's fingerprint differ, so apply compares again."""
    _import(tmp_path / "a.xlsx", service)
    with new_database.unit_of_work() as session:
        before = store_fingerprint.fingerprint(session, [KPI_A])
    with (
        store_fingerprint.fingerprint_aside(new_database, [KPI_A]) as taken,
        new_database.unit_of_work() as session,
    ):
        session.execute(text("UPDATE kpi_value SET value = value + 1 WHERE period = 2020"))
    assert taken() == before
    with new_database.unit_of_work() as session:
        assert store_fingerprint.fingerprint(session, [KPI_A]) != before
