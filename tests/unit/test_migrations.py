"""Migrations: a new database, the upgrade of every released schema version, refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from agenda_desktop.core.errors import NewerDatabaseError, NotADatabaseError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import create_store_engine
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import (
    MIGRATIONS,
    head_revision,
    known_revisions,
    migrate,
    read_revision,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-*.agenda"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The database's content as SQL: equal dumps mean an equal database."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_a_new_database_gets_the_newest_schema_without_a_backup(
    empty_location: DatabaseLocation,
) -> None:
    opened = open_database(empty_location)
    assert read_revision(opened.database.engine) == head_revision()
    assert opened.migration.from_revision is None
    assert opened.migration.backup is None
    assert opened.reference_refreshed
    opened.database.close()


def test_there_is_a_fixture_for_every_released_schema_version() -> None:
    assert {p.stem.removeprefix("schema-") for p in RELEASED} == known_revisions()


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_a_released_schema_version_upgrades_and_keeps_user_data(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / "kommun.agenda"
    shutil.copy(fixture, path)
    from_revision = fixture.stem.removeprefix("schema-")

    opened = open_database(DatabaseLocation.for_file(path))

    assert read_revision(opened.database.engine) == head_revision()
    assert opened.migration.from_revision == from_revision
    if from_revision != head_revision():
        assert opened.migration.backup is not None
        assert dump(opened.migration.backup) == dump(fixture)
    services = Services.for_database(opened.database)
    profile = services.organisation.profile()
    assert profile is not None
    assert profile.organisation_name == "Tanums kommun, kommunledningsförvaltningen"
    assert services.reference.goal(14).targets[0].short_title_sv == "Minska havsföroreningar"
    assert services.reference.kpi_count() == 6099  # the stripped reference data came back
    position = services.cycle.latest()
    assert position is not None and position.current_step == 2
    opened.database.close()


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation_profile") as batch:
        batch.add_column(sa.Column("telefon", sa.String(40), nullable=True))
    {failure}


def downgrade() -> None:
    pass
"""


def scripts_with_next_revision(tmp_path: Path, failure: str = "") -> Path:
    """Our migrations plus one more revision, as the next release would ship it."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    revision = f"{int(head_revision()) + 1:04d}"
    (scripts / "versions" / f"{revision}_telefon.py").write_text(
        NEXT_REVISION.format(revision=revision, down=head_revision(), failure=failure)
    )
    return scripts


def test_an_upgrade_copies_the_file_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "kommun.agenda"
    shutil.copy(RELEASED[-1], path)
    before = dump(path)
    scripts = scripts_with_next_revision(tmp_path)
    location = DatabaseLocation.for_file(path)
    engine = create_store_engine(location)

    result = migrate(engine, location, datetime(2026, 11, 22, 10, 0), scripts)

    assert result.to_revision == head_revision(scripts) != result.from_revision
    assert result.backup is not None
    assert (
        result.backup.name
        == f"kommun-20261122-100000-fore-uppgradering-{result.from_revision}.agenda"
    )
    assert dump(result.backup) == before
    assert read_revision(engine) == result.to_revision
    engine.dispose()


def test_a_failing_upgrade_leaves_the_schema_as_it_was(
    empty_location: DatabaseLocation, tmp_path: Path
) -> None:
    open_database(empty_location).database.close()
    scripts = scripts_with_next_revision(tmp_path, failure='raise RuntimeError("avbrott")')
    engine = create_store_engine(empty_location)

    with pytest.raises(RuntimeError, match="avbrott"):
        migrate(engine, empty_location, scripts=scripts)

    assert read_revision(engine) == head_revision()
    columns = {column["name"] for column in inspect(engine).get_columns("organisation_profile")}
    assert "telefon" not in columns
    engine.dispose()


def test_a_newer_schema_on_a_server_is_refused_and_left_untouched(
    empty_location: DatabaseLocation,
) -> None:
    database = open_database(empty_location).database
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    database.close()

    with pytest.raises(NewerDatabaseError, match="nyare version") as refused:
        open_database(empty_location)

    assert empty_location.describe() in str(refused.value)
    engine = create_store_engine(empty_location)
    assert read_revision(engine) == "9999"
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "framtid.agenda"
    open_database(DatabaseLocation.for_file(path)).database.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NewerDatabaseError, match="nyare version") as refused:
        open_database(DatabaseLocation.for_file(path))

    assert "framtid.agenda" in str(refused.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "annan.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE kunder (namn TEXT)")
    connection.close()
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="inte en Agenda Desktop-databas"):
        open_database(DatabaseLocation.for_file(path))
    assert digest(path) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.agenda"
    path.write_bytes(b"%PDF-1.7 inte en databas" * 100)
    with pytest.raises(NotADatabaseError, match="protokoll"):
        open_database(DatabaseLocation.for_file(path))
    assert path.read_bytes().startswith(b"%PDF")


def test_the_migrations_build_exactly_the_schema_of_the_models(
    empty_location: DatabaseLocation,
) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from agenda_desktop.core.store.models import Base

    opened = open_database(empty_location)
    with opened.database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    opened.database.close()
    assert differences == []
