"""Compare checked values with the stored ones, and write the difference in bulk.

The stored values of the file's KPIs are streamed once and compared, key by key, with
the values held in memory (an int key -> position dict), which gives new, changed and
unchanged without a staging table. Writing uses ``executemany`` of plain tuples on the
raw sqlite3 connection of the unit of work (the transaction SQLAlchemy began): plain
INSERT for new values, UPDATE for changed ones, and one history row per changed value.
Other databases (PostgreSQL) take a slower, portable SQLAlchemy Core path.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.indicators.resolve import GENDERS
from agenda_desktop.core.indicators.staged import Staged
from agenda_desktop.core.indicators.store_portable import stored_rows, write_core
from agenda_desktop.core.progress import CancelToken, ProgressCallback
from agenda_desktop.core.store.models import KpiValue, KpiValueChange

WRITE_CHUNK: Final = 20_000  # progress and cancel between chunks of written rows
ROWS_PER_STATEMENT: Final = 100  # 1 000 parameters, far below SQLite's limit
IN_CHUNK: Final = 500  # KPI ids per IN (…) list
SQLITE_TIME: Final = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime on SQLite

VALUES: Final = cast(Table, KpiValue.__table__)
CHANGES: Final = cast(Table, KpiValueChange.__table__)
_VALUE_COLUMNS: Final = (
    "kpi_id, municipality_id, period, gender, value, missing_reason, count, status"
)


@dataclass
class Diff:
    """How the file's values differ from the stored ones (positions in Staged)."""

    unchanged: int = 0
    changed: list[int] = field(default_factory=list)
    old: list[tuple[float | None, str | None]] = field(default_factory=list)
    new: list[int] | None = None  # None: every value is new

    def new_count(self, total: int) -> int:
        return total if self.new is None else len(self.new)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _raw(session: Session) -> Any:
    """The sqlite3 connection under the session, inside the session's transaction."""
    return session.connection().connection.driver_connection


def _stored_keyed(session: Session, staged: Staged) -> Iterator[list[tuple[Any, ...]]]:
    """The SQLite scan, in batches: (key, value, reason, count, status), where SQLite
    computes the int key of staged.py from the file's own KPI and municipality codes."""
    municipalities = [item for pair in enumerate(staged.municipality_ids) for item in pair[::-1]]
    for start in range(0, len(staged.kpi_ids), IN_CHUNK):
        chunk = staged.kpi_ids[start : start + IN_CHUNK]
        kpis = [item for code, kpi in enumerate(chunk, start=start) for item in (kpi, code)]
        statement = (
            "WITH k(id, code) AS (VALUES " + ", ".join(["(?, ?)"] * len(chunk)) + "), "
            "m(id, code) AS (VALUES "
            + ", ".join(["(?, ?)"] * len(staged.municipality_ids))
            + ") SELECT ((k.code * 4096 + m.code) * 4096 + v.period) * 4 + "
            "CASE v.gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END, "
            "v.value, v.missing_reason, v.count, v.status "
            # CROSS JOIN keeps this order: one primary-key search per (KPI, municipality)
            "FROM k CROSS JOIN m CROSS JOIN kpi_value AS v "
            "ON v.kpi_id = k.id AND v.municipality_id = m.id"
        )
        cursor = _raw(session).execute(statement, [*kpis, *municipalities])
        while batch := cursor.fetchmany(WRITE_CHUNK):
            yield batch
        cursor.close()


def _keyed(session: Session, staged: Staged) -> Iterator[list[tuple[Any, ...]]]:
    if _is_sqlite(session):
        yield from _stored_keyed(session, staged)
        return
    kpi_codes = {kpi: code for code, kpi in enumerate(staged.kpi_ids)}
    municipality_codes = {m: code for code, m in enumerate(staged.municipality_ids)}
    gender_codes = {code: position for position, code in enumerate(GENDERS)}
    batch: list[tuple[Any, ...]] = []
    for kpi, municipality, period, gender, *rest in stored_rows(session, staged.kpi_ids):
        m = municipality_codes.get(municipality)
        if m is not None:
            key = ((kpi_codes[kpi] * 4096 + m) * 4096 + period) * 4 + gender_codes[gender]
            batch.append((key, *rest))
        if len(batch) >= WRITE_CHUNK:
            yield batch
            batch = []
    yield batch


def compare(
    session: Session, staged: Staged, progress: ProgressCallback, cancel: CancelToken
) -> Diff:
    """Classify every staged value as new, changed or unchanged against the database."""
    diff = Diff()
    total = len(staged)
    if not total:
        diff.new = []
        return diff
    found = bytearray(total)
    index_get, values, reasons = staged.index.get, staged.value, staged.reason
    counts, statuses = staged.count, staged.status
    has_count, has_status = staged.has_count, staged.has_status
    changed, old = diff.changed, diff.old
    seen = 0
    progress(0, total, "Jämför med databasen")
    for batch in _keyed(session, staged):
        seen += len(batch)
        cancel.check()
        progress(min(seen, total), total, "Jämför med databasen")
        for key, value, reason, count, status in batch:
            position = index_get(key)
            if position is None:
                continue
            found[position] = 1
            if (
                values[position] == value
                and reasons[position] == reason
                and (not has_count or counts[position] == count)
                and (not has_status or statuses[position] == status)
            ):
                diff.unchanged += 1
            else:
                changed.append(position)
                old.append((value, reason))
    if seen:
        diff.new = [position for position in range(total) if not found[position]]
    return diff


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


def _chunked(
    rows: Iterable[tuple[Any, ...]],
    total: int,
    what: str,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> Iterator[tuple[Any, ...]]:
    """Pass rows through, checking cancel and reporting progress every WRITE_CHUNK rows."""
    for done, row in enumerate(rows, start=1):
        if not done % WRITE_CHUNK:
            cancel.check()
            progress(done, total, what)
        yield row


def write(
    session: Session,
    staged: Staged,
    diff: Diff,
    source: str,
    now: datetime,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> int:
    """Insert the new values, update the changed ones and record their history.

    Returns:
        How many history rows were written (values whose value or reason changed).
    """
    tail = (source, now if not _is_sqlite(session) else now.strftime(SQLITE_TIME))
    changed_rows = list(staged.rows(diff.changed))
    history = [
        (*row[:4], old_value, old_reason, row[4], row[5], *tail)
        for row, (old_value, old_reason) in zip(changed_rows, diff.old, strict=True)
        if (old_value, old_reason) != (row[4], row[5])
    ]
    new_total = diff.new_count(len(staged))
    if _is_sqlite(session):
        _write_sqlite(session, staged, diff, tail, history, progress, cancel)
    else:
        inserts = (row + tail for row in staged.rows(diff.new))
        saving = _chunked(inserts, new_total, f"Sparar {new_total} nya värden", progress, cancel)
        updates = [
            (
                row[4],
                row[5],
                *((row[6],) if staged.has_count else ()),
                *((row[7],) if staged.has_status else ()),
                *tail,
                *row[:4],
            )
            for row in changed_rows
        ]
        write_core(session, _set_columns(staged), saving, updates, history)
    return len(history)


def _set_columns(staged: Staged) -> list[str]:
    columns = ["value", "missing_reason"]
    if staged.has_count:
        columns.append("count")
    if staged.has_status:
        columns.append("status")
    return [*columns, "source", "changed_at"]


def _value_columns(
    staged: Staged, positions: list[int] | None, start: int, end: int
) -> list[Sequence[Any]]:
    """The eight value columns of kpi_value for ``positions[start:end]`` (None: all
    values), as sequences; built a slice at a time, because a list over every value
    holds the GIL for tens of milliseconds and the GUI thread waits meanwhile."""
    nothing: list[Any] = [None] * (end - start)
    if positions is None:
        return [
            list(map(staged.kpi_ids.__getitem__, staged.kpi[start:end])),
            list(map(staged.municipality_ids.__getitem__, staged.municipality[start:end])),
            staged.period[start:end],
            list(map(GENDERS.__getitem__, staged.gender[start:end])),
            staged.value[start:end],
            staged.reason[start:end],
            staged.count[start:end] if staged.has_count else nothing,
            staged.status[start:end] if staged.has_status else nothing,
        ]
    part = positions[start:end]
    return [
        [staged.kpi_ids[staged.kpi[i]] for i in part],
        [staged.municipality_ids[staged.municipality[i]] for i in part],
        [staged.period[i] for i in part],
        [GENDERS[staged.gender[i]] for i in part],
        [staged.value[i] for i in part],
        [staged.reason[i] for i in part],
        [staged.count[i] for i in part] if staged.has_count else nothing,
        [staged.status[i] for i in part] if staged.has_status else nothing,
    ]


def _flat_batches(
    staged: Staged,
    positions: list[int] | None,
    tail: tuple[Any, ...],
    rest: list[tuple[Any, ...]],
    what: str,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> Iterator[tuple[Any, ...]]:
    """Parameters of ROWS_PER_STATEMENT rows each, interleaved column-wise by slice
    assignment (C speed, no tuple per row), then ``tail`` (source, changed_at). The rows
    that do not fill a statement go to ``rest`` as one tuple each."""
    width, size = 8, ROWS_PER_STATEMENT
    total = len(staged) if positions is None else len(positions)
    for start in range(0, total, WRITE_CHUNK):
        cancel.check()
        progress(start, total, what)
        end = min(start + WRITE_CHUNK, total)
        flat: list[Any] = [None] * ((end - start) * width)
        for offset, column in enumerate(_value_columns(staged, positions, start, end)):
            flat[offset::width] = column
        full = (end - start) // size * size
        for first in range(0, full, size):
            yield (*flat[first * width : (first + size) * width], *tail)
        for row in range(full, end - start):
            rest.append((*flat[row * width : (row + 1) * width], *tail))
    progress(total, total, what)


def _statement(rows: int, upsert: str) -> str:
    """INSERT of ``rows`` rows with numbered parameters: 8 per row, then source and
    changed_at once for all."""
    source, changed_at = 8 * rows + 1, 8 * rows + 2
    values = ", ".join(
        "("
        + ", ".join(f"?{8 * row + column}" for column in range(1, 9))
        + f", ?{source}, ?{changed_at})"
        for row in range(rows)
    )
    return f"INSERT INTO kpi_value ({_VALUE_COLUMNS}, source, changed_at) VALUES {values}{upsert}"


def _write_sqlite(
    session: Session,
    staged: Staged,
    diff: Diff,
    tail: tuple[Any, ...],
    history: list[tuple[Any, ...]],
    progress: ProgressCallback,
    cancel: CancelToken,
) -> None:
    """Insert ROWS_PER_STATEMENT rows per statement, through executemany.

    kpi_value's CHECK (gender IN ('T', 'K', 'M')) costs SQLite an ephemeral table each
    time a statement runs: one row per statement made that a third of a big import.
    New values take a plain INSERT (an upsert costs some 15 % more); changed values an
    upsert, which updates only the columns the file has.

    The two CHECKs of kpi_value are not evaluated while these rows are written (about a
    sixth of the insert's time): every staged value has a gender of GENDERS and either a
    value or a missing reason, which extract.py guarantees. Foreign keys stay enforced,
    and the CHECKs are on again for every other statement when this returns or raises.
    """
    connection = _raw(session)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        _write_rows(connection, staged, diff, tail, history, progress, cancel)
    finally:
        connection.execute("PRAGMA ignore_check_constraints = OFF")


def _write_rows(
    connection: Any,
    staged: Staged,
    diff: Diff,
    tail: tuple[Any, ...],
    history: list[tuple[Any, ...]],
    progress: ProgressCallback,
    cancel: CancelToken,
) -> None:
    assignments = ", ".join(f"{column} = excluded.{column}" for column in _set_columns(staged))
    upsert = f" ON CONFLICT (kpi_id, municipality_id, period, gender) DO UPDATE SET {assignments}"
    for positions, conflict in ((diff.new, ""), (diff.changed, upsert)):
        if positions is not None and not positions:
            continue
        count = len(staged) if positions is None else len(positions)
        what = f"Sparar {count} {'nya' if not conflict else 'ändrade'} värden"
        rest: list[tuple[Any, ...]] = []
        batches = _flat_batches(staged, positions, tail, rest, what, progress, cancel)
        connection.executemany(_statement(ROWS_PER_STATEMENT, conflict), batches)
        if rest:
            connection.executemany(_statement(1, conflict), rest)
    if history:
        connection.executemany(
            "INSERT INTO kpi_value_change (kpi_id, municipality_id, period, gender, old_value, "
            "old_missing_reason, new_value, new_missing_reason, source, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            history,
        )
