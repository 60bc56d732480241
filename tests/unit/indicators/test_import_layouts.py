"""Every layout, written by every library people's files come from, imports the same values."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import HARRYDA, KPI_A, KPI_B, RIKET, TANUM, VASTRA_GOTALAND
from sheet_writers import WRITERS, write, write_csv, write_openpyxl, write_xlsxwriter

from agenda_desktop.core.indicators import template
from agenda_desktop.core.indicators.model import (
    Field,
    ImportRequest,
    Layout,
    LocalKpi,
)
from agenda_desktop.core.services.indicator_import import IndicatorImportService

Values = Callable[[], dict[tuple[str, str, int, str], Any]]

LONG = [
    ["Nyckeltal från Kolada, hämtade i november"],
    [],
    ["KPI-id", "Kommun-id", "Kommun", "År", "Kön", "Värde", "Kommentar"],
    [KPI_A, TANUM, "Tanum", 2022, "T", 12.5, "x"],
    [KPI_A, TANUM, "Tanum", 2022, "K", 13, None],
    [KPI_A, TANUM, "Tanum", 2022, "M", "-", None],
    [KPI_A, RIKET, "Riket", 2022, "T", 11.25, None],
    [KPI_B, HARRYDA, "Härryda", 2023, "T", ".", None],
    [KPI_B, HARRYDA, "Härryda", 2021, "T", "..", None],
    [KPI_B, HARRYDA, "Härryda", 2020, "T", None, None],
    ["Källa: Kolada"],
]
LONG_VALUES = {
    (KPI_A, TANUM, 2022, "T"): (12.5, None),
    (KPI_A, TANUM, 2022, "K"): (13.0, None),
    (KPI_A, TANUM, 2022, "M"): (None, "bortfall"),
    (KPI_A, RIKET, 2022, "T"): (11.25, None),
    (KPI_B, HARRYDA, 2023, "T"): (None, "ej_tillampligt"),
    (KPI_B, HARRYDA, 2021, "T"): (None, "sekretess"),
    (KPI_B, HARRYDA, 2020, "T"): (None, "tom"),
}


def _stored(values: Values) -> dict[tuple[str, str, int, str], tuple[Any, Any]]:
    return {key: stored[:2] for key, stored in values().items()}


def _import(service: IndicatorImportService, request: ImportRequest) -> None:
    preview = service.analyse(request)
    assert preview.problems == ()
    assert preview.can_apply
    result = service.apply(request, preview=preview)
    assert result.new == preview.new


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_long_layout_from_every_writer(
    tmp_path: Path, service: IndicatorImportService, values: Values, kind: str
) -> None:
    path = write(kind, tmp_path, {"Data": LONG})
    info = service.inspect(path)
    sheet = info.sheet()
    assert (sheet.header_row, sheet.layout, sheet.needs_mapping) == (3, Layout.LONG, False)
    assert sheet.title == "Nyckeltal från Kolada, hämtade i november"
    assert [column.field for column in sheet.columns][:6] == [
        Field.KPI, Field.MUNICIPALITY, Field.MUNICIPALITY_NAME, Field.PERIOD, Field.GENDER,
        Field.VALUE,
    ]  # fmt: skip
    preview = service.analyse(ImportRequest(path))
    assert (preview.new, preview.changed, preview.unchanged, preview.rejected) == (7, 0, 0, 0)
    assert preview.missing == 4
    assert any("rad 11" in notice for notice in preview.notices)  # "Källa: Kolada" ignored
    service.apply(ImportRequest(path), preview=preview)
    assert _stored(values) == LONG_VALUES


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [(";", "cp1252", False), (";", "utf-8", True), (",", "utf-8", False), (",", "utf-8", True)],
)
def test_long_layout_from_csv(
    tmp_path: Path,
    service: IndicatorImportService,
    values: Values,
    delimiter: str,
    encoding: str,
    bom: bool,
) -> None:
    rows = [
        ["Kön", "Värde", "Kommun", "År", "Nyckeltal"],  # any order, Swedish headers
        ["Totalt", "1 234,5", "Tanums kommun", "2022", KPI_A.lower()],
        ["Kvinnor", "12,5", "tanum", "2022", KPI_A],
        ["Män", "-", "TANUM", "2022", KPI_A],
        ["T", "..", "Region Västra Götaland", "2022", KPI_A],
        ["T", "7", "114", "2022", KPI_A],  # Upplands Väsby, its leading zero lost
    ]
    path = write_csv(tmp_path / "värden.csv", rows, delimiter, encoding, bom)
    _import(service, ImportRequest(path))
    assert _stored(values) == {
        (KPI_A, TANUM, 2022, "T"): (1234.5, None),
        (KPI_A, TANUM, 2022, "K"): (12.5, None),
        (KPI_A, TANUM, 2022, "M"): (None, "bortfall"),
        (KPI_A, VASTRA_GOTALAND, 2022, "T"): (None, "sekretess"),
        (KPI_A, "0114", 2022, "T"): (7.0, None),
    }


def test_english_headers(tmp_path: Path, service: IndicatorImportService, values: Values) -> None:
    rows = [
        ["kpi", "municipality", "year", "gender", "value", "count", "status"],
        [KPI_A, "Härryda", 2020, "T", 5, 40, "prel"],
    ]
    _import(service, ImportRequest(write_openpyxl(tmp_path / "en.xlsx", {"Sheet1": rows})))
    assert values() == {(KPI_A, HARRYDA, 2020, "T"): (5.0, None, 40.0, "prel")}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_wide_one_row_per_municipality_kpi_in_title(
    tmp_path: Path, service: IndicatorImportService, values: Values, kind: str
) -> None:
    rows = [
        [f"{KPI_A} Personalkostnader, kr/inv"],
        [],
        ["Kommun", 2020, 2021, 2022],
        ["Tanum", 10, 11, "12,5"],
        ["Härryda", 20, None, ".."],
        ["Riket", 15, 16, 17],
        ["Källa: Kolada"],
    ]
    path = write(kind, tmp_path, {"Jämförelse": rows})
    sheet = service.inspect(path).sheet()
    assert (sheet.layout, sheet.header_row, sheet.kpi_hint, sheet.needs_kpi) == (
        Layout.WIDE, 3, KPI_A, False,
    )  # fmt: skip
    assert [column.period for column in sheet.columns] == [None, 2020, 2021, 2022]
    _import(service, ImportRequest(path))
    stored = _stored(values)
    assert len(stored) == 9
    assert stored[(KPI_A, TANUM, 2022, "T")] == (12.5, None)
    assert stored[(KPI_A, HARRYDA, 2021, "T")] == (None, "tom")
    assert stored[(KPI_A, HARRYDA, 2022, "T")] == (None, "sekretess")
    assert stored[(KPI_A, RIKET, 2020, "T")] == (15.0, None)


def test_wide_sheet_without_kpi_asks_for_one(
    tmp_path: Path, service: IndicatorImportService, values: Values
) -> None:
    rows = [["Kommun", 2020, 2021], ["Tanum", 1, 2]]
    path = write_openpyxl(tmp_path / "utan.xlsx", {"Blad1": rows})
    preview = service.analyse(ImportRequest(path))
    assert preview.needs_kpi
    assert [problem.code for problem in preview.problems] == ["needs_kpi"]
    assert "Välj nyckeltal" in preview.problems[0].message
    _import(service, ImportRequest(path, kpi_id=KPI_B))
    assert _stored(values) == {
        (KPI_B, TANUM, 2020, "T"): (1.0, None),
        (KPI_B, TANUM, 2021, "T"): (2.0, None),
    }


GENDER_BLOCKS = [
    ["Nyckeltal för Tanum"],
    [None, "Totalt", None, "Kvinnor", None, "Män", None],
    ["Nyckeltal", 2021, 2022, 2021, 2022, 2021, 2022],
    [KPI_A, 1, 2, 3, 4, 5, 6],
    [KPI_B, 7, 8, 9, 10, 11, "12,5"],
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_wide_one_row_per_kpi_with_gender_blocks(
    tmp_path: Path, service: IndicatorImportService, values: Values, kind: str
) -> None:
    path = write(kind, tmp_path, {"Tanum": GENDER_BLOCKS})
    sheet = service.inspect(path).sheet()
    assert (sheet.layout, sheet.header_row, sheet.header_rows) == (Layout.WIDE, 3, 2)
    assert [(c.period, c.gender) for c in sheet.columns[1:3]] == [(2021, "T"), (2022, "T")]
    assert sheet.needs_municipality
    preview = service.analyse(ImportRequest(path))
    assert [problem.code for problem in preview.problems] == ["needs_municipality"]
    _import(service, ImportRequest(path, municipality_id=TANUM))
    stored = _stored(values)
    assert len(stored) == 12
    assert stored[(KPI_A, TANUM, 2021, "T")] == (1.0, None)
    assert stored[(KPI_A, TANUM, 2022, "K")] == (4.0, None)
    assert stored[(KPI_B, TANUM, 2022, "M")] == (12.5, None)


def test_merged_block_cells(
    tmp_path: Path, service: IndicatorImportService, values: Values
) -> None:
    rows = [list(row) for row in GENDER_BLOCKS]
    rows[1] = [None] * 7
    merges = [
        ("Tanum", 1, 1, 2, "Totalt"),
        ("Tanum", 1, 3, 4, "Kvinnor"),
        ("Tanum", 1, 5, 6, "Män"),
    ]
    path = write_xlsxwriter(tmp_path / "sammanfogad.xlsx", {"Tanum": rows}, merges)
    _import(service, ImportRequest(path, municipality_id=TANUM))
    assert _stored(values)[(KPI_B, TANUM, 2021, "M")] == (11.0, None)


def _template_sheets() -> dict[str, list[list[Any]]]:
    return {
        template.VALUES_SHEET: [
            list(template.VALUES_HEADER),
            [KPI_A, "Personalkostnader", TANUM, "Tanum", 2022, "T", 12.5, None, 100, "ok"],
            [KPI_A, "Personalkostnader", TANUM, "Tanum", 2021, "T", None, "Sekretess", None, None],
            [KPI_A, "Personalkostnader", TANUM, "Tanum", 2020, "T", None, None, None, None],
            ["LOK-1", "Andel nöjda", TANUM, "Tanum", 2022, "K", 3, None, None, None],
        ],
        template.KPI_SHEET: [
            list(template.KPI_HEADER),
            [KPI_A, "Personalkostnader", "", "kr/inv", template.KOLADA_SOURCE, "Nej", "Nej", "Nej"],
            ["LOK-1", "Andel nöjda", "Egen enkät", "%", "Enkät", "Ja", "Ja", "Ja"],
        ],
    }


@pytest.mark.parametrize("kind", ["openpyxl.xlsx", "odfpy.ods"])
def test_the_apps_own_template(
    tmp_path: Path, service: IndicatorImportService, values: Values, kind: str
) -> None:
    path = write(kind, tmp_path, _template_sheets())
    info = service.inspect(path)
    assert info.default_sheet == template.VALUES_SHEET
    assert info.sheet().layout is Layout.TEMPLATE
    preview = service.analyse(ImportRequest(path))
    assert [problem.code for problem in preview.problems] == ["unknown_kpi"]
    (unknown,) = preview.unknown_kpis
    assert (unknown.key, unknown.suggested_id, unknown.suggested_title, unknown.suggested_unit) == (
        "LOK-1", "LOK-1", "Andel nöjda", "%",
    )  # fmt: skip
    confirmed = (LocalKpi("LOK-1", unknown.suggested_title, unknown.suggested_unit),)
    request = ImportRequest(path, local_kpis=confirmed)
    preview = service.analyse(request)
    assert preview.can_apply and preview.new == 4
    result = service.apply(request, preview=preview)
    assert result.local_kpis_created == ("LOK-1",)
    assert values() == {
        (KPI_A, TANUM, 2022, "T"): (12.5, None, 100.0, "ok"),
        (KPI_A, TANUM, 2021, "T"): (None, "sekretess", None, None),
        (KPI_A, TANUM, 2020, "T"): (None, "tom", None, None),
        ("LOK-1", TANUM, 2022, "K"): (3.0, None, None, None),
    }


BLOCKS_WITH_MEASURES = [
    ["Inskrivna arbetslösa, mars 2022"],
    ["Källa: Arbetsförmedlingen"],
    [],
    [None, "Kommunen 202203", None, "Länet 202203", None, "Riket 202203", None],
    ["Grupp", "Antal", "%", "Antal", "%", "Antal", "%"],
    ["Totalt", 120, "3,5", 30000, "5,1", 350000, "6,8"],
    ["Kvinnor", 50, "3,0", 14000, "4,9", 160000, "6,5"],
    ["Män", 70, "4,0", 16000, "5,3", 190000, "7,0"],
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_title_lines_over_a_two_row_header_of_blocks(
    tmp_path: Path, service: IndicatorImportService, values: Values, kind: str
) -> None:
    path = write(kind, tmp_path, {"Arbetslöshet": BLOCKS_WITH_MEASURES})
    sheet = service.inspect(path).sheet()
    assert (sheet.layout, sheet.header_row, sheet.header_rows) == (Layout.WIDE, 5, 2)
    assert sheet.title == "Inskrivna arbetslösa, mars 2022\nKälla: Arbetsförmedlingen"
    assert (sheet.needs_kpi, sheet.needs_municipality) == (True, True)
    request = ImportRequest(path, kpi_id=KPI_A, municipality_id=TANUM)
    preview = service.analyse(request)
    assert preview.problems == ()
    assert any("202203" in notice and "2022" in notice for notice in preview.notices)
    service.apply(request, preview=preview)
    assert values() == {
        (KPI_A, TANUM, 2022, "T"): (3.5, None, 120.0, None),
        (KPI_A, TANUM, 2022, "K"): (3.0, None, 50.0, None),
        (KPI_A, TANUM, 2022, "M"): (4.0, None, 70.0, None),
        (KPI_A, VASTRA_GOTALAND, 2022, "T"): (5.1, None, 30000.0, None),
        (KPI_A, VASTRA_GOTALAND, 2022, "K"): (4.9, None, 14000.0, None),
        (KPI_A, VASTRA_GOTALAND, 2022, "M"): (5.3, None, 16000.0, None),
        (KPI_A, RIKET, 2022, "T"): (6.8, None, 350000.0, None),
        (KPI_A, RIKET, 2022, "K"): (6.5, None, 160000.0, None),
        (KPI_A, RIKET, 2022, "M"): (7.0, None, 190000.0, None),
    }


def test_kommunen_lanet_riket_side_by_side(
    tmp_path: Path, service: IndicatorImportService, values: Values
) -> None:
    rows = [
        ["Befolkningsförändring, procent"],
        ["År", "Kommunen", "Länet", "Riket"],
        [2020, 1.5, 2.5, 3.5],
        [2021, "1,6", "2,6", "3,6"],
    ]
    path = write_openpyxl(tmp_path / "jämförelse.xlsx", {"Blad1": rows})
    _import(service, ImportRequest(path, kpi_id=KPI_B, municipality_id=TANUM))
    assert _stored(values) == {
        (KPI_B, TANUM, 2020, "T"): (1.5, None),
        (KPI_B, TANUM, 2021, "T"): (1.6, None),
        (KPI_B, VASTRA_GOTALAND, 2020, "T"): (2.5, None),
        (KPI_B, VASTRA_GOTALAND, 2021, "T"): (2.6, None),
        (KPI_B, RIKET, 2020, "T"): (3.5, None),
        (KPI_B, RIKET, 2021, "T"): (3.6, None),
    }


def test_municipalities_named_side_by_side(
    tmp_path: Path, service: IndicatorImportService, values: Values
) -> None:
    rows = [["År", "Tanums kommun", "Härryda", "Riket"], [2020, 1, 2, 3]]
    path = write_openpyxl(tmp_path / "namn.xlsx", {"Blad1": rows})
    _import(service, ImportRequest(path, kpi_id=KPI_A))
    assert _stored(values) == {
        (KPI_A, TANUM, 2020, "T"): (1.0, None),
        (KPI_A, HARRYDA, 2020, "T"): (2.0, None),
        (KPI_A, RIKET, 2020, "T"): (3.0, None),
    }


def test_the_user_can_point_at_the_header_row_and_sheet(
    tmp_path: Path, service: IndicatorImportService, values: Values
) -> None:
    rows = [["Kommun", "År", "Värde"], ["Kommun", "År", "Värde"], ["Tanum", 2020, 4]]
    path = write_openpyxl(tmp_path / "två.xlsx", {"Tomt": [], "Data": rows})
    _import(service, ImportRequest(path, sheet="Data", header_row=2, kpi_id=KPI_A))
    assert _stored(values) == {(KPI_A, TANUM, 2020, "T"): (4.0, None)}
