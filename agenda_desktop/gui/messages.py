"""Message boxes in one place, so every error reads the same and tests can patch them.

Only the static QMessageBox functions are used: they become native dialogs where the
platform has them, and tests replace them with non-blocking stand-ins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user that something failed; ``text`` is one of our Swedish messages."""
    QMessageBox.critical(
        parent, title or QCoreApplication.translate("Messages", "Något gick fel"), text
    )


def show_warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user that a value was not accepted and what to do instead."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Messages", "Kontrollera uppgiften"), text
    )


def show_information(parent: QWidget | None, text: str, title: str) -> None:
    """Tell the user that something went well and where to find the result."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, text: str, title: str) -> bool:
    """Ask a yes/no question whose safe answer (No) is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
