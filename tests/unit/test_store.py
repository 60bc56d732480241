"""The store: connection settings, foreign keys, one transaction per unit of work."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from agenda_desktop.core.store.database import BUSY_TIMEOUT_MS, Database
from agenda_desktop.core.store.models import Goal, Target


def pragma(database: Database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


@pytest.mark.sqlite_only
def test_every_connection_enforces_foreign_keys_and_waits_when_busy(new_database: Database) -> None:
    assert pragma(new_database, "foreign_keys") == 1
    assert pragma(new_database, "busy_timeout") == BUSY_TIMEOUT_MS


@pytest.mark.sqlite_only
def test_a_local_file_uses_wal(new_database: Database) -> None:
    assert pragma(new_database, "journal_mode") == "wal"


def test_foreign_keys_are_enforced(new_database: Database) -> None:
    with pytest.raises(IntegrityError), new_database.unit_of_work() as session:
        session.add(Target(code="99.1", goal_number=99, position=999, title_en="none"))


def test_a_failing_unit_of_work_writes_nothing(new_database: Database) -> None:
    with pytest.raises(RuntimeError), new_database.unit_of_work() as session:
        goal = session.get(Goal, 1)
        assert goal is not None
        goal.short_sv = "Ändrad"
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    with new_database.unit_of_work() as session:
        assert session.scalar(select(Goal.short_sv).where(Goal.number == 1)) == "Ingen fattigdom"


def test_a_unit_of_work_commits_when_it_ends(new_database: Database) -> None:
    with new_database.unit_of_work() as session:
        target = session.get(Target, "1.1")
        assert target is not None
        target.short_title_sv = "Utrota extrem fattigdom"
    new_database.close()
    from agenda_desktop.core.startup import open_database

    reopened = open_database(new_database.location).database
    with reopened.unit_of_work() as session:
        assert session.get(Target, "1.1").short_title_sv == "Utrota extrem fattigdom"  # type: ignore[union-attr]
    reopened.close()
