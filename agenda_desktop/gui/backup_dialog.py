"""Choose a backup to restore: the database's backups, newest first, with date and size."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.gui.formatting import date_and_time, file_size
from agenda_desktop.gui.messages import confirm, show_information
from agenda_desktop.gui.style import paragraph, tidy_table

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_STAMP = re.compile(r"-(\d{8}-\d{6})-(.+)$")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    reason: str
    size: int


def backup_info(path: Path) -> BackupInfo:
    """Read when and why a backup was made from its name (``agenda-20240312-140501-manuell``)."""
    stat = path.stat()
    match = _STAMP.search(path.stem)
    made = datetime.fromtimestamp(stat.st_mtime)
    reason = ""
    if match:
        with contextlib.suppress(ValueError):  # a hand-renamed file keeps its mtime
            made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        reason = match.group(2)
    return BackupInfo(path, made, reason, stat.st_size)


class BackupTableModel(QAbstractTableModel):
    """Backups as rows: when, why and how large; PATH_ROLE gives the file."""

    MADE, REASON, SIZE = range(3)

    def __init__(self, backups: list[Path], parent: Any = None) -> None:
        super().__init__(parent)
        self._backups = [backup_info(path) for path in backups]

    def describe_reason(self, reason: str) -> str:
        if reason.startswith("manuell"):
            return self.tr("Gjord för hand")
        if reason.startswith("fore-uppgradering"):
            return self.tr("Före uppgradering av programmet")
        if reason.startswith("ersatt-vid-aterstallning"):
            return self.tr("Databasen som ersattes vid en återställning")
        if reason.startswith("automatisk"):
            return self.tr("Automatisk")
        if reason.startswith("skadad"):
            return self.tr("Skadad databas som ersattes")
        return reason

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Datum"), self.tr("Typ"), self.tr("Storlek"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        if role == PATH_ROLE:
            return info.path
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.MADE:
                return date_and_time(info.made)
            if column == self.REASON:
                return self.describe_reason(info.reason)
            return file_size(info.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreBackupDialog(QDialog):
    """Lists the backups (the caller passes them newest first) and returns the chosen one.

    ``intro`` replaces the explanation above the list (the damaged-database case has its own).
    """

    def __init__(
        self, backups: list[Path], parent: QWidget | None = None, intro: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Återställ säkerhetskopia"))
        self.resize(640, 420)
        self.model = BackupTableModel(backups, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        tidy_table(self.table)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Återställ…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        if intro is None:
            intro = self.tr(
                "Välj den säkerhetskopia som ska ersätta databasen. Den databas som "
                "ersätts sparas i mappen med säkerhetskopior, så inget går förlorat."
            )
        layout.addWidget(paragraph(intro, self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.table.setFocus()

    def selected_backup(self) -> Path | None:
        """The chosen backup, or None when nothing is selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        path = rows[0].data(PATH_ROLE)
        return path if isinstance(path, Path) else None


def choose_backup(parent: QWidget | None, backups: list[Path]) -> Path | None:
    """Ask which backup (newest first) should replace the database, and confirm it.

    Returns None when there is none, or when the user cancels or says no.
    """

    if not backups:
        show_information(
            parent,
            QCoreApplication.translate(
                "RestoreBackupDialog",
                "Det finns inga säkerhetskopior av den här databasen ännu. Välj Arkiv › "
                "Säkerhetskopiera nu för att göra en.",
            ),
            QCoreApplication.translate("RestoreBackupDialog", "Inga säkerhetskopior"),
        )
        return None
    dialog = RestoreBackupDialog(backups, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selected_backup() if accepted else None
    dialog.deleteLater()
    if chosen is None:
        return None
    question = QCoreApplication.translate(
        "RestoreBackupDialog",
        "Databasen ersätts med säkerhetskopian från {date}. Det som har ändrats efter det "
        "försvinner ur databasen; den nuvarande databasen sparas först i mappen med "
        "säkerhetskopior.\n\nVill du återställa säkerhetskopian?",
    ).format(date=date_and_time(backup_info(chosen).made))
    title = QCoreApplication.translate("RestoreBackupDialog", "Återställ säkerhetskopia")
    return chosen if confirm(parent, question, title) else None
