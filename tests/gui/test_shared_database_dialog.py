"""Gemensam databas (PostgreSQL): the fields, ”Testa anslutningen” against a real server (when
AGENDA_TEST_POSTGRES_URL names one), the password file, and ”Använd”."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_databases import SERVER_URL, empty_database, migrated_database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import head_revision, read_revision
from agenda_desktop.core.store.server_address import ServerAddress
from agenda_desktop.gui.shared_database_dialog import SharedDatabaseDialog

needs_server = pytest.mark.skipif(not SERVER_URL, reason="AGENDA_TEST_POSTGRES_URL is not set")


class Opener:
    """The app controller's open_location: records the locations, opens them for real."""

    def __init__(self, succeed: bool = True) -> None:
        self.opened: list[DatabaseLocation] = []
        self.succeed = succeed

    def __call__(self, location: DatabaseLocation) -> bool:
        self.opened.append(location)
        if self.succeed:
            open_database(location).database.close()
        return self.succeed


@pytest.fixture
def password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    file = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(file))
    return file


@pytest.fixture
def dialog(qtbot: QtBot, password_file: Path) -> Iterator[SharedDatabaseDialog]:
    dialog = SharedDatabaseDialog(Opener(succeed=False))
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog


def fill(dialog: SharedDatabaseDialog, location: DatabaseLocation, password: str = "") -> None:
    address = ServerAddress.from_url(location.url)
    assert address is not None
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText(password)


def click(qtbot: QtBot, dialog: SharedDatabaseDialog, button: str) -> None:
    target = dialog.test_button if button == "test" else dialog.use_button
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def test_an_empty_field_is_named_and_nothing_is_opened(
    qtbot: QtBot, dialog: SharedDatabaseDialog
) -> None:
    dialog.host.clear()
    click(qtbot, dialog, "use")
    assert dialog.outcome.text() == "Fyll i Server."
    assert dialog._open_location.opened == []  # type: ignore[attr-defined]


def test_a_server_that_cannot_be_reached_is_named(
    qtbot: QtBot, dialog: SharedDatabaseDialog
) -> None:
    fill(dialog, ServerAddress("127.0.0.1", 1, "agenda", "anna").location())
    click(qtbot, dialog, "test")
    assert "gick inte att nå" in dialog.outcome.text()


def test_the_dialog_starts_from_the_shared_database_in_use(qtbot: QtBot) -> None:
    current = DatabaseLocation.for_url("postgresql+psycopg://anna:hemligt@db.kommun.se:5433/ks")
    dialog = SharedDatabaseDialog(Opener(), current)
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value()) == ("db.kommun.se", 5433)
    assert (dialog.database.text(), dialog.user.text()) == ("ks", "anna")
    assert dialog.password.text() == ""


@needs_server
def test_the_test_connection_says_what_it_found(qtbot: QtBot, dialog: SharedDatabaseDialog) -> None:
    with empty_database() as location:
        fill(dialog, location)
        click(qtbot, dialog, "test")
        assert "Anslutningen fungerar (PostgreSQL" in dialog.outcome.text()
        assert "är tom" in dialog.outcome.text()
    with migrated_database() as location:
        fill(dialog, location)
        click(qtbot, dialog, "test")
        assert "är en Agenda Desktop-databas och kan användas" in dialog.outcome.text()
    fill(dialog, DatabaseLocation.for_url(SERVER_URL))
    dialog.database.setText("agenda_finns_inte")
    click(qtbot, dialog, "test")
    assert "finns inte på servern" in dialog.outcome.text()


@needs_server
def test_use_sets_up_an_empty_database_and_saves_the_password_when_asked(
    qtbot: QtBot, password_file: Path
) -> None:
    opener = Opener()
    dialog = SharedDatabaseDialog(opener)
    qtbot.addWidget(dialog)
    with empty_database() as location:
        fill(dialog, location, password="hemligt")
        dialog.save_password.setChecked(True)
        click(qtbot, dialog, "use")
        assert dialog.result() == dialog.DialogCode.Accepted
        [opened] = opener.opened
        assert make_url(opened.url).password == "hemligt"
        assert "hemligt" not in opened.describe()
        address = ServerAddress.from_url(location.url)
        assert address is not None
        assert password_file.read_text() == (
            f"{address.host}:{address.port}:{address.database}:{address.user}:hemligt\n"
        )
        reopened = open_database(location).database
        assert read_revision(reopened.engine) == head_revision()
        reopened.close()


def test_use_without_saving_leaves_no_password_file(
    qtbot: QtBot, dialog: SharedDatabaseDialog, password_file: Path
) -> None:
    fill(dialog, ServerAddress("db.kommun.se", 5432, "agenda", "anna").location(), "hemligt")
    dialog.save_password.setChecked(False)
    click(qtbot, dialog, "use")
    assert not password_file.exists()
    assert dialog.result() != dialog.DialogCode.Accepted  # the opener failed: stays open
