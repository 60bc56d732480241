"""Find the header row of a recommendation's amount sheet, below any title lines.

A header row names the municipality (a name column, a code column or both) and one or
two amounts: a header with "exkl" is the amount excluding VAT, one with "inkl" the
amount including VAT; a single "Belopp", "Summa", "kr" or "Årlig avgift" column is taken
as excluding VAT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agenda_desktop.core.indicators.headers import normalise
from agenda_desktop.core.indicators.numbers import describe_cell
from agenda_desktop.core.indicators.reading import Cell

SCAN_ROWS: Final = 40  # the header is looked for this far down

CODE_HEADERS: Final = frozenset(
    {
        "kommunkod",
        "kommun kod",
        "kod",
        "kommun id",
        "kommunid",
        "kommunnummer",
        "kommunnr",
        "kommun nr",
        "kolada id",
        "id",
        "lkf",
        "lkf kod",
        "länskod kommunkod",
    }
)
NAME_HEADERS: Final = frozenset(
    {
        "kommun",
        "kommuner",
        "kommunnamn",
        "kommun namn",
        "kommunens namn",
        "namn",
        "medlemskommun",
        "medlem",
        "deltagare",
        "deltagande kommun",
        "organisation",
    }
)
NAME_FIRST_WORDS: Final = frozenset({"kommun", "kommunnamn", "kommuner", "kommunens"})
# Words of a header that holds an amount (the header's words, normalised).
AMOUNT_WORDS: Final = frozenset(
    {"belopp", "summa", "kr", "kronor", "sek", "tkr", "avgift", "kostnad", "finansiering"}
)
# A rate per inhabitant is not the amount to pay.
NOT_AMOUNT_WORDS: Final = frozenset({"invånare", "inv", "invånarantal", "andel", "procent", "%"})
AMOUNT_PREFIXES: Final = ("belopp", "avgift", "summa", "kostnad", "medfinansiering", "årlig")
EXPECTED: Final = (
    "en kolumn för kommunen (t.ex. ”Kommun”, ”Kommunnamn” eller ”Kommunkod”) och en "
    "eller två kolumner för beloppet (t.ex. ”Belopp exkl. moms” och ”Belopp inkl. moms”, "
    "eller en kolumn ”Belopp”, ”Summa”, ”kr” eller ”Årlig avgift”)"
)


@dataclass(frozen=True)
class AmountHeader:
    """The columns of an amount sheet (0-based indexes) and the header row's number."""

    row: int
    name_column: int | None
    code_column: int | None
    excl_column: int | None
    incl_column: int | None
    texts: dict[int, str]  # column -> header text as written

    def header(self, column: int) -> str:
        return self.texts.get(column, "")


def is_code_header(text: str) -> bool:
    key = normalise(text)
    return key in CODE_HEADERS or ("kommun" in key and ("kod" in key or "nummer" in key))


def is_name_header(text: str) -> bool:
    key = normalise(text)
    first = key.split()[0] if key else ""
    return key in NAME_HEADERS or (first in NAME_FIRST_WORDS and not is_code_header(text))


def amount_kind(text: str) -> str | None:
    """ "excl", "incl", "amount" (neither said) or None when the header is no amount."""
    key = normalise(text)
    if not key:
        return None
    words = key.replace(".", " ").replace(",", " ").split()
    if any(word in NOT_AMOUNT_WORDS for word in words):
        return None
    if "exkl" in key or "exklusive" in key or "utan moms" in key:
        return "excl"
    if "inkl" in key or "inklusive" in key or "med moms" in key:
        return "incl"
    if any(word in AMOUNT_WORDS for word in words) or key.startswith(AMOUNT_PREFIXES):
        return "amount"
    return None


def header_of(number: int, cells: Sequence[Cell]) -> AmountHeader | None:
    """The sheet's columns when row ``number`` is a header row, else None."""
    texts = {i: describe_cell(cell).strip() for i, cell in enumerate(cells)}
    texts = {i: text for i, text in texts.items() if text}
    name = code = excl = incl = amount = None
    for index, text in texts.items():
        if code is None and is_code_header(text):
            code = index
        elif name is None and is_name_header(text):
            name = index
        else:
            kind = amount_kind(text)
            if kind == "excl" and excl is None:
                excl = index
            elif kind == "incl" and incl is None:
                incl = index
            elif kind == "amount" and amount is None:
                amount = index
    if excl is None and incl is None:
        excl = amount
    if (name is None and code is None) or (excl is None and incl is None):
        return None
    return AmountHeader(number, name, code, excl, incl, texts)


def find_header(rows: Sequence[tuple[int, Sequence[Cell]]]) -> AmountHeader | None:
    """The first header row among ``rows`` (the sheet's first rows)."""
    for number, cells in rows[:SCAN_ROWS]:
        found = header_of(number, cells)
        if found is not None:
            return found
    return None
