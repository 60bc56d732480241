"""Several officers on one shared PostgreSQL database: the first start of all at once, and
what one commits the other sees."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from postgres_databases import SERVER_URL, empty_database
from sqlalchemy import func, select

from agenda_desktop.core.startup import OpenedDatabase, open_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import head_revision, read_revision
from agenda_desktop.core.store.models import Goal, IndicatorSelection

OFFICERS = 3


@pytest.fixture
def shared_location() -> Iterator[DatabaseLocation]:
    if not SERVER_URL:
        pytest.skip("AGENDA_TEST_POSTGRES_URL is not set")
    with empty_database() as location:
        yield location


def test_officers_starting_at_once_on_a_new_database_set_it_up_once(
    shared_location: DatabaseLocation,
) -> None:
    start = threading.Barrier(OFFICERS)
    opened: list[OpenedDatabase] = []
    failures: list[BaseException] = []

    def officer() -> None:
        start.wait()
        try:
            opened.append(open_database(shared_location))
        except BaseException as error:  # reported below, with the others'
            failures.append(error)

    threads = [threading.Thread(target=officer) for _ in range(OFFICERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    assert len(opened) == OFFICERS
    assert sum(o.reference_refreshed for o in opened) == 1
    database = opened[0].database
    assert read_revision(database.engine) == head_revision()
    with database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorSelection)) == 1
    for o in opened:
        o.database.close()


def test_what_one_officer_saves_the_other_sees(shared_location: DatabaseLocation) -> None:
    anna = open_database(shared_location).database
    bo = open_database(shared_location).database
    with anna.unit_of_work() as session:
        goal = session.get(Goal, 1)
        assert goal is not None
        goal.short_sv = "Annas namn"
    with bo.unit_of_work() as session:
        assert session.scalar(select(Goal.short_sv).where(Goal.number == 1)) == "Annas namn"
    anna.close()
    bo.close()
