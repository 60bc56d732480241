"""Throwaway PostgreSQL databases for the tests, on the server AGENDA_TEST_POSTGRES_URL names.

The variable holds the URL of a maintenance database on a server where the user may create
databases, e.g. ``postgresql+psycopg://agenda@127.0.0.1:54329/postgres`` (``.ci/postgres``
starts such a server). Without it every test runs on SQLite only.

A new database for a test is a copy of a template that was migrated and given the
reference data once per test session: ``CREATE DATABASE … TEMPLATE`` takes a tenth of a
second, where migrating takes more than a second. Every database is dropped afterwards.
"""

from __future__ import annotations

import atexit
import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation

URL_VARIABLE = "AGENDA_TEST_POSTGRES_URL"
SERVER_URL = os.environ.get(URL_VARIABLE, "")
BACKENDS = ["sqlite", "postgresql"] if SERVER_URL else ["sqlite"]

_names = (f"agenda_test_{os.getpid()}_{number}" for number in itertools.count(1))
_template: str | None = None
_admin: Engine | None = None


def database_url(name: str) -> str:
    """The server's URL with ``name`` as the database."""
    return make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)


def _administration() -> Engine:
    """An engine on the maintenance database, outside transactions (CREATE DATABASE)."""
    global _admin
    if _admin is None:
        if not SERVER_URL:
            raise RuntimeError(f"{URL_VARIABLE} names no PostgreSQL server")
        _admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    return _admin


def _execute(statement: str) -> None:
    with _administration().connect() as connection:
        connection.exec_driver_sql(statement)


def _template_name() -> str:
    """The template: migrated and loaded with the reference data, made on first use."""
    global _template
    if _template is None:
        name = f"agenda_template_{os.getpid()}"
        _execute(f"DROP DATABASE IF EXISTS {name}")
        _execute(f"CREATE DATABASE {name}")
        open_database(DatabaseLocation.for_url(database_url(name))).database.close()
        _template = name
        atexit.register(drop_template)
    return _template


@contextmanager
def empty_database() -> Iterator[DatabaseLocation]:
    """A new database without any table, dropped when the block ends."""
    name = next(_names)
    _execute(f"CREATE DATABASE {name}")
    try:
        yield DatabaseLocation.for_url(database_url(name))
    finally:
        _execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def migrated_database() -> Iterator[DatabaseLocation]:
    """A new database with the newest schema and the reference data, dropped afterwards."""
    name = next(_names)
    _execute(f"CREATE DATABASE {name} TEMPLATE {_template_name()}")
    try:
        yield DatabaseLocation.for_url(database_url(name))
    finally:
        _execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def drop_template() -> None:
    """Drop the session's template and close the maintenance connection (at exit)."""
    global _template, _admin
    if _template is not None:
        _execute(f"DROP DATABASE IF EXISTS {_template} WITH (FORCE)")
        _template = None
    if _admin is not None:
        _admin.dispose()
        _admin = None
