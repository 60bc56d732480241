"""Writing a small Excel file the way the exports of the action plan and of a network do:
write-only sheets with a frozen bold header and set column widths, text that can never
run as a formula (see ``indicators.export_cells``), real dates, and a file that is
written next to the target and moved into place only when it is complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from agenda_desktop.core.errors import ExportError, ValidationError
from agenda_desktop.core.indicators.export_cells import Cells, new_sheet

DATE_FORMAT: Final = "yyyy-mm-dd"


def check_xlsx_target(path: Path) -> None:
    """Raises ValidationError unless ``path`` is an .xlsx name in a folder that exists."""
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            "Filnamn", f"”{path.name}”: spara som en Excel-fil som slutar på .xlsx."
        )
    if not path.parent.is_dir():
        raise ValidationError("Mapp", f"mappen {path.parent} finns inte.")


@contextmanager
def workbook_saved_to(path: Path) -> Iterator[Workbook]:
    """A write-only workbook to fill, saved to ``path`` when the block ends without an
    error; an existing file is replaced only then.

    Raises:
        ValidationError: Not an .xlsx name, or no such folder (before the block runs).
        ExportError: The file could not be written (e.g. it is open in Excel).
    """
    check_xlsx_target(path)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.tmp.xlsx")
    workbook = Workbook(write_only=True)
    try:
        yield workbook
        try:
            workbook.save(partial)
            os.replace(partial, path)
        except OSError as error:
            raise ExportError(
                f"Filen {path} kunde inte sparas ({error.strerror or error}). Är den öppen i "
                "Excel eller ett annat program? Stäng den, eller välj ett annat filnamn."
            ) from error
    except BaseException:
        with suppress(Exception):
            workbook.save(partial)  # closes the write-only sheets' temporary files
        raise
    finally:
        partial.unlink(missing_ok=True)


class HeaderedSheet:
    """A write-only sheet with its frozen bold header written, and cells for its rows."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[tuple[str, int]]):
        """``columns``: (header, width in characters) of each column, in order."""
        self.sheet = new_sheet(workbook, title, [width for _, width in columns])
        self.cells = Cells(self.sheet)
        self.sheet.append(self.cells.header([name for name, _ in columns]))

    def text(self, column: int, value: str, kind: str = "") -> Any:
        return self.cells.text(column, value, kind)

    def formatted(self, value: date | float | None, number_format: str) -> Any:
        """A cell showing ``value`` in ``number_format``; None stays an empty cell."""
        if value is None:
            return None
        cell = WriteOnlyCell(self.sheet, value=value)
        cell.number_format = number_format
        return cell

    def date(self, value: date | None) -> Any:
        return self.formatted(value, DATE_FORMAT)

    def append(self, row: list[Any]) -> None:
        self.sheet.append(row)
