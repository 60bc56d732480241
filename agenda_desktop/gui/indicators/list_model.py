"""The indicator list: a table model of IndicatorSummary rows and the proxy that filters it.

The selection (RKA's list, the municipality's values, local indicators) decides which rows
the model holds; the free text and the goal are filtered in the proxy, so typing never
waits for the database.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from agenda_desktop.core.services.indicator_types import IndicatorSummary

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    ID = 0
    TITLE = 1
    UNIT = 2
    GOALS = 3
    LATEST = 4


def goals_text(goals: tuple[int, ...]) -> str:
    return ", ".join(str(goal) for goal in goals)


class IndicatorListModel(QAbstractTableModel):
    """One row per indicator; ``SUMMARY_ROLE`` returns the IndicatorSummary itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IndicatorSummary] = []

    def headers(self) -> dict[Column, str]:
        return {
            Column.ID: self.tr("Id"),
            Column.TITLE: self.tr("Nyckeltal"),
            Column.UNIT: self.tr("Enhet"),
            Column.GOALS: self.tr("Mål"),
            Column.LATEST: self.tr("Senaste år"),
        }

    def set_indicators(self, rows: list[IndicatorSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def indicators(self) -> list[IndicatorSummary]:
        return list(self._rows)

    def row_of(self, kpi_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == kpi_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers().get(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and column == Column.ID and row.is_local:
            font = QFont()
            font.setItalic(True)  # local indicators stand out from Kolada's ids
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LATEST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: IndicatorSummary, column: Column) -> str:
        if column == Column.ID:
            return row.id
        if column == Column.TITLE:
            return row.title
        if column == Column.UNIT:
            return row.unit
        if column == Column.GOALS:
            return goals_text(row.goals)
        return str(row.latest_period) if row.latest_period is not None else ""

    @staticmethod
    def _sort_key(row: IndicatorSummary, column: Column) -> Any:
        if column == Column.GOALS:
            return row.goals[0] if row.goals else 99
        if column == Column.LATEST:
            return row.latest_period or 0
        return IndicatorListModel._display(row, column).casefold()

    def _tooltip(self, row: IndicatorSummary) -> str:
        notes = [row.title]
        if row.unit:
            notes.append(self.tr("Enhet: {unit}").format(unit=row.unit))
        if row.is_local:
            notes.append(self.tr("Lokalt nyckeltal"))
        if row.retired:
            notes.append(self.tr("Kolada redovisar inte längre detta nyckeltal"))
        if row.gender_split:
            notes.append(self.tr("Könsuppdelat"))
        return "\n".join(notes)


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose id, title or unit hold every word typed, under the chosen goal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._goal: int | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def goal(self) -> int | None:
        return self._goal

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._begin_change()
            self._words = words
            self._end_change()

    def set_goal(self, goal: int | None) -> None:
        if goal != self._goal:
            self._begin_change()
            self._goal = goal
            self._end_change()

    # Qt 6.10 deprecates the invalidate functions for begin/endFilterChange; the project
    # still allows 6.9, which has only beginFilterChange.
    def _begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def summary(self, row: int) -> IndicatorSummary | None:
        value = self.index(row, 0).data(SUMMARY_ROLE)
        return value if isinstance(value, IndicatorSummary) else None

    def summaries(self) -> list[IndicatorSummary]:
        """The rows as they are shown: filtered and in their sort order."""
        found = [self.summary(row) for row in range(self.rowCount())]
        return [summary for summary in found if summary is not None]

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        summary = model.index(source_row, 0, source_parent).data(SUMMARY_ROLE)
        if not isinstance(summary, IndicatorSummary):
            return False
        if self._goal is not None and self._goal not in summary.goals:
            return False
        if not self._words:
            return True
        haystack = f"{summary.id} {summary.title} {summary.unit}".casefold()
        return all(word in haystack for word in self._words)
