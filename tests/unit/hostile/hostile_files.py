"""Crafted hostile and broken files for the hostile-file tests, written by real code.

Each builder writes one file at the path it is given. The zip bomb streams 1 GiB of
zeros through deflate level 9 (1 MB on disk); its copies only have their declared sizes
patched, so the tests never expand anything themselves.
"""

from __future__ import annotations

import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

BOMB_BYTES = 1 << 30
MEGABYTE = 1 << 20
SHEET = "xl/worksheets/sheet1.xml"
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
ODS_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
    b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
    b'manifest:full-path="/" manifest:media-type="' + ODS_MIME.encode() + b'"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>"
)
ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Blad1">{rows}'
    "</table:table></office:spreadsheet></office:body></office:document-content>"
)
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10)
    )
    + "]>"
)


def _small_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kommun", "Nyckeltal", "År", "Värde"])
    sheet.append(["Tanum", "N00001", 2024, 1.5])
    book.save(path)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_members(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _with_sheet_xml(path: Path, edit: Callable[[str], str]) -> None:
    _small_workbook(path)
    members = _members(path)
    members[SHEET] = edit(members[SHEET].decode("utf-8")).encode("utf-8")
    _write_members(path, members)


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(path.name).randbytes(64 * 1024))


def empty(path: Path) -> None:
    path.write_bytes(b"")


def truncated_xlsx(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kommun", "Nyckeltal", "År", "Värde"])
    for row in range(2000):
        sheet.append(["Tanum", "N00001", 2000 + row % 25, row * 1.5])
    book.save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def zip_not_a_sheet(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "Det här är ingen kalkylbok.")
        archive.writestr("bilder/logga.png", b"\x89PNG\r\n\x1a\n" + bytes(100))


def zip_bomb(path: Path) -> None:
    """A real workbook whose sheet XML is 1 GiB of zeros, honestly declared."""
    _small_workbook(path)
    members = _members(path)
    zeros = bytes(MEGABYTE)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            if name != SHEET:
                archive.writestr(name, data)
        with archive.open(SHEET, "w") as sheet:
            for _ in range(BOMB_BYTES // MEGABYTE):
                sheet.write(zeros)


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size of ``member`` in its local and central headers."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, info.header_offset + 22, size)
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4 : info.header_offset + 6])
    name = member.encode()
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + length]) == name:
            struct.pack_into("<I", data, central + 24, size)
            break
        central = data.rfind(b"PK\x01\x02", 0, central)
    path.write_bytes(bytes(data))


def declared_bomb(bomb: Path) -> Callable[[Path], None]:
    """The bomb, declaring nearly 4 GiB for its sheet."""

    def build(path: Path) -> None:
        path.write_bytes(bomb.read_bytes())
        _patch_declared_size(path, SHEET, 0xFFFF_0000)

    return build


def lying_bomb(bomb: Path) -> Callable[[Path], None]:
    """The bomb, declaring 100 kB for its 1 GiB sheet: only streaming can tell."""

    def build(path: Path) -> None:
        path.write_bytes(bomb.read_bytes())
        _patch_declared_size(path, SHEET, 100_000)

    return build


def billion_laughs(path: Path) -> None:
    _with_sheet_xml(
        path,
        lambda xml: xml.replace("?>", "?>" + LAUGHS, 1).replace(">Tanum<", ">&lol9;<"),
    )


def external_entity(path: Path) -> None:
    doctype = '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
    _with_sheet_xml(
        path, lambda xml: xml.replace("?>", "?>" + doctype, 1).replace(">Tanum<", ">&ext;<")
    )


def huge_extent(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Kommun"
    sheet["XFD1"] = 1
    sheet["A1048576"] = 2
    book.save(path)


def huge_extent_unusual(path: Path) -> None:
    """The same with attributes in another order and single quotes, no dimension."""

    def edit(xml: str) -> str:
        start, end = xml.index("<sheetData>"), xml.index("</sheetData>")
        data = (
            "<sheetData><row><c t='inlineStr' r='A1'><is><t>Kommun</t></is></c>"
            "<c s='0' r='XFD1'><v>1</v></c></row>"
            "<row><c s='0' r='A1048576'><v>2</v></c></row>"
        )
        return xml[:start] + data + xml[end:]

    _with_sheet_xml(path, edit)


def ods_repeated(path: Path) -> None:
    row = (
        '<table:table-row table:number-rows-repeated="1048576"><table:table-cell '
        'table:number-columns-repeated="16384" office:value-type="float" '
        'office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_MIME)
        archive.writestr("content.xml", ODS_CONTENT.format(rows=row), zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED)


def formulas(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kommun", "Nyckeltal", "År", "Värde"])
    sheet.append(['=HYPERLINK("http://x")', "=1+1", "=A1", "=SUM(1,2)"])
    sheet.append(["Tanum", "N00001", 2024, "=1/0"])
    book.save(path)


def long_string(path: Path) -> None:
    """A 10 MB shared string (openpyxl itself cuts a cell at 32 767 characters)."""
    shared_string(10 * MEGABYTE, 1)(path)


def long_string_inline(path: Path) -> None:
    _with_sheet_xml(
        path,
        lambda xml: xml.replace(
            "<t>Tanum</t>",
            f"<t>{'y' * (10 * MEGABYTE)}</t>",
        ),
    )


def shared_string(size: int, references: int) -> Callable[[Path], None]:
    """A shared string of ``size`` random letters referenced by ``references`` cells."""

    def build(path: Path) -> None:
        text = "".join(random.Random(1).choices("abcdefghij", k=size))

        def edit(xml: str) -> str:
            start, end = xml.index("<sheetData>"), xml.index("</sheetData>")
            rows = "".join(
                f'<row r="{row}"><c r="A{row}" t="s"><v>0</v></c></row>'
                for row in range(1, references + 1)
            )
            return xml[:start] + f"<sheetData>{rows}" + xml[end:]

        _with_sheet_xml(path, edit)
        members = _members(path)
        members["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>'
        ).encode()
        _write_members(path, members)

    return build


def shared_string_amplified(path: Path) -> None:
    """One 200 kB shared string referenced by 20 000 cells: 4 GB if every cell copies it."""
    shared_string(200_000, 20_000)(path)


def csv_one_line(size: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        block = b"1;" * (MEGABYTE // 2)
        with path.open("wb") as handle:
            for _ in range(size // len(block)):
                handle.write(block)

    return build


def csv_text(data: bytes) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        path.write_bytes(data)

    return build


CSV_HEADER = "Kommun;Nyckeltal;År;Värde\n"
CRAFTED_CSV: dict[str, bytes] = {
    "nul.csv": b"Kommun;V\x00rde\n\x00\x00\x00;1\n" * 10,
    "utf16_without_bom.csv": (CSV_HEADER + "Tanum;N00001;2024;1,5\n").encode("utf-16-le"),
    "broken_utf8.csv": CSV_HEADER.encode() + b"Tanum;N00001;2024;\xff\xfe\xc3(\n",
    "cp1252.csv": (CSV_HEADER + "Härryda;N00001;2024;1,5\n").encode("cp1252"),
    "unclosed_quote.csv": (CSV_HEADER + 'Tanum;"N00001;2024;1,5\n' * 3).encode(),
    "formulas.csv": (CSV_HEADER + '=HYPERLINK("http://x");@SUM(1);+1+1;-2+3\n').encode(),
    "wide.csv": (";".join(f"K{i}" for i in range(16_384)) + "\n" + "1;" * 16_383 + "1\n").encode(),
    "million_columns.csv": (";" * 1_000_000 + "\n").encode(),
    "long_field.csv": (CSV_HEADER + "Tanum;" + "z" * (10 * MEGABYTE) + ";2024;1\n").encode(),
}
