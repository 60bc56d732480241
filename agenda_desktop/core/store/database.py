"""Engine set-up and the unit of work: one user action is one transaction."""

from __future__ import annotations

import getpass
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from agenda_desktop.core.store import change_tracking
from agenda_desktop.core.store.faults import translating_faults
from agenda_desktop.core.store.location import DatabaseLocation, is_network_path
from agenda_desktop.core.store.postgresql import create_postgresql_engine
from agenda_desktop.core.store.record_versions import SIMULTANEOUS_MESSAGE, SimultaneousSaveError

BUSY_TIMEOUT_MS = 10_000


def create_store_engine(location: DatabaseLocation) -> Engine:
    """Create an engine whose every SQLite connection enforces foreign keys and waits
    when the file is busy; WAL is used only on a local disk."""
    if location.path is None:
        if location.url.startswith("sqlite:"):  # sqlite:///:memory:
            return create_engine(location.url, pool_pre_ping=True)
        return create_postgresql_engine(location)  # the shared database
    location.path.parent.mkdir(parents=True, exist_ok=True)
    journal_mode = "DELETE" if is_network_path(location.path) else "WAL"
    engine = create_engine(location.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # DDL (migrations) is transactional too: SQLAlchemy's documented pysqlite recipe.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode={journal_mode}")
        if journal_mode == "WAL":
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def login_name() -> str:
    """The user's login name, who the change log names unless a name is set."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "okänd användare"


class Database:
    """An open database: the engine, the session factory and where it lives.

    ``actor`` is who the change log names for this computer's changes: the login name,
    or the name set in Inställningar.
    """

    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self.actor = login_name()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        change_tracking.install(self._sessions)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @translating_faults
    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """Open a session in one transaction: commit when the block ends, roll back on error."""
        session = self._sessions()
        try:
            with _simultaneous_saves_refused(), session.begin():
                yield session
                change_tracking.finish(session, self.actor)
        finally:
            session.close()

    @translating_faults
    @contextmanager
    def bulk_unit_of_work(self, vouched: Collection[str]) -> Iterator[Session]:
        """A unit of work for a bulk write whose foreign keys the caller checks itself.

        SQLite checks foreign keys row by row (about a tenth of a big import), and
        ``PRAGMA foreign_keys`` cannot change inside a transaction; so it is turned off on
        the connection before the transaction begins, and on again when it has ended
        (committed or rolled back), before the connection goes back to the pool. Before
        the commit, ``PRAGMA foreign_key_check`` checks every table except ``vouched``:
        a violation rolls everything back with IntegrityError.

        The caller promises that every row it writes to a ``vouched`` table refers to
        existing rows (checked in this transaction), and that nothing in the unit deletes
        a referenced row or changes its key (no foreign key action runs while off).
        Other databases: a plain unit of work.
        """
        if not self.is_sqlite:
            with self.unit_of_work() as session:
                yield session
            return
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            if raw is None or raw.in_transaction:  # the PRAGMA would be a no-op
                raise RuntimeError("bulk_unit_of_work needs a connection outside a transaction")
            raw.execute("PRAGMA foreign_keys=OFF")
            session = self._sessions(bind=connection)
            try:
                with _simultaneous_saves_refused(), session.begin():
                    yield session
                    change_tracking.finish(session, self.actor)
                    _check_foreign_keys(raw, vouched)
            finally:
                session.close()
                if raw.in_transaction:  # never pool a connection with foreign keys off
                    connection.invalidate()
                else:
                    raw.execute("PRAGMA foreign_keys=ON")

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _simultaneous_saves_refused() -> Iterator[None]:
    """An UPDATE that found its row at another version: someone saved it in between."""
    try:
        yield
    except StaleDataError as error:
        raise SimultaneousSaveError(SIMULTANEOUS_MESSAGE) from error


def _check_foreign_keys(raw: Any, vouched: Collection[str]) -> None:
    """Raise IntegrityError when a table other than ``vouched`` breaks a foreign key."""
    tables = [
        name
        for (name,) in raw.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        if name not in vouched
    ]
    for table in tables:
        quoted = table.replace('"', '""')
        broken = raw.execute(f'PRAGMA foreign_key_check("{quoted}")').fetchone()
        if broken is not None:
            raise IntegrityError(
                f"PRAGMA foreign_key_check({table})",
                broken,
                Exception("FOREIGN KEY constraint failed"),
            )
