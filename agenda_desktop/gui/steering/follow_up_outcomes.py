"""The outcome table of a follow-up: each målsättning's indicators against baseline and target.

One row per indicator (a målsättning without indicators gets one row saying so). The status
is shown as a word on a coloured cell, so it reads in black and white too; the sort keys
are numbers and status ranks, not the shown text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from agenda_desktop.core.services.follow_up_types import IndicatorOutcome, ObjectiveOutcome
from agenda_desktop.gui.indicators.display import decimals_for, format_number, gender_names

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# (background, text) per status: light cells with dark text, readable and printable.
STATUS_COLOURS = {
    "uppnatt": ("#c3e6cb", "#14532d"),
    "pa_vag": ("#e3f4e6", "#1e6b2a"),
    "risk": ("#fff1c2", "#7a4b00"),
    "inte_pa_vag": ("#ffe0e0", "#a11d1d"),
    "okand": ("#eef0f2", "#52606d"),
}
STATUS_RANK = {"inte_pa_vag": 0, "risk": 1, "pa_vag": 2, "uppnatt": 3, "okand": 4}


def status_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "pa_vag": translate("FollowUp", "På väg"),
        "risk": translate("FollowUp", "Risk"),
        "inte_pa_vag": translate("FollowUp", "Inte på väg"),
        "uppnatt": translate("FollowUp", "Uppnått"),
        "okand": translate("FollowUp", "Kan inte bedömas"),
    }


@dataclass(frozen=True)
class OutcomeRow:
    """``first`` marks the målsättning's first row, the only one that repeats its text."""

    objective: ObjectiveOutcome
    indicator: IndicatorOutcome | None
    first: bool = True


def value_and_year(value: float | None, year: int | None, decimals: int) -> str:
    """E.g. "95,5 (2023)"; a dash when the value is missing."""
    if value is None:
        return "–"
    text = format_number(value, decimals)
    return f"{text} ({year})" if year is not None else text


class OutcomeTableModel(QAbstractTableModel):
    OBJECTIVE, INDICATOR, BASELINE, TARGET, OUTCOME, STATUS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[OutcomeRow] = []
        self._headers = [
            self.tr("Målsättning"),
            self.tr("Indikator"),
            self.tr("Utgångsläge"),
            self.tr("Målvärde"),
            self.tr("Utfall"),
            self.tr("Status"),
        ]
        self._names = status_names()

    def set_objectives(self, objectives: tuple[ObjectiveOutcome, ...]) -> None:
        self.beginResetModel()
        self.rows = [
            OutcomeRow(objective, indicator, number == 0)
            for objective in objectives
            for number, indicator in enumerate(objective.indicators or (None,))
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OBJECTIVE:
            return f"{row.objective.label} {row.objective.text}"
        if role == Qt.ItemDataRole.ToolTipRole and row.indicator is not None:
            if column == self.INDICATOR:
                return f"{row.indicator.kpi_id} {row.indicator.kpi_title}"
            return row.indicator.status.explanation
        status = row.indicator.status.status if row.indicator else None
        if column == self.STATUS and status is not None:
            background, ink = STATUS_COLOURS[status]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(ink))
        if role == Qt.ItemDataRole.ForegroundRole and row.indicator is None and column > 0:
            return QBrush(QColor(STATUS_COLOURS["okand"][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: OutcomeRow, column: int) -> str:
        indicator = row.indicator
        if column == self.OBJECTIVE:
            if not row.first:
                return row.objective.label  # the text stands on the målsättning's first row
            return f"{row.objective.label} {row.objective.text}"
        if indicator is None:
            return self.tr("Ingen indikator kopplad") if column == self.INDICATOR else "–"
        if column == self.INDICATOR:
            title = indicator.kpi_title
            if indicator.gender != "T":
                title += f" ({gender_names()[indicator.gender].lower()})"
            return title
        if column == self.STATUS:
            return self._names[indicator.status.status]
        decimals = decimals_for(
            [indicator.baseline_value, indicator.target_value, indicator.outcome_value]
        )
        if column == self.BASELINE:
            return value_and_year(indicator.baseline_value, indicator.baseline_year, decimals)
        if column == self.TARGET:
            return value_and_year(indicator.target_value, indicator.target_year, decimals)
        return value_and_year(indicator.outcome_value, indicator.outcome_year, decimals)

    def _sort_key(self, row: OutcomeRow, column: int) -> Any:
        indicator = row.indicator
        if column == self.OBJECTIVE:
            area, _, number = row.objective.label.partition(".")
            return (int(area or 0) * 10000 + int(number or 0)) * 2 + (0 if row.first else 1)
        if column == self.INDICATOR:
            return indicator.kpi_title.casefold() if indicator else ""
        if indicator is None:
            return float("inf")
        values = {
            self.BASELINE: indicator.baseline_value,
            self.TARGET: indicator.target_value,
            self.OUTCOME: indicator.outcome_value,
        }
        if column == self.STATUS:
            return STATUS_RANK[indicator.status.status]
        value = values.get(column)
        return float("inf") if value is None else value


class OutcomeProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys (numbers, ranks), never by the shown text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def row_at(self, proxy_row: int) -> OutcomeRow | None:
        value = self.index(proxy_row, 0).data(ROW_ROLE)
        return value if isinstance(value, OutcomeRow) else None
