"""Cells of the export's write-only sheets: text that can never run as a formula,
numbers with Swedish-friendly formats, ids kept as text.

A text that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is
written as a text cell with Excel's quote prefix, the style a leading apostrophe gives:
Excel shows and keeps exactly the text and never evaluates it, even after the cell is
edited. The text itself is left as it is, so Kolada's mark ``-`` (bortfall) reads back
as ``-``; an apostrophe prepended to the text would have made it ``'-``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Text starting with these would be a formula (or DDE) if typed into Excel.
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT: Final = 32_767  # Excel's limit for one cell
TEXT_FORMAT: Final = "@"
YEAR_FORMAT: Final = "0"
# Shown by Swedish Excel as "1 234,5": format codes always use "," and "." this way.
NUMBER_FORMATS: Final[dict[int, str]] = {
    0: "#,##0",
    1: "#,##0.0",
    2: "#,##0.00",
    3: "#,##0.000",
    4: "#,##0.0000",
}
HEADER_FONT: Final = Font(bold=True)
HEADER_FILL: Final = PatternFill("solid", fgColor="DDDDDD")


def clean_text(text: str) -> str:
    """Text Excel accepts in a cell: no control characters, at most 32 767 characters."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))[:MAX_TEXT]


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def decimals_of(number: float) -> int | None:
    """How many decimals the value needs (0–4); None when it needs more, or is tiny or
    huge: then Excel's General format shows it without hiding a digit."""
    rounded = round(float(number), 6)  # float noise: 0.1 + 0.2 needs one decimal
    text = repr(rounded)
    if "e" in text or "inf" in text or "nan" in text or (rounded == 0 and number != 0):
        return None
    decimals = len(text.partition(".")[2].rstrip("0"))
    return decimals if decimals <= max(NUMBER_FORMATS) else None


class Cells:
    """Styled cells of one sheet, made once and refilled for each row (write-only mode
    writes a cell as soon as its row is appended, so a cell object can be reused)."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self._sheet = sheet
        self._made: dict[tuple[int, str], WriteOnlyCell] = {}

    def _cell(self, column: int, kind: str) -> WriteOnlyCell:
        cell = self._made.get((column, kind))
        if cell is None:
            cell = WriteOnlyCell(self._sheet)
            base = kind.removesuffix("quoted")
            if base == "id":
                cell.number_format = TEXT_FORMAT
            elif base == "year":
                cell.number_format = YEAR_FORMAT
            elif base.startswith("number"):
                decimals = base.removeprefix("number")
                cell.number_format = NUMBER_FORMATS[int(decimals)] if decimals else "General"
            elif base == "label":
                cell.font = HEADER_FONT
                cell.alignment = Alignment(vertical="top")
            elif base == "wrap":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if kind.endswith("quoted"):
                cell.quotePrefix = True
            self._made[(column, kind)] = cell
        return cell

    def text(self, column: int, value: str, kind: str = "") -> Any:
        """A text cell; one that looks like a formula keeps its text and is never run."""
        value = clean_text(value)
        if not value:
            return None
        quoted = is_formula_like(value)
        if not kind and not quoted:
            return value
        cell = self._cell(column, f"{kind}quoted" if quoted else kind)
        cell.value = value
        cell.data_type = "s"
        return cell

    def number(self, column: int, value: float | None) -> Any:
        if value is None:
            return None
        decimals = decimals_of(value)
        cell = self._cell(column, f"number{'' if decimals is None else decimals}")
        cell.value = value
        return cell

    def year(self, column: int, value: int) -> Any:
        cell = self._cell(column, "year")
        cell.value = value
        return cell

    def header(self, names: Sequence[str]) -> list[WriteOnlyCell]:
        cells = []
        for name in names:
            cell = WriteOnlyCell(self._sheet, value=name)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cells.append(cell)
        return cells


def new_sheet(
    workbook: Workbook, title: str, widths: Sequence[int], frozen_header: bool = True
) -> WriteOnlyWorksheet:
    """A new write-only sheet; widths and panes must be set before the first row."""
    sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    if frozen_header:
        sheet.freeze_panes = "A2"
    return sheet
