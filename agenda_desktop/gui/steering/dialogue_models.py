"""Table models of step 4: the activities of a cycle and the comments of one activity.

Each has named columns, ``ROW_ROLE`` for the backing dataclass and ``SORT_ROLE`` for a
value that sorts right (dates and counts, not their text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from agenda_desktop.core.services.dialogue_types import ActivitySummary, CommentInfo
from agenda_desktop.core.steering.dialogue_rules import swedish_sort_key
from agenda_desktop.gui.steering.dialogue_display import (
    concerns_text,
    day_text,
    kind_names,
    status_names,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNANSWERED_INK = QColor("#a61e4d")

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass; subclasses say what each column shows and sorts by."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> tuple[str, Any]:
        """(display text, sort value) of one cell."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())[0]
        if role == SORT_ROLE:
            return self.cell(row, index.column())[1]
        return self.extra(row, index.column(), role)

    def extra(self, row: Row, column: int, role: int) -> Any:
        return None


def _date_sort(day: object) -> str:
    return str(day) if day else "9999"  # undated last


class ActivityColumn(IntEnum):
    KIND = 0
    TITLE = 1
    DATE = 2
    PARTICIPANTS = 3
    COMMENTS = 4
    UNANSWERED = 5


class ActivityTableModel(RowsModel[ActivitySummary]):
    def headers(self) -> list[str]:
        return [
            self.tr("Typ"),
            self.tr("Aktivitet"),
            self.tr("Datum"),
            self.tr("Deltagare"),
            self.tr("Synpunkter"),
            self.tr("Obesvarade"),
        ]

    def cell(self, row: ActivitySummary, column: int) -> tuple[str, Any]:
        kind = kind_names().get(row.kind, row.kind)
        cells: dict[int, Callable[[], tuple[str, Any]]] = {
            ActivityColumn.KIND: lambda: (kind, swedish_sort_key(kind)),
            ActivityColumn.TITLE: lambda: (row.title, swedish_sort_key(row.title)),
            ActivityColumn.DATE: lambda: (day_text(row.held_on), _date_sort(row.held_on)),
            ActivityColumn.PARTICIPANTS: lambda: (
                str(row.participant_count),
                row.participant_count,
            ),
            ActivityColumn.COMMENTS: lambda: (str(row.comment_count), row.comment_count),
            ActivityColumn.UNANSWERED: lambda: (str(row.unanswered_count), row.unanswered_count),
        }
        return cells[column]()

    def extra(self, row: ActivitySummary, column: int, role: int) -> Any:
        numeric = column >= ActivityColumn.PARTICIPANTS
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == ActivityColumn.UNANSWERED
            and row.unanswered_count
        ):
            return UNANSWERED_INK
        return None

    def row_of(self, activity_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.activity_id == activity_id), None)


class CommentColumn(IntEnum):
    TEXT = 0
    SENDER = 1
    RECEIVED = 2
    CONCERNS = 3
    STATUS = 4
    RESPONSE = 5


class CommentTableModel(RowsModel[CommentInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("Synpunkt"),
            self.tr("Avsändare"),
            self.tr("Mottagen"),
            self.tr("Gäller"),
            self.tr("Status"),
            self.tr("Återkoppling"),
        ]

    def cell(self, row: CommentInfo, column: int) -> tuple[str, Any]:
        status = status_names().get(row.status, row.status)
        order = list(status_names())
        cells: dict[int, Callable[[], tuple[str, Any]]] = {
            CommentColumn.TEXT: lambda: (row.text, swedish_sort_key(row.text)),
            CommentColumn.SENDER: lambda: (row.sender, swedish_sort_key(row.sender)),
            CommentColumn.RECEIVED: lambda: (
                day_text(row.received_on),
                _date_sort(row.received_on),
            ),
            CommentColumn.CONCERNS: lambda: (concerns_text(row), concerns_text(row)),
            CommentColumn.STATUS: lambda: (status, order.index(row.status)),
            CommentColumn.RESPONSE: lambda: (row.response, swedish_sort_key(row.response)),
        }
        return cells[column]()

    def extra(self, row: CommentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == CommentColumn.STATUS:
            return UNANSWERED_INK if row.is_unanswered else None
        return None


def change_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to a proxy's filter state and refilter.

    Qt 6.10 deprecates invalidateFilter for begin/endFilterChange; 6.9 has only the begin.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
    change()
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange()
    else:
        proxy.invalidateRowsFilter()


class CommentFilter(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and can hide the comments that already have återkoppling."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._only_unanswered = False

    def set_only_unanswered(self, only: bool) -> None:
        def change() -> None:
            self._only_unanswered = only

        change_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._only_unanswered:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        comment = index.data(ROW_ROLE)
        return isinstance(comment, CommentInfo) and comment.is_unanswered
