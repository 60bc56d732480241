"""Table models of the import dialog: the first rows of the sheet, and the problem list."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from agenda_desktop.core.indicators.model import ColumnInfo, Field, Layout, Problem
from agenda_desktop.core.indicators.numbers import column_letter
from agenda_desktop.gui.indicators.display import gender_names

_Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_BACKGROUND = QColor("#e7f0fa")


def field_labels() -> dict[Field, str]:
    """What a column can hold, as the column-mapping dialog and the preview name it."""

    return {
        Field.KPI: QCoreApplication.translate("Import", "Nyckeltal-id"),
        Field.MUNICIPALITY: QCoreApplication.translate("Import", "Kommun-id"),
        Field.MUNICIPALITY_NAME: QCoreApplication.translate("Import", "Kommun"),
        Field.PERIOD: QCoreApplication.translate("Import", "År"),
        Field.GENDER: QCoreApplication.translate("Import", "Kön"),
        Field.VALUE: QCoreApplication.translate("Import", "Värde"),
        Field.COUNT: QCoreApplication.translate("Import", "Antal"),
        Field.STATUS: QCoreApplication.translate("Import", "Status"),
        Field.KPI_TITLE: QCoreApplication.translate("Import", "Nyckeltalets namn"),
        Field.MISSING: QCoreApplication.translate("Import", "Orsak till saknat värde"),
        Field.IGNORE: QCoreApplication.translate("Import", "Ignorera"),
    }


def layout_names() -> dict[Layout, str]:
    """How a sheet holds its values, in words."""

    return {
        Layout.LONG: QCoreApplication.translate("Import", "ett värde per rad"),
        Layout.TEMPLATE: QCoreApplication.translate("Import", "Agenda Desktops mall"),
        Layout.WIDE: QCoreApplication.translate("Import", "år eller områden som kolumner"),
        Layout.UNKNOWN: QCoreApplication.translate("Import", "okänd – kolumnerna behöver kopplas"),
    }


def column_meaning(column: ColumnInfo) -> str:
    """What the import understood a column to hold, e.g. "År" or "värde 2020, kvinnor"."""
    if column.field is not None:
        return field_labels()[column.field]
    if not column.is_value_column:
        return QCoreApplication.translate("Import", "används inte")
    parts = []
    if column.measure == "count":
        parts.append(QCoreApplication.translate("Import", "antal"))
    else:
        parts.append(QCoreApplication.translate("Import", "värde"))
    if column.area:
        parts.append(column.area)
    if column.period is not None:
        parts.append(str(column.period))
    text = " ".join(parts)
    if column.gender:
        text += f", {gender_names().get(column.gender, column.gender).lower()}"
    return text


class SampleModel(QAbstractTableModel):
    """The sheet's first rows as the spreadsheet shows them: letters above, numbers beside.

    The header row(s) are highlighted, and each column's header says what it was
    understood to hold, so a wrong header row or a misread column shows at a glance.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._columns: dict[int, ColumnInfo] = {}
        self._width = 0
        self._header_rows: set[int] = set()

    def set_sample(
        self,
        rows: Sequence[tuple[str, ...]],
        columns: Sequence[ColumnInfo],
        header_row: int | None,
        header_rows: int = 1,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = {column.index: column for column in columns}
        self._width = max([len(row) for row in self._rows] + [len(columns)] + [0])
        self._header_rows = (
            set(range(header_row - header_rows + 1, header_row + 1)) if header_row else set()
        )
        self.endResetModel()

    def set_columns(self, columns: Sequence[ColumnInfo]) -> None:
        self._columns = {column.index: column for column in columns}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self._width - 1))

    def set_header_row(self, header_row: int | None, header_rows: int = 1) -> None:
        self._header_rows = (
            set(range(header_row - header_rows + 1, header_row + 1)) if header_row else set()
        )
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, max(0, self._width - 1))
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        column = self._columns.get(section)
        letter = column.letter if column else column_letter(section)
        return f"{letter}\n{column_meaning(column)}" if column else letter

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        in_header = index.row() + 1 in self._header_rows
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and in_header:
            return HEADER_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and in_header:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ProblemColumn(IntEnum):
    FILE = 0
    SHEET = 1
    ROW = 2
    COLUMN = 3
    MESSAGE = 4


class ProblemModel(QAbstractTableModel):
    """Every problem with its file, sheet, row and column; ``PROBLEM_ROLE`` gives the Problem."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def headers(self) -> dict[ProblemColumn, str]:
        return {
            ProblemColumn.FILE: self.tr("Fil"),
            ProblemColumn.SHEET: self.tr("Blad"),
            ProblemColumn.ROW: self.tr("Rad"),
            ProblemColumn.COLUMN: self.tr("Kolumn"),
            ProblemColumn.MESSAGE: self.tr("Problem"),
        }

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers().get(ProblemColumn(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == PROBLEM_ROLE:
            return problem
        column = ProblemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(problem, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProblemColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, problem: Problem, column: ProblemColumn) -> str:
        if column == ProblemColumn.FILE:
            return problem.file
        if column == ProblemColumn.SHEET:
            return problem.sheet
        if column == ProblemColumn.ROW:
            return str(problem.row) if problem.row is not None else ""
        if column == ProblemColumn.COLUMN:
            if problem.column is None:
                return ""
            return f"{problem.column} ({problem.header})" if problem.header else problem.column
        return problem.message
