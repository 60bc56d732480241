"""Backups made while the database is open, verified restore, damaged files named at open."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.backup import (
    DAMAGED_REASON,
    backup_database,
    list_backups,
    restore_backup,
    verify_backup,
)
from agenda_desktop.core.store.backup_rotation import good_backups
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.faults import DamagedDatabaseError
from agenda_desktop.core.store.location import DatabaseLocation


def test_a_backup_of_an_open_database_holds_its_latest_commit(
    new_database: Database, tmp_path: Path
) -> None:
    ReferenceService(new_database).set_target_short_title("13.2", "Klimat i all planering")
    copy = backup_database(tmp_path / "ny.agenda", "manuell", datetime(2026, 11, 22, 9, 30))
    assert copy.name == "ny-20261122-093000-manuell.agenda"
    assert copy.parent.name == "ny-sakerhetskopior"
    verify_backup(copy)
    restored = open_database(DatabaseLocation.for_file(copy)).database
    assert ReferenceService(restored).goal(13).targets[1].short_title_sv == "Klimat i all planering"
    restored.close()


def test_two_backups_in_the_same_second_do_not_overwrite(
    new_database: Database, tmp_path: Path
) -> None:
    when = datetime(2026, 11, 22, 9, 30)
    first = backup_database(tmp_path / "ny.agenda", "manuell", when)
    second = backup_database(tmp_path / "ny.agenda", "manuell", when)
    assert first != second
    assert set(list_backups(tmp_path / "ny.agenda")) == {first, second}


def test_restore_puts_the_backup_back_and_keeps_the_current_file_aside(
    new_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ny.agenda"
    references = ReferenceService(new_database)
    references.set_target_short_title("1.1", "Före")
    copy = backup_database(path, "manuell")
    references.set_target_short_title("1.1", "Efter")
    new_database.close()

    aside = restore_backup(copy, path)

    again = open_database(DatabaseLocation.for_file(path)).database
    assert ReferenceService(again).goal(1).targets[0].short_title_sv == "Före"
    again.close()
    kept = open_database(DatabaseLocation.for_file(aside)).database
    assert ReferenceService(kept).goal(1).targets[0].short_title_sv == "Efter"
    kept.close()


def test_a_damaged_backup_is_refused_and_the_database_is_kept(
    new_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ny.agenda"
    new_database.close()
    damaged = tmp_path / "trasig.agenda"
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\x00" * 3900
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="trasig"):
        restore_backup(damaged, path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_ours_is_no_backup(tmp_path: Path) -> None:
    other = tmp_path / "annan.agenda"
    other.write_text("inte en databas")
    with pytest.raises(DatabaseError, match="annan"):
        verify_backup(other)


def damaged_copy(source: Path, target: Path, how: str) -> Path:
    """A copy of a real database with 4 KB of noise in its middle, or cut in half."""
    data = bytearray(source.read_bytes())
    if how == "noise":
        middle = len(data) // 2
        data[middle : middle + 4096] = b"\xab" * 4096
    else:
        del data[len(data) // 2 :]
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("how", ["noise", "truncated"])
def test_a_damaged_database_is_named_at_open_and_left_as_it_is(
    new_database: Database, tmp_path: Path, how: str
) -> None:
    new_database.close()
    damaged = damaged_copy(tmp_path / "ny.agenda", tmp_path / "skadad.agenda", how)
    before = damaged.read_bytes()

    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(DatabaseLocation.for_file(damaged))

    message = str(refused.value)
    assert str(damaged) in message and "skadad" in message and "säkerhetskopia" in message
    assert damaged.read_bytes() == before
    assert list_backups(damaged) == []  # no upgrade backup of a damaged file either


def test_the_newest_good_backup_is_offered_and_a_damaged_one_skipped(
    new_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ny.agenda"
    older = backup_database(path, "manuell", datetime(2026, 11, 1, 8, 0))
    newer = backup_database(path, "automatisk", datetime(2026, 11, 2, 8, 0))
    newest = backup_database(path, "automatisk", datetime(2026, 11, 3, 8, 0))
    damaged_copy(newer, newest, "noise")
    for age, copy in enumerate((newest, newer, older)):  # the order list_backups sees
        os.utime(copy, (1_800_000_000 - age, 1_800_000_000 - age))

    assert good_backups(path) == [newer, older]


def test_restoring_over_a_damaged_file_keeps_it_aside_with_its_wal(
    new_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ny.agenda"
    copy = backup_database(path, "manuell")
    new_database.close()
    damaged_copy(copy, path, "noise")
    Path(f"{path}-wal").write_bytes(b"wal")
    damaged_bytes = path.read_bytes()

    aside = restore_backup(copy, path, aside_reason=DAMAGED_REASON)

    assert aside.name.endswith(f"-{DAMAGED_REASON}.agenda")
    assert aside.read_bytes() == damaged_bytes
    assert Path(f"{aside}-wal").read_bytes() == b"wal"
    assert not Path(f"{path}-wal").exists()
    open_database(DatabaseLocation.for_file(path)).database.close()


def test_a_backup_is_one_self_contained_file(new_database: Database, tmp_path: Path) -> None:
    copy = backup_database(tmp_path / "ny.agenda", "manuell")
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()
