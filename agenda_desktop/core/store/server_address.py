"""The address of a shared database on a PostgreSQL server, its password, and a test of the
connection before the app switches to it.

The password is never part of the app's settings. It is either given for this session
only, or saved where every PostgreSQL program looks for it: the user's password file
(``~/.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows; or the file that
PGPASSFILE names), readable by the user alone. A URL without a password then connects
on the next start too; so does one for a server that needs no password (Kerberos/SSPI).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.store.faults import fault_for
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import known_revisions
from agenda_desktop.core.store.postgresql import DRIVER, create_postgresql_engine

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where the shared database is and who logs in: everything but the password."""

    host: str
    port: int
    database: str
    user: str

    def url(self, password: str = "") -> str:
        """The SQLAlchemy URL, with the password only when one is given."""
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    def location(self, password: str = "") -> DatabaseLocation:
        return DatabaseLocation.for_url(self.url(password))

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The address in a PostgreSQL URL, or None for anything else (a SQLite file)."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            return None
        if parsed.get_backend_name() != "postgresql":
            return None
        return cls(
            parsed.host or "",
            parsed.port or DEFAULT_PORT,
            parsed.database or "",
            parsed.username or "",
        )


def password_file(environment: dict[str, str] | None = None) -> Path:
    """The file where libpq looks for saved passwords."""
    env = os.environ if environment is None else environment
    if env.get("PGPASSFILE"):
        return Path(env["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(env.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def save_password(address: ServerAddress, password: str, file: Path | None = None) -> Path:
    """Save the password for ``address`` in the password file, in place of an earlier one.

    Other lines are kept as they are. The file is readable by the user alone (libpq
    ignores a password file that others may read).
    """
    target = file or password_file()
    key = ":".join(
        _escaped(part) for part in (address.host, str(address.port), address.database, address.user)
    )
    try:
        lines = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
        kept = [line for line in lines if not line.startswith(key + ":")]
        kept.append(f"{key}:{_escaped(password)}")
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".ny")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write("\n".join(kept) + "\n")
        os.replace(temporary, target)
    except OSError as error:
        raise DatabaseError(
            f"Lösenordet kunde inte sparas i lösenordsfilen {target}: {error.strerror}. "
            "Kontrollera att du får skriva i mappen, eller ange lösenordet vid varje start."
        ) from error
    return target


@dataclass(frozen=True)
class ConnectionCheck:
    """What a test connection found: the server's version and the database's schema."""

    server_version: str
    revision: str | None  # None: no Agenda Desktop tables yet
    foreign_tables: bool  # tables, but not ours
    newer: bool  # written by a newer version of the app


def check_connection(location: DatabaseLocation) -> ConnectionCheck:
    """Connect once and look at the database, changing nothing.

    Raises DatabaseError (a subclass from faults.py) with a Swedish message when the
    server cannot be reached, refuses the login or has no such database.
    """
    engine = create_postgresql_engine(location)
    try:
        with engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar())
            tables = set(
                connection.exec_driver_sql(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"
                ).scalars()
            )
            revision = None
            if "alembic_version" in tables:
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
    except DBAPIError as error:
        fault = fault_for(error, location.describe())
        if fault is not None:
            raise fault from error
        raise DatabaseError(
            f"Databasen {location.describe()} kunde inte öppnas: {error.orig}."
        ) from error
    finally:
        engine.dispose()
    return ConnectionCheck(
        server_version=version.split(" ")[0],
        revision=None if revision is None else str(revision),
        foreign_tables=bool(tables) and revision is None,
        newer=revision is not None and revision not in known_revisions(),
    )
