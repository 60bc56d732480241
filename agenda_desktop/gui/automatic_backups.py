"""Automatic backups of the open database: one after it is opened, then one a day.

The copy runs in a worker thread: SQLite's online backup of a 50 MB file takes about a
quarter of a second on a local disk and far longer on a network drive, and it releases the
GIL while it copies, so the window stays responsive. Whether the daily copy is due is
decided by the core from the newest automatic backup's time; the timer only asks now and
then. A failure (a full disk, a lost drive) is reported, never fatal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.store.backup_rotation import (
    is_automatic_backup_due,
    make_automatic_backup,
)
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.settings import AppSettings

CHECK_INTERVAL_MS = 15 * 60 * 1000  # how often the timer asks whether a daily copy is due


class AutomaticBackups(QObject):
    """Makes the automatic backups of one database file at a time, and reports them in
    the status bar of ``window()``; the first failure after a success also in a message.

    Signals (delivered in the GUI thread):
        finished(object): the Path of a new automatic backup.
        failed(str): the Swedish message of a backup that could not be made.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        window: Callable[[], QMainWindow | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._window = window
        self._failure_shown = False
        self._database: Path | None = None
        self._worker: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.finished.connect(self._report_success)
        self.failed.connect(self._report_failure)

    @property
    def database(self) -> Path | None:
        return self._database

    def start_for(self, database: Path | None) -> None:
        """Back up a database that has just been opened, and keep doing so daily.

        None (a database on a server, which has no file here) stops the backups quietly.
        """
        self.wait()
        self._database = database
        if database is None:
            self.timer.stop()
            return
        self.timer.start()
        self.back_up()

    def back_up_if_due(self, now: datetime | None = None) -> bool:
        """Start the daily backup if it is due; True when one was started."""
        if self._database is None or self.is_running():
            return False
        if not is_automatic_backup_due(self._database, now):
            return False
        self.back_up()
        return True

    def back_up(self) -> None:
        """Start an automatic backup of the current database in the worker thread."""
        if self._database is None or self.is_running():
            return
        self._worker = threading.Thread(
            target=self._work,
            args=(self._database, self._settings.automatic_backups),
            name="automatisk-sakerhetskopia",
        )
        self._worker.start()

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def wait(self) -> None:
        """Wait for a backup in progress: before the file is replaced or the app quits."""
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    def stop(self) -> None:
        """No more backups: wait for the one in progress and stop the timer."""
        self.timer.stop()
        self.wait()
        self._database = None

    def _work(self, database: Path, keep: int) -> None:
        try:
            copy = make_automatic_backup(database, keep)
        except AgendaError as error:
            self.failed.emit(str(error))
        else:
            self.finished.emit(copy)

    def _report_success(self, copy: Path) -> None:
        self._failure_shown = False
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(
                self.tr("Automatisk säkerhetskopia sparad: {path}").format(path=copy), 10_000
            )

    def _report_failure(self, message: str) -> None:
        """Say why once; the app goes on, and the timer tries again later."""
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(self.tr("Den automatiska säkerhetskopian misslyckades."))
        if self._failure_shown:
            return
        self._failure_shown = True
        show_error(
            window,
            self.tr(
                "{message}\n\nDu kan arbeta vidare som vanligt. Programmet försöker igen "
                "om en stund; du kan också välja Arkiv › Säkerhetskopiera nu."
            ).format(message=message),
            self.tr("Den automatiska säkerhetskopian misslyckades"),
        )
