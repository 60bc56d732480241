"""The network report's "Finansiering": each financing commitment with its decision,
yearly amounts with and without VAT, period, totals and invoices (amounts as "41 250,00 kr").
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from agenda_desktop.core.reports.kinds.natverk_parts import empty_section, kronor, period
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.services.financing_types import FinancingInfo, InvoiceInfo


def financing_section(
    context: ReportContext, financings: Sequence[FinancingInfo]
) -> list[Flowable]:
    s = context.styles
    if not financings:
        return empty_section(s, "Finansiering", "Nätverket har inga finansieringsåtaganden.")
    lead = [
        s.heading("Finansiering"),
        s.paragraph(
            "Kommunens åtaganden att finansiera nätverket: beslutet, beloppet per år med och "
            "utan moms, perioden och fakturorna."
        ),
    ]
    story: list[Flowable] = []
    for financing in financings:
        context.check()
        story += _financing(context, financing, lead)
        lead = []
    return story


def _decision(financing: FinancingInfo) -> str:
    text = financing.decision_name
    if financing.decided_on is not None:
        text += f" {financing.decided_on.isoformat()}"
    if financing.decision_reference:
        text += f"\n{financing.decision_reference}"
    return text


def _financing(
    context: ReportContext, financing: FinancingInfo, lead: Sequence[Flowable] = ()
) -> list[Flowable]:
    """One financing commitment, kept on one page with ``lead`` (the section's heading)."""
    s = context.styles
    facts = [("Beslut", _decision(financing))]
    if financing.deadline is not None:
        facts.append(("Beslut senast", financing.deadline.isoformat()))
    facts += [
        ("Period", period(financing.first_year, financing.last_year)),
        ("Belopp per år exkl. moms", kronor(financing.yearly_excl_vat)),
        ("Belopp per år inkl. moms", kronor(financing.yearly_incl_vat)),
    ]
    if financing.total_excl_vat is not None or financing.total_incl_vat is not None:
        facts.append(
            (
                "Totalt för perioden",
                f"{kronor(financing.total_excl_vat)} exkl. moms, "
                f"{kronor(financing.total_incl_vat)} inkl. moms",
            )
        )
    facts += [
        ("Fakturerat inkl. moms", kronor(financing.invoiced_incl_vat)),
        ("Betalt inkl. moms", kronor(financing.paid_incl_vat)),
    ]
    if financing.source:
        facts.append(("Underlag för beloppet", financing.source))
    if financing.note:
        facts.append(("Anteckning", financing.note))
    head: list[Flowable] = [*lead, s.heading(financing.title, 2), s.facts(facts, label_share=0.3)]
    if not financing.invoices:
        return [KeepTogether([*head, s.note("Inga fakturor är registrerade.")])]
    rows = [_invoice_row(invoice) for invoice in financing.invoices]
    table = s.table(
        ["År", "Exkl. moms", "Inkl. moms", "Förväntas", "Betald", "Referens"],
        rows,
        widths=[0.08, 0.17, 0.17, 0.14, 0.2, 0.24],
        numeric=(1, 2),
    )
    return [KeepTogether([*head, s.space(2), table]), s.space(3)]


def _invoice_row(invoice: InvoiceInfo) -> list[str]:
    if invoice.paid_on is not None:
        paid = invoice.paid_on.isoformat()
    elif invoice.overdue:
        paid = "Ej betald, förfallen"
    else:
        paid = "Ej betald"
    return [
        str(invoice.year),
        kronor(invoice.amount_excl_vat),
        kronor(invoice.amount_incl_vat),
        invoice.expected_on.isoformat() if invoice.expected_on else "–",
        paid,
        invoice.reference or "–",
    ]
