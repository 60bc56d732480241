"""The rows of a sheet parsed in parts (xlsx_parts.py), as a whole-sheet parse gives them.

python-calamine gives a sheet's rows from row 1 (rows above the data blank) and its
cells from the first used column of the sheet to its last, every row as wide; reading.py
pads them back to column A. A part's range spans only its own rows and columns, so its
rows are padded to column A and to the last used column of the whole sheet, and blank
rows fill the rows no part has (before the first, and between two parts).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count, pairwise
from typing import Any


def _filled(parts: list[Any]) -> list[Any]:
    return [part for part in parts if part.height]


def in_row_order(parts: list[Any]) -> bool:
    """True when each part's rows come after the rows of the part before it."""
    filled = _filled(parts)
    return all(earlier.end[0] < later.start[0] for earlier, later in pairwise(filled))


def height_of(parts: list[Any]) -> int:
    """How many rows the whole sheet has, as reading.SheetRows counts them."""
    return max((part.end[0] + 1 for part in _filled(parts)), default=0)


def rows_of_parts(parts: list[Any]) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cells from column A) for every row, as a whole-sheet parse gives
    them; each part's range is let go once its rows are out."""
    filled = _filled(parts)
    parts.clear()
    width = max((part.end[1] + 1 for part in filled), default=0)
    number = 1
    while filled:
        part = filled.pop(0)
        (first, left), (last, right) = part.start, part.end
        while number <= first:
            yield number, [""] * width
            number += 1
        rows = part.to_python(skip_empty_area=True)
        del part
        before, after = [""] * left, [""] * (width - right - 1)
        if before or after:
            rows = [[*before, *cells, *after] for cells in rows]
        yield from zip(count(number), rows)
        number = last + 2
