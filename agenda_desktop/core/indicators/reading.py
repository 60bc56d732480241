"""Read the rows of .xlsx, .xls, .ods (python-calamine) and .csv files.

Cells come out as Python values: ``str`` (``""`` for a blank cell), ``float``, ``int``,
``bool`` or a date/time. CSV cells are always ``str``; numbers in them are read later
the Swedish way (see numbers.py). A file that cannot be read raises ImportFileError with
a Swedish message that names the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from agenda_desktop.core.file_safety import check_import_file
from agenda_desktop.core.indicators.model import ImportFileError
from agenda_desktop.core.indicators.xlsx_parts import parse_in_parts
from agenda_desktop.core.indicators.xlsx_rows import height_of, in_row_order, rows_of_parts

KINDS: Final[dict[str, str]] = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".txt": "csv",
}
KIND_NAMES: Final[dict[str, str]] = {
    "xlsx": "en Excel-fil (.xlsx)",
    "xls": "en äldre Excel-fil (.xls)",
    "ods": "en OpenDocument-fil (.ods)",
    "csv": "en CSV-fil",
}
CSV_DELIMITERS: Final = (";", "\t", ",")

Cell = Any  # str | float | int | bool | date | datetime | time | timedelta


@dataclass
class SheetRows:
    """The rows of one sheet.

    Attributes:
        name: the sheet's name.
        height: how many rows the sheet has (for progress).
        rows: (row number as Excel shows it, cells from column A) for every row.
    """

    name: str
    height: int
    rows: Iterator[tuple[int, list[Cell]]]


def file_kind(path: Path) -> str:
    """The kind of file by its suffix, or ImportFileError for a kind we cannot read."""
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise ImportFileError(
            f"Filen ”{path.name}” kan inte importeras: välj en Excel-fil (.xlsx eller .xls), "
            "en OpenDocument-fil (.ods) eller en CSV-fil (.csv)."
        )
    return kind


def _check_exists(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(f"Filen ”{path.name}” finns inte (sökväg: {path}).")


def _damaged(path: Path, kind: str, error: BaseException) -> ImportFileError:
    detail = (
        str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
    )
    return ImportFileError(
        f"Filen ”{path.name}” kunde inte läsas som {KIND_NAMES[kind]}: den är skadad, "
        "avkortad eller inte ett kalkylark. Öppna den i Excel eller LibreOffice och spara "
        f"den på nytt, eller hämta den igen. (Teknisk orsak: {detail})"
    )


class Workbook:
    """An open spreadsheet file. Use :func:`open_workbook`; close it when done."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self._book: Any = None
        self._csv_text: str | None = None
        if kind == "csv":
            self._csv_text = read_csv_text(path)
            self.sheet_names: list[str] = [path.stem]
            return
        import python_calamine

        try:
            self._book = python_calamine.CalamineWorkbook.from_path(str(path))
            self.sheet_names = list(self._book.sheet_names)
        except python_calamine.PasswordError as error:
            raise ImportFileError(
                f"Filen ”{path.name}” är lösenordsskyddad. Spara en kopia utan lösenord "
                "och importera den."
            ) from error
        except Exception as error:  # calamine raises several kinds for a damaged file
            raise _damaged(path, kind, error) from error

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def read(self, sheet: str) -> SheetRows:
        """All rows of ``sheet``; ImportFileError when it cannot be read.

        A big .xlsx sheet is parsed in parts on several cores (xlsx_parts.py), which
        gives the same rows as parsing it whole, in about half the time on two cores.
        """
        if self._csv_text is not None:
            return _csv_rows(self.path, sheet, self._csv_text)
        if sheet not in self.sheet_names:
            names = ", ".join(f"”{name}”" for name in self.sheet_names)
            raise ImportFileError(
                f"Filen ”{self.path.name}” har inget blad som heter ”{sheet}”. "
                f"Bladen i filen är: {names}."
            )
        parts = parse_in_parts(self.path, sheet) if self.kind == "xlsx" else None
        if parts is not None and in_row_order(parts):
            return SheetRows(sheet, height_of(parts), rows_of_parts(parts))
        try:
            data = self._book.get_sheet_by_name(sheet)
        except Exception as error:
            raise _damaged(self.path, self.kind, error) from error
        start_row, start_column = data.start if data.height else (0, 0)
        rows = _calamine_rows(data, start_column)
        return SheetRows(sheet, start_row + data.height, rows)

    def head(self, sheet: str, count: int) -> list[tuple[int, list[Cell]]]:
        """The first ``count`` rows of ``sheet`` (for detection and the preview)."""
        rows = self.read(sheet)
        head: list[tuple[int, list[Cell]]] = []
        for item in rows.rows:
            head.append(item)
            if len(head) >= count:
                break
        return head


def open_workbook(path: Path) -> Workbook:
    """Open ``path`` for reading; ImportFileError with a Swedish message when it cannot be
    (also for a hostile file: a zip bomb, XML entities, billions of cells; file_safety.py)."""
    kind = file_kind(path)
    _check_exists(path)
    check_import_file(path)
    return Workbook(path, kind)


def _calamine_rows(data: Any, start_column: int) -> Iterator[tuple[int, list[Cell]]]:
    # iter_rows() yields every row from row 1 (rows above the data come out blank) and
    # the columns from the first used column, so columns are padded back to column A.
    # The sheet is parsed already (get_sheet_by_name), so iterating cannot fail on a
    # damaged file; without padding the rows go out through C-level enumerate, because
    # a Python generator per row costs a noticeable share of a big import.
    if not start_column:
        return enumerate(data.iter_rows(), start=1)
    padding = [""] * start_column
    return ((number, padding + cells) for number, cells in enumerate(data.iter_rows(), start=1))


def read_csv_text(path: Path) -> str:
    """Decode a CSV file: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252."""
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        encodings: tuple[str, ...] = ("utf-8", "cp1252")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1252")
    text: str | None = None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        text = data.decode("latin-1")
    if "\x00" in text[:4096]:
        raise ImportFileError(
            f"Filen ”{path.name}” är inte en textfil (CSV). Välj en CSV-fil, eller en "
            "Excel- eller OpenDocument-fil med rätt filändelse."
        )
    return text


def sniff_delimiter(text: str) -> str:
    """Choose ";", tab or "," from the first lines: the one that splits most lines alike.

    Title lines without delimiters are ignored; a decimal comma inside a semicolon file
    does not fool it, because ";" then gives the longer consistent rows.
    """
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ";", (0, 0)
    for delimiter in CSV_DELIMITERS:
        counts: dict[int, int] = {}
        try:
            for fields in csv.reader(lines, delimiter=delimiter):
                if len(fields) > 1:
                    counts[len(fields)] = counts.get(len(fields), 0) + 1
        except csv.Error:  # a field beyond the csv module's limit: not this delimiter
            continue
        if not counts:
            continue
        width, lines_alike = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (lines_alike, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path, name: str, text: str) -> SheetRows:
    delimiter = sniff_delimiter(text)
    height = text.count("\n") + (0 if text.endswith("\n") else 1)

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            yield from enumerate(reader, start=1)
        except csv.Error as error:
            raise ImportFileError(
                f"Filen ”{path.name}” kunde inte läsas som CSV vid rad {reader.line_num}: "
                f"{error}. Kontrollera citattecknen i filen."
            ) from error

    return SheetRows(name, height, rows())
