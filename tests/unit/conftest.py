"""Fixtures for the Qt-free tests: real SQLite files in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation


@pytest.fixture
def new_database(tmp_path: Path) -> Iterator[Database]:
    """A new database: migrated, reference data loaded, no user data."""
    database = open_database(DatabaseLocation.for_file(tmp_path / "ny.agenda")).database
    yield database
    database.close()


@pytest.fixture
def core_services(new_database: Database) -> Services:
    return Services.for_database(new_database)
