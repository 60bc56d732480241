"""The controller: opening databases, the first-run wizard, backups, restore, language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from agenda_desktop.core.demo import build_demo
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.backup import list_backups
from agenda_desktop.core.store.location import DatabaseLocation, default_database_path
from agenda_desktop.gui.app import AppController, create_application, install_translators
from agenda_desktop.gui.backup_dialog import RestoreBackupDialog
from agenda_desktop.gui.settings import LANGUAGE, LAST_DATABASE, AppSettings

pytestmark = pytest.mark.usefixtures("swedish_locale")


@pytest.fixture
def controller(
    qapp: QApplication, app_settings: AppSettings, tmp_path: Path
) -> Iterator[AppController]:
    controller = AppController(
        qapp, app_settings, demo_path=tmp_path / "exempel" / "exempel.agenda"
    )
    yield controller
    window, services = controller.window, controller.services
    controller.window = None  # closing it now is not the user quitting
    if window is not None and isValid(window):
        window.close()
    if services is not None:
        services.database.close()
    qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    """A database with a profile (the demo), in a file of its own."""
    path = tmp_path / "kommun.agenda"
    build_demo(path)
    return path


@pytest.fixture
def wizard(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The first-run wizard without its modal loop: ``finish`` decides whether the user
    completes it (the profile is then saved through the wizard's own service) or cancels."""
    module = pytest.importorskip("agenda_desktop.gui.wizard")
    state: dict[str, Any] = {"finish": False, "runs": 0}
    original_init = module.FirstRunWizard.__init__

    def init(self: Any, reference: Any, organisation: Any, parent: Any = None) -> None:
        original_init(self, reference, organisation, parent=parent)
        state["organisation"] = organisation

    def exec_(self: Any) -> int:
        state["runs"] += 1
        if not state["finish"]:
            return int(QDialog.DialogCode.Rejected)
        state["organisation"].save_profile(ProfileData("1401", "Härryda kommun", "KS"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(module.FirstRunWizard, "__init__", init)
    monkeypatch.setattr(module.FirstRunWizard, "exec", exec_)
    return state


def current_path(controller: AppController) -> Path | None:
    assert controller.services is not None
    return controller.services.database.location.path


def test_opens_a_database_and_remembers_it(
    controller: AppController, database_file: Path, app_settings: AppSettings
) -> None:
    assert controller.open_location(DatabaseLocation.for_file(database_file))
    assert controller.window is not None and controller.window.isVisible()
    assert current_path(controller) == database_file.resolve()
    assert app_settings.get(LAST_DATABASE) == str(database_file.resolve())


def test_start_reopens_the_database_used_last(
    controller: AppController, database_file: Path, app_settings: AppSettings
) -> None:
    app_settings.set(LAST_DATABASE, str(database_file))
    assert controller.start(None, None) is None
    assert current_path(controller) == database_file.resolve()


def test_without_a_last_database_the_default_file_is_used(
    controller: AppController, app_settings: AppSettings, tmp_path: Path
) -> None:
    app_settings.set(LAST_DATABASE, str(tmp_path / "borttagen.agenda"))
    assert controller.startup_location().path == default_database_path().resolve()


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    controller: AppController, database_file: Path, tmp_path: Path, message_boxes: Any
) -> None:
    assert controller.open_location(DatabaseLocation.for_file(database_file))
    window = controller.window
    notes = tmp_path / "anteckningar.agenda"
    notes.write_text("Det här är inga data utan anteckningar från mötet.\n" * 200)

    assert not controller.open_location(DatabaseLocation.for_file(notes))
    [text] = message_boxes.texts("critical")
    assert str(notes.resolve()) in text and "ingen Agenda Desktop-databas" in text
    assert controller.window is window and current_path(controller) == database_file.resolve()
    assert notes.read_text().startswith("Det här är inga data")  # left untouched


def test_a_start_on_a_bad_file_offers_another_and_can_quit(
    controller: AppController, tmp_path: Path, message_boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "anteckningar.agenda"
    notes.write_bytes(b"inte en databas" * 100)
    asked: list[str] = []

    def exec_(self: QMessageBox) -> int:
        asked.append(self.text())
        return 0  # the box closed without a choice: the same as Avsluta

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert controller.start(DatabaseLocation.for_file(notes), None) == 1
    assert len(message_boxes.texts("critical")) == 1
    assert asked == ["Vill du öppna en annan databas eller skapa en ny?"]
    assert controller.window is None


def test_a_start_on_a_bad_file_can_go_on_with_another(
    controller: AppController,
    tmp_path: Path,
    database_file: Path,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = tmp_path / "anteckningar.agenda"
    notes.write_bytes(b"inte en databas" * 100)

    def exec_(self: QMessageBox) -> int:
        choice = next(b for b in self.buttons() if b.text() == "Öppna en annan databas…")
        monkeypatch.setattr(self, "clickedButton", lambda: choice)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(database_file), ""))
    )
    assert controller.start(DatabaseLocation.for_file(notes), None) is None
    assert current_path(controller) == database_file.resolve()


def test_demo_start_builds_the_demo_and_does_not_remember_it(
    controller: AppController, tmp_path: Path, app_settings: AppSettings
) -> None:
    demo = tmp_path / "visning.agenda"
    assert controller.start(None, demo) is None
    assert current_path(controller) == demo.resolve()
    assert controller.window is not None and "Exempelkommun" in controller.window.windowTitle()
    assert app_settings.get(LAST_DATABASE) == ""


def test_open_the_demo_from_the_menu(
    controller: AppController, database_file: Path, app_settings: AppSettings
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    first = controller.window
    assert first is not None
    first.window_actions.open_demo.trigger()
    assert controller.window is not first and not first.isVisible()
    path = current_path(controller)
    assert path is not None and path.name == "exempel.agenda" and path.is_file()
    assert app_settings.get(LAST_DATABASE) == str(database_file.resolve())


def test_open_a_database_from_the_menu(
    controller: AppController,
    database_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "annan.agenda"
    build_demo(other)
    controller.open_location(DatabaseLocation.for_file(database_file))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(other), ""))
    )
    assert controller.window is not None
    controller.window.window_actions.open_database.trigger()
    assert current_path(controller) == other.resolve()


def test_a_new_database_runs_the_first_run_wizard(
    controller: AppController,
    database_file: Path,
    tmp_path: Path,
    wizard: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    app_settings: AppSettings,
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(tmp_path / "härryda"), "")),
    )
    wizard["finish"] = True
    assert controller.window is not None
    controller.window.window_actions.new_database.trigger()
    created = (tmp_path / "härryda.agenda").resolve()
    assert wizard["runs"] == 1
    assert current_path(controller) == created
    assert controller.window is not None and "Härryda kommun" in controller.window.windowTitle()
    assert app_settings.get(LAST_DATABASE) == str(created)


def test_cancelling_the_wizard_for_a_new_database_keeps_the_old_one(
    controller: AppController,
    database_file: Path,
    tmp_path: Path,
    wizard: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    window = controller.window
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(tmp_path / "ny"), ""))
    )
    assert window is not None
    window.window_actions.new_database.trigger()
    assert wizard["runs"] == 1
    assert controller.window is window and current_path(controller) == database_file.resolve()
    assert not (tmp_path / "ny.agenda").exists()  # the empty file nobody set up is removed


def test_cancelling_the_wizard_on_the_first_start_quits_without_error(
    controller: AppController, tmp_path: Path, wizard: dict[str, Any], message_boxes: Any
) -> None:
    assert controller.start(DatabaseLocation.for_file(tmp_path / "första.agenda"), None) == 0
    assert wizard["runs"] == 1
    assert controller.window is None and message_boxes.shown == []


def test_backup_now_creates_a_copy_and_says_where(
    controller: AppController, database_file: Path, message_boxes: Any
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    assert controller.window is not None
    controller.window.window_actions.backup.trigger()
    [copy] = list_backups(database_file.resolve())
    assert copy.is_file() and "manuell" in copy.name
    [text] = message_boxes.texts("information")
    assert str(copy) in text


def test_restore_brings_back_the_old_content(
    controller: AppController,
    database_file: Path,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    assert controller.backup_now() is not None
    assert controller.services is not None
    controller.services.reference.set_target_short_title("13.1", "Skrivet efter kopian")

    listed: list[list[str]] = []

    def exec_(self: RestoreBackupDialog) -> int:
        listed.append([self.model.index(row, 1).data() for row in range(self.model.rowCount())])
        return int(QDialog.DialogCode.Accepted)  # the newest backup is selected

    monkeypatch.setattr(RestoreBackupDialog, "exec", exec_)
    old_window = controller.window
    assert old_window is not None
    old_window.window_actions.restore.trigger()

    assert listed == [["Gjord för hand"]]
    assert any("Vill du återställa" in text for text in message_boxes.texts("question"))
    assert controller.window is not old_window
    assert controller.services.reference.goal(13).targets[0].short_title_sv is None
    kept = [p for p in list_backups(database_file.resolve()) if "ersatt" in p.name]
    assert len(kept) == 1
    assert any(str(kept[0]) in text for text in message_boxes.texts("information"))


def test_restore_without_backups_says_so(
    controller: AppController, database_file: Path, message_boxes: Any
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    controller.restore_backup()
    [text] = message_boxes.texts("information")
    assert "inga säkerhetskopior" in text


def test_a_language_change_rebuilds_the_window_on_the_same_page(
    qapp: QApplication,
    controller: AppController,
    database_file: Path,
    app_settings: AppSettings,
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    old = controller.window
    assert old is not None
    old.show_page("meetings")
    try:
        old.languageChanged.emit("en")
        assert app_settings.get(LANGUAGE) == "en"
        assert controller.window is not None and controller.window is not old
        assert controller.window.current_page_key == "meetings"
        assert not old.isVisible()
    finally:
        install_translators(qapp, "sv")


def test_translators_make_qt_dialogs_swedish(qapp: QApplication) -> None:
    try:
        install_translators(qapp, "sv")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        install_translators(qapp, "en")  # the Swedish Qt translator is removed again
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        install_translators(qapp, "sv")


def test_create_application_names_the_app(qapp: QApplication) -> None:
    assert create_application([]) is qapp
    assert qapp.applicationName() == "Agenda Desktop"
    assert qapp.organizationName()


def test_closing_the_window_quits(
    qtbot: QtBot, controller: AppController, database_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    controller.open_location(DatabaseLocation.for_file(database_file))
    assert controller.window is not None
    controller.window.window_actions.quit.trigger()
    assert quits == [True]
    assert controller.window is None
