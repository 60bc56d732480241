"""Fuzzed CSV texts and small workbooks fed to the indicator inspection and preview and to
the financing amount sheet reader: never an exception but the app's own, never a hang.

The number of examples run is printed at the end of the module (pytest -s shows it).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.networks.financing_sheet import read_amount_sheet
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation

pytestmark = pytest.mark.sqlite_only

RUN: Counter[str] = Counter()
HEADERS = ["Kommun", "Kommunkod", "Nyckeltal", "År", "Värde", "Kön", "Belopp exkl. moms", "Summa"]
WORDS = ["Tanum", "1435", "N00001", "2024", "1,5", "T", "Stockholm", "Riket", "summa", "-"]
texts = st.one_of(
    st.sampled_from(HEADERS + WORDS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10),  # control characters
    st.builds(lambda text: "=" + text, st.text(max_size=20)),
    st.sampled_from(['=HYPERLINK("http://x")', "@SUM(1)", "+1+1", "-2+3", "1e308", "NaN"]),
)
numbers = st.one_of(
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -0.0, 1e308, -1e-308, 2**63, 1435, 2024]),
)
dates = st.one_of(
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
)
cells = st.one_of(st.none(), texts, numbers, dates, st.booleans())
grids = st.lists(st.lists(cells, max_size=12), max_size=25)
SEPARATORS = st.sampled_from([";", ",", "\t", "|"])


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("fuzz")
    opened = open_database(DatabaseLocation.for_file(folder / "fuzz.agenda")).database
    yield opened
    opened.close()
    print(f"\nFuzzed inputs run: {dict(RUN)} (total {sum(RUN.values())})")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzzfiles")


def feed(database: Database, path: Path) -> None:
    """Every importer on ``path``; only the app's own errors may come out."""
    service = IndicatorImportService(database)
    try:
        info = service.inspect(path)
        service.analyse(ImportRequest(path, sheet=info.default_sheet))
    except AgendaError as error:
        assert path.name in str(error) or "Bladet" in str(error), str(error)
    with database.unit_of_work() as session:
        catalogue = Catalogue.load(session)
    try:
        read_amount_sheet(path, catalogue, "1435")
    except AgendaError as error:
        assert path.name in str(error), str(error)


def csv_field(cell: Any) -> str:
    if isinstance(cell, float) and not math.isfinite(cell):
        return str(cell)
    return "" if cell is None else str(cell)


SETTINGS = settings(
    max_examples=60,
    deadline=5000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@SETTINGS
@given(
    grid=grids,
    separator=SEPARATORS,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    quote=st.booleans(),
)
def test_fuzzed_csv(
    database: Database,
    folder: Path,
    grid: list[list[Any]],
    separator: str,
    encoding: str,
    quote: bool,
) -> None:
    RUN["csv"] += 1
    lines = []
    for row in grid:
        fields = [csv_field(cell) for cell in row]
        if quote:
            fields = ['"' + field.replace('"', '""') + '"' for field in fields]
        lines.append(separator.join(fields))
    path = folder / "fuzz.csv"
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    feed(database, path)


@SETTINGS
@given(grid=grids, junk=st.binary(max_size=200))
def test_fuzzed_csv_bytes(
    database: Database, folder: Path, grid: list[list[Any]], junk: bytes
) -> None:
    RUN["csv_bytes"] += 1
    text = "\n".join(";".join(csv_field(cell) for cell in row) for row in grid)
    path = folder / "fuzz_bytes.csv"
    path.write_bytes(text.encode("utf-8", errors="replace") + junk)
    feed(database, path)


def sheet_value(cell: Any) -> Any:
    if isinstance(cell, str):
        return openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", cell)
    return cell


@settings(SETTINGS, max_examples=40)
@given(
    sheets=st.lists(grids, min_size=1, max_size=3),
    names=st.lists(st.text(min_size=1, max_size=10), min_size=3, max_size=3),
)
def test_fuzzed_workbook(
    database: Database, folder: Path, sheets: list[list[list[Any]]], names: list[str]
) -> None:
    RUN["xlsx"] += 1
    book = openpyxl.Workbook()
    book.remove(book.active)
    for number, grid in enumerate(sheets):
        title = (
            openpyxl.workbook.child.INVALID_TITLE_REGEX.sub("", names[number])[:31] or f"B{number}"
        )
        sheet = book.create_sheet(title if title not in book.sheetnames else f"B{number}")
        for row in grid:
            sheet.append([sheet_value(cell) for cell in row])
    path = folder / "fuzz.xlsx"
    try:
        book.save(path)
    except (ValueError, TypeError, OverflowError):
        return  # openpyxl cannot write this value: nothing to import
    feed(database, path)
