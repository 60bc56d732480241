"""Read a recommendation's amount sheet: one row per municipality, with the amount each
pays (excluding and/or including VAT), and find our municipality's row.

The sheet may be .xlsx, .xls, .ods or .csv (see ``core/indicators/reading.py``); title
lines above the header are skipped. Every row is returned, with the problems found, each
naming the file, sheet, row and column. A file that cannot be read raises
``ImportFileError`` with a Swedish message that names the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from agenda_desktop.core.indicators.headers import normalise
from agenda_desktop.core.indicators.model import ImportFileError, Problem
from agenda_desktop.core.indicators.numbers import column_letter, describe_cell
from agenda_desktop.core.indicators.reading import Cell, open_workbook
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.networks.financing_headers import (
    EXPECTED,
    SCAN_ROWS,
    AmountHeader,
    find_header,
)
from agenda_desktop.core.networks.financing_money import EXAMPLE, ore_from_number, ore_from_text
from agenda_desktop.core.services.financing_types import FinancingSheet, SheetAmountRow

# A row whose municipality cell says one of these sums up the others: it is skipped.
TOTAL_WORDS: Final = frozenset(
    {
        "summa",
        "totalt",
        "total",
        "summa totalt",
        "totalsumma",
        "samtliga",
        "alla kommuner",
        "riket",
        "hela riket",
        "sverige",
    }
)
MAX_ROWS: Final = 5_000  # a sheet of Sweden's 290 municipalities is far below this


@dataclass
class _Reading:
    """What one sheet gave so far."""

    file: str
    sheet: str
    header: AmountHeader
    rows: list[SheetAmountRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)  # municipality id -> row number

    def problem(self, code: str, message: str, row: int | None, column: int | None) -> None:
        letter = column_letter(column) if column is not None else None
        header = self.header.header(column) if column is not None else None
        self.problems.append(
            Problem(self.file, self.sheet, row, letter, header or None, message, code)
        )


def _blank(cells: Sequence[Cell]) -> bool:
    return all(describe_cell(cell).strip() == "" for cell in cells)


def _cell(cells: Sequence[Cell], column: int | None) -> Cell:
    if column is None or column >= len(cells):
        return ""
    return cells[column]


def _amount(
    reading: _Reading, number: int, cells: Sequence[Cell], column: int | None
) -> int | None:
    """The amount of one cell in öre; a problem (and None) when it is not an amount."""
    cell = _cell(cells, column)
    text = describe_cell(cell).strip()
    if column is None or not text:
        return None
    ore: int | None
    if isinstance(cell, bool | date | datetime | time | timedelta):
        ore = None
    elif isinstance(cell, int | float):
        try:
            ore = ore_from_number(cell)
        except ValueError:
            ore = None
    else:
        ore = ore_from_text(text)
    if ore is None:
        reading.problem(
            "amount_text",
            f"”{text}” är inte ett belopp. Förväntat: ett belopp i kronor, {EXAMPLE}.",
            number,
            column,
        )
        return None
    if ore < 0:
        reading.problem(
            "negative_amount",
            f"Beloppet {text} är negativt. Förväntat: ett belopp som är 0 eller större.",
            number,
            column,
        )
        return None
    return ore


def _municipality(
    reading: _Reading, catalogue: Catalogue, number: int, cells: Sequence[Cell]
) -> tuple[str | None, str, int | None] | None:
    """(id, name, column) of the row's municipality; None for a row of totals or notes."""
    header = reading.header
    code_cell, name_cell = _cell(cells, header.code_column), _cell(cells, header.name_column)
    code_text, name_text = describe_cell(code_cell).strip(), describe_cell(name_cell).strip()
    if normalise(name_text) in TOTAL_WORDS or normalise(code_text) in TOTAL_WORDS:
        return None
    if code_text:
        found = catalogue.municipality(code_cell)
        column = header.code_column
        written = code_text
    else:
        found = catalogue.municipality(name_cell) if name_text else None
        column = header.name_column
        written = name_text
    name = name_text or (catalogue.display_names.get(found, "") if found else code_text)
    return found, name, column if written else None


def _read_row(reading: _Reading, catalogue: Catalogue, number: int, cells: Sequence[Cell]) -> None:
    header = reading.header
    found = _municipality(reading, catalogue, number, cells)
    if found is None:
        return
    municipality_id, name, column = found
    has_amount = any(
        describe_cell(_cell(cells, c)).strip() for c in (header.excl_column, header.incl_column)
    )
    if column is None:
        if has_amount:
            where = header.name_column if header.name_column is not None else header.code_column
            reading.problem(
                "municipality_missing",
                "Raden har ett belopp men ingen kommun. Förväntat: kommunens namn eller kod.",
                number,
                where,
            )
        return
    if municipality_id is None:
        if not has_amount:
            return  # a note below the table, not a municipality
        written = describe_cell(_cell(cells, column)).strip()
        reading.problem(
            "unknown_municipality",
            f"Kommunen ”{written}” finns inte i listan över kommuner. Förväntat: ett "
            "kommunnamn som ”Tanum” eller ”Tanums kommun”, eller en kod med fyra "
            "siffror som ”1435”.",
            number,
            column,
        )
    elif municipality_id in reading.seen:
        reading.problem(
            "duplicate_municipality",
            f"{catalogue.display_names.get(municipality_id, name)} ({municipality_id}) finns "
            f"redan på rad {reading.seen[municipality_id]}. Förväntat: en "
            "rad per kommun.",
            number,
            column,
        )
    else:
        reading.seen[municipality_id] = number
    excl = _amount(reading, number, cells, header.excl_column)
    incl = _amount(reading, number, cells, header.incl_column)
    if municipality_id is not None and not has_amount:
        reading.problem(
            "amount_missing",
            f"Beloppet för {name} saknas. Förväntat: ett belopp i kronor, {EXAMPLE}.",
            number,
            header.excl_column if header.excl_column is not None else header.incl_column,
        )
    reading.rows.append(SheetAmountRow(number, municipality_id, name, excl, incl))


def _sheet_rows(path: Path, sheet: str | None) -> tuple[str, list[tuple[int, list[Cell]]]]:
    """(sheet name, its rows, whether a header was found) of the chosen sheet, or of the
    first sheet with a header when none was chosen."""
    with open_workbook(path) as book:
        names = [sheet] if sheet is not None else book.sheet_names
        first: tuple[str, list[tuple[int, list[Cell]]]] | None = None
        for name in names:
            rows: list[tuple[int, list[Cell]]] = []
            for item in book.read(name).rows:
                rows.append(item)
                if len(rows) > MAX_ROWS:
                    break
            if find_header(rows) is not None:
                return name, rows
            if first is None or (not _has_content(first[1]) and _has_content(rows)):
                first = (name, rows)
        if first is None:
            raise ImportFileError(f"Filen ”{path.name}” har inga blad.")
        return first


def _has_content(rows: Sequence[tuple[int, Sequence[Cell]]]) -> bool:
    return any(not _blank(cells) for _number, cells in rows)


def read_amount_sheet(
    path: Path, catalogue: Catalogue, own_id: str | None, sheet: str | None = None
) -> FinancingSheet:
    """Every municipality row of the sheet, the problems, and our own row (``own_id``).

    Raises:
        ImportFileError: the file is missing, of a kind that cannot be read, or damaged.
    """
    name, rows = _sheet_rows(path, sheet)
    header = find_header(rows)
    if header is None:
        return _without_rows(path.name, name, rows)
    reading = _Reading(path.name, name, header)
    for number, cells in rows:
        if number > header.row and not _blank(cells):
            _read_row(reading, catalogue, number, cells)
    if not reading.rows and not reading.problems:
        reading.problem(
            "no_rows",
            f"Under rubrikraden (rad {header.row}) finns inga kommuner. Förväntat: en rad "
            "per kommun med kommunens namn eller kod och beloppet.",
            None,
            None,
        )
    own_row = next(
        (i for i, row in enumerate(reading.rows) if own_id and row.municipality_id == own_id),
        None,
    )
    if own_row is None and reading.rows:
        reading.problem("own_missing", _own_missing(catalogue, own_id), None, None)
    problems = sorted(reading.problems, key=lambda p: (p.row or 0, p.column or ""))
    return FinancingSheet(path.name, name, tuple(reading.rows), tuple(problems), own_row)


def _own_missing(catalogue: Catalogue, own_id: str | None) -> str:
    if own_id is None:
        return (
            "Organisationsprofilen anger ingen kommun, så vår rad kan inte hittas. "
            "Välj vår rad i listan."
        )
    name = catalogue.display_names.get(own_id, own_id)
    return (
        f"Vår kommun, {name} ({own_id}), finns inte i bladet. Kontrollera att bladet gäller "
        "rätt rekommendation, eller välj vår rad i listan."
    )


def _without_rows(
    file: str, sheet: str, rows: Sequence[tuple[int, Sequence[Cell]]]
) -> FinancingSheet:
    if not _has_content(rows):
        code, message = "empty", "Bladet är tomt. Förväntat: en rubrikrad och en rad per kommun."
    else:
        code = "no_header"
        message = (
            f"Ingen rubrikrad hittades bland de första {SCAN_ROWS} raderna. Förväntat: {EXPECTED}."
        )
    problem = Problem(file, sheet, None, None, None, message, code)
    return FinancingSheet(file, sheet, (), (problem,), None)
