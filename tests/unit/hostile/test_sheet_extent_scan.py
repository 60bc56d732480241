"""The quick scan of a big sheet's cell references (sheet_extent._scan_references with
exact=False) finds a cell far right or far below wherever it is written in a piece."""

from __future__ import annotations

import pytest

from agenda_desktop.core import sheet_extent


def _piece(far: bytes) -> bytes:
    rows = [
        b'<row r="%d"><c r="A%d"><v>1</v></c><c r="B%d" t="inlineStr"><is><t>N00234</t>'
        b"</is></c></row>" % (number, number, number)
        for number in range(1000, 1200)
    ]
    rows.insert(57, b'<row r="1057">' + far + b"<v>2</v></c></row>")
    return b"".join(rows)


@pytest.mark.parametrize(
    ("far", "rows", "columns"),
    [
        (b'<c r="XFD1050">', 1199, 16384),
        (b'<c r="$XFD$1050">', 1199, 16384),
        (b'<c r="xfd1050">', 1199, 16384),
        (b'<c r="B1048576">', 1048576, 2),
        (b'<c r="ab1048576">', 1048576, 28),
        (b'<c r="$Z$1048576">', 1048576, 26),
        (b'<c r="Z$99999999">', 99999999, 26),
    ],
)
def test_a_far_cell_in_a_big_sheet_is_found(far: bytes, rows: int, columns: int) -> None:
    extent = sheet_extent._Extent(rows=1000, columns=2)
    sheet_extent._scan_references(_piece(far), extent, exact=False)
    assert (extent.rows, extent.columns) == (rows, columns)


def test_a_usual_piece_takes_its_last_reference() -> None:
    extent = sheet_extent._Extent(rows=1000, columns=2)
    sheet_extent._scan_references(_piece(b'<c r="B1057">'), extent, exact=False)
    assert (extent.rows, extent.columns) == (1199, 2)
