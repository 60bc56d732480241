"""Jämför med…: two cycles' analyses goal by goal, the earlier cycle first.

Shows whether each goal's assessment got better, worse, stayed, or was assessed for the
first time, with a one-line tally above the table.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.analysis_types import GoalComparison
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.cycle import CycleSummary
from agenda_desktop.core.steering.analysis_rules import CHANGES
from agenda_desktop.gui.steering.analysis_evidence_view import SORT_ROLE, sortable_table
from agenda_desktop.gui.steering.analysis_texts import (
    FLAG,
    LEVEL_MARKS,
    assessment_names,
    change_names,
    trend_arrow,
    trend_names,
)
from agenda_desktop.gui.style import paragraph

_Index = QModelIndex | QPersistentModelIndex
SCALE_ORDER = list(LEVEL_MARKS)


class CompareColumn(IntEnum):
    GOAL = 0
    BEFORE = 1
    AFTER = 2
    CHANGE = 3


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GoalComparison] = []
        self.names: dict[int, str] = {}
        self.headers = ("", "")

    def set_rows(
        self, rows: list[GoalComparison], names: dict[int, str], headers: tuple[str, str]
    ) -> None:
        self.beginResetModel()
        self.rows, self.names, self.headers = rows, names, headers
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CompareColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CompareColumn.GOAL: self.tr("Mål"),
            CompareColumn.BEFORE: self.headers[0],
            CompareColumn.AFTER: self.headers[1],
            CompareColumn.CHANGE: self.tr("Förändring"),
        }[CompareColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = CompareColumn(index.column())
        if role == SORT_ROLE:
            if column == CompareColumn.GOAL:
                return row.goal_number
            if column == CompareColumn.CHANGE:
                return list(CHANGES).index(row.change)
            code = row.before if column == CompareColumn.BEFORE else row.after
            return SCALE_ORDER.index(code)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == CompareColumn.GOAL:
            return f"{row.goal_number} {self.names.get(row.goal_number, row.name)}"
        if column == CompareColumn.CHANGE:
            return change_names()[row.change]
        before = column == CompareColumn.BEFORE
        code = row.before if before else row.after
        trend = row.trend_before if before else row.trend_after
        flagged = row.should_work_on_before if before else row.should_work_on_after
        text = f"{LEVEL_MARKS[code]}  {assessment_names()[code]}"
        if trend != "okand":
            text += f"  {trend_arrow(trend)} {trend_names()[trend]}"
        return text + (f"  {FLAG}" if flagged else "")


def ordered(first: CycleSummary, second: CycleSummary) -> tuple[CycleSummary, CycleSummary]:
    """The earlier cycle first (by start year, then by creation)."""
    key = (first.start_year, first.cycle_id)
    return (first, second) if key <= (second.start_year, second.cycle_id) else (second, first)


class CompareDialog(QDialog):
    """Choose another cycle; the table compares it with the chosen one, goal by goal."""

    def __init__(
        self,
        services: Services,
        cycle_id: int,
        names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jämför nulägesanalyser"))
        self.resize(900, 680)
        self._services = services
        self._names = names
        cycles = services.cycle.cycles()
        self._current = next(cycle for cycle in cycles if cycle.cycle_id == cycle_id)
        self.other = QComboBox(self)
        for cycle in cycles:
            if cycle.cycle_id != cycle_id:
                self.other.addItem(
                    f"{cycle.name} ({cycle.start_year}–{cycle.end_year})", cycle.cycle_id
                )
        self._cycles = {cycle.cycle_id: cycle for cycle in cycles}
        self.summary = paragraph("", self)
        self.model = ComparisonModel(self)
        self.table = sortable_table(self.model, self, CompareColumn.GOAL)
        form = QFormLayout()
        form.addRow(self.tr("&Jämför med:"), self.other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.other.currentIndexChanged.connect(self._compare)
        if self.other.count() == 0:
            self.summary.setText(
                self.tr("Det finns bara en styrcykel. Starta en ny för att kunna jämföra.")
            )
            self.table.hide()
        else:
            self._compare()

    def _compare(self) -> None:
        other = self._cycles.get(int(self.other.currentData() or 0))
        if other is None:
            return
        before, after = ordered(self._current, other)
        rows = self._services.analysis.compare(before.cycle_id, after.cycle_id)
        self.model.set_rows(rows, self._names, (before.name, after.name))
        self.table.resizeColumnsToContents()
        counts = {code: sum(row.change == code for row in rows) for code in CHANGES}
        names = change_names()
        parts = [
            f"{names[code]}: {count}"
            for code, count in counts.items()
            if count and code != "ej_bedomd"
        ]
        self.summary.setText(
            self.tr("Från %1 till %2. %3")
            .replace("%1", before.name)
            .replace("%2", after.name)
            .replace("%3", " · ".join(parts) or self.tr("Inget mål är bedömt i någon av dem."))
        )
