"""What an indicator is measured in, and where its figures come from, for display.

Kolada's catalogue has no unit field: the unit is the tail of the title
("Personalkostnader, kr/inv", "Invånare med fetma, andel (%)"). The municipality may store
its own unit and source for any indicator; these helpers decide what to show when it has
not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from agenda_desktop.core.indicators.template import KOLADA_SOURCE

# "(-2024)", "(- 2023)", "(2019-)", "(2015-2020)": when a definition applied, not a unit.
_VALIDITY = re.compile(r"\s*\((?:-\s*\d{4}|\d{4}\s*-\s*(?:\d{4})?)\)\s*$")
# A coded answer at the end of a title: "(Ja=1, Nej=0)", "(Överskott=2, Balans=1, …)";
# at least two codes, so that "index (max = 100)" stays a unit.
_CODED = re.compile(r"\(([^()=]*=[^()=]*=[^()]*)\)\s*\.?$")
# The tail is the part after the last comma, or after a full stop followed by a space.
_TAIL_SEPARATOR = re.compile(r",\s*|\.\s+")
# How a unit begins; a tail that begins otherwise ("lägeskommun") is not a unit.
_UNIT_START = re.compile(
    r"^(?:antal|kr|kronor|tkr|mkr|mnkr|miljoner|kg|ton|gram|g|MWh|kWh|MW|meter|mil|km|kbm|"
    r"kvm|liter|index|genomsnitt|medelvärde|median|mediantid|balanstal|dagar|år|timmar|"
    r"minuter|resor|recept|poäng|promille|procentenheter|hektar|Mbit/s|inv|kvadratkilometer)"
    r"(?:\b|/|$)",
)
# Words after which a long tail stops being a unit ("index för påståendet Jag …").
_UNIT_END = re.compile(r"\s+(?:för|av|som|Källa)\b")
_LONGEST_UNIT: Final = 32


@lru_cache(maxsize=16384)
def derive_unit(title: str) -> str:
    """A display unit read from the tail of a Kolada title; empty when none can be read.

    Examples: "…, kr/inv" gives "kr/inv", "…, andel (%)" and "…, (%)" give "%",
    "…, antal/100 000 inv" gives itself, "…, index för påståendet Jag …" gives "index",
    "…, (Ja=1, Nej=0)" gives "Ja=1, Nej=0".
    """
    text = _VALIDITY.sub("", title.strip()).rstrip(". ")
    coded = _CODED.search(text)
    if coded:
        return " ".join(coded.group(1).split())
    parts = _TAIL_SEPARATOR.split(text)
    # The unit is the last part, or the one before a qualifier ("kr/inv, 1 nov fg år").
    for tail in (part.strip() for part in parts[:0:-1][:2]):
        if "%" in tail or tail.casefold() == "procent":
            return "%"
        if _UNIT_START.match(tail):
            if len(tail) > _LONGEST_UNIT:
                tail = _UNIT_END.split(tail, maxsplit=1)[0]
            return tail if len(tail) <= _LONGEST_UNIT else tail.split()[0]
    return ""


def display_unit(stored_unit: str, title: str, is_local: bool) -> str:
    """The unit to show: the stored one, else (for Kolada's indicators) one read from the title."""
    if stored_unit.strip():
        return stored_unit.strip()
    return "" if is_local else derive_unit(title)


def display_source(stored_source: str, is_local: bool) -> str:
    """The source to show: the stored one, else "Källa: Kolada" for Kolada's indicators.

    A local indicator is never credited to Kolada: Kolada asks not to be named as the
    source of figures it did not publish.
    """
    if stored_source.strip():
        return stored_source.strip()
    return "" if is_local else KOLADA_SOURCE
