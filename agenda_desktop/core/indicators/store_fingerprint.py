"""A cheap summary of the stored values of an import's KPIs, taken while the file is
analysed and again when it is applied: equal means nobody changed those values in between.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import KpiValue

IN_CHUNK: Final = 500  # KPI ids per IN (…) list
VALUES: Final = cast(Table, KpiValue.__table__)


def fingerprint(session: Session, kpi_ids: list[str]) -> tuple[Any, ...]:
    """A cheap summary of the stored values of ``kpi_ids`` (one aggregate query).

    apply() compares it with the one taken when the file was analysed: equal means that
    nobody changed those values in between (every write sets ``changed_at`` to its own
    time), so the analysis's comparison still holds and the values are not compared again.
    """
    table = VALUES
    parts: list[Any] = []
    for start in range(0, len(kpi_ids), IN_CHUNK):
        chunk = kpi_ids[start : start + IN_CHUNK]
        statement = select(
            func.count(),
            func.sum(table.c.value),
            func.sum(table.c.count),
            func.max(table.c.changed_at),
            func.sum(func.length(table.c.missing_reason)),
            func.sum(func.length(table.c.status)),
        ).where(table.c.kpi_id.in_(chunk))
        parts.extend(session.connection().execute(statement).one())
    return tuple(parts)


@contextmanager
def fingerprint_aside(database: Database, kpi_ids: list[str]) -> Iterator[Callable[[], Any]]:
    """fingerprint(), taken in a thread of its own while the block runs (SQLite releases
    the GIL while it aggregates, so it costs compare() nothing); the block gets a function
    that waits for it.

    The thread's read transaction begins before the block starts, so its snapshot is no
    newer than the one the block compares with: a write that lands in between makes the
    fingerprint differ from the one apply() takes, and apply() compares again. On
    PostgreSQL that transaction is REPEATABLE READ, whose snapshot is its first statement's.
    SQLite in memory (no second connection sees it): taken in the caller's thread after
    the block.
    """
    found: list[Any] = []
    failed: list[BaseException] = []
    begun = threading.Event()

    def take() -> None:
        try:
            with database.unit_of_work() as session:
                if not database.is_sqlite:  # a snapshot, as SQLite's read transaction is
                    session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
                session.connection().exec_driver_sql("SELECT 1 FROM kpi_value LIMIT 1").all()
                begun.set()
                found.append(fingerprint(session, kpi_ids))
        except BaseException as error:  # handed to the caller's thread
            failed.append(error)
        finally:
            begun.set()

    if database.is_sqlite and database.location.path is None:

        def later() -> Any:
            with database.unit_of_work() as session:
                return fingerprint(session, kpi_ids)

        yield later
        return
    thread = threading.Thread(target=take, name="fingerprint", daemon=True)
    thread.start()
    begun.wait()

    def result() -> Any:
        thread.join()
        if failed:
            raise failed[0]
        return found[0]

    try:
        yield result
    finally:
        thread.join()
