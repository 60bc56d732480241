"""A network's commitments and expectations as an Excel file, to pass around and sort.

Sheets:

* "Åtaganden": one row per utfästelse and förväntning (number within its kind, kind,
  text, responsible person and unit, due date as a real date, status, whether the status
  was set by hand or automatically, its reason, and the evidence written out as in the
  status report: protocol paragraphs with their reference, adjustment and clauses);
* "Nätverk": the network's facts, one per row;
* "Finansiering" and "Fakturor", when the network has financing commitments (amounts in
  kronor as real numbers).

Every sheet has a frozen bold header; text that looks like a formula is written with
Excel's quote prefix and never runs. The file is written next to the target and moved
into place only when it is complete (see ``core.excel_sheets``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook

from agenda_desktop.core.excel_sheets import HeaderedSheet, workbook_saved_to
from agenda_desktop.core.networks.vocabulary import COMMITMENT_KINDS
from agenda_desktop.core.reports.kinds.natverk_parts import (
    PLURAL,
    evidence_text,
    how_set,
    status_summary,
)
from agenda_desktop.core.services.commitments_types import CommitmentInfo
from agenda_desktop.core.services.financing_types import FinancingInfo
from agenda_desktop.core.services.networks_types import NetworkInfo

MONEY_FORMAT: Final = "#,##0.00"
# (header, width in characters)
COMMITMENT_COLUMNS: Final = (
    ("Nr", 5),
    ("Typ", 12),
    ("Åtagande", 50),
    ("Ansvarig", 22),
    ("Enhet", 26),
    ("Klart senast", 12),
    ("Status", 12),
    ("Status satt", 13),
    ("Förklaring", 40),
    ("Belägg", 70),
)
FACT_COLUMNS: Final = (("Uppgift", 30), ("Värde", 80))
FINANCING_COLUMNS: Final = (
    ("Åtagande", 44),
    ("Beslut", 12),
    ("Beslutsdatum", 13),
    ("Beslutsparagraf", 44),
    ("Beslut senast", 13),
    ("Första år", 10),
    ("Sista år", 10),
    ("Per år exkl. moms (kr)", 16),
    ("Per år inkl. moms (kr)", 16),
    ("Totalt exkl. moms (kr)", 16),
    ("Totalt inkl. moms (kr)", 16),
    ("Fakturerat inkl. moms (kr)", 16),
    ("Betalt inkl. moms (kr)", 16),
    ("Underlag", 30),
)
INVOICE_COLUMNS: Final = (
    ("Åtagande", 44),
    ("År", 8),
    ("Exkl. moms (kr)", 16),
    ("Inkl. moms (kr)", 16),
    ("Förväntas", 12),
    ("Betald", 12),
    ("Förfallen", 10),
    ("Referens", 24),
)


class _Sheet(HeaderedSheet):
    """A sheet of the export, with cells for amounts in kronor."""

    def money(self, ore: int | None) -> Any:
        return self.formatted(None if ore is None else ore / 100, MONEY_FORMAT)


def export_network(
    network: NetworkInfo,
    commitments: Sequence[CommitmentInfo],
    financings: Sequence[FinancingInfo],
    path: Path,
    today: date,
) -> Path:
    """Write the network's commitments (and financing) to ``path`` (.xlsx); an existing
    file is replaced only on success. ``today`` is the date the statuses are for.

    Raises:
        ValidationError: Not an .xlsx name, or no such folder.
        ExportError: The file could not be written (e.g. it is open in Excel).
    """
    with workbook_saved_to(path) as workbook:
        _commitments(workbook, commitments)
        _facts(workbook, network, commitments, today)
        if financings:
            _financing(workbook, financings)
            if any(financing.invoices for financing in financings):
                _invoices(workbook, financings)
    return path


def _commitments(workbook: Workbook, commitments: Sequence[CommitmentInfo]) -> None:
    sheet = _Sheet(workbook, "Åtaganden", COMMITMENT_COLUMNS)
    text = sheet.text
    for kind, kind_name in COMMITMENT_KINDS.items():
        items = [item for item in commitments if item.kind == kind]
        for number, item in enumerate(items, start=1):
            sheet.append(
                [
                    number,
                    kind_name,
                    text(3, item.text, "wrap"),
                    text(4, item.responsible_name),
                    text(5, item.responsible_unit_name),
                    sheet.date(item.due_date),
                    text(7, item.status_name),
                    how_set(item),
                    text(9, item.status_reason, "wrap"),
                    text(10, evidence_text(item), "wrap"),
                ]
            )


def _facts(
    workbook: Workbook, network: NetworkInfo, commitments: Sequence[CommitmentInfo], today: date
) -> None:
    sheet = _Sheet(workbook, "Nätverk", FACT_COLUMNS)
    contacts = "\n".join(
        ", ".join(part for part in (c.name, c.role or c.title, c.organisation, c.email) if part)
        for c in network.contacts
    )
    facts: list[tuple[str, str | date | None]] = [
        ("Nätverk", network.name),
        ("Typ", network.kind_name),
        ("Organisatör", network.organiser),
        ("Typ av organisatör", network.organiser_kind_name),
        ("Startdatum", network.start_date),
        ("Slutdatum", network.end_date),
        ("Vår kontaktperson", network.contact_person_name),
        ("Organisatörens kontaktpersoner", contacts),
        ("Övriga deltagare", ", ".join(p.name for p in network.participants)),
        ("Webbplats", network.website),
        ("Beskrivning", network.description),
        ("Skapat från mallen", network.template_name),
        ("Läget per", today),
    ]
    for kind in COMMITMENT_KINDS:
        items = [item for item in commitments if item.kind == kind]
        facts.append((PLURAL[kind], status_summary(items) if items else "Inga"))
    coming = [m for m in network.meetings if m.held_on >= today]
    if coming:
        facts.append(("Nästa träff", coming[0].held_on))
    for label, value in facts:
        cell = sheet.text(2, value, "wrap") if isinstance(value, str) else sheet.date(value)
        sheet.append([sheet.text(1, label, "label"), cell])


def _financing(workbook: Workbook, financings: Sequence[FinancingInfo]) -> None:
    sheet = _Sheet(workbook, "Finansiering", FINANCING_COLUMNS)
    for f in financings:
        sheet.append(
            [
                sheet.text(1, f.title, "wrap"),
                sheet.text(2, f.decision_name),
                sheet.date(f.decided_on),
                sheet.text(4, f.decision_reference, "wrap"),
                sheet.date(f.deadline),
                f.first_year,
                f.last_year,
                sheet.money(f.yearly_excl_vat),
                sheet.money(f.yearly_incl_vat),
                sheet.money(f.total_excl_vat),
                sheet.money(f.total_incl_vat),
                sheet.money(f.invoiced_incl_vat),
                sheet.money(f.paid_incl_vat),
                sheet.text(14, f.source),
            ]
        )


def _invoices(workbook: Workbook, financings: Sequence[FinancingInfo]) -> None:
    sheet = _Sheet(workbook, "Fakturor", INVOICE_COLUMNS)
    for f in financings:
        for invoice in f.invoices:
            sheet.append(
                [
                    sheet.text(1, f.title),
                    invoice.year,
                    sheet.money(invoice.amount_excl_vat),
                    sheet.money(invoice.amount_incl_vat),
                    sheet.date(invoice.expected_on),
                    sheet.date(invoice.paid_on),
                    "Ja" if invoice.overdue else None,
                    sheet.text(8, invoice.reference),
                ]
            )
