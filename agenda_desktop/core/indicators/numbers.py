"""Numbers and missing-value marks as people write them in Swedish sheets.

``12,5`` (decimal comma), ``1 234,5`` (space, no-break space or thin space between
thousands), ``12.5``, ``1.234,5`` and ``1,234.5`` are numbers; ``12,5 %`` is 12.5.
A blank cell and Kolada's marks ``-`` (bortfall), ``.`` (ej tillämplig) and ``..``
(sekretess) are missing values, never 0.
"""

from __future__ import annotations

import math
import re
from typing import Final

from agenda_desktop.core.indicators.template import KOLADA_MISSING_MARKS, MISSING_LABELS

# Characters people (and Excel, and LibreOffice) put between groups of thousands.
_GROUP_SPACES: Final = str.maketrans("", "", " \u00a0\u202f\u2009\u2007'")
_PLAIN: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

# Missing marks in a value cell: Kolada's, plus the dashes a word processor makes of "-".
MISSING_MARKS: Final[dict[str, str]] = {
    **KOLADA_MISSING_MARKS,
    "–": "bortfall",
    "—": "bortfall",
    "−": "bortfall",
}

# Labels accepted in the template's "Saknas" column (casefolded), and the marks.
_MISSING_WORDS: Final[dict[str, str]] = {
    **{label.casefold(): reason for reason, label in MISSING_LABELS.items()},
    **{reason: reason for reason in MISSING_LABELS},
    "ej tillämpligt": "ej_tillampligt",
    "ej tillampligt": "ej_tillampligt",
    "ej tillamplig": "ej_tillampligt",
    "saknas": "tom",
    **MISSING_MARKS,
}


def _is_grouped(text: str, separator: str) -> bool:
    """True when ``text`` is digits grouped by threes with ``separator`` (1.234.567)."""
    return bool(re.fullmatch(rf"\d{{1,3}}(?:{re.escape(separator)}\d{{3}})+", text))


def parse_number(text: str) -> float | None:
    """Read a number written the Swedish (or English) way; None when it is not a number.

    Args:
        text: the cell's text.

    Returns:
        The number, or None for text that is not a finite number (including a blank).
    """
    cleaned = text.strip().translate(_GROUP_SPACES).replace("\u2212", "-")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    if not cleaned:
        return None
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = cleaned[0], cleaned[1:]
    mantissa, exponent_mark, exponent = cleaned.partition("e" if "e" in cleaned else "E")
    has_comma = "," in mantissa
    has_dot = "." in mantissa
    if has_comma and has_dot:
        decimal = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = mantissa.rpartition(decimal)
        if not _is_grouped(whole, group) or not fraction.isdigit():
            return None
        mantissa = whole.replace(group, "") + "." + fraction
    elif has_comma:
        if mantissa.count(",") > 1:
            if not _is_grouped(mantissa, ","):
                return None
            mantissa = mantissa.replace(",", "")
        else:
            mantissa = mantissa.replace(",", ".")
    elif has_dot and mantissa.count(".") > 1:
        if not _is_grouped(mantissa, "."):
            return None
        mantissa = mantissa.replace(".", "")
    candidate = sign + mantissa + exponent_mark + exponent
    if not _PLAIN.fullmatch(candidate):
        return None
    number = float(candidate)
    return number if math.isfinite(number) else None


def missing_mark(text: str) -> str | None:
    """The missing reason of a value cell's text: "" -> "tom", "-" -> "bortfall", …

    Returns:
        The reason, or None when the text is not a missing-value mark.
    """
    stripped = text.strip()
    if not stripped:
        return "tom"
    return MISSING_MARKS.get(stripped)


def missing_word(text: str) -> str | None:
    """The missing reason written in a "Saknas" column (label, code or mark)."""
    stripped = " ".join(text.split()).casefold()
    if not stripped:
        return None
    return _MISSING_WORDS.get(stripped)


def format_swedish(number: float, decimals: int, group: str = " ") -> str:
    """Write ``number`` the Swedish way: ``1 234,5``. Used by tests and messages."""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", group)


def column_letter(index: int) -> str:
    """The column as Excel names it: 0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def describe_cell(value: object) -> str:
    """A cell's content as the user sees it, for messages and previews."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANT" if value else "FALSKT"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format_swedish(value, _decimals(value), group="")
    return str(value)


def _decimals(value: float) -> int:
    text = repr(value)
    if "e" in text or "E" in text:
        return 6
    return len(text.partition(".")[2])
