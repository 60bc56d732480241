"""For the GUI tests of concurrent edits: a second officer on the same database file, and
an answer to the conflict dialog when it pops up (it runs modally inside the save)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog


@contextmanager
def second_officer(database: Database, name: str = "Bo Ek") -> Iterator[Services]:
    """Another officer with the same database open on another computer."""
    other = open_database(database.location).database
    other.actor = name
    try:
        yield Services.for_database(other)
    finally:
        other.close()


def answer_conflict(choose: Callable[[EditConflictDialog], None]) -> list[EditConflictDialog]:
    """Call ``choose`` with the conflict dialog once it is shown (it must accept or reject
    it); the returned list holds every dialog answered."""
    seen: list[EditConflictDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EditConflictDialog) and dialog not in seen:
            seen.append(dialog)
            try:
                choose(dialog)
            finally:
                if dialog.isVisible():  # a failed check in ``choose`` must not hang
                    dialog.reject()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return seen
