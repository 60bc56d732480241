"""Reading files: formats, CSV dialects and encodings, and files that cannot be read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sheet_writers import write_csv, write_openpyxl, write_xlsxwriter

from agenda_desktop.core.indicators.model import ImportFileError
from agenda_desktop.core.indicators.reading import open_workbook, read_csv_text, sniff_delimiter


def _rows(path: Path) -> list[tuple[int, list[object]]]:
    with open_workbook(path) as workbook:
        return list(workbook.read(workbook.sheet_names[0]).rows)


def test_rows_and_columns_are_numbered_as_excel_shows_them(tmp_path: Path) -> None:
    path = write_xlsxwriter(tmp_path / "c3.xlsx", {"Blad1": [[], [], [None, None, "C3"]]})
    rows = _rows(path)
    assert rows[2][0] == 3
    assert rows[2][1][2] == "C3"  # column C, although the sheet starts there


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", False), ("utf-8", True), ("cp1252", False)]
)
@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_dialects_and_encodings(
    tmp_path: Path, encoding: str, bom: bool, delimiter: str
) -> None:
    rows = [["Kommun", "År", "Värde"], ["Härryda", "2022", "12,5"], ["Åre", "2023", "1 234,5"]]
    path = write_csv(tmp_path / "v.csv", rows, delimiter, encoding, bom)
    read = _rows(path)
    assert [cells for _n, cells in read] == rows


def test_semicolon_wins_over_decimal_commas() -> None:
    text = "Titel\nKommun;År;Värde\nHärryda;2022;12,5\nÅre;2023;1,5\n"
    assert sniff_delimiter(text) == ";"


def test_a_truncated_xlsx_names_the_file(tmp_path: Path) -> None:
    whole = write_openpyxl(tmp_path / "hel.xlsx", {"Blad1": [["a", 1]] * 200})
    broken = tmp_path / "avkortad.xlsx"
    broken.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ImportFileError) as caught:
        open_workbook(broken).read("Blad1")
    message = str(caught.value)
    assert "”avkortad.xlsx”" in message
    assert "skadad, avkortad eller inte ett kalkylark" in message


def test_a_text_file_named_xls_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "inte.xls"
    path.write_text("det här är ingen Excel-fil\n")
    with pytest.raises(
        ImportFileError, match=re.escape("”inte.xls” kunde inte läsas som en äldre Excel-fil")
    ):
        open_workbook(path)


def test_unknown_kinds_and_missing_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=re.escape("”rapport.pdf” kan inte importeras")):
        open_workbook(tmp_path / "rapport.pdf")
    with pytest.raises(ImportFileError, match=re.escape("”borta.xlsx” finns inte")):
        open_workbook(tmp_path / "borta.xlsx")


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFileError, match=re.escape("”bild.csv” är inte en textfil")):
        read_csv_text(path)
