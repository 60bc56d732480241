"""Numbers, missing values and verdicts written the way the user reads them.

Swedish shows ``1 234,5`` with a thin space between the thousands; the locale is the
application default that the translators set, so English shows ``1,234.5``. A missing
value is never a 0: it is a dash, with the reason in the tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from agenda_desktop.core.indicators.direction import BETTER, UNCHANGED, UNKNOWN_DIRECTION, WORSE

MISSING = "–"  # en dash: what a table shows where a value is missing
# Narrow no-break space: as thin as typographers want and never breaks inside a number.
THIN_SPACE = "\u202f"
MOST_DECIMALS = 3  # Gini coefficients have three (0,346)
GENDER_CODES = ("T", "K", "M")


def gender_names() -> dict[str, str]:
    return {
        "T": QCoreApplication.translate("Nyckeltal", "Totalt"),
        "K": QCoreApplication.translate("Nyckeltal", "Kvinnor"),
        "M": QCoreApplication.translate("Nyckeltal", "Män"),
    }


def is_number(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def decimals_for(values: Iterable[float | None], most: int = MOST_DECIMALS) -> int:
    """The decimals a column needs so that every value reads as stored (at most ``most``).

    One count per table keeps the decimal commas under each other.
    """
    needed = 0
    for value in values:
        if not is_number(value):
            continue
        assert value is not None
        fraction = f"{value:.{most}f}".partition(".")[2].rstrip("0")
        needed = max(needed, len(fraction))
    return needed


def format_number(value: float, decimals: int) -> str:
    """E.g. ``1 234,5`` in Swedish (thin space, decimal comma)."""
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    group = locale.groupSeparator()
    if group.isspace():
        text = text.replace(group, THIN_SPACE)
    return text


def plain_number(value: float, decimals: int) -> str:
    """A number for the clipboard: the locale's decimal sign, no thousands separator, so
    that a spreadsheet in the same language reads it as a number."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def format_with_unit(value: float | None, unit: str, decimals: int | None = None) -> str:
    if not is_number(value):
        return MISSING
    assert value is not None
    places = decimals_for([value]) if decimals is None else decimals
    text = format_number(value, places)
    if not unit:
        return text
    return f"{text}{THIN_SPACE if unit == '%' else ' '}{unit}"


def missing_reason_text(reason: str | None) -> str:
    """The reason a value is missing, in words ("sekretess" …)."""
    texts = {
        "tom": QCoreApplication.translate("Nyckeltal", "inget värde angivet"),
        "bortfall": QCoreApplication.translate("Nyckeltal", "bortfall"),
        "ej_tillampligt": QCoreApplication.translate("Nyckeltal", "ej tillämpligt"),
        "sekretess": QCoreApplication.translate("Nyckeltal", "sekretess"),
    }
    if reason is None:
        return QCoreApplication.translate("Nyckeltal", "inget värde för året")
    return texts.get(reason, reason)


def missing_tooltip(reason: str | None) -> str:
    return QCoreApplication.translate("Nyckeltal", "Värdet saknas: {reason}").format(
        reason=missing_reason_text(reason)
    )


def direction_text(higher_is_better: bool | None) -> str:
    if higher_is_better is None:
        return QCoreApplication.translate("Nyckeltal", "Okänd")
    return (
        QCoreApplication.translate("Nyckeltal", "Högre är bättre")
        if higher_is_better
        else QCoreApplication.translate("Nyckeltal", "Lägre är bättre")
    )


def verdict_text(verdict: str, latest: float, reference: float, against: str) -> str:
    """A verdict in words with an arrow, e.g. "▲ Bättre än riket".

    Args:
        verdict: from :func:`~agenda_desktop.core.indicators.direction.better_or_worse`.
        latest: the municipality's value.
        reference: what it is compared with.
        against: what that is, in a phrase such as "riket" or "föregående år (2023)".
    """
    if verdict == BETTER:
        return QCoreApplication.translate("Nyckeltal", "▲ Bättre än {against}").format(
            against=against
        )
    if verdict == WORSE:
        return QCoreApplication.translate("Nyckeltal", "▼ Sämre än {against}").format(
            against=against
        )
    if verdict == UNCHANGED:
        return QCoreApplication.translate("Nyckeltal", "● Samma som {against}").format(
            against=against
        )
    if verdict == UNKNOWN_DIRECTION and latest > reference:
        return QCoreApplication.translate(
            "Nyckeltal", "↑ Högre än {against} (okänd riktning)"
        ).format(against=against)
    if verdict == UNKNOWN_DIRECTION:
        return QCoreApplication.translate(
            "Nyckeltal", "↓ Lägre än {against} (okänd riktning)"
        ).format(against=against)
    return ""
