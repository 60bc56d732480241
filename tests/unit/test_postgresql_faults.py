"""The shared database's faults in Swedish: a colleague's lock, a lost connection, a server
that cannot be reached, a missing database, a refused login, a foreign address."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from postgres_databases import SERVER_URL, database_url, migrated_database
from sqlalchemy import create_engine, select, text, update

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store import postgresql
from agenda_desktop.core.store.database import Database, create_store_engine
from agenda_desktop.core.store.faults import (
    DatabaseAccessDeniedError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    fault_for,
)
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import Goal

needs_server = pytest.mark.skipif(not SERVER_URL, reason="AGENDA_TEST_POSTGRES_URL is not set")


@pytest.fixture
def shared_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A new shared database whose connections wait only 0.3 s for a colleague's lock."""
    if not SERVER_URL:
        pytest.skip("AGENDA_TEST_POSTGRES_URL is not set")
    monkeypatch.setattr(postgresql, "LOCK_TIMEOUT_MS", 300)
    with migrated_database() as location:
        database = Database(location, create_store_engine(location))
        yield database
        database.close()


def goal_name(database: Database) -> str | None:
    with database.unit_of_work() as session:
        return session.scalar(select(Goal.short_sv).where(Goal.number == 1))


def test_a_row_a_colleague_is_changing_gives_a_message_and_loses_nothing(
    shared_database: Database,
) -> None:
    colleague = create_engine(shared_database.engine.url)
    with colleague.connect() as connection, connection.begin():
        connection.execute(update(Goal).where(Goal.number == 1).values(short_sv="Kollegans"))
        with (
            pytest.raises(DatabaseLockedError, match="en kollega ändrar samma uppgifter"),
            shared_database.unit_of_work() as session,
        ):
            session.execute(update(Goal).where(Goal.number == 1).values(short_sv="Min"))
        connection.rollback()
    colleague.dispose()
    assert goal_name(shared_database) == "Ingen fattigdom"


def test_a_lost_connection_gives_a_message_and_the_next_action_reconnects(
    shared_database: Database,
) -> None:
    administrator = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with (
        pytest.raises(DatabaseUnavailableError, match="anslutningen bröts"),
        shared_database.unit_of_work() as session,
    ):
        session.execute(update(Goal).where(Goal.number == 1).values(short_sv="Ändrad"))
        pid = session.scalar(text("SELECT pg_backend_pid()"))
        with administrator.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        session.execute(text("SELECT 1"))
    administrator.dispose()
    assert goal_name(shared_database) == "Ingen fattigdom"


@needs_server
def test_a_missing_database_is_named_at_open() -> None:
    location = DatabaseLocation.for_url(database_url("agenda_finns_inte"))
    with pytest.raises(DatabaseUnavailableError, match="finns inte på servern"):
        open_database(location)


def test_a_server_that_cannot_be_reached_is_named_at_open() -> None:
    location = DatabaseLocation.for_url("postgresql+psycopg://anna:hemligt@127.0.0.1:1/agenda")
    with pytest.raises(DatabaseUnavailableError, match="gick inte att nå") as refused:
        open_database(location)
    assert "postgresql+psycopg://anna@127.0.0.1:1/agenda" in str(refused.value)
    assert "hemligt" not in str(refused.value)


def test_a_refused_login_asks_for_the_password() -> None:
    refused = psycopg.OperationalError(
        'connection failed: FATAL:  password authentication failed for user "anna"'
    )
    fault = fault_for(refused, "postgresql+psycopg://anna@server/agenda")
    assert isinstance(fault, DatabaseAccessDeniedError)
    assert "lösenordet saknas eller är fel" in str(fault)


def test_only_sqlite_files_and_postgresql_are_accepted() -> None:
    with pytest.raises(DatabaseError, match="varken en SQLite-fil eller en PostgreSQL-databas"):
        open_database(DatabaseLocation.for_url("mysql://anna@server/agenda"))


def test_a_plain_postgresql_url_uses_the_shipped_driver() -> None:
    url = postgresql.server_url(DatabaseLocation.for_url("postgresql://anna@server/agenda"))
    assert url.drivername == "postgresql+psycopg"
