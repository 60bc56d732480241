"""The fast paths of a big import give exactly what the plain paths give.

A big .xlsx sheet is parsed in parts (xlsx_parts.py) and clean chunks of rows are staged
column by column (extract_columns.py); here both are forced onto small files and
compared with the whole-sheet parse and the row-by-row loop.
"""

from __future__ import annotations

import gc
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import HARRYDA, KPI_A, KPI_B, TANUM
from sheet_writers import write_csv, write_openpyxl, write_xlsxwriter

from agenda_desktop.core.indicators import extract, reading, xlsx_parts
from agenda_desktop.core.indicators.collector_pause import cycle_collector_paused
from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.services.indicator_import import IndicatorImportService

MIXED: list[list[Any]] = [
    ["Titel: nyckeltal"],
    [],
    ["Nyckeltal", "Kommun", "År", "Kön", "Värde", None, "Not"],
    *[[KPI_A, "Tanum", 2000 + year, "T", year * 1.5] for year in range(12)],
    [KPI_B, "Härryda", 2020, "K", ".."],
    [KPI_B, "Härryda", date(2021, 1, 1), "K", True],
    [],
    [],
    [KPI_B, "Härryda", 2022, "M", "=1+1"],
    [KPI_B, "Härryda", 2023, "M", datetime(2023, 5, 1, 12, 30)],
    *[[KPI_B, "Tanum", 2000 + year, "M", None] for year in range(10)],
    [None, None, None, None, None, None, None, None, None, "långt ut"],
    *[[KPI_A, "Härryda", 2000 + year, "K", f"{year},5"] for year in range(10)],
]


def _read(path: Path, sheet: str) -> tuple[int, list[tuple[int, list[Any]]]]:
    with reading.open_workbook(path) as workbook:
        rows = workbook.read(sheet)
        return rows.height, list(rows.rows)


def _cut_small(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every sheet count as big, and parts some hundred bytes; counts the parts."""
    monkeypatch.setattr(xlsx_parts, "SPLIT_FROM_BYTES", 0)
    monkeypatch.setattr(xlsx_parts, "SHARED_STRINGS_SHARE", 0)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 300)
    monkeypatch.setattr(xlsx_parts, "READ_BYTES", 128)
    monkeypatch.setattr(xlsx_parts, "_workers", lambda: 2)
    parsed: list[int] = []
    parse_part = xlsx_parts._parse_part

    def counting(document: Any, sheet: str) -> Any:
        parsed.append(1)
        return parse_part(document, sheet)

    monkeypatch.setattr(xlsx_parts, "_parse_part", counting)
    return parsed


@pytest.mark.parametrize("writer", [write_xlsxwriter, write_openpyxl])
def test_a_sheet_parsed_in_parts_reads_as_the_whole_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: Any
) -> None:
    path = writer(tmp_path / "blandat.xlsx", {"Annat": [["x"]], "Värden & mer": MIXED})
    whole = _read(path, "Värden & mer")
    parsed = _cut_small(monkeypatch)
    assert _read(path, "Värden & mer") == whole
    assert len(parsed) > 5  # it was cut
    assert _read(path, "Annat") == (1, [(1, ["x"])])


def test_a_sheet_whose_rows_carry_no_numbers_is_parsed_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsxwriter(tmp_path / "r.xlsx", {"Blad1": MIXED})
    whole = _read(path, "Blad1")
    stripped = tmp_path / "utan_radnummer.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stripped, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b'<row r="', b'<row x="')
            target.writestr(item, data)
    parsed = _cut_small(monkeypatch)
    assert _read(stripped, "Blad1") == whole
    assert len(parsed) <= 1  # cutting stopped at the first part without a row number


def _preview_and_staged(service: IndicatorImportService, path: Path) -> tuple[Any, Any]:
    preview = service.analyse(ImportRequest(path))
    staged = preview.staged.staged  # type: ignore[union-attr]
    return preview, staged


def _columns(staged: Any) -> tuple[Any, ...]:
    return tuple(
        list(getattr(staged, name))
        for name in ("kpi_ids", "municipality_ids", "kpi", "municipality", "period")
    ) + tuple(list(getattr(staged, name)) for name in ("gender", "value", "reason", "row", "index"))


@pytest.mark.parametrize("chunk", [1, 4, 7, 4096])
def test_column_wise_staging_equals_the_row_by_row_loop(
    tmp_path: Path,
    service: IndicatorImportService,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    rows = [
        ["Nyckeltal", "Kommun", "År", "Kön", "Värde"],
        *[[KPI_A, TANUM, str(2000 + year), "T", f"{year},5"] for year in range(9)],
        [KPI_A, TANUM, "2001", "T", "1,5"],  # an identical duplicate
        [KPI_A, TANUM, "2002", "T", "9"],  # a conflicting duplicate
        [KPI_A, "Okänd", "2003", "K", "1"],  # an unknown municipality
        ["Källa: SCB", "", "", "", ""],  # a note
        ["", "", "", "", ""],
        *[[KPI_B, HARRYDA, str(2000 + year), "K", ".."] for year in range(9)],
        [KPI_B, HARRYDA, "2015", "K", "abc"],  # not a number
        *[[KPI_B, "Härryda", str(2010 + year), "M", ""] for year in range(9)],
    ]
    path = write_csv(tmp_path / "blandat.csv", rows)
    monkeypatch.setattr(extract, "CHUNK_ROWS", chunk)
    fast_preview, fast = _preview_and_staged(service, path)
    monkeypatch.setattr(extract, "stage_columns", lambda *_args: False)
    slow_preview, slow = _preview_and_staged(service, path)
    assert _columns(fast) == _columns(slow)
    for name in ("new", "rejected", "missing", "problems", "problem_count", "notices"):
        assert getattr(fast_preview, name) == getattr(slow_preview, name), name
    assert fast_preview.problem_count == 3


def test_a_wide_sheet_is_staged_column_wise_as_row_by_row(
    tmp_path: Path, service: IndicatorImportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        ["Kommun", "Nyckeltal", "2020", "2021", "2022"],
        *[["Tanum", kpi, 1.5, "..", 3] for kpi in (KPI_A, KPI_B)],
        *[["Härryda", kpi, 4, 5.25, ""] for kpi in (KPI_A, KPI_B)],
    ]
    path = write_openpyxl(tmp_path / "bred.xlsx", {"Blad1": rows})
    monkeypatch.setattr(extract, "CHUNK_ROWS", 2)
    fast_preview, fast = _preview_and_staged(service, path)
    monkeypatch.setattr(extract, "stage_columns", lambda *_args: False)
    slow_preview, slow = _preview_and_staged(service, path)
    assert _columns(fast) == _columns(slow)
    assert (fast_preview.new, fast_preview.missing) == (slow_preview.new, slow_preview.missing)
    assert fast_preview.new == 12


def test_the_cycle_collector_is_paused_only_inside_and_as_it_was_after() -> None:
    assert gc.isenabled()
    with cycle_collector_paused():
        assert not gc.isenabled()
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()  # it was off, and stays off
    finally:
        gc.enable()
