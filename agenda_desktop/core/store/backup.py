"""Backup copies with SQLite's online backup, and restore after an integrity check."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.store.faults import DiskFullError, ReadOnlyDatabaseError, fault_for

STAMP_FORMAT = "%Y%m%d-%H%M%S"
REPLACED_REASON = "ersatt-vid-aterstallning"
DAMAGED_REASON = "skadad"


def backup_folder(database: Path) -> Path:
    """Backups sit beside the database, so a shared drive keeps them with the file."""
    return database.parent / f"{database.stem}-sakerhetskopior"


def backup_name_pattern(database: Path, reason: str = r".+?") -> re.Pattern[str]:
    """The names ``backup_database`` gives: ``<stem>-<yyyymmdd-hhmmss>-<reason>[-n]<suffix>``;
    group 1 is the time, group 2 the reason (a regular expression, any by default), group 3
    the counter of a second copy in the same second."""
    return re.compile(
        rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})-({reason})(?:-(\d+))?"
        rf"{re.escape(database.suffix)}$"
    )


def backup_database(database: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the database consistently, even while it is open, into its backup folder.

    The copy is written under a temporary name and renamed when complete, so a backup cut
    short (a full disk, the program killed) never shows up as a backup. The copy is a
    single file in rollback-journal mode, whatever mode the database uses.
    """
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    folder = backup_folder(database)
    target = folder / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{reason}-{counter}{database.suffix}"
    partial = target.with_name(target.name + ".ofullstandig")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _backup_error(database, folder, error) from error
    return target


def _backup_error(database: Path, folder: Path, error: BaseException) -> DatabaseError:
    """Say why a backup failed; the database itself is never touched by a backup."""
    unchanged = "Databasen är oförändrad."
    if not database.exists():
        return DatabaseError(
            f"Ingen säkerhetskopia gjordes: databasen {database} finns inte längre där (den "
            "kan vara flyttad, eller nätverksenheten är inte ansluten). De tidigare "
            f"säkerhetskopiorna finns kvar i {folder}."
        )
    fault = fault_for(error, str(folder))
    if isinstance(fault, DiskFullError) or getattr(error, "errno", None) == 28:  # ENOSPC
        return DiskFullError(
            f"Säkerhetskopian av {database} fick inte plats: disken där mappen {folder} "
            f"ligger är full. {unchanged} Frigör utrymme på disken, eller minska antalet "
            "automatiska säkerhetskopior i Inställningar."
        )
    if isinstance(fault, ReadOnlyDatabaseError) or isinstance(error, PermissionError):
        return ReadOnlyDatabaseError(
            f"Säkerhetskopian av {database} kunde inte sparas: mappen {folder} är "
            f"skrivskyddad. {unchanged} Be om skrivrätt i mappen."
        )
    detail = error.strerror if isinstance(error, OSError) and error.strerror else error
    return DatabaseError(
        f"Säkerhetskopian av {database} kunde inte sparas i {folder}: {detail}. {unchanged}"
    )


def list_backups(database: Path) -> list[Path]:
    """The backups of a database, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = f"{database.stem}-*{database.suffix}"
    return sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)


def verify_backup(backup: Path, thorough: bool = True) -> None:
    """Raise DatabaseError unless the file is an intact Agenda Desktop database.

    ``thorough`` runs ``PRAGMA integrity_check`` (before a restore); without it the
    three times faster ``quick_check``, enough to sort good copies from damaged ones.
    """
    check = "integrity_check" if thorough else "quick_check"
    try:
        connection = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute(f"PRAGMA {check}").fetchone()
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise DatabaseError(f"Säkerhetskopian {backup} går inte att läsa: {error}.") from error
    if result is None or result[0] != "ok":
        raise DatabaseError(f"Säkerhetskopian {backup} är skadad ({result[0] if result else '?'}).")
    if "alembic_version" not in tables:
        raise DatabaseError(f"Filen {backup} är ingen Agenda Desktop-databas.")


def restore_backup(
    backup: Path,
    database: Path,
    now: datetime | None = None,
    aside_reason: str = REPLACED_REASON,
) -> Path:
    """Put a verified backup in place of the database; the current file is kept aside.

    Returns the path where the replaced file was kept (named with ``aside_reason``). The
    caller must have closed every connection to the database first.
    """
    verify_backup(backup)
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{database.stem}-{stamp}-{aside_reason}{database.suffix}"
    counter = 1
    while aside.exists():
        counter += 1
        aside = folder / f"{database.stem}-{stamp}-{aside_reason}-{counter}{database.suffix}"
    staging = database.with_name(database.name + ".aterstalls")
    shutil.copy2(backup, staging)
    if database.exists():
        shutil.move(database, aside)
    wal = Path(f"{database}-wal")
    if wal.exists():  # committed changes not yet in the file: they stay with it
        shutil.move(wal, f"{aside}-wal")
    Path(f"{database}-shm").unlink(missing_ok=True)
    staging.replace(database)
    return aside
