"""Faults of the disk and of other users: each gives a Swedish message and loses nothing.

Every fault is real: a file or folder made read-only, a disk that fills up (SQLite's page
limit, and a small tmpfs where the test may mount one), a write lock held by another
connection. Afterwards the rows are compared with a checksum taken before.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import IntegrityError

from agenda_desktop.core.services.bodies import BodyService
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store import database as database_module
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.faults import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import Body, Person


def checksum(path: Path) -> tuple[int, str]:
    """The number of people and a digest of them and of the targets' short titles."""
    # A closed file is read as it lies: a read-only connection would leave -wal and -shm.
    settled = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro{settled}", uri=True)
    try:
        people = connection.execute("SELECT id, name, party FROM person ORDER BY id").fetchall()
        titles = connection.execute("SELECT code, short_title_sv FROM target ORDER BY code")
        digest = hashlib.sha256(repr((people, titles.fetchall())).encode()).hexdigest()
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    return len(people), digest


def add_people(database: Database, count: int, bulk: bool = False) -> None:
    """One unit of work that adds ``count`` people: a change that needs new pages."""
    unit = database.bulk_unit_of_work(()) if bulk else database.unit_of_work()
    with unit as session:
        session.add_all(Person(name=f"Ledamot {n} " + "x" * 150) for n in range(count))


def limit_pages(engine: Engine, extra: int) -> None:
    """Let the file grow by only ``extra`` pages: SQLite then answers SQLITE_FULL."""

    def limit(connection: Any, _record: Any) -> None:
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        connection.execute(f"PRAGMA max_page_count={pages + extra}")

    event.listen(engine, "connect", limit)
    engine.dispose()  # the pooled connections have no limit


@contextmanager
def writes_denied(target: Path) -> Iterator[None]:
    """Make a file or folder read-only for this process: chmod for a user; as root, whom
    chmod does not stop, the immutable attribute (chattr +i)."""
    if getattr(os, "geteuid", lambda: 1)() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            target.chmod(mode)
        return
    done = subprocess.run(["chattr", "+i", str(target)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not possible here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)


@pytest.fixture
def closed_file(new_database: Database) -> Path:
    """A migrated database file, closed, with a short title and a person in it."""
    ReferenceService(new_database).set_target_short_title("1.1", "Ingen fattigdom här")
    add_people(new_database, 1)
    new_database.close()
    path = new_database.location.path
    assert path is not None and not Path(f"{path}-wal").exists()
    return path


def test_a_read_only_file_refuses_the_change_and_keeps_the_data(closed_file: Path) -> None:
    before = checksum(closed_file)
    with writes_denied(closed_file):
        database = open_database(DatabaseLocation.for_file(closed_file)).database
        try:
            with pytest.raises(ReadOnlyDatabaseError) as refused:
                add_people(database, 10)
            with pytest.raises(ReadOnlyDatabaseError):
                ReferenceService(database).set_target_short_title("1.1", "Ändrad")
        finally:
            database.close()
    message = str(refused.value)
    assert str(closed_file) in message and "skrivskyddad" in message
    assert checksum(closed_file) == before


@pytest.mark.skipif(sys.platform == "win32", reason="a folder's read-only flag is not enforced")
def test_a_read_only_folder_is_named_at_open_and_the_file_is_untouched(
    closed_file: Path,
) -> None:
    before = checksum(closed_file)
    with writes_denied(closed_file.parent), pytest.raises(DatabaseUnavailableError) as refused:
        open_database(DatabaseLocation.for_file(closed_file))
    message = str(refused.value)
    assert str(closed_file) in message and "skrivskyddad" in message
    assert checksum(closed_file) == before


@pytest.mark.parametrize("bulk", [False, True], ids=["unit_of_work", "bulk_unit_of_work"])
def test_a_full_disk_rolls_the_change_back_with_a_message(
    new_database: Database, bulk: bool
) -> None:
    path = new_database.location.path
    assert path is not None
    add_people(new_database, 1)
    before = checksum(path)
    limit_pages(new_database.engine, extra=4)

    with pytest.raises(DiskFullError) as refused:
        add_people(new_database, 3000, bulk=bulk)

    assert str(path) in str(refused.value) and "Frigör utrymme" in str(refused.value)
    assert checksum(path) == before
    add_people(new_database, 1)  # the same connection goes on working within its room
    assert checksum(path)[0] == before[0] + 1


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 MB tmpfs: a disk that really fills up (needs root, else skipped)."""
    mount_point = tmp_path / "liten-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_a_disk_that_fills_up_loses_nothing(small_disk: Path) -> None:
    path = small_disk / "kommun.agenda"
    database = open_database(DatabaseLocation.for_file(path)).database
    try:
        add_people(database, 1)
        with database.engine.connect() as connection:  # an empty -wal, as after a restart
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = checksum(path)
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        filler = small_disk / "fyllnad.bin"
        filler.write_bytes(b"\0" * (free - 64 * 1024))

        with pytest.raises(DiskFullError) as refused:
            add_people(database, 3000)

        assert str(path) in str(refused.value)
        assert checksum(path) == before
        filler.unlink()
        add_people(database, 3000)  # room again: the same change now goes through
        assert checksum(path)[0] == before[0] + 3000
    finally:
        database.close()


def test_a_database_locked_by_another_writer_gives_a_message_and_loses_nothing(
    closed_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    database = open_database(DatabaseLocation.for_file(closed_file)).database
    before = checksum(closed_file)
    other = sqlite3.connect(closed_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another user in the middle of a change
        with pytest.raises(DatabaseLockedError) as refused:
            ReferenceService(database).set_target_short_title("1.1", "Samtidigt")
        assert str(closed_file) in str(refused.value) and "Vänta" in str(refused.value)
        other.execute("ROLLBACK")
        assert checksum(closed_file) == before
        ReferenceService(database).set_target_short_title("1.1", "Efteråt")  # lock gone
    finally:
        other.close()
        database.close()
    assert checksum(closed_file) != before


def test_on_a_network_drive_the_rollback_journal_is_used_and_a_busy_file_is_named(
    closed_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file on a network drive (SMB, NFS) cannot use WAL's shared memory: the rollback
    journal is used. A colleague's computer in the middle of a save (another process
    holding the file's exclusive lock) then blocks reading as well as writing; each gives
    the busy message, and both work once the lock is gone."""
    monkeypatch.setattr(database_module, "is_network_path", lambda _path: True)
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    database = open_database(DatabaseLocation.for_file(closed_file)).database
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert not Path(f"{closed_file}-wal").exists()
        before = checksum(closed_file)
        colleague = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sqlite3, sys, time\n"
                "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "c.execute('BEGIN EXCLUSIVE')\n"
                "c.execute(\"UPDATE target SET short_title_sv = 'Kollegans' WHERE code = '1.1'\")\n"
                "print('låst', flush=True)\n"
                "sys.stdin.readline()\n"
                "c.execute('ROLLBACK')\n",
                str(closed_file),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert colleague.stdout is not None and colleague.stdout.readline() == "låst\n"
            for action in (
                lambda: ReferenceService(database).set_target_short_title("1.1", "Min"),
                lambda: BodyService(database).people(),
            ):
                with pytest.raises(DatabaseLockedError) as refused:
                    action()
                assert str(closed_file) in str(refused.value)
                assert "kollega" in str(refused.value) and "Vänta" in str(refused.value)
        finally:
            assert colleague.stdin is not None
            colleague.stdin.write("\n")
            colleague.stdin.close()
            colleague.wait(timeout=30)
        assert checksum(closed_file) == before
        ReferenceService(database).set_target_short_title("1.1", "Efteråt")
        assert BodyService(database).people() is not None
    finally:
        database.close()
    assert checksum(closed_file) != before


def test_other_database_errors_pass_through_untranslated(new_database: Database) -> None:
    with pytest.raises(IntegrityError), new_database.unit_of_work() as session:
        session.add(Body(name=None, kind="styrelse"))
