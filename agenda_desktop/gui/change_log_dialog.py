"""Historik: who changed a record, when and what — or, from Arkiv, the latest changes in
the whole database, narrowed by person and by a word in the record's name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.change_log import (
    ChangeInfo,
    ChangeLogService,
    FieldChange,
    RecordRef,
)
from agenda_desktop.gui.row_table_model import RowTableModel
from agenda_desktop.gui.style import paragraph, rows_table

_Index = QModelIndex | QPersistentModelIndex


class ChangeTableModel(RowTableModel[ChangeInfo]):
    def __init__(self, whole_database: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole_database = whole_database

    def headers(self) -> Sequence[str]:
        return (
            self.tr("När"),
            self.tr("Vem"),
            self.tr("Vad"),
            self.tr("Uppgift") if self._whole_database else self.tr("Del"),
            self.tr("Ändringar"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return f"{change.changed_at:%Y-%m-%d %H:%M}"
            if column == 1:
                return change.actor
            if column == 2:
                names = {
                    "skapad": self.tr("Skapad"),
                    "andrad": self.tr("Ändrad"),
                    "borttagen": self.tr("Borttagen"),
                }
                return names.get(change.action, change.action_name)
            if column == 3:
                if not (self._whole_database or change.is_part):
                    return ""
                if change.record_label in ("", change.record_kind):
                    return change.record_kind
                return f"{change.record_kind}: {change.record_label}"
            text = "\n".join(_change_line(change, item) for item in change.changes)
            return text if role == Qt.ItemDataRole.ToolTipRole else text.replace("\n", "; ")
        return None


def _change_line(change: ChangeInfo, item: FieldChange) -> str:
    if change.action == "andrad":
        return f"{item.label}: {item.old_text} → {item.new_text}"
    value = item.old_text if change.action == "borttagen" else item.new_text
    return f"{item.label}: {value}"


class ChangeLogDialog(QDialog):
    """One record's history (``record``), or the whole database's latest changes."""

    def __init__(
        self,
        change_log: ChangeLogService,
        record: RecordRef | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._change_log = change_log
        self._record = record
        self.setWindowTitle(
            self.tr("Historik – %1").replace("%1", title) if record else self.tr("Ändringslogg")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Varje sparad ändring, med vem som gjorde den och när. Den senaste står överst."
                )
                if record
                else self.tr(
                    "De senaste ändringarna i hela databasen. Vem som står som ändrare "
                    "ställs in under Inställningar › Allmänt."
                ),
                self,
                muted=True,
            )
        )
        self.actor = QComboBox(self)
        self.search = QLineEdit(self)
        self.actor.hide()
        self.search.hide()
        if record is None:
            self.actor.show()
            self.search.show()
            filters = QHBoxLayout()
            actor_label = QLabel(self.tr("&Vem:"), self)
            actor_label.setBuddy(self.actor)
            filters.addWidget(actor_label)
            self.actor.addItem(self.tr("Alla"), None)
            for name in change_log.actors():
                self.actor.addItem(name, name)
            filters.addWidget(self.actor)
            search_label = QLabel(self.tr("&Sök uppgift:"), self)
            search_label.setBuddy(self.search)
            self.search.setPlaceholderText(self.tr("t.ex. en del av en rubrik eller ett namn"))
            self.search.setClearButtonEnabled(True)
            filters.addWidget(search_label)
            filters.addWidget(self.search, 1)
            layout.addLayout(filters)
            self.actor.currentIndexChanged.connect(self.reload)
            self.search.textChanged.connect(self.reload)
        self.model = ChangeTableModel(record is None, self)
        self.table = rows_table(self, self.tr("Ändringar"), self.model)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        # The chosen change in full: a change of a long text does not fit in a cell.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.detail)
        self.empty = QLabel(self.tr("Inga ändringar är loggade ännu."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.reload()
        self.resize(940, 520)

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.rows:
            self.detail.clear()
            return
        change = self.model.rows[index.row()]
        head = " · ".join(
            part
            for part in (
                f"{change.changed_at:%Y-%m-%d %H:%M}",
                change.actor,
                self.model.index(index.row(), 2).data(),
                self.model.index(index.row(), 3).data(),
            )
            if part
        )
        self.detail.setText(
            f"{head}\n{self.model.index(index.row(), 4).data(Qt.ItemDataRole.ToolTipRole)}"
        )

    def reload(self) -> None:
        if self._record is not None:
            rows = self._change_log.history(self._record)
        else:
            rows = self._change_log.latest(actor=self.actor.currentData(), text=self.search.text())
        self.model.set_rows(rows)
        widths = (130, 130, 80, 260) if self._record is None else (130, 130, 80, 200)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        if rows:
            self.table.selectRow(0)
        self._show_detail()
        self.empty.setVisible(not rows)


def show_history(
    parent: QWidget, change_log: ChangeLogService, record: RecordRef, title: str
) -> None:
    """Show one record's history modally, and let the dialog go when it is closed."""
    dialog = ChangeLogDialog(change_log, record, title, parent)
    dialog.exec()
    dialog.deleteLater()


def history_button(
    dialog: QDialog,
    buttons: QDialogButtonBox,
    change_log: ChangeLogService,
    record: RecordRef,
    title: str,
) -> QPushButton:
    """A "Historik…" button at the left of a dialog's buttons that shows the record's log."""
    button = buttons.addButton(
        QCoreApplication.translate("ChangeLogDialog", "Historik…"),
        QDialogButtonBox.ButtonRole.ResetRole,
    )
    button.setAutoDefault(False)
    button.setToolTip(
        QCoreApplication.translate("ChangeLogDialog", "Vem som ändrat uppgiften, när och vad")
    )
    button.clicked.connect(lambda: show_history(dialog, change_log, record, title))
    return button
