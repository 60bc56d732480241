"""Backups made while the database is open, verified restore, damaged backups refused."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.backup import (
    backup_database,
    list_backups,
    restore_backup,
    verify_backup,
)
from agenda_desktop.core.store.database import Database
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
