"""Financing commitments of a network and their invoices, and the import of a
recommendation's per-municipality amounts from a sheet (one row per municipality)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from agenda_desktop.core.services.financing_types import (
    FinancingInfo,
    FinancingInput,
    FinancingSheet,
    InvoiceInfo,
    InvoiceInput,
)
from agenda_desktop.core.store.database import Database


class FinancingService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def financings(self, network_id: int, today: date | None = None) -> list[FinancingInfo]:
        raise NotImplementedError

    def financing(self, financing_id: int, today: date | None = None) -> FinancingInfo:
        raise NotImplementedError

    def create_financing(self, network_id: int, data: FinancingInput) -> FinancingInfo:
        raise NotImplementedError

    def update_financing(self, financing_id: int, data: FinancingInput) -> FinancingInfo:
        raise NotImplementedError

    def remove_financing(self, financing_id: int) -> None:
        raise NotImplementedError

    def add_invoice(self, financing_id: int, data: InvoiceInput) -> InvoiceInfo:
        raise NotImplementedError

    def update_invoice(self, invoice_id: int, data: InvoiceInput) -> InvoiceInfo:
        raise NotImplementedError

    def remove_invoice(self, invoice_id: int) -> None:
        raise NotImplementedError

    def read_amount_sheet(self, path: Path, sheet: str | None = None) -> FinancingSheet:
        """Read a recommendation's amount sheet and find our municipality's row (by the
        organisation profile's kommun). Writes nothing."""
        raise NotImplementedError

    def apply_sheet_row(
        self, financing_id: int, sheet: FinancingSheet, row_index: int
    ) -> FinancingInfo:
        """Take the picked row's amounts as our yearly amounts, with the row as source."""
        raise NotImplementedError
