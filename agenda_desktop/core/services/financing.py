"""Financing commitments of a network and their invoices, and the import of a
recommendation's per-municipality amounts from a sheet (one row per municipality).

One public method is one user action in one transaction; everything returned is a frozen
value from :mod:`agenda_desktop.core.services.financing_types`. The rules live in
:mod:`agenda_desktop.core.networks.financing_rules`, the sheet reading in
:mod:`agenda_desktop.core.networks.financing_sheet`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.networks import financing_rules as rules
from agenda_desktop.core.networks.financing_info import financing_info, invoice_info
from agenda_desktop.core.networks.financing_money import VAT_RATE_PERCENT, incl_from_excl
from agenda_desktop.core.networks.financing_sheet import read_amount_sheet
from agenda_desktop.core.services.financing_types import (
    FinancingInfo,
    FinancingInput,
    FinancingSheet,
    InvoiceInfo,
    InvoiceInput,
)
from agenda_desktop.core.services.organisation import PROFILE_ID
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    AgendaItem,
    FinancingCommitment,
    FinancingInvoice,
    Municipality,
    Network,
    OrganisationProfile,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version

AMOUNT_PROBLEMS = frozenset({"amount_text", "negative_amount"})


class FinancingService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- financing commitments ---------------------------------------------------------

    def financings(self, network_id: int, today: date | None = None) -> list[FinancingInfo]:
        """The network's financing commitments, the earliest deadline first."""
        day = today or date.today()
        with self._database.unit_of_work() as session:
            network = _network(session, network_id)
            rows = session.scalars(
                select(FinancingCommitment).where(FinancingCommitment.network_id == network_id)
            ).all()
            infos = [financing_info(session, network, row, day) for row in rows]
        return sorted(
            infos, key=lambda i: (i.deadline is None, i.deadline or day, i.title, i.financing_id)
        )

    def financing(self, financing_id: int, today: date | None = None) -> FinancingInfo:
        with self._database.unit_of_work() as session:
            row = _financing(session, financing_id)
            network = _network(session, row.network_id)
            return financing_info(session, network, row, today or date.today())

    def create_financing(self, network_id: int, data: FinancingInput) -> FinancingInfo:
        checked = rules.checked_financing(data)
        with self._database.unit_of_work() as session:
            _network(session, network_id)
            _check_item(session, checked.decision_item_id)
            row = FinancingCommitment(network_id=network_id)
            _fill(row, checked)
            session.add(row)
            session.flush()
            financing_id = row.id
        return self.financing(financing_id)

    def update_financing(
        self,
        financing_id: int,
        data: FinancingInput,
        expected: ExpectedVersion | None = None,
    ) -> FinancingInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = rules.checked_financing(data)
        with self._database.unit_of_work() as session:
            row = _financing(session, financing_id)
            expect_version(session, row, expected)
            _check_item(session, checked.decision_item_id)
            for invoice in row.invoices:
                _check_invoice_in_period(invoice.year, checked.first_year, checked.last_year)
            _fill(row, checked)
        return self.financing(financing_id)

    def remove_financing(self, financing_id: int) -> None:
        """Remove a financing commitment with its invoices."""
        with self._database.unit_of_work() as session:
            session.delete(_financing(session, financing_id))

    # -- invoices ----------------------------------------------------------------------

    def add_invoice(self, financing_id: int, data: InvoiceInput) -> InvoiceInfo:
        with self._database.unit_of_work() as session:
            row = _financing(session, financing_id)
            checked = rules.checked_invoice(data, row.first_year, row.last_year)
            invoice = FinancingInvoice(financing_id=financing_id)
            _fill_invoice(invoice, checked)
            session.add(invoice)
            session.flush()
            return invoice_info(invoice, date.today())

    def update_invoice(
        self, invoice_id: int, data: InvoiceInput, expected: ExpectedVersion | None = None
    ) -> InvoiceInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        with self._database.unit_of_work() as session:
            invoice = _invoice(session, invoice_id)
            expect_version(session, invoice, expected)
            row = _financing(session, invoice.financing_id)
            checked = rules.checked_invoice(data, row.first_year, row.last_year)
            _fill_invoice(invoice, checked)
            session.flush()
            return invoice_info(invoice, date.today())

    def remove_invoice(self, invoice_id: int) -> None:
        with self._database.unit_of_work() as session:
            session.delete(_invoice(session, invoice_id))

    # -- the amount sheet --------------------------------------------------------------

    def read_amount_sheet(self, path: Path, sheet: str | None = None) -> FinancingSheet:
        """Read a recommendation's amount sheet and find our municipality's row (by the
        organisation profile's kommun). Writes nothing."""
        with self._database.unit_of_work() as session:
            catalogue = Catalogue()
            for row in session.execute(
                select(Municipality.id, Municipality.name, Municipality.county_code)
            ):
                catalogue.add_municipality(row.id, row.name, row.county_code)
            profile = session.get(OrganisationProfile, PROFILE_ID)
            own_id = profile.municipality_id if profile is not None else None
        return read_amount_sheet(path, catalogue, own_id, sheet)

    def apply_sheet_row(
        self,
        financing_id: int,
        sheet: FinancingSheet,
        row_index: int,
        expected: ExpectedVersion | None = None,
    ) -> FinancingInfo:
        """Take the picked row's amounts as our yearly amounts, with the row as source;
        ``expected`` is the version the import began from (see record_versions)."""
        if not 0 <= row_index < len(sheet.rows):
            raise ValidationError(rules.FIELD_ROW, "välj en rad i bladet.")
        picked = sheet.rows[row_index]
        where = f"{sheet.file}, blad ”{sheet.sheet}”, rad {picked.row}"
        wrong = [p for p in sheet.problems if p.row == picked.row and p.code in AMOUNT_PROBLEMS]
        if wrong:
            raise ValidationError(rules.FIELD_ROW, f"{where}: {wrong[0].message}")
        if picked.excl_vat is None and picked.incl_vat is None:
            raise ValidationError(
                rules.FIELD_ROW, f"{where} har inget belopp; välj en rad med ett belopp."
            )
        source = f"{where} ({picked.municipality_name})"
        excl, incl = picked.excl_vat, picked.incl_vat
        if excl is not None and incl is None:
            incl = incl_from_excl(excl)
            source += f"; inkl. moms beräknat som exkl. moms + {VAT_RATE_PERCENT} %"
        with self._database.unit_of_work() as session:
            row = _financing(session, financing_id)
            expect_version(session, row, expected)
            data = replace(
                _input_of(row), yearly_excl_vat=excl, yearly_incl_vat=incl, source=source
            )
            _fill(row, rules.checked_financing(data))
        return self.financing(financing_id)


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFoundError(f"Nätverket (id {network_id}) finns inte längre.")
    return network


def _financing(session: Session, financing_id: int) -> FinancingCommitment:
    row = session.get(FinancingCommitment, financing_id)
    if row is None:
        raise NotFoundError(f"Finansieringsåtagandet (id {financing_id}) finns inte längre.")
    return row


def _invoice(session: Session, invoice_id: int) -> FinancingInvoice:
    invoice = session.get(FinancingInvoice, invoice_id)
    if invoice is None:
        raise NotFoundError(f"Fakturan (id {invoice_id}) finns inte längre.")
    return invoice


def _check_item(session: Session, item_id: int | None) -> None:
    if item_id is not None and session.get(AgendaItem, item_id) is None:
        raise ValidationError(
            rules.FIELD_DECISION_ITEM,
            "paragrafen finns inte längre; välj en annan paragraf eller ingen.",
        )


def _check_invoice_in_period(year: int, first: int | None, last: int | None) -> None:
    if first is not None and year < first:
        raise ValidationError(
            rules.FIELD_FIRST_YEAR,
            f"det finns en faktura för {year}, före periodens första år {first}.",
        )
    if last is not None and year > last:
        raise ValidationError(
            rules.FIELD_LAST_YEAR,
            f"det finns en faktura för {year}, efter periodens sista år {last}.",
        )


def _fill(row: FinancingCommitment, data: FinancingInput) -> None:
    row.title = data.title
    row.deadline = data.deadline
    row.decision = data.decision
    row.decided_on = data.decided_on
    row.decision_item_id = data.decision_item_id
    row.first_year = data.first_year
    row.last_year = data.last_year
    row.yearly_excl_vat = data.yearly_excl_vat
    row.yearly_incl_vat = data.yearly_incl_vat
    row.source = data.source
    row.note = data.note


def _input_of(row: FinancingCommitment) -> FinancingInput:
    return FinancingInput(
        title=row.title,
        deadline=row.deadline,
        decision=row.decision,
        decided_on=row.decided_on,
        decision_item_id=row.decision_item_id,
        first_year=row.first_year,
        last_year=row.last_year,
        yearly_excl_vat=row.yearly_excl_vat,
        yearly_incl_vat=row.yearly_incl_vat,
        source=row.source,
        note=row.note,
    )


def _fill_invoice(invoice: FinancingInvoice, data: InvoiceInput) -> None:
    invoice.year = data.year
    invoice.amount_excl_vat = data.amount_excl_vat
    invoice.amount_incl_vat = data.amount_incl_vat
    invoice.expected_on = data.expected_on
    invoice.paid_on = data.paid_on
    invoice.reference = data.reference
