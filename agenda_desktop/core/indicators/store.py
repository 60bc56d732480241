"""Compare checked values with the stored ones, and write the difference in bulk.

The stored values of the file's KPIs are streamed once and compared, key by key, with
the values held in memory (an int key -> position dict), which gives new, changed and
unchanged without a staging table. Writing uses ``executemany`` of plain tuples on the
raw sqlite3 connection of the unit of work (the transaction SQLAlchemy began): plain
INSERT for new values, UPDATE for changed ones, and one history row per changed value.
Other databases (PostgreSQL) take a slower, portable SQLAlchemy Core path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress
from operator import itemgetter
from typing import Any, Final, cast

from sqlalchemy import Table
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
    """The SQLite scan, in batches: (key, value, reason[, count][, status]), where SQLite
    computes the int key of staged.py from the file's own KPI and municipality codes.
    Count and status come only when the file has them (each column of 870 000 rows costs
    some 70 ms of row building, even when it holds only NULL)."""
    extra = (", v.count" if staged.has_count else "") + (", v.status" if staged.has_status else "")
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
            f"v.value, v.missing_reason{extra} "
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
    wanted = [True, True, staged.has_count, staged.has_status]
    for kpi, municipality, period, gender, *rest in stored_rows(session, staged.kpi_ids):
        m = municipality_codes.get(municipality)
        if m is not None:
            key = ((kpi_codes[kpi] * 4096 + m) * 4096 + period) * 4 + gender_codes[gender]
            batch.append((key, *compress(rest, wanted)))
        if len(batch) >= WRITE_CHUNK:
            yield batch
            batch = []
    yield batch


def compare(
    session: Session, staged: Staged, progress: ProgressCallback, cancel: CancelToken
) -> Diff:
    """Classify every staged value as new, changed or unchanged against the database.

    A batch of stored rows is first compared column by column (C loops over whole
    columns, no Python code per value); only a batch with a difference, or with a key the
    file does not have, is compared again value by value.
    """
    diff = Diff()
    total = len(staged)
    if not total:
        diff.new = []
        return diff
    columns: list[list[Any]] = [staged.value, staged.reason]
    columns += [staged.count] if staged.has_count else []
    columns += [staged.status] if staged.has_status else []
    getters = [(itemgetter(number), column.__getitem__) for number, column in enumerate(columns, 1)]
    index_get, first = staged.index.get, itemgetter(0)
    found_positions: list[list[int]] = []
    seen = found = 0
    progress(0, total, "Jämför med databasen")
    for batch in _keyed(session, staged):
        seen += len(batch)
        cancel.check()
        progress(min(seen, total), total, "Jämför med databasen")
        looked_up = list(map(index_get, map(first, batch)))
        positions = cast(list[int], looked_up)  # checked: None not in looked_up
        if None not in looked_up and all(
            list(map(mine, positions)) == list(map(stored, batch)) for stored, mine in getters
        ):
            diff.unchanged += len(positions)
        else:
            positions = _compare_rows(staged, batch, diff)
        found += len(positions)
        found_positions.append(positions)
    if seen:
        diff.new = [] if found == total else _missing(total, found_positions)
    return diff


def _compare_rows(staged: Staged, batch: list[tuple[Any, ...]], diff: Diff) -> list[int]:
    """Compare a batch value by value; returns the positions of the staged values found."""
    index_get, values, reasons = staged.index.get, staged.value, staged.reason
    counts, statuses = staged.count, staged.status
    has_count, has_status = staged.has_count, staged.has_status
    changed, old = diff.changed, diff.old
    positions = []
    for key, value, reason, *rest in batch:
        position = index_get(key)
        if position is None:
            continue
        positions.append(position)
        count = rest[0] if has_count else None
        status = rest[-1] if has_status else None
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
    return positions


def _missing(total: int, found_positions: list[list[int]]) -> list[int]:
    """The positions below ``total`` that no list of ``found_positions`` holds, in order."""
    found = bytearray(total)
    for positions in found_positions:
        for position in positions:
            found[position] = 1
    return [position for position in range(total) if not found[position]]


def _chunked(
    rows: Iterable[tuple[Any, ...]],
    total: int,
    what: str,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> Iterator[tuple[Any, ...]]:
    """Pass rows through, checking cancel and reporting progress every WRITE_CHUNK rows,
    and at the start and the end (as the SQLite path does)."""
    progress(0, total, what)
    for done, row in enumerate(rows, start=1):
        if not done % WRITE_CHUNK:
            cancel.check()
            progress(done, total, what)
        yield row
    progress(total, total, what)


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

    Foreign keys: pipeline.apply writes in Database.bulk_unit_of_work, which leaves
    kpi_value's foreign keys to us (SQLite's row-by-row checks were a tenth of the
    import); _check_keys checks them first, in this transaction, for every value.
    """
    connection = _raw(session)
    _check_keys(connection, staged)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        _write_rows(connection, staged, diff, tail, history, progress, cancel)
    finally:
        connection.execute("PRAGMA ignore_check_constraints = OFF")


def _check_keys(connection: Any, staged: Staged) -> None:
    """Raise sqlite3's IntegrityError, as the foreign keys of kpi_value would, unless
    every KPI and municipality id of the staged values exists (in this transaction)."""
    for table, ids in (("kpi", staged.kpi_ids), ("municipality", staged.municipality_ids)):
        wanted = set(ids)
        found: set[str] = set()
        listed = list(wanted)
        for start in range(0, len(listed), IN_CHUNK):
            chunk = listed[start : start + IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = connection.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        if found != wanted:
            missing = ", ".join(sorted(wanted - found)[:5])
            raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed ({table}: {missing})")


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
