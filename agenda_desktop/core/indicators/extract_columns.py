"""The fast path of extract.py: a chunk of data rows staged column by column.

Nearly every chunk of a big, clean file has nothing to report: each key cell is one seen
before, each value a number or a missing mark, no key comes twice. Such a chunk is staged
by C loops over whole columns (zip, map, dict, list.extend) instead of Python code per
cell, which was most of the time the extraction took (some 1.5 s of 870 000 values).

Anything else (a short row, a key cell that does not resolve, a value that is neither a
number nor a missing mark, a key seen before, count/status/missing-reason columns) makes
:func:`stage_columns` return False before it has staged or reported anything, and the
chunk goes through the row-by-row loop of extract.py, which names every problem's row
and column. So the result is the same either way; only the time differs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from operator import add, is_not, mul
from typing import TYPE_CHECKING, Any

from agenda_desktop.core.indicators.numbers import missing_mark, parse_number
from agenda_desktop.core.indicators.reading import Cell

if TYPE_CHECKING:
    from agenda_desktop.core.indicators.extract import Extractor, KeyResolver, Spec

Columns = list[list[Any]]  # kpi, municipality, period, gender codes; values; reasons


def stage_columns(
    extractor: Extractor, numbers: Sequence[int], rows: Sequence[list[Cell]], specs: list[Spec]
) -> bool:
    """Stage every value of ``rows`` (data rows, numbered ``numbers``, each as wide as the
    specs need) when none of them needs a problem reported, an ignored row noted or a
    duplicate compared; otherwise stage nothing, report nothing and return False.

    Only key caches may have grown (with cells that resolve, as the row-by-row loop
    would cache them too).
    """
    if any(spec[9] >= 0 or spec[10] >= 0 or spec[11] >= 0 for spec in specs):
        return False  # count, status or missing-reason cells: checked row by row
    cells = list(zip(*rows, strict=False))  # column by column; every row is wide enough
    per_spec: list[Columns] = []
    for spec in specs:
        columns = _spec_columns(extractor, cells, spec)
        if columns is None:
            return False
        per_spec.append(columns)
    if len(per_spec) == 1:
        columns, row_numbers = per_spec[0], numbers
    else:
        columns = [_interleave([each[part] for each in per_spec]) for part in range(6)]
        row_numbers = _interleave([numbers] * len(per_spec))
    kpis, municipalities, periods, genders, values, reasons = columns
    staged = extractor.staged
    index = staged.index
    positions = range(len(staged.value), len(staged.value) + len(values))
    keys = list(_keys(kpis, municipalities, periods, genders))
    if list(map(index.setdefault, keys, positions)) != list(positions):
        # a key twice (in the file, or in this chunk): take this chunk's new keys out
        # again, and let the row-by-row loop compare the two values
        for key, position in zip(keys, positions, strict=True):
            if index.get(key) == position:
                del index[key]
        return False
    staged.kpi.extend(kpis)
    staged.municipality.extend(municipalities)
    staged.period.extend(periods)
    staged.gender.extend(genders)
    staged.value.extend(values)
    staged.reason.extend(reasons)
    staged.row.extend(row_numbers)
    extractor.missing += len(reasons) - reasons.count(None)
    return True


def _keys(
    kpis: list[int], municipalities: list[int], periods: list[int], genders: list[int]
) -> Iterator[int]:
    """staged.make_key over whole columns, by C loops: ((k * 4096 + m) * 4096 + p) * 4 + g."""
    pairs = map(add, map(mul, kpis, repeat(4096)), municipalities)
    return map(add, map(mul, map(add, map(mul, pairs, repeat(4096)), periods), repeat(4)), genders)


def _spec_columns(
    extractor: Extractor, cells: list[tuple[Cell, ...]], spec: Spec
) -> Columns | None:
    """The four key codes, the values and the missing reasons of one record spec;
    None when any cell of them needs the row-by-row loop."""
    found = _values(list(cells[spec[8]]))
    if found is None:
        return None
    height = len(found[0])
    columns: Columns = []
    # (column, constant) of the KPI, the municipality, the period and the gender
    for column, constant, (cache, resolve) in zip(
        spec[0:8:2], spec[1:8:2], extractor.key_lookups, strict=True
    ):
        if column >= 0:
            codes = _codes(cells[column], column, cache, resolve)
        else:
            codes = [constant] * height if constant >= 0 else None
        if codes is None:
            return None
        columns.append(codes)
    return [*columns, *found]


def _codes(
    cells: tuple[Cell, ...], column: int, cache: dict[Cell, int], resolve: KeyResolver
) -> list[int] | None:
    """The codes of a key column; None when a cell does not resolve. New distinct cells
    are resolved once each, in the order the rows have them, so that codes are numbered
    as the row-by-row loop numbers them."""
    try:
        return list(map(cache.__getitem__, cells))
    except KeyError:
        pass
    for cell in dict.fromkeys(cells):
        if cell not in cache and resolve(cell, 0, column, False) < 0:
            return None
    return list(map(cache.__getitem__, cells))


def _values(cells: list[Cell]) -> tuple[list[float | None], list[str | None]] | None:
    """Values and missing reasons as cell_values.read_number reads them; None when a
    cell is neither a number nor a missing mark (a problem to report row by row)."""
    height = len(cells)
    kinds = list(map(type, cells))
    values: list[float | None] = cells
    reasons: list[str | None] = [None] * height
    if kinds.count(float) == height:
        return values, reasons
    for position in compress(range(height), map(is_not, kinds, repeat(float))):
        cell, kind = cells[position], kinds[position]
        if kind is int:
            values[position] = float(cell)
        elif kind is str:
            number = parse_number(cell)
            if number is None:
                reason = missing_mark(cell)
                if reason is None:
                    return None
                reasons[position] = reason
            values[position] = number
        else:
            return None  # a bool, a date or a time: reported row by row
    return values, reasons


def _interleave(parts: Sequence[Sequence[Any]]) -> list[Any]:
    """Row-major order of several specs' columns: part 0's first item, part 1's first, …"""
    width = len(parts)
    joined: list[Any] = [None] * (width * len(parts[0]))
    for offset, part in enumerate(parts):
        joined[offset::width] = part
    return joined
