"""The shared database's address, its saved password and the test connection."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from postgres_databases import SERVER_URL, empty_database, migrated_database

from agenda_desktop.core.store.faults import DatabaseUnavailableError
from agenda_desktop.core.store.migrations import head_revision
from agenda_desktop.core.store.server_address import (
    ServerAddress,
    check_connection,
    password_file,
    save_password,
)

ADDRESS = ServerAddress("db.kommun.se", 5432, "agenda", "anna")


def test_the_url_carries_the_password_only_when_given() -> None:
    assert ADDRESS.url() == "postgresql+psycopg://anna@db.kommun.se:5432/agenda"
    with_password = ADDRESS.url("h@mligt:/ord")
    assert with_password == "postgresql+psycopg://anna:h%40mligt%3A%2Ford@db.kommun.se:5432/agenda"
    assert ADDRESS.location("hemligt").describe() == ADDRESS.url()
    assert ServerAddress.from_url(with_password) == ADDRESS


def test_only_a_postgresql_url_has_a_server_address(tmp_path: Path) -> None:
    assert ServerAddress.from_url(f"sqlite:///{tmp_path}/a.agenda") is None
    assert ServerAddress.from_url("postgresql://server/agenda") == ServerAddress(
        "server", 5432, "agenda", ""
    )


def test_the_password_file_is_the_one_postgresql_reads(tmp_path: Path) -> None:
    named = tmp_path / "lösen"
    assert password_file({"PGPASSFILE": str(named)}) == named
    if sys.platform != "win32":
        assert password_file({}) == Path.home() / ".pgpass"


def test_a_saved_password_replaces_the_earlier_one_and_keeps_other_lines(
    tmp_path: Path,
) -> None:
    file = tmp_path / "pgpass"
    file.write_text("annan:5432:*:bo:bos\ndb.kommun.se:5432:agenda:anna:gammalt\n")
    save_password(ADDRESS, "ny:tt\\", file)
    assert file.read_text().splitlines() == [
        "annan:5432:*:bo:bos",
        "db.kommun.se:5432:agenda:anna:ny\\:tt\\\\",
    ]
    if sys.platform != "win32":
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


@pytest.mark.skipif(not SERVER_URL, reason="AGENDA_TEST_POSTGRES_URL is not set")
def test_the_test_connection_tells_an_empty_database_from_ours() -> None:
    with empty_database() as location:
        empty = check_connection(location)
        assert empty.revision is None and not empty.foreign_tables and not empty.newer
        assert empty.server_version[0].isdigit()
    with migrated_database() as location:
        ours = check_connection(location)
        assert ours.revision == head_revision() and not ours.newer


def test_the_test_connection_names_a_server_it_cannot_reach() -> None:
    address = ServerAddress("127.0.0.1", 1, "agenda", "anna")
    with pytest.raises(DatabaseUnavailableError, match="gick inte att nå"):
        check_connection(address.location("hemligt"))
