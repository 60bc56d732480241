"""The integrity check at open: a damaged SQLite file is named before anything writes to it.

``PRAGMA quick_check`` reads every page and checks the b-trees, records and constraints but
not that each index matches its table; it takes about a third of ``integrity_check``'s
time (102 MB with 870 000 indicator values: 0.37 s against 1.1 s), which is what a start
can afford. A restore verifies its backup with the full ``integrity_check``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from agenda_desktop.core.store.faults import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    DamagedDatabaseError,
    damaged_message,
)
from agenda_desktop.core.store.location import DatabaseLocation

SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGE_CODES = (SQLITE_CORRUPT, SQLITE_NOTADB)


def has_sqlite_header(path: Path) -> bool:
    """True for a file that starts as an SQLite database, whatever follows."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _is_damage(error: BaseException) -> bool:
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGE_CODES


def _verdict(rows: list[tuple[object, ...]]) -> str | None:
    """None for ``ok``, else the first problem the check reported."""
    if rows and str(rows[0][0]) == "ok":
        return None
    # SQLite heads its report "*** in database main ***" and may put several on a row.
    lines = [
        line.strip()
        for (text, *_rest) in rows
        for line in str(text).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if not lines:
        return "kontrollen gav inget svar"
    more = f", och {len(lines) - 1} fel till" if len(lines) > 1 else ""
    return f"{lines[0][:120]}{more}"


def _quick_check(path: Path, immutable: bool) -> str | None:
    """The first problem ``quick_check`` finds (None: none), through a read-only connection.

    ``immutable`` reads the main file alone, without locks or side files (so nothing at all
    is written beside it); that is the whole truth only when no -wal or -journal exists.

    Raises:
        sqlite3.Error: the check could not run for a reason other than damage.
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        if _is_damage(error):
            return str(error)
        raise
    return _verdict(rows)


def check_file_integrity(location: DatabaseLocation) -> bool:
    """Check an existing SQLite file before the app opens (and perhaps upgrades) it.

    Without side files the main file is read as it lies, writing nothing; a problem seen
    so (perhaps a write by another user in that moment) is looked at again with locks, as
    is a file with a -wal or -journal (a crash, or another user working in it).

    Returns True when the file was checked, or there is nothing to check (a new file, a
    server database, a file that is not SQLite at all, which the schema check refuses);
    False when a read-only connection could not look (a hot journal to roll back, a folder
    it may not write in): then ``check_engine_integrity`` must check.

    Raises:
        DamagedDatabaseError: the file is damaged; it has not been changed.
    """
    path = location.path
    if path is None or not has_sqlite_header(path):
        return True
    settled = not any(Path(f"{path}{side}").exists() for side in ("-wal", "-journal"))
    try:
        if settled and _quick_check(path, immutable=True) is None:
            return True
        problem = _quick_check(path, immutable=False)
    except sqlite3.Error:
        return False
    if problem is not None:
        raise DamagedDatabaseError(damaged_message(str(path), problem))
    return True


def check_engine_integrity(engine: Engine, location: DatabaseLocation) -> None:
    """The same check through the app's own engine, which has rolled back a hot journal.

    Raises:
        DamagedDatabaseError: the database is damaged.
    """
    try:
        with engine.connect() as connection:
            rows = [tuple(row) for row in connection.exec_driver_sql("PRAGMA quick_check")]
    except DBAPIError as error:
        if _is_damage(error):
            raise DamagedDatabaseError(
                damaged_message(location.describe(), str(error.orig))
            ) from error
        raise
    problem = _verdict(rows)
    if problem is not None:
        raise DamagedDatabaseError(damaged_message(location.describe(), problem))
