"""Check a spreadsheet's sheets, from their XML, before a reader builds them in memory.

python-calamine builds a sheet as one dense block from its first used cell to its last:
a file with one cell at XFD1 and one at A1048576 asks for 17 billion cells and ends the
program (memory allocation failed), though the file is a few kilobytes. This module reads
the cell references of every .xlsx worksheet (and the repeated cells of an .ods) while
``zip_safety.py`` inflates them, and refuses a sheet whose block would be far larger than
its data, a shared string longer than a cell can hold, or a run of text of megabytes.
Refusals are ``ZipRefused`` with a Swedish message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from agenda_desktop.core.zip_safety import ZipRefused

MIN_AREA_CELLS: Final = 16_000_000  # any sheet may span this many cells (some 500 MB)
BYTES_PER_CELL: Final = 8  # a bigger sheet must carry this much XML per cell it spans
EXACT_SCAN_BYTES: Final = 64 << 20  # sheets up to this size have every reference read
MAX_TEXT_BYTES: Final = 256 << 10  # a cell holds at most 32 767 characters (Excel's limit)
CARRY_MAX_BYTES: Final = 8 << 20
LONG_STRING: Final = 1024  # shared strings this long are counted where cells use them
MAX_COPIED_BYTES: Final = 256 << 20  # a reader copies a shared string into every cell
WORKSHEETS: Final = "xl/worksheets/"
SHARED_STRINGS: Final = "xl/sharedStrings.xml"
ODS_CONTENT: Final = "content.xml"

_REFERENCE: Final = re.compile(rb'<c r="\$?([A-Za-z]+)\$?([0-9]+)')
_SHARED_REFERENCE: Final = re.compile(rb't="s"[^>]*>\s*<v>([0-9]+)</v>')
_STRING_ITEM: Final = re.compile(rb"<si\b")
_ANY_REFERENCE: Final = re.compile(
    rb"<(?:[\w.-]+:)?(?:c|row)\b[^>]*?\br\s*=\s*[\"']\$?([A-Za-z]*)\$?([0-9]+)"
)
_ODS_REPEATED_VALUE: Final = re.compile(
    rb'number-columns-repeated="([0-9]+)"[^>]*?value-type|value-type[^>]*?number-columns-repeated="([0-9]+)"'
)
_ODS_REPEATED_ROW: Final = re.compile(rb'<table:table-row\b[^>]*?number-rows-repeated="([0-9]+)"')
_ODS_ROW_END: Final = b"</table:table-row>"
# letters and "$" -> A, digits -> 0: a far reference (see _scan_references) shows in the
# translated bytes as '<A A="AAA' or as A followed by its digits; found there, the exact
# pattern is searched (a translation and two plain searches cost half a regex search)
_CLASSES: Final = bytes.maketrans(
    b"0123456789$ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"0" * 10 + b"A" * 53
)
_FAR_COLUMN: Final = b'<A A="AAA'


@dataclass
class _Extent:
    rows: int = 0
    columns: int = 0

    def add(self, column_letters: bytes, row_digits: bytes) -> None:
        if row_digits:
            self.rows = max(self.rows, int(row_digits[:10]))
        if column_letters:
            self.columns = max(self.columns, column_number(column_letters[:5]))


def column_number(letters: bytes) -> int:
    """1 for A, 27 for AA, 16 384 for XFD."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class SheetChecker:
    """Checks the members of one spreadsheet zip; the shared strings must come first
    (``inspect_zip(..., first=SHARED_STRINGS)``) so that the worksheets can count what
    their references to long shared strings would cost."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self.long_strings: dict[int, int] = {}  # index -> bytes, for strings of LONG_STRING+
        self.copied = 0  # bytes of long shared strings copied into cells so far

    def check_part(self, name: str, pieces: Iterator[bytes]) -> None:
        """Check one member of a spreadsheet zip."""
        size = self.sizes.get(name, 0)
        if name.startswith(WORKSHEETS) and name.endswith(".xml"):
            _check_worksheet(name, pieces, size, self)
        elif name == SHARED_STRINGS:
            self.long_strings = _check_texts(name, pieces)
        elif name == ODS_CONTENT:
            _check_ods(name, pieces)

    def count_copies(self, name: str, data: bytes) -> None:
        if not self.long_strings:
            return
        for index in _SHARED_REFERENCE.findall(data):
            self.copied += self.long_strings.get(int(index[:10]), 0)
        if self.copied > MAX_COPIED_BYTES:
            raise ZipRefused(
                f"bladet i ”{name[:80]}” upprepar långa texter i så många celler att de "
                f"skulle ta mer än {MAX_COPIED_BYTES >> 20} MB minne."
            )


def _cut(carry: bytes, piece: bytes, name: str, tag: bytes = b"<") -> tuple[bytes, bytes]:
    """(whole tags to scan, the rest to carry): cut before the last ``tag`` (or ``<``)."""
    data = carry + piece
    cut = data.rfind(tag)
    if cut <= 0:
        cut = data.rfind(b"<")
    if cut <= 0:
        if len(data) > CARRY_MAX_BYTES:
            raise ZipRefused(_long_text(name))
        return b"", data
    return data[:cut], data[cut:]


def _long_text(name: str) -> str:
    return (
        f"delen ”{name[:80]}” innehåller en text på flera megabyte; en cell rymmer högst "
        "32 767 tecken."
    )


def _check_worksheet(name: str, pieces: Iterator[bytes], size: int, checker: SheetChecker) -> None:
    extent, carry = _Extent(), b""
    exact = size <= EXACT_SCAN_BYTES
    for piece in pieces:
        data, carry = _cut(carry, piece, name, b"<c")
        _scan_references(data, extent, exact)
        checker.count_copies(name, data)
    _scan_references(carry, extent, True)
    checker.count_copies(name, carry)
    area = extent.rows * extent.columns
    allowed = max(MIN_AREA_CELLS, size // BYTES_PER_CELL)
    if area > allowed:
        raise ZipRefused(
            f"bladet i ”{name[:80]}” sträcker sig över {extent.rows} rader och "
            f"{extent.columns} kolumner ({area} celler) men innehåller bara {size} byte "
            f"data; högst {allowed} celler tillåts. Ta bort celler långt ut till höger "
            "eller långt ned och spara filen på nytt."
        )


def _scan_references(data: bytes, extent: _Extent, exact: bool) -> None:
    if not data:
        return
    plain = data.count(b'<c r="')
    if _unusual(data, plain):
        for letters, digits in _ANY_REFERENCE.findall(data):  # unusual writer: read all
            extent.add(letters, digits)
        return
    if not exact:
        # a big sheet: exact only where a cell is far right or below the rows seen so far
        last = data.rfind(b'<c r="')
        found = _REFERENCE.match(data, last) if last >= 0 else None
        if found is not None:
            extent.add(found.group(1), found.group(2))
        digits = len(str(extent.rows)) + 1
        classes = data.translate(_CLASSES)
        if _FAR_COLUMN not in classes and b"A" + b"0" * digits not in classes:
            return
        far = re.compile(rb'<c r="\$?(?:[A-Za-z]{3}|[A-Za-z]{1,2}\$?[0-9]{%d})' % digits)
        if far.search(data) is None:
            return
    for letters, digits in _REFERENCE.findall(data):
        extent.add(letters, digits)


def _unusual(data: bytes, plain: int) -> bool:
    """Whether some cell is written otherwise than ``<c r="A1"`` (Excel's way): another
    attribute first, no reference, single quotes, a namespace prefix."""
    tags = data.count(b"<c")
    if (
        tags > plain
        and tags > plain + data.count(b"<col")
        and data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>") > plain
    ):
        return True
    if b":" not in data:
        return False
    return any(tag in data for tag in (b":c ", b":c>", b":c/>", b":row ", b":row>"))


def _check_texts(name: str, pieces: Iterator[bytes]) -> dict[int, int]:
    """Refuse a run of text longer than a cell holds; the long strings by index."""
    carry, index, length, long_strings = b"", -1, 0, {}
    for piece in pieces:
        data, carry = _cut(carry, piece, name)
        if data and max(map(len, data.split(b"<"))) > MAX_TEXT_BYTES:
            raise ZipRefused(_long_text(name))
        first, *items = _STRING_ITEM.split(data)
        length += len(first)
        for item in items:
            if length >= LONG_STRING and index >= 0:
                long_strings[index] = length
            index, length = index + 1, len(item)
    if len(carry) > MAX_TEXT_BYTES:
        raise ZipRefused(_long_text(name))
    if length + len(carry) >= LONG_STRING and index >= 0:
        long_strings[index] = length + len(carry)
    return long_strings


def _check_ods(name: str, pieces: Iterator[bytes]) -> None:
    """Refuse cells with a value repeated over more cells than a sheet may span (an .ods
    writes a run of equal cells once, with how many times it repeats)."""
    columns, rows, carry = 1, 1, b""
    for piece in pieces:
        data, carry = _cut(carry, piece, name)
        for first, second in _ODS_REPEATED_VALUE.findall(data):
            columns = max(columns, int(first or second))
        for found in _ODS_REPEATED_ROW.finditer(data):
            end = data.find(_ODS_ROW_END, found.end())
            if b"value-type" in data[found.end() : end if end >= 0 else None]:
                rows = max(rows, int(found.group(1)))
    if rows * columns > MIN_AREA_CELLS:
        raise ZipRefused(
            f"bladet i ”{name[:80]}” upprepar en cell med värde {rows} × {columns} gånger; "
            f"högst {MIN_AREA_CELLS} celler tillåts."
        )
