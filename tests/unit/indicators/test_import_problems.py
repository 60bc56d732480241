"""Broken sheets: each gives the right Swedish message at the right cell and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import KPI_A, KPI_B, TANUM, Dump
from sheet_writers import WRITERS, write, write_csv, write_openpyxl

from agenda_desktop.core.indicators.model import (
    Field,
    ImportBlockedError,
    ImportFileError,
    ImportRequest,
    Layout,
    LocalKpi,
)
from agenda_desktop.core.services.indicator_import import IndicatorImportService

HEADER = ["Nyckeltal", "Kommun", "År", "Kön", "Värde"]


def _blocked(
    service: IndicatorImportService, dump: Callable[[], Dump], request: ImportRequest
) -> None:
    """apply() refuses the request and the database stays as it was."""
    before = dump()
    with pytest.raises(ImportBlockedError, match="Ingenting har ändrats"):
        service.apply(request)
    assert dump() == before


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_text_in_a_value_column(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump], kind: str
) -> None:
    rows = [
        ["Titel"],
        HEADER,
        [KPI_A, "Tanum", 2020, "T", 1.5],
        [KPI_A, "Tanum", 2021, "T", "ca 3"],
    ]
    path = write(kind, tmp_path, {"Blad1": rows})
    preview = service.analyse(ImportRequest(path))
    (problem,) = preview.problems
    assert (problem.file, problem.sheet, problem.row, problem.column, problem.header) == (
        path.name, "Blad1", 4, "E", "Värde",
    )  # fmt: skip
    assert problem.code == "value_text"
    assert problem.message.startswith("”ca 3” är inte ett tal. Förväntat: ett tal som 12,5")
    assert str(problem).startswith(f"{path.name}, blad ”Blad1”, rad 4, kolumn E (Värde): ")
    assert (preview.new, preview.rejected, preview.can_apply) == (1, 1, False)
    _blocked(service, dump, ImportRequest(path))


def test_an_excel_error_in_a_value_cell(tmp_path: Path, service: IndicatorImportService) -> None:
    path = write_csv(tmp_path / "fel.csv", [HEADER, [KPI_A, "Tanum", "2020", "T", "#DIV/0!"]])
    (problem,) = service.analyse(ImportRequest(path)).problems
    assert (problem.row, problem.column) == (2, "E")
    assert "felet ”#DIV/0!”" in problem.message


def test_a_wrong_header_asks_for_a_mapping_which_is_remembered(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump]
) -> None:
    rows = [["Indikator X", "Ort", "Tidpunkt", "Siffra"], [KPI_A, "Tanum", 2020, "4,5"]]
    path = write_openpyxl(tmp_path / "egen.xlsx", {"Blad1": rows})
    sheet = service.inspect(path).sheet()
    assert (sheet.layout, sheet.needs_mapping) == (Layout.UNKNOWN, True)
    assert [column.header for column in sheet.columns] == [
        "Indikator X",
        "Ort",
        "Tidpunkt",
        "Siffra",
    ]
    preview = service.analyse(ImportRequest(path))
    assert preview.needs_mapping
    assert [problem.code for problem in preview.problems] == ["needs_mapping"]
    assert "Kolumnerna kunde inte tolkas" in preview.problems[0].message
    _blocked(service, dump, ImportRequest(path))

    mapping = {0: Field.KPI, 1: Field.MUNICIPALITY, 2: Field.PERIOD, 3: Field.VALUE}
    request = ImportRequest(path, mapping=mapping)
    preview = service.analyse(request)
    assert (preview.problems, preview.new, preview.layout) == ((), 1, Layout.LONG)
    service.apply(request, preview=preview)
    assert len(dump()["column_mapping"]) == 1

    # Another file with the same header: the mapping is used again without asking.
    again = write_openpyxl(tmp_path / "igen.xlsx", {"Blad1": [rows[0], [KPI_B, "Tanum", 2021, 2]]})
    sheet = service.inspect(again).sheet()
    assert (sheet.needs_mapping, sheet.layout, sheet.remembered_mapping) == (
        False,
        Layout.LONG,
        mapping,
    )
    preview = service.analyse(ImportRequest(again))
    assert (preview.problems, preview.new) == ((), 1)
    assert any("sparad kolumnkoppling" in notice for notice in preview.notices)


def test_the_mapping_can_be_remembered_before_importing(
    tmp_path: Path, service: IndicatorImportService
) -> None:
    rows = [["a", "b", "c", "d"], [KPI_A, "Tanum", 2020, 1]]
    path = write_openpyxl(tmp_path / "abcd.xlsx", {"Blad1": rows})
    sheet = service.inspect(path).sheet()
    service.remember_mapping(
        sheet, {0: Field.KPI, 1: Field.MUNICIPALITY, 2: Field.PERIOD, 3: Field.VALUE}
    )
    assert service.analyse(ImportRequest(path)).new == 1


def test_an_unknown_kpi_needs_confirmation(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump]
) -> None:
    rows = [
        ["Nyckeltal-id", "Nyckeltal", "Kommun", "År", "Värde"],
        ["EK-1", "Trygghet i skolan", "Tanum", 2020, 80],
        ["EK-1", "Trygghet i skolan", "Tanum", 2021, 82],
        [KPI_A, "Personalkostnader", "Tanum", 2021, 5],
    ]
    path = write_openpyxl(tmp_path / "lokal.xlsx", {"Blad1": rows})
    preview = service.analyse(ImportRequest(path))
    (problem,) = preview.problems
    assert (problem.code, problem.row, problem.column) == ("unknown_kpi", 2, "A")
    assert "”EK-1” finns varken i Koladas katalog" in problem.message
    assert "Förekommer på 2 rader" in problem.message
    (unknown,) = preview.unknown_kpis
    assert (unknown.key, unknown.suggested_id, unknown.suggested_title, unknown.values) == (
        "EK-1", "EK-1", "Trygghet i skolan", 2,
    )  # fmt: skip
    assert (preview.new, preview.rejected) == (1, 2)
    _blocked(service, dump, ImportRequest(path))

    without_unit = ImportRequest(path, local_kpis=(LocalKpi("EK-1", "Trygghet", ""),))
    preview = service.analyse(without_unit)
    assert [problem.code for problem in preview.problems] == ["local_kpi_invalid", "unknown_kpi"]
    assert "ange nyckeltalets enhet" in preview.problems[0].message

    confirmed = ImportRequest(path, local_kpis=(LocalKpi("EK-1", "Trygghet i skolan", "%"),))
    result = service.apply(confirmed)
    assert (result.new, result.local_kpis_created) == (3, ("EK-1",))
    assert dump()["local_kpi"] == [("EK-1", "Trygghet i skolan", "%")]


def test_a_kolada_like_unknown_id_gets_a_local_id(
    tmp_path: Path, service: IndicatorImportService, values: Callable[[], dict[Any, Any]]
) -> None:
    path = write_csv(tmp_path / "gammal.csv", [HEADER, ["N02904", "Tanum", "2019", "T", "1"]])
    (unknown,) = service.analyse(ImportRequest(path)).unknown_kpis
    assert unknown.suggested_id == "L-N02904"
    service.apply(ImportRequest(path, local_kpis=(LocalKpi("N02904", "Gammalt", "antal"),)))
    assert list(values()) == [("L-N02904", TANUM, 2019, "T")]


def test_unknown_municipality_period_and_gender(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump]
) -> None:
    rows = [
        HEADER,
        [KPI_A, "Atlantis", 2020, "T", 1],
        [KPI_A, "Tanum", "förra året", "T", 1],
        [KPI_A, "Tanum", 2020, "X", 1],
        [KPI_A, "Atlantis", 2021, "T", 1],
    ]
    path = write_openpyxl(tmp_path / "fel.xlsx", {"Blad1": rows})
    preview = service.analyse(ImportRequest(path))
    found = [(p.code, p.row, p.column, p.header) for p in preview.problems]
    assert found == [
        ("unknown_municipality", 2, "B", "Kommun"),
        ("bad_period", 3, "C", "År"),
        ("bad_gender", 4, "D", "Kön"),
    ]
    assert "Kommunen ”Atlantis” finns inte" in preview.problems[0].message
    assert "Förekommer på 2 rader" in preview.problems[0].message
    assert (
        "”förra året” är inte ett år. Förväntat: ett årtal som 2024." in preview.problems[1].message
    )
    assert "Förväntat: T, K eller M" in preview.problems[2].message
    assert preview.rejected == 4
    _blocked(service, dump, ImportRequest(path))


def test_duplicated_rows(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump]
) -> None:
    same = [KPI_A, "Tanum", 2020, "T", 1.5]
    rows = [HEADER, same, list(same), [KPI_A, "Tanum", 2021, "T", 2], [KPI_A, "1435", 2021, "T", 3]]
    path = write_openpyxl(tmp_path / "dubbel.xlsx", {"Blad1": rows})
    preview = service.analyse(ImportRequest(path))
    (problem,) = preview.problems
    assert (problem.code, problem.row, problem.column) == ("duplicate", 5, "E")
    assert (
        f"({KPI_A}), kommun ({TANUM}), år (2021) och kön (T) finns redan på rad 4"
        in problem.message
    )
    assert any("upprepade ett värde med exakt samma innehåll" in n for n in preview.notices)
    _blocked(service, dump, ImportRequest(path))


def test_a_truncated_file(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump]
) -> None:
    rows = [HEADER, *([KPI_A, "Tanum", 2000 + year, "T", year] for year in range(20))]
    whole = write_openpyxl(tmp_path / "hel.xlsx", {"Blad1": rows})
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(whole.read_bytes()[:-200])
    before = dump()
    for call in (service.inspect, lambda p: service.analyse(ImportRequest(p))):
        with pytest.raises(
            ImportFileError, match=re.escape("Filen ”trasig.xlsx” kunde inte läsas")
        ):
            call(broken)
    with pytest.raises(ImportFileError, match=re.escape("”trasig.xlsx”")):
        service.apply(ImportRequest(broken))
    assert dump() == before


@pytest.mark.parametrize("kind", ["openpyxl.xlsx", "odfpy.ods"])
def test_an_empty_sheet(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump], kind: str
) -> None:
    path = write(kind, tmp_path, {"Tomt": [[]]})
    info = service.inspect(path)
    assert info.sheet().header_row is None
    preview = service.analyse(ImportRequest(path))
    (problem,) = preview.problems
    assert (problem.code, problem.sheet, problem.row) == ("empty_sheet", "Tomt", None)
    assert problem.message == "Bladet är tomt: det finns inga rader att importera."
    _blocked(service, dump, ImportRequest(path))


def test_a_header_without_values(tmp_path: Path, service: IndicatorImportService) -> None:
    path = write_openpyxl(tmp_path / "bara.xlsx", {"Blad1": [HEADER]})
    (problem,) = service.analyse(ImportRequest(path)).problems
    assert problem.code == "no_values"
    assert "inga värden under rubrikraden (rad 1)" in problem.message


def test_value_and_missing_reason_both_given(
    tmp_path: Path, service: IndicatorImportService
) -> None:
    from agenda_desktop.core.indicators import template

    rows = [
        list(template.VALUES_HEADER),
        [KPI_A, "", TANUM, "", 2020, "T", 1, "Sekretess", None, None],
        [KPI_A, "", TANUM, "", 2021, "T", None, "Kanske", None, None],
        [KPI_A, "", TANUM, "", 2022, "T", 1, None, "många", "x" * 41],
    ]
    path = write_openpyxl(tmp_path / "mall.xlsx", {template.VALUES_SHEET: rows})
    found = [(p.code, p.row, p.column) for p in service.analyse(ImportRequest(path)).problems]
    assert found == [
        ("value_and_missing", 2, "H"),
        ("bad_missing_reason", 3, "H"),
        ("count_text", 4, "I"),
        ("status_too_long", 4, "J"),
    ]


def test_a_chosen_kpi_or_municipality_that_does_not_exist(
    tmp_path: Path, service: IndicatorImportService
) -> None:
    path = write_openpyxl(tmp_path / "v.xlsx", {"Blad1": [["Kommun", 2020, 2021], ["Tanum", 1, 2]]})
    preview = service.analyse(ImportRequest(path, kpi_id="X99", municipality_id="9999"))
    codes = [problem.code for problem in preview.problems]
    assert codes[:2] == ["unknown_kpi_choice", "unknown_municipality_choice"]
