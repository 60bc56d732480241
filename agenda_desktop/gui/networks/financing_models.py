"""How financing commitments look on screen: decisions in the interface's language, money
written "41 250,00 kr", and the table models of commitments, invoices and sheet rows.

An overdue invoice says so in words ("⚠ förfallen") as well as in colour; our own row of
an amount sheet is bold and marked "◀ vår kommun".
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from agenda_desktop.core.indicators.model import Problem
from agenda_desktop.core.networks.financing_money import format_money
from agenda_desktop.core.services.financing_types import (
    FinancingInfo,
    InvoiceInfo,
    SheetAmountRow,
)
from agenda_desktop.gui.steering.dialogue_models import ROW_ROLE, SORT_ROLE, RowsModel

__all__ = [
    "ROW_ROLE",
    "SORT_ROLE",
    "FinancingColumn",
    "FinancingTableModel",
    "InvoiceColumn",
    "InvoiceTableModel",
    "SheetRowsModel",
]

OVERDUE_INK = QColor("#a61e1e")
PROBLEM_INK = QColor("#a61e1e")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def decision_names() -> dict[str | None, str]:
    """The names of ``FINANCING_DECISIONS``, and None: not decided."""
    return {
        "antagen": QCoreApplication.translate("FinancingDisplay", "Antagen"),
        "avbojd": QCoreApplication.translate("FinancingDisplay", "Avböjd"),
        None: QCoreApplication.translate("FinancingDisplay", "Ej beslutad"),
    }


def money_text(ore: int | None) -> str:
    """ "41 250,00 kr", or "" when there is no amount."""
    return format_money(ore) if ore is not None else ""


def period_text(first: int | None, last: int | None) -> str:
    if first is None and last is None:
        return ""
    if first == last:
        return str(first)
    return f"{first or '…'}–{last or '…'}"


def overdue_mark() -> str:
    return QCoreApplication.translate("FinancingDisplay", "⚠ förfallen")


class FinancingColumn(IntEnum):
    TITLE = 0
    DEADLINE = 1
    DECISION = 2
    PERIOD = 3
    YEARLY_EXCL = 4
    YEARLY_INCL = 5
    INVOICED = 6
    PAID = 7


MONEY_COLUMNS = {
    FinancingColumn.YEARLY_EXCL,
    FinancingColumn.YEARLY_INCL,
    FinancingColumn.INVOICED,
    FinancingColumn.PAID,
}


class FinancingTableModel(RowsModel[FinancingInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("Rekommendation"),
            self.tr("Beslut\nsenast"),
            self.tr("Beslut"),
            self.tr("Period"),
            self.tr("Per år\nexkl. moms"),
            self.tr("Per år\ninkl. moms"),
            self.tr("Fakturerat\ninkl. moms"),
            self.tr("Betalt\ninkl. moms"),
        ]

    def cell(self, row: FinancingInfo, column: int) -> tuple[str, Any]:
        if column == FinancingColumn.TITLE:
            return row.title, row.title.casefold()
        if column == FinancingColumn.DEADLINE:
            day = row.deadline.isoformat() if row.deadline else ""
            return day, day or "9999"
        if column == FinancingColumn.DECISION:
            name = decision_names().get(row.decision, row.decision_name)
            if row.decided_on is not None:
                name = f"{name}\n{row.decided_on.isoformat()}"
            return name, name
        if column == FinancingColumn.PERIOD:
            return period_text(row.first_year, row.last_year), (row.first_year or 0)
        amounts = {
            FinancingColumn.YEARLY_EXCL: row.yearly_excl_vat,
            FinancingColumn.YEARLY_INCL: row.yearly_incl_vat,
            FinancingColumn.INVOICED: row.invoiced_incl_vat,
            FinancingColumn.PAID: row.paid_incl_vat,
        }
        amount = amounts[FinancingColumn(column)]
        return money_text(amount), amount if amount is not None else -1

    def extra(self, row: FinancingInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return _RIGHT
        return None


class InvoiceColumn(IntEnum):
    YEAR = 0
    EXCL = 1
    INCL = 2
    EXPECTED = 3
    PAID = 4
    REFERENCE = 5


class InvoiceTableModel(RowsModel[InvoiceInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("År"),
            self.tr("Belopp exkl. moms"),
            self.tr("Belopp inkl. moms"),
            self.tr("Väntas"),
            self.tr("Betald"),
            self.tr("Fakturanr"),
        ]

    def cell(self, row: InvoiceInfo, column: int) -> tuple[str, Any]:
        if column == InvoiceColumn.YEAR:
            return str(row.year), row.year
        if column == InvoiceColumn.EXCL:
            return money_text(row.amount_excl_vat), row.amount_excl_vat
        if column == InvoiceColumn.INCL:
            return money_text(row.amount_incl_vat), row.amount_incl_vat
        if column == InvoiceColumn.EXPECTED:
            day = row.expected_on.isoformat() if row.expected_on else ""
            text = f"{day} {overdue_mark()}" if row.overdue else day
            return text, day or "9999"
        if column == InvoiceColumn.PAID:
            day = row.paid_on.isoformat() if row.paid_on else ""
            return day, day or "9999"
        return row.reference, row.reference.casefold()

    def extra(self, row: InvoiceInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            InvoiceColumn.EXCL,
            InvoiceColumn.INCL,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return OVERDUE_INK
        return None


class SheetColumn(IntEnum):
    ROW = 0
    MUNICIPALITY = 1
    CODE = 2
    EXCL = 3
    INCL = 4
    NOTE = 5


class SheetRowsModel(RowsModel[SheetAmountRow]):
    """The rows of an amount sheet; our row bold and marked, rows with problems marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own_row: int | None = None
        self._problems: dict[int, list[Problem]] = {}

    def set_sheet(
        self, rows: tuple[SheetAmountRow, ...], problems: tuple[Problem, ...], own_row: int | None
    ) -> None:
        self.own_row = own_row
        self._problems = {}
        for problem in problems:
            if problem.row is not None:
                self._problems.setdefault(problem.row, []).append(problem)
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Rad"),
            self.tr("Kommun"),
            self.tr("Kommunkod"),
            self.tr("Exkl. moms"),
            self.tr("Inkl. moms"),
            self.tr("Anmärkning"),
        ]

    def _is_own(self, row: SheetAmountRow) -> bool:
        return self.own_row is not None and self._rows[self.own_row] is row

    def cell(self, row: SheetAmountRow, column: int) -> tuple[str, Any]:
        if column == SheetColumn.ROW:
            return str(row.row), row.row
        if column == SheetColumn.MUNICIPALITY:
            return row.municipality_name, row.municipality_name.casefold()
        if column == SheetColumn.CODE:
            return row.municipality_id or "", row.municipality_id or ""
        if column == SheetColumn.EXCL:
            return money_text(row.excl_vat), row.excl_vat or 0
        if column == SheetColumn.INCL:
            return money_text(row.incl_vat), row.incl_vat or 0
        notes = [self.tr("◀ vår kommun")] if self._is_own(row) else []
        notes += [f"⚠ {problem.message}" for problem in self._problems.get(row.row, [])]
        text = " ".join(notes)
        return text, text

    def extra(self, row: SheetAmountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._is_own(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SheetColumn.EXCL,
            SheetColumn.INCL,
        ):
            return _RIGHT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == SheetColumn.NOTE
            and row.row in self._problems
        ):
            return PROBLEM_INK
        return None
