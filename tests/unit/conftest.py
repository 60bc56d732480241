"""Fixtures for the Qt-free tests: real SQLite files in tmp_path, and the same tests on
PostgreSQL when AGENDA_TEST_POSTGRES_URL names a server (see tests/postgres_databases.py).

A test that asks for a database (``new_database``, ``fresh_database``, ``core_services``,
``empty_location``) runs once per backend: ``test_x[postgresql]`` is its PostgreSQL run.
A test about SQLite files by nature (backups, WAL, the .agenda fixtures, sqlite3) is
marked ``@pytest.mark.sqlite_only`` and runs on SQLite only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_databases import BACKENDS, empty_database, migrated_database

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation

# Files about SQLite files by nature, kept by others; each could instead carry
# ``pytestmark = pytest.mark.sqlite_only``.
SQLITE_ONLY_FILES = {"test_backup.py", "test_backup_rotation.py", "test_store_faults.py"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        "database_backend" in metafunc.fixturenames
        and len(BACKENDS) > 1
        and metafunc.definition.get_closest_marker("sqlite_only") is None
        and metafunc.definition.path.name not in SQLITE_ONLY_FILES
    ):
        metafunc.parametrize("database_backend", BACKENDS)


@pytest.fixture
def database_backend() -> str:
    """The database the test runs on: "sqlite", or "postgresql" in its PostgreSQL run."""
    return "sqlite"


@pytest.fixture
def empty_location(database_backend: str, tmp_path: Path) -> Iterator[DatabaseLocation]:
    """Where a new database goes: a file not yet created, or an empty PostgreSQL database."""
    if database_backend == "sqlite":
        yield DatabaseLocation.for_file(tmp_path / "ny.agenda")
        return
    with empty_database() as location:
        yield location


@pytest.fixture
def new_database(database_backend: str, tmp_path: Path) -> Iterator[Database]:
    """A new database: migrated, reference data loaded, no user data."""
    if database_backend == "sqlite":
        database = open_database(DatabaseLocation.for_file(tmp_path / "ny.agenda")).database
        yield database
        database.close()
        return
    with migrated_database() as location:
        database = open_database(location).database
        yield database
        database.close()


@pytest.fixture
def fresh_database(new_database: Database) -> Database:
    """The Qt-free tests' name for a new database, as in tests/conftest.py."""
    return new_database


@pytest.fixture
def core_services(new_database: Database) -> Services:
    return Services.for_database(new_database)


@pytest.fixture
def two_officers(database_backend: str, tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    """Anna Berg and Bo Ek with one database open each: a shared SQLite file, or a shared
    PostgreSQL database in the PostgreSQL run."""

    def opened(location: DatabaseLocation, actor: str) -> Database:
        database = open_database(location).database
        database.actor = actor
        return database

    if database_backend == "sqlite":
        location = DatabaseLocation.for_file(tmp_path / "gemensam.agenda")
        anna = opened(location, "Anna Berg")
        bo = opened(location, "Bo Ek")
        yield Services.for_database(anna), Services.for_database(bo)
        anna.close()
        bo.close()
        return
    with migrated_database() as shared:
        anna = opened(shared, "Anna Berg")
        bo = opened(shared, "Bo Ek")
        yield Services.for_database(anna), Services.for_database(bo)
        anna.close()
        bo.close()
