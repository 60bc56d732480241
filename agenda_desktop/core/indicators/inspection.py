"""Inspect a file before importing it, and remember confirmed column mappings.

``inspect_file`` reads only the first rows of each sheet: enough to find the header,
guess the layout and show a preview table.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.indicators import template
from agenda_desktop.core.indicators.headers import SCAN_ROWS, HeaderGuess, find_header, signature
from agenda_desktop.core.indicators.layout import Choices, make_plan
from agenda_desktop.core.indicators.model import Field, FileInfo, Layout, SheetInfo
from agenda_desktop.core.indicators.numbers import describe_cell
from agenda_desktop.core.indicators.reading import Cell, Workbook, open_workbook
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.store.models import ColumnMapping

HEAD_ROWS: Final = SCAN_ROWS + 30  # rows read for detection and content guesses
SAMPLE_ROWS: Final = 30
SAMPLE_COLUMNS: Final = 60

Rows = list[tuple[int, list[Cell]]]


# -- remembered column mappings ----------------------------------------------------------


def remembered_mappings(session: Session) -> dict[str, dict[int, Field]]:
    """Every remembered mapping by header signature."""
    mappings = {}
    for key, text in session.execute(select(ColumnMapping.header_signature, ColumnMapping.mapping)):
        try:
            mappings[key] = {int(index): Field(value) for index, value in json.loads(text).items()}
        except (ValueError, TypeError, AttributeError):
            continue  # a mapping from a newer version, say: ignore it, ask again
    return mappings


def remember_mapping(
    session: Session, header_signature: str, headers: list[str], mapping: Mapping[int, Field]
) -> None:
    """Remember a confirmed mapping for sheets with the same header."""
    row = session.get(ColumnMapping, header_signature)
    if row is None:
        row = ColumnMapping(header_signature=header_signature)
        session.add(row)
    row.headers = json.dumps(headers, ensure_ascii=False)
    row.mapping = json.dumps({str(index): str(value) for index, value in sorted(mapping.items())})
    row.updated_at = datetime.now().replace(microsecond=0)


# -- inspect -----------------------------------------------------------------------------


def take(rows: Iterator[tuple[int, list[Cell]]], count: int) -> Rows:
    return list(islice(rows, count))


def _sample(head: Rows) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(describe_cell(cell) for cell in cells[:SAMPLE_COLUMNS])
        for _row, cells in head[:SAMPLE_ROWS]
    )


def title_of(head: Rows, guess: HeaderGuess) -> str:
    first_header = guess.block_row or guess.row
    lines = []
    for number, cells in head:
        if number >= first_header:
            break
        text = " ".join(
            describe_cell(cell).strip() for cell in cells if describe_cell(cell).strip()
        )
        if text:
            lines.append(text)
    return "\n".join(lines)


def _sheet_info(
    name: str,
    height: int,
    head: Rows,
    catalogue: Catalogue,
    mappings: Mapping[str, Mapping[int, Field]],
) -> SheetInfo:
    guess = find_header(head, area_of=catalogue.municipality_by_name)
    if guess is None:
        return SheetInfo(name, height, None, 1, Layout.UNKNOWN, (), _sample(head))
    title = title_of(head, guess)
    hint = catalogue.kpi_in_text(title) or catalogue.kpi_in_text(name)
    key = signature(guess.cells)
    mapping = mappings.get(key)
    data = [item for item in head if item[0] > guess.row]
    plan = make_plan(guess, Choices(mapping or {}, None, None, hint), catalogue, data)
    return SheetInfo(
        name,
        height,
        guess.row,
        2 if guess.block_row else 1,
        plan.layout,
        plan.columns,
        _sample(head),
        title,
        hint,
        plan.needs_kpi,
        plan.needs_municipality,
        plan.needs_mapping,
        key,
        mapping,
    )


def inspect_file(
    path: Path,
    catalogue: Catalogue,
    mappings: Mapping[str, Mapping[int, Field]] | None = None,
) -> FileInfo:
    """Look at every sheet of a file: header row, layout, sample rows. Reads no values.

    Args:
        path: the file.
        catalogue: what the database knows (see IndicatorImportService.inspect).
        mappings: remembered column mappings by header signature.

    Raises:
        ImportFileError: the file cannot be read (Swedish message naming the file).
    """
    with open_workbook(path) as workbook:
        sheets = []
        for name in workbook.sheet_names:
            rows = workbook.read(name)
            sheets.append(
                _sheet_info(
                    name, rows.height, take(rows.rows, HEAD_ROWS), catalogue, mappings or {}
                )
            )
        default = _default_sheet(sheets)
        return FileInfo(path, path.name, workbook.kind, tuple(sheets), default)


def _default_sheet(sheets: list[SheetInfo]) -> str:
    for sheet in sheets:
        if sheet.name == template.VALUES_SHEET and sheet.layout is not Layout.UNKNOWN:
            return sheet.name
    for sheet in sheets:
        if sheet.layout is not Layout.UNKNOWN:
            return sheet.name
    for sheet in sheets:
        if sheet.header_row is not None:
            return sheet.name
    return sheets[0].name


def choose_sheet(
    workbook: Workbook, wanted: str | None
) -> tuple[str, int, Rows, Iterator[tuple[int, list[Cell]]]]:
    """The sheet to read: the requested one, else "Värden", else the first non-empty one."""
    names = [wanted] if wanted else workbook.sheet_names
    if not wanted and template.VALUES_SHEET in names:
        names = [template.VALUES_SHEET, *names]
    first: tuple[str, int, Rows, Iterator[tuple[int, list[Cell]]]] | None = None
    for name in names:
        rows = workbook.read(name)
        head = take(rows.rows, HEAD_ROWS)
        found = (name, rows.height, head, rows.rows)
        if first is None:
            first = found
        if any(any(describe_cell(cell).strip() for cell in cells) for _n, cells in head):
            return found
    assert first is not None
    return first
