"""A table model over a list of frozen rows, the shape of almost every table in the app.

Subclasses give ``headers()`` (one per column, in order) and ``data()``; the rows are
replaced as a whole with ``set_rows`` whenever the page reloads from its service.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def selected_row(view: QAbstractItemView, role: int) -> Any:
    """The ``role`` data (the row object) of the view's current row while it is selected;
    None when no row is."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
        return None
    return index.data(role)
