"""Engine set-up and the unit of work: one user action is one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from agenda_desktop.core.store.location import DatabaseLocation, is_network_path

BUSY_TIMEOUT_MS = 10_000


def create_store_engine(location: DatabaseLocation) -> Engine:
    """Create an engine whose every SQLite connection enforces foreign keys and waits
    when the file is busy; WAL is used only on a local disk."""
    if location.path is None:
        return create_engine(location.url, pool_pre_ping=True)
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


class Database:
    """An open database: the engine, the session factory and where it lives."""

    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """Open a session in one transaction: commit when the block ends, roll back on error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
