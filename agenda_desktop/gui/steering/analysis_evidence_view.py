"""The evidence of a goal's assessment: its indicators compared, and the dialogue comments.

Two sortable tables. A verdict is written in words with an arrow (▲ Bättre), never shown
by colour alone, and the value it was compared with stands beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agenda_desktop.core.indicators.direction import BETTER, UNCHANGED, WORSE
from agenda_desktop.core.services.analysis_types import CommentEvidence, IndicatorEvidence
from agenda_desktop.gui.indicators.display import MISSING, decimals_for, format_with_unit
from agenda_desktop.gui.row_table_model import RowTableModel
from agenda_desktop.gui.style import tidy_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def verdict_words(verdict: str | None, value: float | None, reference: float | None) -> str:
    """E.g. "▲ Bättre"; with an unknown direction "↑ Högre"; "–" with nothing to compare."""
    if verdict is None or value is None or reference is None:
        return MISSING
    if verdict == BETTER:
        return QCoreApplication.translate("Nulagesanalys", "▲ Bättre")
    if verdict == WORSE:
        return QCoreApplication.translate("Nulagesanalys", "▼ Sämre")
    if verdict == UNCHANGED:
        return QCoreApplication.translate("Nulagesanalys", "● Samma")
    return (
        QCoreApplication.translate("Nulagesanalys", "↑ Högre")
        if value > reference
        else QCoreApplication.translate("Nulagesanalys", "↓ Lägre")
    )


class IndicatorColumn(IntEnum):
    INDICATOR = 0
    VALUE = 1
    TREND = 2
    RIKET = 3
    GROUP = 4


class IndicatorEvidenceModel(RowTableModel[IndicatorEvidence]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nyckeltal"),
            self.tr("Senaste"),
            self.tr("Trend"),
            self.tr("Mot riket"),
            self.tr("Mot kommun-\ngruppen"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = IndicatorColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == IndicatorColumn.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: IndicatorEvidence, column: IndicatorColumn) -> str:
        if column == IndicatorColumn.INDICATOR:
            return f"{row.kpi_id} {row.title}"
        if column == IndicatorColumn.VALUE:
            if row.value is None or row.period is None:
                return MISSING
            return f"{format_with_unit(row.value, row.unit)}\n({row.period})"
        if column == IndicatorColumn.TREND:
            words = verdict_words(row.trend, row.value, row.previous_value)
            if words == MISSING or row.previous_period is None:
                return words
            return (
                self.tr("%1\nsedan %2").replace("%1", words).replace("%2", str(row.previous_period))
            )
        if column == IndicatorColumn.RIKET:
            return self._against(row.against_riket, row.value, row.riket_value, row.unit)
        return self._against(row.against_group, row.value, row.group_value, row.unit)

    @staticmethod
    def _against(verdict: str | None, value: float | None, other: float | None, unit: str) -> str:
        words = verdict_words(verdict, value, other)
        if words == MISSING:
            return words
        # A group mean has many decimals: show it as precisely as the own value.
        places = decimals_for([value])
        return f"{words}\n({format_with_unit(other, unit, places)})"

    def _sort_key(self, row: IndicatorEvidence, column: IndicatorColumn) -> Any:
        if column == IndicatorColumn.VALUE:
            return row.value if row.value is not None else float("-inf")
        return self._text(row, column).casefold()

    def _tooltip(self, row: IndicatorEvidence, column: IndicatorColumn) -> str:
        if column == IndicatorColumn.INDICATOR and row.target_codes:
            return self.tr("Kopplat till delmål %1").replace("%1", ", ".join(row.target_codes))
        if column == IndicatorColumn.GROUP and row.group_title:
            return self.tr("Snittet i kommungruppen ”%1”").replace("%1", row.group_title)
        if column == IndicatorColumn.TREND and row.previous_value is not None:
            return (
                self.tr("%1: %2")
                .replace("%1", str(row.previous_period))
                .replace("%2", format_with_unit(row.previous_value, row.unit))
            )
        return self._text(row, column)


class CommentColumn(IntEnum):
    DATE = 0
    ACTIVITY = 1
    COMMENT = 2
    STATUS = 3


class CommentEvidenceModel(RowTableModel[CommentEvidence]):
    def __init__(
        self, kind_name: Callable[[str], str], status_name: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._kind_name = kind_name
        self._status_name = status_name

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Datum"),
            self.tr("Aktivitet"),
            self.tr("Synpunkt"),
            self.tr("Status"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = CommentColumn(index.column())
        day = row.received_on or row.held_on
        if role == SORT_ROLE and column == CommentColumn.DATE:
            return day.isoformat() if day else ""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        if column == CommentColumn.DATE:
            return QDate(day.year, day.month, day.day).toString("yyyy-MM-dd") if day else MISSING
        if column == CommentColumn.ACTIVITY:
            return f"{row.activity_title} ({self._kind_name(row.activity_kind)})"
        if column == CommentColumn.COMMENT:
            sender = f" – {row.sender}" if row.sender else ""
            return row.text + sender
        return self._status_name(row.status)


def sortable_table(model: QAbstractTableModel, parent: QWidget, stretch: int) -> QTableView:
    """A read-only, sortable table over ``model`` with column ``stretch`` taking the room."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    tidy_table(table)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
