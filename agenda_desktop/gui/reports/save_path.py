"""Asking where to save a file the app writes (a report, an export), in Documents at first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget, title: str, name: str, suffix: str, file_filter: str
) -> Path | None:
    """Ask where to save ``name`` + ``suffix`` (in Documents at first); None if cancelled.

    The chosen path always ends with ``suffix``.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / f"{name}{suffix}"), file_filter
    )
    return with_suffix(Path(chosen), suffix) if chosen else None


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` itself when it ends with ``suffix`` (in any case), else with it added."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
