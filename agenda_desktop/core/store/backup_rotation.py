"""Automatic rotating backups: one at each start and one a day, the newest N kept.

Only backups named with the reason ``automatisk`` rotate; a backup made by hand, before an
upgrade or a restore is never removed here. Whether a daily backup is due is decided from
the newest automatic backup's time in its name, so it survives restarts and needs no
clock of its own: the GUI asks now and then and the answer is a pure function of the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.store.backup import (
    STAMP_FORMAT,
    backup_database,
    backup_folder,
    backup_name_pattern,
    list_backups,
    verify_backup,
)

AUTOMATIC_REASON = "automatisk"
DEFAULT_KEEP = 10
KEEP_RANGE = (1, 100)
DAILY = timedelta(days=1)
ABANDONED_AFTER = timedelta(hours=1)  # a backup takes seconds; older partials are leftovers


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    made: datetime


def automatic_backups(database: Path) -> list[AutomaticBackup]:
    """The automatic backups of ``database``, newest first (by the time in the name)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = backup_name_pattern(database, AUTOMATIC_REASON)
    found: list[tuple[datetime, int, Path]] = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None:
            continue
        try:
            made = datetime.strptime(match.group(1), STAMP_FORMAT)
        except ValueError:
            continue
        found.append((made, int(match.group(3) or 1), path))
    return [AutomaticBackup(path, made) for made, _n, path in sorted(found, reverse=True)]


def daily_backup_due(newest: datetime | None, now: datetime, interval: timedelta = DAILY) -> bool:
    """True when no automatic backup exists or the newest is ``interval`` old or older.

    A backup dated in the future (a clock put back) counts as old, so a wrong clock can
    never stop the backups.
    """
    if newest is None or newest > now:
        return True
    return now - newest >= interval


def clamp_keep(keep: int) -> int:
    """The number of automatic backups to keep, within the range Inställningar allows."""
    low, high = KEEP_RANGE
    return max(low, min(high, keep))


def prune_automatic_backups(database: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` automatic backups; return the removed files."""
    removed = []
    for backup in automatic_backups(database)[clamp_keep(keep) :]:
        try:
            backup.path.unlink(missing_ok=True)
        except OSError:  # in use or protected: it goes at the next rotation
            continue
        removed.append(backup.path)
    return removed


def make_automatic_backup(database: Path, keep: int, now: datetime | None = None) -> Path:
    """Back the database up as ``automatisk`` and keep the newest ``keep`` of those.

    The older ones are removed only after the new copy is complete, so a failed backup
    (DatabaseError, e.g. a full disk) leaves every earlier one in place.
    """
    copy = backup_database(database, AUTOMATIC_REASON, now)
    prune_automatic_backups(database, keep)
    remove_abandoned_partials(database, now or datetime.now())
    return copy


def remove_abandoned_partials(
    database: Path, now: datetime, age: timedelta = ABANDONED_AFTER
) -> list[Path]:
    """Remove the ``.ofullstandig`` files of backups cut short (the program was killed or
    the disk filled up) that are older than ``age``; a younger one may be a backup still
    being written, by this computer or another one sharing the folder."""
    removed = []
    for partial in backup_folder(database).glob(f"{database.stem}-*.ofullstandig"):
        try:
            if now - datetime.fromtimestamp(partial.stat().st_mtime) < age:
                continue
            partial.unlink()
        except OSError:  # gone already, or in use: left for the next time
            continue
        removed.append(partial)
    return removed


def is_automatic_backup_due(database: Path, now: datetime | None = None) -> bool:
    """Whether the daily automatic backup of ``database`` is due at ``now``."""
    newest = automatic_backups(database)
    return daily_backup_due(newest[0].made if newest else None, now or datetime.now())


def good_backups(database: Path) -> list[Path]:
    """The backups of ``database`` that pass a quick integrity check, newest first.

    A damaged or unreadable copy is left out (and left where it is).
    """
    good = []
    for backup in list_backups(database):
        try:
            verify_backup(backup, thorough=False)
        except DatabaseError:
            continue
        good.append(backup)
    return good
