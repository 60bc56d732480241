"""Reading a recommendation's per-municipality amount sheet: real files by real libraries,
title lines, amounts as numbers and as Swedish text, and broken sheets and files."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from financing_files import (
    HEADER,
    TITLE_LINES,
    write_csv,
    write_ods,
    write_xls,
    write_xlsx,
)

from agenda_desktop.core.indicators.model import ImportFileError, Problem
from agenda_desktop.core.networks.financing_headers import header_of
from agenda_desktop.core.networks.financing_money import (
    format_money,
    incl_from_excl,
    ore_from_number,
    ore_from_text,
)
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingSheet
from agenda_desktop.core.services.organisation import ProfileData

TANUM = "1435"


@pytest.fixture
def services(core_services: Services) -> Services:
    core_services.organisation.save_profile(ProfileData(TANUM, "Tanums kommun", "KS"))
    return core_services


def read(services: Services, path: Path, sheet: str | None = None) -> FinancingSheet:
    return services.financing.read_amount_sheet(path, sheet)


def only(sheet: FinancingSheet, code: str) -> Problem:
    found = [p for p in sheet.problems if p.code == code]
    assert len(found) == 1, [str(p) for p in sheet.problems]
    return found[0]


# -- good sheets ---------------------------------------------------------------------------


def test_xlsx_with_title_lines_numbers_and_text_amounts(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "rekommendation.xlsx",
        [
            *TITLE_LINES,
            HEADER,
            [180, "Stockholm", 125000.5, 156250.63],  # a code written as a number
            ["1435", "Tanums kommun", "41 250,00", "51\u00a0562,50 kr"],  # Swedish text
            ["1480", "Göteborgs stad", "12 345 kr", "15 431,25"],
            ["Summa", None, 178595.5, 223244.38],  # the total row is not a municipality
            [],
            ["Källa: Regionens kansli"],  # a note below the table
        ],
    )
    sheet = read(services, path)
    assert sheet.problems == ()
    assert sheet.file == "rekommendation.xlsx"
    assert sheet.sheet == "Belopp"
    assert [r.municipality_id for r in sheet.rows] == ["0180", TANUM, "1480"]
    assert [r.row for r in sheet.rows] == [5, 6, 7]
    assert sheet.rows[0].excl_vat == 12_500_050
    assert sheet.rows[0].incl_vat == 15_625_063
    assert sheet.own_row == 1
    own = sheet.rows[1]
    assert (own.municipality_name, own.excl_vat, own.incl_vat) == (
        "Tanums kommun",
        4_125_000,
        5_156_250,
    )
    assert sheet.rows[2].excl_vat == 1_234_500


def test_csv_windows_1252_semicolons_and_decimal_comma(services: Services, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "avgifter.csv",
        [
            ["Årlig avgift per kommun 2025–2028"],
            ["Kommunnamn", "Årlig avgift"],
            ["Malmö", "18 000,50"],
            ["Norrköping", "9 500"],
            ["TANUM", "7 250,75"],
        ],
    )
    assert "Malmö".encode("cp1252") in path.read_bytes()
    sheet = read(services, path)
    assert sheet.problems == ()
    assert [r.municipality_id for r in sheet.rows] == ["1280", "0581", TANUM]
    assert [r.municipality_name for r in sheet.rows] == ["Malmö", "Norrköping", "TANUM"]
    own = sheet.rows[sheet.own_row or 0]
    assert (own.row, own.excl_vat, own.incl_vat) == (5, 725_075, None)


@pytest.mark.parametrize("writer", [write_xls, write_ods], ids=["xlwt.xls", "odfpy.ods"])
def test_xls_and_ods(services: Services, tmp_path: Path, writer: object) -> None:
    suffix = ".xls" if writer is write_xls else ".ods"
    path = writer(  # type: ignore[operator]
        tmp_path / f"belopp{suffix}",
        [
            ["Kommun", "Kr inkl. moms", "Kr exkl. moms"],
            ["Kiruna kommun", 12500.0, 10000.0],
            ["Tanum", 6250.0, 5000.0],
        ],
    )
    sheet = read(services, path)
    assert sheet.problems == ()
    assert [(r.municipality_id, r.excl_vat, r.incl_vat) for r in sheet.rows] == [
        ("2584", 1_000_000, 1_250_000),
        (TANUM, 500_000, 625_000),
    ]
    assert sheet.own_row == 1


def test_the_sheet_with_the_table_is_chosen(services: Services, tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "två-blad.xlsx"
    workbook = openpyxl.Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Försättsblad"
    cover.append(["Rekommendation 2024"])
    table = workbook.create_sheet("Fördelning")
    table.append(["Kommun", "Belopp"])
    table.append(["Tanum", 1000])
    workbook.save(path)
    sheet = read(services, path)
    assert (sheet.sheet, sheet.own_row, sheet.problems) == ("Fördelning", 0, ())
    with pytest.raises(ImportFileError, match="”Saknas”"):
        read(services, path, "Saknas")


def test_name_used_when_the_code_is_blank(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "koder.xlsx", [HEADER, [None, "Tanums kommun", 100, 125], ["0180", "", 1, 2]]
    )
    sheet = read(services, path)
    assert [(r.municipality_id, r.municipality_name) for r in sheet.rows] == [
        (TANUM, "Tanums kommun"),
        ("0180", "Stockholm"),
    ]


# -- broken sheets -------------------------------------------------------------------------


def test_no_header(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "utan-rubrik.xlsx", [["Tanum", 100], ["Kiruna", 200]])
    sheet = read(services, path)
    problem = only(sheet, "no_header")
    assert sheet.rows == () and sheet.own_row is None
    assert (problem.file, problem.sheet, problem.row, problem.column) == (
        "utan-rubrik.xlsx",
        "Belopp",
        None,
        None,
    )
    assert "Kommun" in problem.message and "Belopp exkl. moms" in problem.message


def test_text_in_an_amount_column(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "text.xlsx",
        [*TITLE_LINES, HEADER, ["1435", "Tanum", "se bilaga", 125], ["2584", "Kiruna", 1, 2]],
    )
    sheet = read(services, path)
    problem = only(sheet, "amount_text")
    assert (problem.row, problem.column, problem.header) == (5, "C", "Belopp exkl. moms")
    assert "”se bilaga”" in problem.message and "12 345,50" in problem.message
    assert "text.xlsx, blad ”Belopp”, rad 5, kolumn C" in str(problem)
    assert sheet.rows[0].excl_vat is None and sheet.rows[0].incl_vat == 12_500


def test_negative_amount(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "minus.xlsx", [HEADER, ["1435", "Tanum", 100, "-125,00"]])
    problem = only(read(services, path), "negative_amount")
    assert (problem.row, problem.column, problem.header) == (2, "D", "Belopp inkl. moms")


def test_unknown_municipality(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "okand.xlsx",
        [["Kommun", "Belopp"], ["Tanum", 100], ["Atlantis", 200], ["Kiruna", 300]],
    )
    sheet = read(services, path)
    problem = only(sheet, "unknown_municipality")
    assert (problem.row, problem.column, problem.header) == (3, "A", "Kommun")
    assert "”Atlantis”" in problem.message
    assert sheet.rows[1].municipality_id is None and sheet.rows[1].excl_vat == 20_000
    assert sheet.own_row == 0  # the rest of the sheet can still be used


def test_unknown_code(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "kod.xlsx", [HEADER, [9999, "", 1, 2], ["1435", "Tanum", 1, 2]])
    problem = only(read(services, path), "unknown_municipality")
    assert (problem.row, problem.column, problem.header) == (2, "A", "Kommunkod")


def test_the_same_municipality_twice(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "dubbel.xlsx",
        [["Kommun", "Belopp"], ["Tanum", 100], ["Kiruna", 300], ["Tanums kommun", 200]],
    )
    sheet = read(services, path)
    problem = only(sheet, "duplicate_municipality")
    assert (problem.row, problem.column) == (4, "A")
    assert "rad 2" in problem.message and "Tanum (1435)" in problem.message
    assert len(sheet.rows) == 3 and sheet.own_row == 0


def test_our_municipality_missing(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "utan-oss.xlsx", [["Kommun", "Belopp"], ["Kiruna", 300]])
    sheet = read(services, path)
    problem = only(sheet, "own_missing")
    assert sheet.own_row is None and len(sheet.rows) == 1
    assert problem.row is None and "Tanum (1435)" in problem.message


def test_header_without_rows(services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bara-rubrik.xlsx", [*TITLE_LINES, HEADER])
    assert "rad 4" in only(read(services, path), "no_rows").message


def test_empty_files(services: Services, tmp_path: Path) -> None:
    import openpyxl

    empty_csv = tmp_path / "tom.csv"
    empty_csv.write_bytes(b"")
    assert only(read(services, empty_csv), "empty").message.startswith("Bladet är tomt")
    openpyxl.Workbook().save(tmp_path / "tom.xlsx")
    sheet = read(services, tmp_path / "tom.xlsx")
    assert only(sheet, "empty").sheet == "Sheet" and sheet.rows == ()
    (tmp_path / "noll.xlsx").write_bytes(b"")
    with pytest.raises(ImportFileError, match=r"”noll\.xlsx”"):
        read(services, tmp_path / "noll.xlsx")


@pytest.mark.parametrize("name", ["slump.xlsx", "slump.xls", "slump.ods", "slump.csv"])
def test_random_bytes(services: Services, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x00\x01" + os.urandom(4000))
    with pytest.raises(ImportFileError, match=f"”{name}”"):
        read(services, path)


def test_truncated_and_foreign_files(services: Services, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "hel.xlsx", [HEADER, ["1435", "Tanum", 1, 2]])
    truncated = tmp_path / "avkortad.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFileError, match=r"”avkortad\.xlsx”.*skadad, avkortad"):
        read(services, truncated)
    not_a_sheet = tmp_path / "inte-kalkylark.xlsx"
    with zipfile.ZipFile(not_a_sheet, "w") as archive:
        archive.writestr("readme.txt", "hej")
    with pytest.raises(ImportFileError, match=r"”inte-kalkylark\.xlsx”"):
        read(services, not_a_sheet)
    pdf = tmp_path / "beslut.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    with pytest.raises(ImportFileError, match=r"”beslut\.pdf” kan inte importeras"):
        read(services, pdf)


# -- money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ore"),
    [
        ("12 345,50", 1_234_550),
        ("12\u00a0345,50", 1_234_550),
        ("12 345 kr", 1_234_500),
        ("12 345:-", 1_234_500),
        ("1.234,5", 123_450),
        ("41250", 4_125_000),
        ("0,05 SEK", 5),
        ("-10", -1_000),
        ("abc", None),
        ("12 %", None),
        ("", None),
    ],
)
def test_amount_text(text: str, ore: int | None) -> None:
    assert ore_from_text(text) == ore


def test_amount_numbers_and_writing() -> None:
    assert ore_from_number(0.1 + 0.2) == 30
    assert ore_from_number(12345.505) == 1_234_551
    assert format_money(4_125_000) == "41 250,00 kr"
    assert format_money(123_456_789) == "1 234 567,89 kr"
    assert incl_from_excl(4_125_000) == 5_156_250
    assert incl_from_excl(1) == 1  # 1,25 öre rounds to 1
    assert incl_from_excl(2) == 3  # 2,5 öre rounds up


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Kommun-ID", "Kommunnamn", "Summa"], (0, 1, 2, None)),
        (["Kod", "Årlig avgift"], (0, None, 1, None)),
        (["Kommun", "Invånare", "kr"], (None, 0, 2, None)),
        (["Kommun", "Kr per invånare", "Belopp inkl moms"], (None, 0, None, 2)),
        (["Kommunkod", "Belopp utan moms", "Belopp med moms"], (0, None, 1, 2)),
    ],
)
def test_header_variants(header: list[str], expected: tuple[int | None, ...]) -> None:
    found = header_of(3, header)
    assert found is not None and found.row == 3
    assert (found.code_column, found.name_column, found.excl_column, found.incl_column) == (
        expected
    )


@pytest.mark.parametrize(
    "header", [["Kommun", "Invånare"], ["Belopp", "Summa"], ["Rekommendation 2024–2027"]]
)
def test_not_a_header(header: list[str]) -> None:
    assert header_of(1, header) is None
