"""Financing commitments of a network: a recommendation adopted or declined by a deadline,
our yearly amount with and without VAT, the period, and the invoices. Amounts are öre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.indicators.model import Problem


@dataclass(frozen=True)
class FinancingInput:
    title: str  # e.g. "Rekommendation om samfinansiering av … 2024–2027"
    deadline: date | None = None  # decide by
    decision: str | None = None  # a code of FINANCING_DECISIONS; None: not decided
    decided_on: date | None = None
    decision_item_id: int | None = None  # the protocol paragraph that decided
    first_year: int | None = None
    last_year: int | None = None
    yearly_excl_vat: int | None = None  # öre
    yearly_incl_vat: int | None = None  # öre
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class InvoiceInput:
    year: int
    amount_excl_vat: int  # öre
    amount_incl_vat: int  # öre
    expected_on: date | None = None
    paid_on: date | None = None
    reference: str = ""


@dataclass(frozen=True)
class InvoiceInfo:
    invoice_id: int
    year: int
    amount_excl_vat: int
    amount_incl_vat: int
    expected_on: date | None
    paid_on: date | None
    reference: str
    overdue: bool  # expected before today and not paid
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class FinancingInfo:
    financing_id: int
    network_id: int
    network_name: str
    title: str
    deadline: date | None
    decision: str | None
    decision_name: str  # "Ej beslutad" when None
    decided_on: date | None
    decision_item_id: int | None
    decision_reference: str  # the paragraph written out, "" when none
    first_year: int | None
    last_year: int | None
    yearly_excl_vat: int | None
    yearly_incl_vat: int | None
    total_excl_vat: int | None  # yearly × years of the period
    total_incl_vat: int | None
    invoiced_incl_vat: int  # sum of the invoices
    paid_incl_vat: int  # sum of the paid invoices
    source: str
    note: str
    invoices: tuple[InvoiceInfo, ...]
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class SheetAmountRow:
    """One municipality's row of a recommendation's amount sheet."""

    row: int  # as Excel shows it
    municipality_id: str | None  # Kolada's id, when the row could be matched
    municipality_name: str
    excl_vat: int | None  # öre
    incl_vat: int | None  # öre


@dataclass(frozen=True)
class FinancingSheet:
    """A read amount sheet: its rows, the problems found, and our own row if found."""

    file: str
    sheet: str
    rows: tuple[SheetAmountRow, ...]
    problems: tuple[Problem, ...]
    own_row: int | None  # index into rows of our municipality's row, None if not found
