"""Asking the user for a database file: a new one to create, or an existing one to open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from agenda_desktop import DATABASE_SUFFIX
from agenda_desktop.gui.messages import show_warning


def _file_filter() -> str:
    return QCoreApplication.translate(
        "DatabaseFiles", "Agenda Desktop-databaser (*{suffix})"
    ).format(suffix=DATABASE_SUFFIX)


def _folder(start: Path | None) -> Path:
    if start is not None and start.is_dir():
        return start
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def with_suffix(path: Path) -> Path:
    """Add ``.agenda`` when the user typed a name without it."""
    return (
        path
        if path.suffix.lower() == DATABASE_SUFFIX
        else path.with_name(path.name + DATABASE_SUFFIX)
    )


def choose_new_database(parent: QWidget | None, start: Path | None) -> Path | None:
    """Ask where to create a new database; an existing file is never overwritten."""
    name = QCoreApplication.translate("DatabaseFiles", "agenda")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DatabaseFiles", "Ny databas"),
        str(_folder(start) / f"{name}{DATABASE_SUFFIX}"),
        _file_filter(),
    )
    if not chosen:
        return None
    path = with_suffix(Path(chosen))
    if path.exists():
        show_warning(
            parent,
            QCoreApplication.translate(
                "DatabaseFiles",
                "Filen {path} finns redan och skrivs inte över. Välj ett nytt namn, eller "
                "öppna filen med Arkiv › Öppna databas.",
            ).format(path=path),
        )
        return None
    return path


def choose_existing_database(parent: QWidget | None, start: Path | None) -> Path | None:
    """Ask which database file to open."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DatabaseFiles", "Öppna databas"),
        str(_folder(start)),
        ";;".join((_file_filter(), QCoreApplication.translate("DatabaseFiles", "Alla filer (*)"))),
    )
    return Path(chosen) if chosen else None
