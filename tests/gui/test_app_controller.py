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
from agenda_desktop.core.store.backup import (
    backup_database,
    backup_folder,
    list_backups,
    verify_backup,
)
from agenda_desktop.core.store.backup_rotation import automatic_backups
from agenda_desktop.core.store.location import DatabaseLocation, default_database_path
from agenda_desktop.gui.app import AppController, create_application, install_translators
from agenda_desktop.gui.backup_dialog import PATH_ROLE, RestoreBackupDialog
from agenda_desktop.gui.settings import AUTOMATIC_BACKUPS, LANGUAGE, LAST_DATABASE, AppSettings

pytestmark = pytest.mark.usefixtures("swedish_locale")


@pytest.fixture
def controller(
    qapp: QApplication, app_settings: AppSettings, tmp_path: Path
) -> Iterator[AppController]:
    controller = AppController(
        qapp, app_settings, demo_path=tmp_path / "exempel" / "exempel.agenda"
    )
    yield controller
    controller.automatic_backups.stop()
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


def test_a_shared_database_used_last_is_opened_again_by_its_address(
    controller: AppController, app_settings: AppSettings
) -> None:
    address = "postgresql+psycopg://anna@databas.kommun.se:5432/agenda"
    app_settings.set(LAST_DATABASE, address)
    location = controller.startup_location()
    assert location.url == address and location.path is None


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
    [copy] = [p for p in list_backups(database_file.resolve()) if "manuell" in p.name]
    assert copy.is_file()
    [text] = message_boxes.texts("information")
    assert str(copy) in text


def test_restore_brings_back_the_old_content(
    controller: AppController,
    database_file: Path,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.open_location(DatabaseLocation.for_file(database_file))
    controller.automatic_backups.wait()
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

    assert listed == [["Gjord för hand", "Automatisk"]]
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


# Automatic backups and damaged databases ---------------------------------------------------


def damage(path: Path) -> bytes:
    """Write 4 KB of noise into the middle of a database file; return its new bytes."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xab" * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


def test_each_open_makes_an_automatic_backup_and_the_set_number_is_kept(
    qtbot: QtBot, controller: AppController, database_file: Path, app_settings: AppSettings
) -> None:
    app_settings.set(AUTOMATIC_BACKUPS, 2)
    manual = backup_database(database_file.resolve(), "manuell")
    made = []
    for _ in range(3):
        with qtbot.waitSignal(controller.automatic_backups.finished, timeout=20_000) as done:
            assert controller.open_location(DatabaseLocation.for_file(database_file))
        made.append(done.args[0])
    kept = automatic_backups(database_file.resolve())
    assert [backup.path for backup in kept] == made[:0:-1]
    assert manual.is_file()  # a manual backup never rotates
    verify_backup(made[-1])
    assert controller.window is not None
    assert str(made[-1]) in controller.window.statusBar().currentMessage()


def test_the_daily_backup_is_made_only_when_a_day_has_passed(
    qtbot: QtBot, controller: AppController, database_file: Path
) -> None:
    with qtbot.waitSignal(controller.automatic_backups.finished, timeout=20_000):
        controller.open_location(DatabaseLocation.for_file(database_file))
    backups = controller.automatic_backups
    assert backups.timer.isActive()
    assert not backups.back_up_if_due()  # the one made at the start is today's
    [first] = automatic_backups(database_file.resolve())
    first.path.rename(first.path.with_name("kommun-20200101-080000-automatisk.agenda"))

    with qtbot.waitSignal(backups.finished, timeout=20_000):
        backups.timer.timeout.emit()  # the timer's check, now that a day has passed

    assert len(automatic_backups(database_file.resolve())) == 2


def test_a_failed_automatic_backup_is_reported_once_and_the_app_goes_on(
    qtbot: QtBot, controller: AppController, database_file: Path, message_boxes: Any
) -> None:
    backup_folder(database_file.resolve()).write_text("en fil där mappen skulle ligga")
    with qtbot.waitSignal(controller.automatic_backups.failed, timeout=20_000):
        controller.open_location(DatabaseLocation.for_file(database_file))
    [text] = message_boxes.texts("critical")
    assert str(database_file.resolve()) in text and "arbeta vidare" in text
    assert controller.window is not None and controller.window.isVisible()
    assert controller.services is not None
    controller.services.reference.set_target_short_title("13.1", "Sparas ändå")  # still works

    with qtbot.waitSignal(controller.automatic_backups.failed, timeout=20_000):
        controller.automatic_backups.back_up()
    assert len(message_boxes.texts("critical")) == 1  # said once, not every time


def test_a_damaged_database_is_restored_from_the_newest_good_backup(
    controller: AppController,
    database_file: Path,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = database_file.resolve()
    good = backup_database(path, "manuell")
    newer = backup_database(path, "automatisk")
    damage(newer)  # a damaged backup is not offered
    damaged_bytes = damage(path)
    listed: list[list[Path]] = []

    def exec_(self: RestoreBackupDialog) -> int:
        listed.append(
            [self.model.index(row, 0).data(PATH_ROLE) for row in range(self.model.rowCount())]
        )
        return int(QDialog.DialogCode.Accepted)  # the newest good backup is selected

    monkeypatch.setattr(RestoreBackupDialog, "exec", exec_)
    assert controller.start(DatabaseLocation.for_file(path), None) is None

    assert listed == [[good]]
    assert current_path(controller) == path
    [aside] = [p for p in list_backups(path) if "skadad" in p.name]
    assert aside.read_bytes() == damaged_bytes
    [text] = message_boxes.texts("information")
    assert "återställd" in text and str(aside) in text


def test_a_damaged_database_without_a_good_backup_says_what_to_do(
    controller: AppController,
    database_file: Path,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = database_file.resolve()
    damaged_bytes = damage(path)
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: 0)  # then: Avsluta

    assert controller.start(DatabaseLocation.for_file(path), None) == 1

    [text] = message_boxes.texts("critical")
    assert str(path) in text and "skadad" in text
    assert "ingen hel säkerhetskopia" in text and "supporten" in text
    assert path.read_bytes() == damaged_bytes
