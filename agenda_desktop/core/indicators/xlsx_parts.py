"""Parse a big .xlsx sheet in parts, on several cores at once.

python-calamine parses a whole sheet in one call that releases the GIL but uses one core:
some 5-6 s of a 290 x 50 x 20 x 3 long-layout file (870 000 rows, 260 MB of sheet XML).
Here the sheet XML is inflated once and cut at row ends into parts of PART_BYTES; each
part becomes a small workbook in memory (the file's own workbook, relationships, styles
and shared strings, and the sheet with only that part's rows, numbered as in the file),
and worker threads let python-calamine parse the parts side by side. The cells come out
exactly as from a whole-sheet parse, because the same library reads the same XML of the
same cells; only their rows are split over several ranges (see reading.py).

A part is cut only where a row ends, and begins with a row that carries its number
(``<row r="…">``): calamine numbers a row without one by counting on from the row before,
which a part would restart; cells without a reference are counted within their row, which
a part keeps whole. Anything unusual (a small sheet, a namespace prefix, a part that
starts with a row without its number, big shared strings, a part calamine refuses)
returns None, and the caller parses the sheet whole as before.
"""

from __future__ import annotations

import html
import io
import os
import re
import zipfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Final

SPLIT_FROM_BYTES: Final = 32 << 20  # sheet XML below this is parsed whole
# sheet XML per part: small parts keep the peak low (each part's parse holds its cells
# twice for a moment), at some 5 % more work than parsing the sheet whole
PART_BYTES: Final = 8 << 20
READ_BYTES: Final = 4 << 20  # inflated at a time
PREAMBLE_MAX_BYTES: Final = 1 << 20  # what comes before the rows (columns, views, …)
MAX_WORKERS: Final = 4
WORKBOOK: Final = "xl/workbook.xml"
WORKBOOK_RELS: Final = "xl/_rels/workbook.xml.rels"
COPIED_MAX_BYTES: Final = 4 << 20  # other parts of the file copied into each part
SHARED_STRINGS_SHARE: Final = 8  # every part parses the shared strings again
SHARED_STRINGS: Final = "xl/sharedStrings.xml"

_SHEET_TAG: Final = re.compile(rb"<sheet\b[^>]*>")
_RELATIONSHIP_TAG: Final = re.compile(rb"<Relationship\b[^>]*>")
_ATTRIBUTE: Final = re.compile(rb'([\w:]+)="([^"]*)"')
_DIMENSION: Final = re.compile(rb"<dimension\b[^>]*/>")
SHEET_DATA: Final = b"<sheetData>"
SHEET_DATA_END: Final = b"</sheetData>"


def parse_in_parts(path: Path, sheet: str) -> list[Any] | None:
    """The CalamineSheets of ``sheet``'s parts, in row order; None to parse it whole
    (also on one core, where cutting the sheet would only add work)."""
    if _workers() < 2:
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, sheet)
            if member is None or archive.getinfo(member).file_size < SPLIT_FROM_BYTES:
                return None
            common = _common_members(archive)
            if common is None:
                return None
            with archive.open(member) as stream:
                return _parse(stream, member, sheet, common)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, RuntimeError):
        return None  # the whole-sheet parse reports a damaged file properly


def _workers() -> int:
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _attributes(tag: bytes) -> dict[bytes, str]:
    return {name: html.unescape(value.decode("utf-8")) for name, value in _ATTRIBUTE.findall(tag)}


def _sheet_member(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member of the sheet named ``sheet``, by the workbook and its relationships."""
    names = set(archive.namelist())
    if WORKBOOK not in names or WORKBOOK_RELS not in names:
        return None
    ids = [
        attributes.get(b"r:id")
        for attributes in map(_attributes, _SHEET_TAG.findall(archive.read(WORKBOOK)))
        if attributes.get(b"name") == sheet
    ]
    if len(ids) != 1 or ids[0] is None:
        return None
    for tag in _RELATIONSHIP_TAG.findall(archive.read(WORKBOOK_RELS)):
        attributes = _attributes(tag)
        if attributes.get(b"Id") == ids[0] and attributes.get(b"TargetMode") is None:
            target = attributes.get(b"Target", "")
            member = target[1:] if target.startswith("/") else f"xl/{target}"
            return member if member in names else None
    return None


def _common_members(archive: zipfile.ZipFile) -> dict[str, bytes] | None:
    """The members every part carries: all but the worksheets and big media. None when
    the shared strings are big (every part parses them again)."""
    common = {}
    for info in archive.infolist():
        if info.is_dir() or info.filename.startswith("xl/worksheets/"):
            continue
        if info.filename == SHARED_STRINGS:
            if info.file_size * SHARED_STRINGS_SHARE > PART_BYTES:
                return None
        elif info.file_size > COPIED_MAX_BYTES:
            continue
        common[info.filename] = archive.read(info)
    return common


def _parse(stream: Any, member: str, sheet: str, common: dict[str, bytes]) -> list[Any] | None:
    workers = _workers()
    with ThreadPoolExecutor(workers, thread_name_prefix="xlsx-part") as pool:
        pending: deque[Future[Any]] = deque()
        parsed: list[Any] = []
        try:
            for part in _parts(stream):
                if part is None:
                    return None
                if len(pending) > workers:  # bound the parts held in memory
                    parsed.append(pending.popleft().result())
                document = _workbook(common, member, part)
                pending.append(pool.submit(_parse_part, document, sheet))
            parsed.extend(future.result() for future in pending)
        except Exception:  # calamine refused a part: parse the sheet whole
            return None
        finally:
            for future in pending:
                future.cancel()
    return parsed


def _parse_part(document: io.BytesIO, sheet: str) -> Any:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_filelike(document)
    try:
        return workbook.get_sheet_by_name(sheet)
    finally:
        workbook.close()


def _parts(stream: Any) -> Iterator[tuple[bytes, memoryview, bytes] | None]:
    """The sheet XML cut at row ends: (preamble, rows, ending) for each part, the rows a
    view valid until the next part is asked for; yields None (and stops) when the XML is
    not one this module can cut safely."""
    buffer = bytearray()
    while SHEET_DATA not in buffer:
        block = stream.read(READ_BYTES)
        if not block or len(buffer) > PREAMBLE_MAX_BYTES:
            yield None
            return
        buffer += block
    start = buffer.find(SHEET_DATA)
    preamble = _DIMENSION.sub(b"", bytes(buffer[:start])) + SHEET_DATA
    del buffer[: start + len(SHEET_DATA)]
    ending = SHEET_DATA_END + b"</worksheet>"
    done = False
    while not done:
        while len(buffer) < PART_BYTES and not done:
            block = stream.read(READ_BYTES)
            buffer += block
            done = not block
        end = buffer.find(SHEET_DATA_END) if done else buffer.rfind(b"</row>")
        if end < 0:
            yield None
            return
        cut = end if done else end + len(b"</row>")
        first = bytes(buffer[:64]).lstrip()
        if first[:1] and not first.startswith(b'<row r="'):
            yield None  # a part must say which row it starts at (see module docstring)
            return
        if first[:1] and cut:
            with memoryview(buffer) as view, view[:cut] as rows:
                yield preamble, rows, ending
        del buffer[:cut]


def _workbook(
    common: dict[str, bytes], member: str, pieces: tuple[bytes | memoryview, ...]
) -> io.BytesIO:
    """A stored (uncompressed) .xlsx in memory: the common members and one sheet."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as part:
        for name, data in common.items():
            part.writestr(name, data)
        with part.open(member, "w") as sheet_xml:
            for piece in pieces:
                sheet_xml.write(piece)
    buffer.seek(0)
    return buffer
