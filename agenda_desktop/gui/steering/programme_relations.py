"""The recorded synergies and goal conflicts as a sortable list, with their notes."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agenda_desktop.core.services.programme_types import RelationInfo
from agenda_desktop.gui.row_table_model import RowTableModel
from agenda_desktop.gui.style import tidy_table

Index = QModelIndex | QPersistentModelIndex
RELATION_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_names() -> dict[str, str]:
    return {
        "synergi": QCoreApplication.translate("Programme", "Synergi"),
        "malkonflikt": QCoreApplication.translate("Programme", "Målkonflikt"),
    }


def _label_key(label: str) -> tuple[int, ...]:
    """ "2.10" after "2.9": labels sort as numbers."""
    return tuple(int(part) for part in label.split(".") if part.isdigit())


class RelationListModel(RowTableModel[RelationInfo]):
    def headers(self) -> tuple[str, str, str]:
        return (self.tr("Målsättningar"), self.tr("Samband"), self.tr("Kommentar"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RELATION_ROLE:
            return row
        pair = f"{row.first_label} \u2194 {row.second_label}"
        if role == Qt.ItemDataRole.DisplayRole:
            note = " ".join(row.note.split())
            return (pair, kind_names()[row.kind], note)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and row.note:
            return row.note
        if role == Qt.ItemDataRole.UserRole:
            first, second = sorted((_label_key(row.first_label), _label_key(row.second_label)))
            return ((first, second), kind_names()[row.kind], row.note.casefold())[index.column()]
        return None

    def view(self, parent: QWidget) -> QTableView:
        """A sortable table of this model."""
        proxy = QSortFilterProxyModel(parent)
        proxy.setSourceModel(self)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        table = QTableView(parent)
        table.setModel(proxy)
        tidy_table(table)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setAccessibleName(self.tr("Angivna samband"))
        return table

    def relation_at(self, index: QModelIndex) -> RelationInfo | None:
        found = index.siblingAtColumn(0).data(RELATION_ROLE) if index.isValid() else None
        return found if isinstance(found, RelationInfo) else None
