"""Fixtures of the import tests: a database, a dump of what an import may change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.store.database import Database

# Kolada ids present in the shipped catalogue, and municipalities with their ids.
KPI_A = "N00003"
KPI_B = "N00005"
TANUM = "1435"
HARRYDA = "1401"
RIKET = "0000"
VASTRA_GOTALAND = "0014"

Dump = dict[str, list[tuple[Any, ...]]]


@pytest.fixture
def service(new_database: Database) -> IndicatorImportService:
    return IndicatorImportService(new_database)


@pytest.fixture
def dump(new_database: Database) -> Callable[[], Dump]:
    """Everything an import may change, to compare before and after."""

    def take() -> Dump:
        with new_database.engine.connect() as connection:
            return {
                table: [tuple(row) for row in connection.execute(text(query))]
                for table, query in {
                    "kpi_value": "SELECT * FROM kpi_value ORDER BY 1, 2, 3, 4",
                    "kpi_value_change": "SELECT * FROM kpi_value_change ORDER BY id",
                    "local_kpi": "SELECT id, title, unit FROM kpi WHERE is_local ORDER BY id",
                    "column_mapping": "SELECT header_signature, mapping FROM column_mapping",
                }.items()
            }

    return take


@pytest.fixture
def values(new_database: Database) -> Callable[[], dict[tuple[str, str, int, str], Any]]:
    """The stored values: key -> (value, missing_reason, count, status)."""

    def take() -> dict[tuple[str, str, int, str], Any]:
        with new_database.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT kpi_id, municipality_id, period, gender, value, missing_reason, "
                    "count, status FROM kpi_value"
                )
            )
            return {tuple(row[:4]): tuple(row[4:]) for row in rows}

    return take
