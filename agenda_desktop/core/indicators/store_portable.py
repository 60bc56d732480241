"""The portable path of store.py for databases other than SQLite (PostgreSQL):
SQLAlchemy Core statements, executemany in chunks. Slower than the SQLite path, correct."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from agenda_desktop.core.store.models import KpiValue, KpiValueChange
from agenda_desktop.core.store.models.indicators import CHANGE_COLUMNS

VALUES: Final = cast(Table, KpiValue.__table__)
CHANGES: Final = cast(Table, KpiValueChange.__table__)
IN_CHUNK: Final = 500  # KPI ids per IN (…) list
WRITE_CHUNK: Final = 20_000
VALUE_COLUMNS: Final = (
    "kpi_id", "municipality_id", "period", "gender", "value", "missing_reason", "count", "status",
)  # fmt: skip


def stored_rows(session: Session, kpi_ids: list[str]) -> Iterator[tuple[Any, ...]]:
    """The portable scan: every stored value of ``kpi_ids`` with its key columns."""
    table = VALUES
    for start in range(0, len(kpi_ids), IN_CHUNK):
        statement = select(
            table.c.kpi_id,
            table.c.municipality_id,
            table.c.period,
            table.c.gender,
            table.c.value,
            table.c.missing_reason,
            table.c.count,
            table.c.status,
        ).where(table.c.kpi_id.in_(kpi_ids[start : start + IN_CHUNK]))
        # an option of this statement only: set on the connection, every later statement
        # of the transaction (the UPDATEs) would run in a server-side cursor and fail
        result = session.connection().execute(statement.execution_options(stream_results=True))
        yield from (tuple(row) for row in result)


def write_core(
    session: Session,
    set_columns: list[str],
    inserts: Iterable[tuple[Any, ...]],
    updates: list[tuple[Any, ...]],
    history: list[tuple[Any, ...]],
) -> None:
    """The portable path (PostgreSQL): SQLAlchemy Core executemany in chunks."""
    connection = session.connection()
    names = [*VALUE_COLUMNS, "source", "changed_at"]
    batch: list[dict[str, Any]] = []
    for row in inserts:
        batch.append(dict(zip(names, row, strict=True)))
        if len(batch) >= WRITE_CHUNK:
            connection.execute(insert(VALUES), batch)
            batch = []
    if batch:
        connection.execute(insert(VALUES), batch)
    if updates:
        table = VALUES
        statement = (
            update(table)
            .where(table.c.kpi_id == bindparam("k_kpi"))
            .where(table.c.municipality_id == bindparam("k_municipality"))
            .where(table.c.period == bindparam("k_period"))
            .where(table.c.gender == bindparam("k_gender"))
            .values({column: bindparam(f"v_{column}") for column in set_columns})
        )
        keys = [f"v_{column}" for column in set_columns] + [
            "k_kpi",
            "k_municipality",
            "k_period",
            "k_gender",
        ]
        connection.execute(statement, [dict(zip(keys, row, strict=True)) for row in updates])
    if history:
        connection.execute(
            insert(CHANGES),
            [dict(zip(CHANGE_COLUMNS, row, strict=True)) for row in history],
        )
