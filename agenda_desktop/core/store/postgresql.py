"""The shared database on a PostgreSQL server: the engine and its connection settings.

Several officers work in one database at the same time, so a connection must neither wait
for ever on a colleague's lock nor hang on a lost network: a lock is waited for as long
as SQLite waits for a busy file (then faults.py names it), and TCP keep-alives notice a
dead server. ``postgresql://`` URLs use psycopg 3, the driver the app ships.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.store.location import DatabaseLocation

DRIVER = "postgresql+psycopg"
LOCK_TIMEOUT_MS = 10_000  # as long as SQLite's busy timeout
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "Agenda Desktop"


def server_url(location: DatabaseLocation) -> URL:
    """The location's URL with the psycopg driver; DatabaseError for any other database."""
    try:
        url = make_url(location.url)
    except ArgumentError as error:
        raise DatabaseError(
            f"Databasadressen {location.describe()} går inte att läsa. Skriv den som "
            "postgresql+psycopg://användare@server:5432/databas."
        ) from error
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise DatabaseError(
            f"Databasen {location.describe()} är varken en SQLite-fil eller en "
            "PostgreSQL-databas; Agenda Desktop kan bara använda de två. Ange en fil, "
            "eller en adress som postgresql+psycopg://användare@server:5432/databas."
        )
    return url.set(drivername=DRIVER)


def create_postgresql_engine(location: DatabaseLocation) -> Engine:
    """An engine whose connections give up on a lock after LOCK_TIMEOUT_MS and check
    before use that the server is still there."""
    return create_engine(
        server_url(location),
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        },
    )


# An arbitrary number of our own ("AGEN"): the key of the lock that makes the officers who
# open a new or older shared database at the same moment upgrade it one after the other.
UPGRADE_LOCK_KEY = 0x4147454E


def wait_for_upgrade_lock(connection: Connection | Session) -> None:
    """On PostgreSQL, hold the upgrade lock until the transaction ends (waiting for an
    upgrade another officer runs): what is read afterwards is what that one committed."""
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    if bind.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
