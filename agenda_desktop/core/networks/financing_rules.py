"""What a financing commitment and an invoice must look like, said in Swedish.

The field names are the labels of the editors, so a refused value points at its field.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks.vocabulary import FINANCING_DECISIONS
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput

FIELD_TITLE: Final = "Rekommendation"
FIELD_DEADLINE: Final = "Beslut senast"
FIELD_DECISION: Final = "Beslut"
FIELD_DECIDED_ON: Final = "Beslutsdatum"
FIELD_DECISION_ITEM: Final = "Beslutsparagraf"
FIELD_FIRST_YEAR: Final = "Första år"
FIELD_LAST_YEAR: Final = "Sista år"
FIELD_YEARLY_EXCL: Final = "Per år exkl. moms"
FIELD_YEARLY_INCL: Final = "Per år inkl. moms"
FIELD_NOTE: Final = "Anteckning"
FIELD_YEAR: Final = "År"
FIELD_AMOUNT_EXCL: Final = "Belopp exkl. moms"
FIELD_AMOUNT_INCL: Final = "Belopp inkl. moms"
FIELD_EXPECTED_ON: Final = "Väntas"
FIELD_PAID_ON: Final = "Betald"
FIELD_REFERENCE: Final = "Fakturanummer"
FIELD_ROW: Final = "Rad i bladet"

MIN_YEAR: Final = 1990
MAX_YEAR: Final = 2100
MAX_TITLE: Final = 300
MAX_REFERENCE: Final = 100
MAX_ORE: Final = 10**13  # 100 000 000 000 kr: more is a typing mistake


def one_line(text: str) -> str:
    return " ".join(text.split())


def _year(field: str, year: int | None) -> None:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(field, f"året {year} ska ligga mellan {MIN_YEAR} och {MAX_YEAR}.")


def _amount(field: str, ore: int | None) -> None:
    if ore is None:
        return
    if ore < 0:
        raise ValidationError(field, "beloppet kan inte vara negativt; skriv 0 eller mer.")
    if ore > MAX_ORE:
        raise ValidationError(field, "beloppet är orimligt stort; kontrollera siffrorna.")


def _vat_pair(excl_field: str, incl_field: str, excl: int | None, incl: int | None) -> None:
    _amount(excl_field, excl)
    _amount(incl_field, incl)
    if excl is not None and incl is not None and incl < excl:
        raise ValidationError(
            incl_field,
            "beloppet inklusive moms kan inte vara mindre än beloppet exklusive moms.",
        )


def checked_financing(data: FinancingInput) -> FinancingInput:
    """``data`` cleaned (title on one line, texts trimmed), or ValidationError."""
    title = one_line(data.title)
    if not title:
        raise ValidationError(
            FIELD_TITLE,
            "skriv vad rekommendationen heter, t.ex. ”Rekommendation om samfinansiering "
            "2024–2027”.",
        )
    if len(title) > MAX_TITLE:
        raise ValidationError(FIELD_TITLE, f"högst {MAX_TITLE} tecken är tillåtna.")
    if data.decision is not None and data.decision not in FINANCING_DECISIONS:
        names = " eller ".join(f"”{name}”" for name in FINANCING_DECISIONS.values())
        raise ValidationError(
            FIELD_DECISION, f"”{data.decision}” finns inte; välj {names} eller inget beslut."
        )
    if data.decision is not None and data.decided_on is None:
        raise ValidationError(FIELD_DECIDED_ON, "ange vilken dag beslutet fattades.")
    if data.decision is None and data.decided_on is not None:
        raise ValidationError(
            FIELD_DECIDED_ON,
            "ett beslutsdatum kräver ett beslut; välj ”Antagen” eller ”Avböjd”, eller töm datumet.",
        )
    _year(FIELD_FIRST_YEAR, data.first_year)
    _year(FIELD_LAST_YEAR, data.last_year)
    first, last = data.first_year, data.last_year
    if first is not None and last is not None and first > last:
        raise ValidationError(
            FIELD_LAST_YEAR, f"perioden slutar ({last}) före den börjar ({first})."
        )
    _vat_pair(FIELD_YEARLY_EXCL, FIELD_YEARLY_INCL, data.yearly_excl_vat, data.yearly_incl_vat)
    return replace(data, title=title, source=data.source.strip(), note=data.note.strip())


def checked_invoice(
    data: InvoiceInput, first_year: int | None, last_year: int | None
) -> InvoiceInput:
    """``data`` cleaned, or ValidationError; the year must lie within the period if set."""
    _year(FIELD_YEAR, data.year)
    if (first_year is not None and data.year < first_year) or (
        last_year is not None and data.year > last_year
    ):
        period = f"{first_year or ''}–{last_year or ''}"
        raise ValidationError(
            FIELD_YEAR, f"året {data.year} ligger utanför åtagandets period {period}."
        )
    _vat_pair(FIELD_AMOUNT_EXCL, FIELD_AMOUNT_INCL, data.amount_excl_vat, data.amount_incl_vat)
    reference = one_line(data.reference)
    if len(reference) > MAX_REFERENCE:
        raise ValidationError(FIELD_REFERENCE, f"högst {MAX_REFERENCE} tecken är tillåtna.")
    return replace(data, reference=reference)
