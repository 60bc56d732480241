"""Backup copies with SQLite's online backup, and restore after an integrity check."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from agenda_desktop.core.errors import DatabaseError


def backup_folder(database: Path) -> Path:
    """Backups sit beside the database, so a shared drive keeps them with the file."""
    return database.parent / f"{database.stem}-sakerhetskopior"


def backup_database(database: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the database consistently, even while it is open, into its backup folder."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database.stem}-{stamp}-{reason}{database.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{reason}-{counter}{database.suffix}"
    try:
        source = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            f"Säkerhetskopian av {database} kunde inte skrivas till {target}: {error}."
        ) from error
    return target


def list_backups(database: Path) -> list[Path]:
    """The backups of a database, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = f"{database.stem}-*{database.suffix}"
    return sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)


def verify_backup(backup: Path) -> None:
    """Raise DatabaseError unless the file is an intact Agenda Desktop database."""
    try:
        connection = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise DatabaseError(f"Säkerhetskopian {backup} går inte att läsa: {error}.") from error
    if result is None or result[0] != "ok":
        raise DatabaseError(f"Säkerhetskopian {backup} är skadad ({result[0] if result else '?'}).")
    if "alembic_version" not in tables:
        raise DatabaseError(f"Filen {backup} är ingen Agenda Desktop-databas.")


def restore_backup(backup: Path, database: Path, now: datetime | None = None) -> Path:
    """Put a verified backup in place of the database; the current file is kept aside.

    Returns the path where the replaced file was kept. The caller must have closed every
    connection to the database first.
    """
    verify_backup(backup)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{database.stem}-{stamp}-ersatt-vid-aterstallning{database.suffix}"
    staging = database.with_name(database.name + ".aterstalls")
    shutil.copy2(backup, staging)
    if database.exists():
        shutil.move(database, aside)
    for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        leftover.unlink(missing_ok=True)
    staging.replace(database)
    return aside
