"""Financing commitments and invoices as frozen values: totals, sums, overdue invoices and
the deciding paragraph written out ("Kommunstyrelsen 2026-03-10 § 1190")."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from agenda_desktop.core.networks.vocabulary import FINANCING_DECISIONS
from agenda_desktop.core.services.commitments_reading import paragraph_ref
from agenda_desktop.core.services.financing_types import FinancingInfo, InvoiceInfo
from agenda_desktop.core.store.models import (
    AgendaItem,
    Body,
    FinancingCommitment,
    FinancingInvoice,
    Meeting,
    Network,
)

NOT_DECIDED = "Ej beslutad"


def invoice_info(invoice: FinancingInvoice, today: date) -> InvoiceInfo:
    overdue = (
        invoice.expected_on is not None and invoice.expected_on < today and invoice.paid_on is None
    )
    return InvoiceInfo(
        invoice_id=invoice.id,
        year=invoice.year,
        amount_excl_vat=invoice.amount_excl_vat,
        amount_incl_vat=invoice.amount_incl_vat,
        expected_on=invoice.expected_on,
        paid_on=invoice.paid_on,
        reference=invoice.reference,
        overdue=overdue,
        version=invoice.version,
    )


def decision_reference(session: Session, item_id: int | None) -> str:
    """The paragraph written out, e.g. "Kommunstyrelsen 2026-03-10 § 1190"; "" for none."""
    if item_id is None:
        return ""
    item = session.get(AgendaItem, item_id)
    meeting = session.get(Meeting, item.meeting_id) if item is not None else None
    body = session.get(Body, meeting.body_id) if meeting is not None else None
    if item is None or meeting is None or body is None:
        return ""
    return paragraph_ref(session, item).reference


def years_of(first_year: int | None, last_year: int | None) -> int | None:
    """How many years the period spans (2020–2023: 4), or None without a whole period."""
    if first_year is None or last_year is None:
        return None
    return last_year - first_year + 1


def _total(yearly: int | None, years: int | None) -> int | None:
    return yearly * years if yearly is not None and years is not None else None


def financing_info(
    session: Session, network: Network, row: FinancingCommitment, today: date
) -> FinancingInfo:
    invoices = tuple(invoice_info(invoice, today) for invoice in row.invoices)
    years = years_of(row.first_year, row.last_year)
    return FinancingInfo(
        financing_id=row.id,
        network_id=network.id,
        network_name=network.name,
        title=row.title,
        deadline=row.deadline,
        decision=row.decision,
        decision_name=FINANCING_DECISIONS.get(row.decision or "", NOT_DECIDED),
        decided_on=row.decided_on,
        decision_item_id=row.decision_item_id,
        decision_reference=decision_reference(session, row.decision_item_id),
        first_year=row.first_year,
        last_year=row.last_year,
        yearly_excl_vat=row.yearly_excl_vat,
        yearly_incl_vat=row.yearly_incl_vat,
        total_excl_vat=_total(row.yearly_excl_vat, years),
        total_incl_vat=_total(row.yearly_incl_vat, years),
        invoiced_incl_vat=sum(i.amount_incl_vat for i in invoices),
        paid_incl_vat=sum(i.amount_incl_vat for i in invoices if i.paid_on is not None),
        source=row.source,
        note=row.note,
        invoices=tuple(
            sorted(invoices, key=lambda i: (i.year, i.expected_on or today, i.invoice_id))
        ),
        version=row.version,
    )
