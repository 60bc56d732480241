"""A damaged database: say so, and offer the newest good backup in its place.

Only backups that pass a quick integrity check are listed (newest first, the newest
chosen); the damaged file is kept in the backup folder, never deleted. Without a good
backup the user is told what is left to do: open another database, or ask for support.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.store.backup import DAMAGED_REASON, backup_folder, restore_backup
from agenda_desktop.core.store.backup_rotation import good_backups
from agenda_desktop.gui.backup_dialog import RestoreBackupDialog
from agenda_desktop.gui.messages import show_error


def _title() -> str:
    return QCoreApplication.translate("DamagedDatabase", "Databasen är skadad")


def choose_restore_for_damaged(
    parent: QWidget | None, database: Path, problem: str, candidates: list[Path]
) -> Path | None:
    """Ask which good backup (``candidates``, newest first) should replace ``database``.

    Returns None when there is none (the user has then been told what to do) or when
    the user declines.
    """
    if not candidates:
        advice = QCoreApplication.translate(
            "DamagedDatabase",
            "Det finns ingen hel säkerhetskopia av databasen i mappen\n{folder}\n\n"
            "Öppna en annan databas eller skapa en ny. Kontakta supporten om du behöver "
            "hjälp att rädda innehållet; ta då med den skadade filen, som inte har ändrats.",
        ).format(folder=backup_folder(database))
        show_error(parent, f"{problem}\n\n{advice}", _title())
        return None
    intro = QCoreApplication.translate(
        "DamagedDatabase",
        "{problem}\n\nVälj en säkerhetskopia att återställa; den nyaste hela kopian är "
        "vald, och skadade kopior visas inte. Den skadade databasen sparas i mappen med "
        "säkerhetskopior, så ingenting tas bort.",
    ).format(problem=problem)
    dialog = RestoreBackupDialog(candidates, parent, intro)
    dialog.setWindowTitle(_title())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selected_backup() if accepted else None
    dialog.deleteLater()
    return chosen


def restore_damaged_database(parent: QWidget | None, database: Path, problem: str) -> Path | None:
    """Offer the good backups of a damaged ``database`` and put the chosen one in place.

    Returns where the damaged file was kept, or None when nothing was restored.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        candidates = good_backups(database)
    finally:
        QApplication.restoreOverrideCursor()
    chosen = choose_restore_for_damaged(parent, database, problem, candidates)
    if chosen is None:
        return None
    try:
        return restore_backup(chosen, database, aside_reason=DAMAGED_REASON)
    except (AgendaError, OSError) as error:
        show_error(parent, str(error), _title())
        return None
