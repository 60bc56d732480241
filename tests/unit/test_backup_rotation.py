"""Automatic backups: when the daily one is due, and that only automatic ones rotate."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.store.backup import backup_database, backup_folder, list_backups
from agenda_desktop.core.store.backup_rotation import (
    automatic_backups,
    clamp_keep,
    daily_backup_due,
    is_automatic_backup_due,
    make_automatic_backup,
    prune_automatic_backups,
    remove_abandoned_partials,
)
from agenda_desktop.core.store.database import Database

NOON = datetime(2026, 11, 22, 12, 0)


@pytest.mark.parametrize(
    ("newest", "due"),
    [
        (None, True),  # never backed up
        (NOON - timedelta(hours=23, minutes=59), False),
        (NOON - timedelta(hours=24), True),
        (NOON - timedelta(days=9), True),
        (NOON + timedelta(hours=2), True),  # the clock was put back: never stop backing up
    ],
)
def test_a_daily_backup_is_due_a_day_after_the_newest(newest: datetime | None, due: bool) -> None:
    assert daily_backup_due(newest, NOON) is due


def test_the_number_kept_stays_within_the_settings_range() -> None:
    assert [clamp_keep(n) for n in (-3, 0, 1, 10, 100, 101)] == [1, 1, 1, 10, 100, 100]


def test_only_the_newest_automatic_backups_are_kept(new_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "ny.agenda"
    manual = backup_database(path, "manuell", NOON - timedelta(days=30))
    upgrade = backup_database(path, "fore-uppgradering-0001", NOON - timedelta(days=29))
    replaced = backup_database(path, "ersatt-vid-aterstallning", NOON - timedelta(days=28))
    made = [make_automatic_backup(path, 3, NOON + timedelta(days=day)) for day in range(5)]

    assert [backup.path for backup in automatic_backups(path)] == made[:1:-1]
    assert {manual, upgrade, replaced} <= set(list_backups(path))
    assert len(list_backups(path)) == 6


def test_two_automatic_backups_in_one_second_both_count(
    new_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ny.agenda"
    first = make_automatic_backup(path, 10, NOON)
    second = make_automatic_backup(path, 10, NOON)
    assert {backup.path for backup in automatic_backups(path)} == {first, second}
    assert prune_automatic_backups(path, 1) == [first]  # "-2" sorts as the newer


def test_the_daily_backup_is_due_from_the_newest_automatic_one(
    new_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ny.agenda"
    assert is_automatic_backup_due(path, NOON)
    backup_database(path, "manuell", NOON)  # a manual one does not count
    assert is_automatic_backup_due(path, NOON)
    make_automatic_backup(path, 10, NOON)
    assert not is_automatic_backup_due(path, NOON + timedelta(hours=12))
    assert is_automatic_backup_due(path, NOON + timedelta(days=1))


def test_a_failed_backup_keeps_the_earlier_ones(new_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "ny.agenda"
    kept = make_automatic_backup(path, 1, NOON)
    new_database.close()
    path.rename(tmp_path / "flyttad.agenda")  # the file is gone, as with a lost drive

    with pytest.raises(DatabaseError, match="finns inte längre"):
        make_automatic_backup(path, 1, NOON + timedelta(days=1))

    assert [backup.path for backup in automatic_backups(path)] == [kept]
    assert sorted(p.name for p in backup_folder(path).iterdir()) == [kept.name]


def test_a_backup_cut_short_long_ago_is_cleared_away_and_a_fresh_one_is_not(
    new_database: Database, tmp_path: Path
) -> None:
    """A killed backup leaves its ``.ofullstandig`` file; the next automatic backup removes
    it once it is an hour old, but not one that may still be being written."""
    path = tmp_path / "ny.agenda"
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "ny-20261120-101500-automatisk.agenda.ofullstandig"
    fresh = folder / "ny-20261122-115930-automatisk.agenda.ofullstandig"
    for partial, made in ((old, NOON - timedelta(days=2)), (fresh, NOON - timedelta(seconds=30))):
        partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        os.utime(partial, (made.timestamp(), made.timestamp()))

    make_automatic_backup(path, 3, NOON)

    assert not old.exists() and fresh.exists()
    assert remove_abandoned_partials(path, NOON + timedelta(hours=2)) == [fresh]
    assert not any(folder.glob("*.ofullstandig"))
    assert len(automatic_backups(path)) == 1
