"""Open a database for use: check its integrity, refuse newer files, migrate after a backup,
load reference data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.reference.loader import ensure_reference_data
from agenda_desktop.core.store.database import Database, create_store_engine
from agenda_desktop.core.store.faults import fault_for
from agenda_desktop.core.store.integrity import check_engine_integrity, check_file_integrity
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import MigrationResult, check_before_open, migrate


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    migration: MigrationResult
    reference_refreshed: bool


def open_database(location: DatabaseLocation) -> OpenedDatabase:
    """Open (or create) the database at ``location`` and make it ready for the app.

    A SQLite file is checked (``PRAGMA quick_check``) before anything writes to it, so a
    damaged file is reported (DamagedDatabaseError) and left as it is, and no upgrade runs
    on it. Raises DatabaseError (or a subclass) with a Swedish message; a file written by
    a newer version, or a file that is not ours, is left untouched.
    """
    checked = check_file_integrity(location)
    check_before_open(location)
    engine = create_store_engine(location)
    try:
        if not checked:
            check_engine_integrity(engine, location)
        migration = migrate(engine, location)
        database = Database(location, engine)
        with database.unit_of_work() as session:
            refreshed = ensure_reference_data(session)
    except DBAPIError as error:
        engine.dispose()
        fault = fault_for(error, location.describe())
        if fault is not None:
            raise fault from error
        raise DatabaseError(
            f"Databasen {location.describe()} kunde inte öppnas: {error.orig}."
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(database, migration, refreshed)
