"""Fixtures shared by the GUI and end-to-end tests: real SQLite files in tmp_path.

Qt is imported only inside the fixtures that need it, so the unit tests stay Qt-free.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from agenda_desktop.core.demo import build_demo
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation

if TYPE_CHECKING:
    from agenda_desktop.gui.settings import AppSettings


@pytest.fixture
def demo_database(tmp_path: Path) -> Iterator[Database]:
    """A fresh demo database (”Exempelkommun”) in its own file."""
    path = tmp_path / "demo.agenda"
    build_demo(path)
    database = open_database(DatabaseLocation.for_file(path)).database
    yield database
    database.close()


@pytest.fixture
def fresh_database(tmp_path: Path) -> Iterator[Database]:
    """A new database as on the first start: reference data loaded, no profile."""
    database = open_database(DatabaseLocation.for_file(tmp_path / "ny.agenda")).database
    yield database
    database.close()


@pytest.fixture
def services(demo_database: Database) -> Services:
    return Services.for_database(demo_database)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """Settings in a temporary INI file, never the user's own."""
    from PySide6.QtCore import QSettings

    from agenda_desktop.gui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def swedish_locale() -> Iterator[None]:
    """Swedish dates and numbers (the app's default language) whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)


class MessageBoxes:
    """What the patched QMessageBox functions were asked to show: (kind, title, text)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer_yes = True

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if kind in (None, shown_kind)]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Replace QMessageBox's static functions so no modal box blocks a test.

    ``question`` answers Yes unless ``answer_yes`` is set to False.
    """
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()

    def recorder(kind: str) -> object:
        def show(_parent: object, title: str, text: str, *_args: object, **_kw: object) -> object:
            boxes.shown.append((kind, title, text))
            if kind == "question":
                return (
                    QMessageBox.StandardButton.Yes
                    if boxes.answer_yes
                    else QMessageBox.StandardButton.No
                )
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return boxes
