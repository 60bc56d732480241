"""The glossary appendix (Bilaga: Ordlista) and Swedish alphabetical order.

The youth council asked for fewer difficult words and an ordlista; every report can end
with the municipality's glossary, read here straight from ``GlossaryTerm``.
"""

from __future__ import annotations

import unicodedata

from reportlab.platypus import Flowable, PageBreak
from sqlalchemy import select

from agenda_desktop.core.reports.styles import ReportStyles
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.dialogue import GlossaryTerm

ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
# Letters that Swedish sorts as another letter (SS-ISO 8859-1 practice, Svenska Akademien).
SAME_AS = {"æ": "ä", "ø": "ö", "ü": "y", "w": "v"}
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}


def _letter_key(char: str) -> tuple[int, int]:
    lower = SAME_AS.get(char, char)
    if lower in _RANK:
        return (1, _RANK[lower])
    base = unicodedata.normalize("NFD", lower)[0]  # é → e, á → a, š → s
    if base in _RANK and lower not in "åäö":
        return (1, _RANK[base])
    if char.isdigit():
        return (0, ord(char))
    return (2, ord(char))


def swedish_sort_key(text: str) -> tuple[object, ...]:
    """Sort key for Swedish alphabetical order: a–z, then å, ä, ö; case and accents count last.

    ``sorted(["ö", "z", "å", "Ä", "a"], key=swedish_sort_key)`` gives a, z, å, Ä, ö.
    """
    folded = text.casefold()
    letters = tuple(_letter_key(char) for char in folded if not char.isspace())
    return (letters, folded, text)


def glossary_terms(database: Database) -> list[tuple[str, str]]:
    """Every (term, explanation) of the ordlista in Swedish alphabetical order."""
    with database.unit_of_work() as session:
        rows = session.execute(select(GlossaryTerm.term, GlossaryTerm.explanation)).all()
    return sorted(((term, text) for term, text in rows), key=lambda row: swedish_sort_key(row[0]))


def glossary_appendix(database: Database, styles: ReportStyles) -> list[Flowable]:
    """“Bilaga: Ordlista” on a new page, or nothing when the ordlista is empty."""
    terms = glossary_terms(database)
    if not terms:
        return []
    return [
        PageBreak(),
        styles.heading("Bilaga: Ordlista"),
        styles.paragraph("Förklaringar av ord och begrepp som används i dokumentet."),
        styles.table(
            ["Ord eller begrepp", "Förklaring"],
            [[term, text] for term, text in terms],
            widths=[0.3, 0.7],
            bold_first_column=True,
        ),
    ]
