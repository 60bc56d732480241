"""The numbers beside each chart: a small table model, and its tab-separated copy.

Cells are labels (a year, a name) or values; a missing value shows a dash with its reason
in the tooltip and is never written as 0, not even on the clipboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from agenda_desktop.gui.indicators.display import (
    MISSING,
    decimals_for,
    format_number,
    is_number,
    missing_tooltip,
    plain_number,
)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Value:
    """A value cell: a number, or None with the reason it is missing."""

    value: float | None
    missing_reason: str | None = None


Cell = str | int | Value


class ValueTableModel(QAbstractTableModel):
    """Read-only rows of labels and values; ``emphasised`` rows are bold (our municipality)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Cell]] = []
        self._emphasised: set[int] = set()
        self._decimals: dict[int, int] = {}

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        emphasised: Sequence[int] = (),
        decimals: int | None = None,
    ) -> None:
        """Show new rows.

        Args:
            headers: one per column.
            rows: the cells, as many as there are headers.
            emphasised: rows shown in bold.
            decimals: decimals of every value column; None works out each column's own.
        """
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self._emphasised = set(emphasised)
        self._decimals = {}
        for column in range(len(self._headers)):
            values = [
                cell.value
                for row in self._rows
                if column < len(row) and isinstance(cell := row[column], Value)
            ]
            self._decimals[column] = decimals if decimals is not None else decimals_for(values)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._rows[row]):
            return self._rows[row][column]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell, index.column(), plain=False)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(cell, Value):
            return None if is_number(cell.value) else missing_tooltip(cell.missing_reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(cell, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() in self._emphasised:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, cell: Cell, column: int, plain: bool) -> str:
        if isinstance(cell, str):
            return cell
        if isinstance(cell, int):
            return str(cell)  # a year: never "2 024"
        if not is_number(cell.value):
            return MISSING
        assert cell.value is not None
        decimals = self._decimals.get(column, 0)
        return (plain_number if plain else format_number)(cell.value, decimals)

    def to_tsv(self) -> str:
        """The table with its headers as tab-separated text, one line per row."""
        lines = ["\t".join(self._headers)]
        for row in self._rows:
            lines.append(
                "\t".join(
                    self._text(cell, column, plain=True).replace("\t", " ")
                    for column, cell in enumerate(row)
                )
            )
        return "\n".join(lines) + "\n"
