"""The value, count, status and missing-reason cells of a data row, read as extract.py
reads them: a problem is reported (with its row and column) and None returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from agenda_desktop.core.indicators.numbers import (
    describe_cell,
    missing_mark,
    missing_word,
    parse_number,
)
from agenda_desktop.core.indicators.problems import EXPECTED_NUMBER, ProblemCollector
from agenda_desktop.core.indicators.reading import Cell

if TYPE_CHECKING:
    from agenda_desktop.core.indicators.extract import Spec

MAX_STATUS: Final = 40


def read_number(
    problems: ProblemCollector, cell: Cell, row: int, column: int, code: str, what: str
) -> tuple[float | None, str | None] | None:
    """(number, None), (None, missing reason), or None after reporting a problem."""
    if isinstance(cell, str):
        number = parse_number(cell)
        if number is not None:
            return number, None
        reason = missing_mark(cell)
        if reason is not None:
            return None, reason
        shown = cell.strip()
        if shown.startswith("#"):
            said = f"Cellen innehåller felet ”{shown}” i stället för {what}."
        else:
            said = f"”{shown}” är inte ett tal."
        problems.add(code, f"{said} {EXPECTED_NUMBER}", row, column)
        return None
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        said = f"Cellen innehåller ”{describe_cell(cell)}”, inte {what}."
        problems.add("value_kind", f"{said} {EXPECTED_NUMBER}", row, column)
        return None
    return float(cell), None


def read_extras(
    problems: ProblemCollector,
    cells: list[Cell],
    row: int,
    spec: Spec,
    value: float | None,
    reason: str | None,
) -> tuple[bool, str | None, float | None, str | None]:
    """The missing-reason, count and status cells: (ok, reason, count, status)."""
    ok = True
    count_column, status_column, missing_column = spec[9], spec[10], spec[11]
    if missing_column >= 0 and cells[missing_column] != "":
        shown = describe_cell(cells[missing_column]).strip()
        written = missing_word(shown)
        if written is None:
            message = (
                f"”{shown}” är ingen känd orsak till ett saknat värde. Förväntat: Bortfall, "
                "Ej tillämplig, Sekretess eller Tom (eller ”-”, ”.”, ”..”)."
            )
            problems.add("bad_missing_reason", message, row, missing_column)
            ok = False
        elif value is not None:
            message = (
                "Både ett värde och en orsak till att värdet saknas är angivna. Töm den ena cellen."
            )
            problems.add("value_and_missing", message, row, missing_column)
            ok = False
        else:
            reason = written
    count = None
    if count_column >= 0:
        parsed = read_number(
            problems, cells[count_column], row, count_column, "count_text", "ett antal"
        )
        if parsed is None:
            ok = False
        else:
            count = parsed[0]
    status = None
    if status_column >= 0:
        status = describe_cell(cells[status_column]).strip() or None
        if status is not None and len(status) > MAX_STATUS:
            message = (
                f"Statusen är {len(status)} tecken lång. Förväntat: högst {MAX_STATUS} tecken."
            )
            problems.add("status_too_long", message, row, status_column)
            ok = False
    return ok, reason, count, status
