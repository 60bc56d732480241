"""Money of financing commitments: öre (integers) read from and written as Swedish text.

"12 345,50", "12 345 kr", "12345:-", "12 345,50 SEK" and numbers in sheet cells become
öre; öre are written "41 250,00 kr" (a space between thousands, a decimal comma).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from agenda_desktop.core.indicators.numbers import parse_number

VAT_RATE_PERCENT: Final = 25
# Currency words and marks people write after an amount (casefolded).
_CURRENCY: Final = re.compile(r"\s*(kronor|kr\.?|sek|:-|:–)\s*$", re.IGNORECASE)
_SPACES: Final = ("\u00a0", "\u202f", "\u2009", "\u2007")
EXAMPLE: Final = "t.ex. 12 345,50 eller 12345 kr"


def ore_from_number(value: float | int) -> int:
    """Kronor as a number (a sheet cell) to öre, rounded half up to the nearest öre."""
    if isinstance(value, int):
        return value * 100
    try:
        exact = Decimal(repr(value)) * 100
    except InvalidOperation as error:  # inf, nan
        raise ValueError(f"{value!r} är inte ett belopp") from error
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ore_from_text(text: str) -> int | None:
    """Kronor written as text to öre; None when the text is not an amount (or is blank).

    Negative amounts come out negative: the caller says that they are not allowed.
    """
    clean = text.strip()
    for space in _SPACES:
        clean = clean.replace(space, " ")
    clean = _CURRENCY.sub("", clean).strip()
    if not clean or "%" in clean or "e" in clean.lower():
        return None  # a percentage, or an exponent no one writes an amount with
    number = parse_number(clean)
    if number is None:
        return None
    whole, _, fraction = clean.replace(" ", "").rpartition(",")
    if whole and "." not in whole and fraction.isdigit() and len(fraction) <= 2:
        # Exact decimal comma amounts ("12345,50") without a detour through floats.
        sign = -1 if whole.startswith("-") else 1
        kronor = int(whole.lstrip("+-") or "0")
        return sign * (kronor * 100 + int(fraction.ljust(2, "0")))
    return ore_from_number(number)


def format_money(ore: int) -> str:
    """Öre written in Swedish: 4125000 -> "41 250,00 kr"."""
    return f"{format_amount(ore)} kr"


def format_amount(ore: int) -> str:
    """Öre written in Swedish without the unit: 4125000 -> "41 250,00"."""
    sign = "-" if ore < 0 else ""
    kronor, rest = divmod(abs(ore), 100)
    grouped = f"{kronor:,}".replace(",", " ")
    return f"{sign}{grouped},{rest:02d}"


def incl_from_excl(excl_ore: int) -> int:
    """The amount including 25 % VAT, rounded half up to the nearest öre."""
    return (excl_ore * (100 + VAT_RATE_PERCENT) + 50) // 100
