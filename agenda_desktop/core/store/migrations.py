"""Schema migrations with Alembic: a backup copy first, and refusal of newer databases."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from agenda_desktop.core.errors import DatabaseError, NewerDatabaseError, NotADatabaseError
from agenda_desktop.core.store.backup import backup_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.postgresql import wait_for_upgrade_lock

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(scripts: Path = MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(scripts))
    return config


def head_revision(scripts: Path = MIGRATIONS) -> str:
    head = ScriptDirectory.from_config(alembic_config(scripts)).get_current_head()
    assert head is not None
    return head


def known_revisions(scripts: Path = MIGRATIONS) -> set[str]:
    directory = ScriptDirectory.from_config(alembic_config(scripts))
    return {script.revision for script in directory.walk_revisions()}


def read_sqlite_revision(path: Path) -> str | None:
    """Read the schema revision of a SQLite file without writing to it.

    Returns None for a missing or empty file (a new database). Raises NotADatabaseError for
    a file that is not SQLite or holds tables but no Agenda Desktop schema.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        # immutable: not even the -wal/-shm side files are created for this one read
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise NotADatabaseError(f"Filen {path} kunde inte öppnas: {error}.") from error
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise NotADatabaseError(
                    f"Filen {path} är en SQLite-databas men inte en Agenda Desktop-databas."
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as error:
        raise NotADatabaseError(
            f"Filen {path} är ingen Agenda Desktop-databas (den går inte att läsa som SQLite)."
        ) from error
    finally:
        connection.close()


def read_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def refuse_if_newer(revision: str | None, where: str, scripts: Path = MIGRATIONS) -> None:
    if revision is not None and revision not in known_revisions(scripts):
        raise NewerDatabaseError(
            f"Databasen {where} har skapats av en nyare version av Agenda Desktop "
            f"(schemaversion {revision}). Uppdatera programmet för att öppna den. "
            "Databasen har inte ändrats."
        )


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def check_before_open(location: DatabaseLocation) -> str | None:
    """Refuse a newer or foreign SQLite file before any connection writes to it."""
    if location.path is None:
        return None
    revision = read_sqlite_revision(location.path)
    refuse_if_newer(revision, str(location.path))
    return revision


def migrate(
    engine: Engine,
    location: DatabaseLocation,
    now: datetime | None = None,
    scripts: Path = MIGRATIONS,
) -> MigrationResult:
    """Bring the schema to the newest revision; copy an existing file aside first.

    Every revision runs in the one transaction of this upgrade: a failure leaves the
    schema as it was (SQLite and PostgreSQL both have transactional DDL).
    """
    current = read_revision(engine)
    refuse_if_newer(current, location.describe(), scripts)
    head = head_revision(scripts)
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    if current is not None and location.path is not None:
        backup = backup_database(location.path, f"fore-uppgradering-{current}", now)
    config = alembic_config(scripts)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        if sqlite:  # batch mode recreates tables: foreign keys are checked once at the end
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                wait_for_upgrade_lock(connection)  # then Alembic reads the revision again
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            f"Uppgraderingen av {location.describe()} avbröts: "
                            f"{len(broken)} rader pekar på saknade poster (t.ex. i tabellen "
                            f"{broken[0][0]}). Databasen har inte ändrats."
                        )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
    return MigrationResult(current, head, backup)
