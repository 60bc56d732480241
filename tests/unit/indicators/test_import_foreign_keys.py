"""Foreign keys stay enforced although the import checks kpi_value's itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import KPI_A, Dump
from sheet_writers import write_openpyxl
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.indicators.pipeline import Analysis
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.store.database import Database


def _file(path: Path) -> Path:
    rows = [["Nyckeltal", "Kommun", "År", "Kön", "Värde"]]
    rows += [[KPI_A, "Tanum", year, "T", float(year)] for year in range(2015, 2025)]
    return write_openpyxl(path, {"Blad1": rows})


@pytest.mark.parametrize("column", ["kpi_ids", "municipality_ids"])
def test_a_value_with_an_unknown_id_cannot_land(
    tmp_path: Path,
    service: IndicatorImportService,
    dump: Callable[[], Dump],
    column: str,
) -> None:
    request = ImportRequest(_file(tmp_path / "tanum.xlsx"))
    preview = service.analyse(request)
    assert preview.can_apply and preview.new == 10
    analysis = preview.staged
    assert isinstance(analysis, Analysis)
    # as if removed since the analysis (an id that fits the column: PostgreSQL checks)
    getattr(analysis.staged, column)[0] = "X9999" if column == "kpi_ids" else "9999"
    before = dump()
    with pytest.raises((sqlite3.IntegrityError, IntegrityError), match=r"(?i)FOREIGN KEY"):
        service.apply(request, preview=preview)
    assert dump() == before


def test_the_import_leaves_foreign_keys_on(
    tmp_path: Path, service: IndicatorImportService, new_database: Database
) -> None:
    service.apply(ImportRequest(_file(tmp_path / "tanum.xlsx")))
    with new_database.unit_of_work() as session:
        if new_database.is_sqlite:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(IntegrityError):
            session.execute(
                text(
                    "INSERT INTO kpi_value (kpi_id, municipality_id, period, gender, value, "
                    "source, changed_at) VALUES ('X9999', '1435', 2020, 'T', 1, 'x', "
                    "'2026-01-01 00:00:00.000000')"
                )
            )


def test_a_bulk_unit_of_work_checks_the_tables_it_was_not_vouched_for(
    new_database: Database,
) -> None:
    bad = (
        "INSERT INTO kpi_value (kpi_id, municipality_id, period, gender, value, source, "
        "changed_at) VALUES ('X9999', '1435', 2020, 'T', 1, 'x', '2026-01-01 00:00:00.000000')"
    )
    with (
        pytest.raises(IntegrityError, match=r"(?i)FOREIGN KEY"),
        new_database.bulk_unit_of_work(vouched=("kpi_value_change",)) as session,
    ):
        if new_database.is_sqlite:  # elsewhere a plain unit of work, checked as it goes
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 0
        session.execute(text(bad))
    with new_database.unit_of_work() as session:
        assert session.execute(text("SELECT count(*) FROM kpi_value")).scalar() == 0
        if new_database.is_sqlite:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
