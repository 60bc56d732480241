"""Application-wide event filters: files opened by the system, and the start-up probe."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow

EXIT_AFTER_SHOW = "AGENDA_DESKTOP_EXIT_AFTER_SHOW"


class FileOpenFilter(QObject):
    """Opens a database file that macOS hands over (double-click, drop on the Dock icon).

    Windows and Linux pass the file on the command line instead (``--database``).
    """

    def __init__(self, open_file: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self._open_file(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


class ExitAfterFirstPaint(QObject):
    """Quits once the main window has painted: the start-up benchmark's finish line."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._app.quit)
        return False


def install_event_filters(app: QApplication, open_file: Callable[[Path], object]) -> None:
    app.installEventFilter(FileOpenFilter(open_file, app))
    if os.environ.get(EXIT_AFTER_SHOW) == "1":
        app.installEventFilter(ExitAfterFirstPaint(app))
