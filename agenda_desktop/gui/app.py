"""The application: QApplication set-up, translators, and the controller that opens
databases and carries out the main window's requests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from agenda_desktop import APP_ID, APP_NAME, ORGANISATION, __version__
from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.resources import resource_path
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.backup import (
    backup_database,
    backup_folder,
    list_backups,
    restore_backup,
)
from agenda_desktop.core.store.faults import DamagedDatabaseError
from agenda_desktop.core.store.location import DatabaseLocation, default_database_path
from agenda_desktop.gui.app_events import install_event_filters
from agenda_desktop.gui.automatic_backups import AutomaticBackups
from agenda_desktop.gui.backup_dialog import choose_backup
from agenda_desktop.gui.damaged_database_dialog import restore_damaged_database
from agenda_desktop.gui.database_files import choose_existing_database, choose_new_database
from agenda_desktop.gui.main_window import MainWindow
from agenda_desktop.gui.messages import show_error, show_information
from agenda_desktop.gui.settings import LANGUAGE, LAST_DATABASE, AppSettings

# The translators in use, so that a change of language removes exactly these.
_installed_translators: list[QTranslator] = []


def create_application(argv: list[str]) -> QApplication:
    """Create the QApplication with our names, icon and style (or return the existing one)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland finds the icon through this name
    app.setStyle("Fusion")
    # The pages are drawn for a light background (goal colours, cards); follow it everywhere.
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    icon = resource_path("icons", "agenda-desktop.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_translators(app: QApplication, language: str) -> None:
    """Use ``language`` ("sv" or "en") for our texts, Qt's own dialogs and dates."""
    for translator in _installed_translators:
        app.removeTranslator(translator)
    _installed_translators.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = resource_path("translations", f"agenda_desktop_{language}.qm")
        candidates = [(str(ours), "")] if ours.exists() else []
    else:
        # Swedish is our source language; only Qt's buttons and dialogs need translating.
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [("qtbase_sv", qt_folder)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            _installed_translators.append(translator)


class Outcome(Enum):
    OPENED = "opened"
    FAILED = "failed"
    CANCELLED = "cancelled"


def demo_database_path() -> Path:
    """Where "Öppna exempeldatabas" builds the demo: the user data folder, not the documents."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, ORGANISATION) / "exempel.agenda"


class AppController(QObject):
    """Opens databases, shows the main window of the open one, and carries out its requests.

    One database is open at a time; opening another builds a new window for it and closes
    the old window and database only once the new one is ready.
    """

    def __init__(
        self, app: QApplication, settings: AppSettings, demo_path: Path | None = None
    ) -> None:
        super().__init__()
        self._app = app
        self._settings = settings
        self._demo_path = demo_path or demo_database_path()
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self._remember_current = True
        self.automatic_backups = AutomaticBackups(settings, lambda: self.window, self)
        # The controller decides when to quit: the wizard and window swaps close windows too.
        app.setQuitOnLastWindowClosed(False)

    # Starting --------------------------------------------------------------------------

    def startup_location(self) -> DatabaseLocation:
        """The database used last (a shared database by its address, a file if it is still
        there), else the default file."""
        last = self._settings.get(LAST_DATABASE)
        if last and "://" in last:
            return DatabaseLocation.for_url(last)
        if last and Path(last).is_file():
            return DatabaseLocation.for_file(Path(last))
        return DatabaseLocation.for_file(default_database_path())

    def start(self, location: DatabaseLocation | None, demo: Path | None) -> int | None:
        """Open the first database and show its window.

        Returns None when the window is shown, else the exit code to end with (0 when the
        user cancelled the first-run wizard or chose to quit).
        """
        remember = True
        if demo is not None:
            try:
                with self._busy():
                    from agenda_desktop.core.demo import build_demo

                    build_demo(demo)
            except AgendaError as error:
                show_error(None, str(error))
                return 1
            location, remember = DatabaseLocation.for_file(demo), False
        candidate: DatabaseLocation | None = location or self.startup_location()
        while True:
            if candidate is not None:
                outcome = self._open(candidate, remember)
                if outcome is Outcome.OPENED:
                    return None
                if outcome is Outcome.CANCELLED:
                    return 0
            candidate = self._ask_for_another_database()
            if candidate is None:
                return 1
            remember = True

    def _ask_for_another_database(self) -> DatabaseLocation | None:
        """After a failed start: open another file, create a new one, or quit (None)."""
        while True:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                APP_NAME,
                self.tr("Vill du öppna en annan databas eller skapa en ny?"),
            )
            open_button = box.addButton(
                self.tr("Öppna en annan databas…"), QMessageBox.ButtonRole.AcceptRole
            )
            new_button = box.addButton(
                self.tr("Skapa en ny databas…"), QMessageBox.ButtonRole.ActionRole
            )
            box.addButton(self.tr("Avsluta"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(open_button)
            box.exec()
            clicked = box.clickedButton()
            if clicked is open_button:
                path = choose_existing_database(None, None)
            elif clicked is new_button:
                path = choose_new_database(None, None)
            else:
                return None
            if path is not None:
                return DatabaseLocation.for_file(path)

    # Opening ---------------------------------------------------------------------------

    def open_location(self, location: DatabaseLocation, remember: bool = True) -> bool:
        """Open a database and show it; on failure the current one stays open."""
        return self._open(location, remember) is Outcome.OPENED

    def _open(self, location: DatabaseLocation, remember: bool) -> Outcome:
        path = location.path
        created_now = path is not None and not (path.exists() and path.stat().st_size > 0)
        try:
            with self._busy():
                opened = open_database(location)
            services = Services.for_database(opened.database)
            has_profile = services.organisation.profile() is not None
        except DamagedDatabaseError as error:
            return self._restore_damaged(location, str(error), remember)
        except AgendaError as error:
            show_error(self.window, str(error))
            return Outcome.FAILED
        if not has_profile and not self._run_first_run_wizard(services):
            opened.database.close()
            if created_now and path is not None:
                from agenda_desktop.core.demo import remove_database_file

                remove_database_file(path)  # an empty file the user never set up
            return Outcome.CANCELLED
        self._show(services, remember)
        self.automatic_backups.start_for(path)
        if opened.migration.backup is not None and self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("Databasen har uppgraderats. Kopian före uppgraderingen: {path}").format(
                    path=opened.migration.backup
                )
            )
        return Outcome.OPENED

    def _restore_damaged(self, location: DatabaseLocation, problem: str, remember: bool) -> Outcome:
        """Offer a good backup in place of a damaged file, then open it; the damaged file
        is kept in the backup folder."""
        if location.path is None:
            show_error(self.window, problem)
            return Outcome.FAILED
        if self.services is not None and location.path == self._current_path():
            self.automatic_backups.wait()  # nothing may read the file while it is replaced
            self.services.database.close()  # reconnects on demand if nothing is restored
        aside = restore_damaged_database(self.window, location.path, problem)
        if aside is None:
            return Outcome.FAILED
        outcome = self._open(location, remember)
        if outcome is Outcome.OPENED:
            show_information(
                self.window,
                self.tr(
                    "Databasen är återställd från den valda säkerhetskopian. Den skadade "
                    "filen finns kvar som\n{path}"
                ).format(path=aside),
                self.tr("Databasen är återställd"),
            )
        return outcome

    def _run_first_run_wizard(self, services: Services) -> bool:
        from agenda_desktop.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(services.reference, services.organisation, parent=None)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        wizard.deleteLater()
        return accepted and services.organisation.profile() is not None

    def _show(self, services: Services, remember: bool) -> None:
        old_window, old_services = self.window, self.services
        if old_window is not None:
            old_window.save_settings()  # the new window opens with the same size and page
        window = MainWindow(services, self._settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._connect(window)
        self.window, self.services = window, services
        self._remember_current = remember
        location = services.database.location
        if remember:
            # A shared database is remembered by its address without the password.
            last = str(location.path) if location.path is not None else location.describe()
            self._settings.set(LAST_DATABASE, last)
            self._settings.sync()
        window.show()
        if old_window is not None:
            old_window.close()
        if old_services is not None and old_services.database is not services.database:
            old_services.database.close()

    def _connect(self, window: MainWindow) -> None:
        window.newDatabaseRequested.connect(self.new_database)
        window.openDatabaseRequested.connect(self.open_database)
        window.openDemoRequested.connect(self.open_demo)
        window.backupRequested.connect(self.backup_now)
        window.restoreRequested.connect(self.restore_backup)
        window.sharedDatabaseRequested.connect(self.choose_shared_database)
        window.languageChanged.connect(self.change_language)
        window.closed.connect(lambda: self._window_closed(window))

    def _window_closed(self, window: MainWindow) -> None:
        if window is self.window:  # not a window replaced by a newer one
            self.window = None
            self.quit()

    # The window's requests --------------------------------------------------------------

    def choose_shared_database(self) -> None:
        """Arkiv → Gemensam databas…: connect to the municipality's PostgreSQL database."""
        from agenda_desktop.gui.shared_database_dialog import choose_shared_database

        current = None if self.services is None else self.services.database.location
        choose_shared_database(self.window, current, self.open_location)

    def new_database(self) -> None:
        path = choose_new_database(self.window, self._start_folder())
        if path is not None:
            self.open_location(DatabaseLocation.for_file(path))

    def open_database(self) -> None:
        path = choose_existing_database(self.window, self._start_folder())
        if path is not None:
            self.open_location(DatabaseLocation.for_file(path))

    def open_demo(self) -> None:
        """Build (or reuse) the demo database and open it; it is not remembered as the
        database to reopen, so the next start shows the user's own database again."""
        try:
            with self._busy():
                from agenda_desktop.core.demo import build_demo

                build_demo(self._demo_path)
        except AgendaError as error:
            show_error(self.window, str(error))
            return
        self.open_location(DatabaseLocation.for_file(self._demo_path), remember=False)

    def backup_now(self) -> Path | None:
        """Copy the open database into its backup folder and say where the copy is."""
        path = self._current_path()
        if path is None:
            return None
        try:
            with self._busy():
                copy = backup_database(path, "manuell")
        except AgendaError as error:
            show_error(self.window, str(error))
            return None
        show_information(
            self.window,
            self.tr(
                "Säkerhetskopian är sparad som\n{copy}\n\nAlla säkerhetskopior finns i\n{folder}"
            ).format(copy=copy, folder=backup_folder(path)),
            self.tr("Säkerhetskopia sparad"),
        )
        return copy

    def restore_backup(self) -> None:
        """Let the user choose a backup, confirm, and put it in place of the database."""
        path = self._current_path()
        if path is None:
            return
        chosen = choose_backup(self.window, list_backups(path))
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, backup: Path) -> bool:
        """Close the database, put ``backup`` in its place and open it again."""
        if self.services is None or self.services.database.location.path is None:
            return False
        location = self.services.database.location
        assert location.path is not None
        self.automatic_backups.wait()  # a copy in progress reads the file being replaced
        self.services.database.close()
        try:
            aside = restore_backup(backup, location.path)
        except AgendaError as error:
            # Nothing was replaced; the closed engine reconnects when the window next asks.
            show_error(self.window, str(error))
            return False
        if not self.open_location(location, remember=self._remember_current):
            return False
        show_information(
            self.window,
            self.tr(
                "Säkerhetskopian är återställd. Databasen som ersattes finns kvar som\n{path}"
            ).format(path=aside),
            self.tr("Säkerhetskopia återställd"),
        )
        return True

    def change_language(self, language: str) -> None:
        """Install the language and rebuild the window, on the same page, in it."""
        self._settings.set(LANGUAGE, language)
        install_translators(self._app, language)
        if self.services is not None:
            self._show(self.services, self._remember_current)

    def quit(self) -> None:
        self.automatic_backups.stop()
        if self.services is not None:
            self.services.database.close()
        self._app.quit()

    # Helpers ---------------------------------------------------------------------------

    def _current_path(self) -> Path | None:
        return None if self.services is None else self.services.database.location.path

    def _start_folder(self) -> Path | None:
        path = self._current_path()
        return path.parent if path is not None else None

    @contextmanager
    def _busy(self) -> Iterator[None]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()


def run(location: DatabaseLocation | None, demo: Path | None) -> int:
    """Start the GUI on ``location`` (None: the database used last), or on a fresh demo."""
    app = create_application(sys.argv)
    settings = AppSettings()
    install_translators(app, settings.language)
    controller = AppController(app, settings)
    install_event_filters(
        app, lambda path: controller.open_location(DatabaseLocation.for_file(path))
    )
    code = controller.start(location, demo)
    if code is not None:
        return code
    return app.exec()
