"""Refuse hostile or broken spreadsheet files before a reader opens them.

Every importer (indicator sheets, financing amount sheets) calls :func:`check_import_file`
first. It refuses, with a Swedish ``ImportFileError`` that names the file and says what
was expected, a file that is too big, a CSV with a line of megabytes (no real CSV has
one; the reader would hold it whole several times over), and a zip-based file (.xlsx,
.ods) that ``zip_safety.py`` or ``sheet_extent.py`` finds hostile: a zip bomb, a member
that lies about its size, XML with a DTD or entities, a sheet that spans billions of
cells, a text longer than a cell can hold. A file that passes is remembered by its size
and time, so the preview and the import that follow do not check it again.
"""

from __future__ import annotations

import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Final

from agenda_desktop.core import sheet_extent
from agenda_desktop.core.indicators.model import ImportFileError
from agenda_desktop.core.zip_safety import ZipRefused, inspect_zip

MAX_FILE_BYTES: Final = 1 << 30  # a spreadsheet file on disk
MAX_CSV_BYTES: Final = 512 << 20
MAX_CSV_LINE_BYTES: Final = 1 << 20
READ_BYTES: Final = 4 << 20
ZIP_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".ods"})
CSV_SUFFIXES: Final = frozenset({".csv", ".txt"})
ZIP_SIGNATURE: Final = b"PK\x03\x04"
REMEMBERED: Final = 16

_passed: OrderedDict[tuple[str, int, int], None] = OrderedDict()


def check_import_file(path: Path) -> None:
    """Check ``path`` before it is read as a spreadsheet; a missing file is left to the
    reader (which says so).

    Raises:
        ImportFileError: the file is too big or hostile (Swedish message naming it).
    """
    try:
        status = path.stat()
    except OSError:
        return
    key = (str(path.resolve()), status.st_size, status.st_mtime_ns)
    if key in _passed:
        _passed.move_to_end(key)
        return
    suffix = path.suffix.lower()
    limit = MAX_CSV_BYTES if suffix in CSV_SUFFIXES else MAX_FILE_BYTES
    if status.st_size > limit:
        raise ImportFileError(
            f"Filen ”{path.name}” är {_megabytes(status.st_size)} MB; en fil att importera "
            f"får vara högst {_megabytes(limit)} MB. Dela upp den i flera filer."
        )
    if suffix in CSV_SUFFIXES:
        _check_csv_lines(path)
    elif suffix in ZIP_SUFFIXES and _starts_like_zip(path):
        _check_zip(path)
    _passed[key] = None
    while len(_passed) > REMEMBERED:
        _passed.popitem(last=False)


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):.1f}".replace(".", ",")


def _starts_like_zip(path: Path) -> bool:
    """A file that is not a zip at all is left to the reader, which calls it damaged."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ZIP_SIGNATURE
    except OSError:
        return False


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
        checker = sheet_extent.SheetChecker(sizes)
        inspect_zip(path, checker.check_part, first=sheet_extent.SHARED_STRINGS)
    except zipfile.BadZipFile:
        return  # not a whole zip: the reader says it is damaged or truncated
    except ZipRefused as error:
        raise _refused(path, str(error)) from error
    except OSError as error:
        raise ImportFileError(
            f"Filen ”{path.name}” kunde inte läsas ({error.strerror or error})."
        ) from error


def _refused(path: Path, reason: str) -> ImportFileError:
    return ImportFileError(
        f"Filen ”{path.name}” importeras inte: {reason} Förväntat: ett kalkylark sparat "
        "av Excel, LibreOffice eller ett annat kalkylprogram."
    )


def _check_csv_lines(path: Path) -> None:
    """Refuse a CSV with a line longer than MAX_CSV_LINE_BYTES, reading it in pieces."""
    line = 0
    number = 1
    try:
        with path.open("rb") as handle:
            while piece := handle.read(READ_BYTES):
                last = piece.rfind(b"\n")
                if last < 0:
                    line += len(piece)
                else:
                    longest = max(map(len, piece[:last].split(b"\n")))
                    if line + piece.find(b"\n") > MAX_CSV_LINE_BYTES or (
                        longest > MAX_CSV_LINE_BYTES
                    ):
                        break
                    number += piece.count(b"\n")
                    line = len(piece) - last - 1
                if line > MAX_CSV_LINE_BYTES:
                    break
            else:
                return
    except OSError as error:
        raise ImportFileError(
            f"Filen ”{path.name}” kunde inte läsas ({error.strerror or error})."
        ) from error
    raise ImportFileError(
        f"Filen ”{path.name}” har en rad (omkring rad {number}) som är längre än "
        f"{MAX_CSV_LINE_BYTES // (1 << 20)} MB. Förväntat: en CSV-fil med en rad per värde "
        "eller kommun och kolumner åtskilda av semikolon, tabb eller komma."
    )
