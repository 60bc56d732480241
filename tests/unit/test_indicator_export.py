"""The Excel export: read back with openpyxl (and calamine, as the import reads it), and
an export–edit–import round trip in which only the edited values change."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook
from sqlalchemy import func, insert, select

from agenda_desktop.core.errors import ExportError, ValidationError
from agenda_desktop.core.indicators import template as t
from agenda_desktop.core.indicators.export import export_values
from agenda_desktop.core.indicators.export_cells import decimals_of, is_formula_like
from agenda_desktop.core.progress import Cancelled, CancelToken
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.models import KpiValue, KpiValueChange

OWN = "2518"
FORMULA = '=HYPERLINK("http://x.invalid","x")'  # a status: at most 40 characters
VALUES = [
    # kpi, municipality, year, gender, value, missing reason, count, status
    ("N00401", "0180", 2023, "T", 1234.5, None, None, None),
    ("N00401", "0180", 2024, "T", None, "bortfall", None, None),
    ("N00401", OWN, 2023, "T", 4.25, None, None, None),
    ("N00401", OWN, 2024, "T", None, "ej_tillampligt", None, None),
    ("N00401", "0000", 2023, "T", None, "tom", None, None),
    ("N00401", "0000", 2024, "T", None, "sekretess", None, None),
    ("EK-001", OWN, 2024, "K", 80.0, None, 60.0, None),
    ("EK-001", OWN, 2024, "M", 85.5, None, 62.0, None),
    ("EK-001", OWN, 2024, "T", 82.75, None, 122.0, FORMULA),
    ("EK-002", OWN, 2024, "T", 150.0, None, None, "-utkast"),
]


@pytest.fixture
def filled(core_services: Services) -> Services:
    services = core_services
    services.organisation.save_profile(ProfileData(OWN, "Övertorneå kommun", "KS"))
    services.indicators.create_local_indicator(
        LocalIndicatorData("EK-001", "=SUM(A1)", "+46 70 123 45 67", "%", "@x", True, True),
        goal_numbers=(4,),
    )
    services.indicators.create_local_indicator(
        LocalIndicatorData("EK-002", "Deltagare i dialoger", unit="antal")
    )
    services.indicators.update_indicator_meta("N00401", "", "", False)
    with services.database.unit_of_work() as session:
        session.execute(
            insert(KpiValue),
            [
                {
                    "kpi_id": kpi,
                    "municipality_id": area,
                    "period": year,
                    "gender": gender,
                    "value": value,
                    "missing_reason": reason,
                    "count": count,
                    "status": status,
                    "source": "test",
                    "changed_at": datetime(2025, 1, 1),
                }
                for kpi, area, year, gender, value, reason, count, status in VALUES
            ],
        )
    return services


@pytest.fixture
def exported(filled: Services, tmp_path: Path) -> Path:
    path = tmp_path / "nyckeltal.xlsx"
    result = export_values(filled.database, path)
    assert (result.values, result.missing, result.indicators) == (10, 4, 3)
    assert (result.municipalities, result.periods) == (3, (2023, 2024))
    return path


def rows_of(sheet: Worksheet) -> list[list[Any]]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def value_row(sheet: Worksheet, kpi: str, area: str, year: int, gender: str) -> tuple[Any, ...]:
    return next(
        row
        for row in sheet.iter_rows(min_row=2)
        if (row[0].value, row[2].value, row[4].value, row[5].value) == (kpi, area, year, gender)
    )


def test_the_values_sheet_is_the_template_with_a_frozen_header(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == [t.VALUES_SHEET, t.KPI_SHEET, "Om filen"]
    sheet = book[t.VALUES_SHEET]
    rows = rows_of(sheet)
    assert tuple(rows[0]) == t.VALUES_HEADER
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2" and book[t.KPI_SHEET].freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J11"
    assert sheet.column_dimensions["B"].width == 60
    assert len(rows) == 11
    keys = [(r[0], r[2], r[4], r[5]) for r in rows[1:]]
    assert keys[:3] == [("EK-001", OWN, 2024, g) for g in "TKM"]  # T, K, M in that order
    assert [r[0] for r in rows[1:]] == sorted(r[0] for r in rows[1:])
    assert rows[1][3] == "Övertorneå" and rows[1][1] == "=SUM(A1)"


def test_ids_stay_text_years_are_integers_and_values_have_number_formats(exported: Path) -> None:
    sheet = load_workbook(exported)[t.VALUES_SHEET]
    stockholm = value_row(sheet, "N00401", "0180", 2023, "T")
    assert (stockholm[2].value, stockholm[2].data_type, stockholm[2].number_format) == (
        "0180",
        "s",
        "@",
    )
    assert stockholm[0].number_format == "@"
    year = stockholm[4]
    assert (year.value, type(year.value), year.number_format) == (2023, int, "0")
    assert (stockholm[6].value, stockholm[6].number_format) == (1234.5, "#,##0.0")
    assert value_row(sheet, "N00401", OWN, 2023, "T")[6].number_format == "#,##0.00"
    whole = value_row(sheet, "EK-002", OWN, 2024, "T")[6]
    assert (whole.value, whole.number_format) == (150, "#,##0")
    counted = value_row(sheet, "EK-001", OWN, 2024, "T")
    assert (counted[6].value, counted[8].value) == (82.75, 122)


@pytest.mark.parametrize(
    ("number", "decimals"),
    [(3.0, 0), (12.5, 1), (4.25, 2), (0.1 + 0.2, 1), (1.2345, 4), (1.23456, None), (1e-7, None)],
)
def test_decimals_shown(number: float, decimals: int | None) -> None:
    assert decimals_of(number) == decimals


def test_what_counts_as_formula_like() -> None:
    assert all(map(is_formula_like, ["=1+1", "+46", "-", "@SUM(A1)", "\t=1"]))
    assert not any(map(is_formula_like, ["..", ".", "Tom", "N00401", " =1", ""]))


def test_missing_values_are_written_as_their_marks_with_the_reason(exported: Path) -> None:
    sheet = load_workbook(exported)[t.VALUES_SHEET]
    written = {
        reason: (row[6].value, row[7].value)
        for key, reason in [
            (("N00401", "0180", 2024, "T"), "bortfall"),
            (("N00401", OWN, 2024, "T"), "ej_tillampligt"),
            (("N00401", "0000", 2024, "T"), "sekretess"),
            (("N00401", "0000", 2023, "T"), "tom"),
        ]
        for row in [value_row(sheet, *key)]
    }
    assert written == {
        "bortfall": ("-", "Bortfall"),
        "ej_tillampligt": (".", "Ej tillämplig"),
        "sekretess": ("..", "Sekretess"),
        "tom": (None, "Tom"),
    }


def test_text_that_looks_like_a_formula_is_never_run_but_the_dash_stays_a_mark(
    exported: Path,
) -> None:
    book = load_workbook(exported)
    risky = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@"))
    ]
    texts = {cell.value for cell in risky}
    assert {"=SUM(A1)", "+46 70 123 45 67", "@x", FORMULA, "-utkast", "-"} <= texts
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in risky)
    with zipfile.ZipFile(exported) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name
    mark = value_row(book[t.VALUES_SHEET], "N00401", "0180", 2024, "T")[6]
    assert (mark.value, mark.data_type, mark.quotePrefix) == ("-", "s", True)
    # the import reads with calamine: the mark is still the plain text "-"
    rows = CalamineWorkbook.from_path(str(exported)).get_sheet_by_name(t.VALUES_SHEET).to_python()
    (read,) = [r for r in rows if r[0] == "N00401" and r[2] == "0180" and r[4] == 2024]
    assert (read[6], read[7]) == ("-", "Bortfall")
    assert next(r for r in rows if r[0] == "EK-001")[1] == "=SUM(A1)"


def test_the_indicator_sheet_credits_kolada_only_for_kolada_s_indicators(exported: Path) -> None:
    rows = rows_of(load_workbook(exported)[t.KPI_SHEET])
    assert tuple(rows[0]) == t.KPI_HEADER
    described = {row[0]: dict(zip(t.KPI_HEADER, row, strict=True)) for row in rows[1:]}
    assert list(described) == ["EK-001", "EK-002", "N00401"]
    kolada = described["N00401"]
    assert kolada[t.KPI_COL_SOURCE] == t.KOLADA_SOURCE
    assert kolada[t.KPI_COL_UNIT] == "ton CO2-ekv/inv"
    assert (kolada[t.KPI_COL_HIGHER_IS_BETTER], kolada[t.KPI_COL_LOCAL]) == ("Nej", "Nej")
    assert described["EK-001"][t.KPI_COL_SOURCE] == "@x"
    assert described["EK-001"][t.KPI_COL_DESCRIPTION] == "+46 70 123 45 67"
    assert described["EK-001"][t.KPI_COL_GENDER_SPLIT] == "Ja"
    assert described["EK-002"][t.KPI_COL_SOURCE] is None  # never "Källa: Kolada"
    assert described["EK-002"][t.KPI_COL_HIGHER_IS_BETTER] is None  # unknown direction
    assert described["EK-002"][t.KPI_COL_LOCAL] == "Ja"


def test_the_about_sheet_says_whose_file_it_is_and_how_to_edit_it(exported: Path) -> None:
    about = {row[0]: row[1] for row in rows_of(load_workbook(exported)["Om filen"])}
    assert about["Kommun"] == "Övertorneå"
    assert "10 värden (4 saknade)" in about["Innehåll"] and "2023–2024" in about["Innehåll"]
    assert "Importera" in about["Importera igen"] and "töm Saknas" in about["Saknade värden"]


def test_filters_and_an_empty_export_that_is_a_template(filled: Services, tmp_path: Path) -> None:
    one = export_values(filled.database, tmp_path / "en.xlsx", ["EK-002"], [OWN])
    assert (one.values, one.indicators, one.municipalities) == (1, 1, 1)
    own = export_values(filled.database, tmp_path / "egen.xlsx", municipality_ids=[OWN])
    assert own.values == 6
    blank = export_values(filled.database, tmp_path / "mall.xlsx", kpi_ids=["N85054"])
    assert (blank.values, blank.indicators, blank.periods) == (0, 1, None)
    book = load_workbook(blank.path)
    assert rows_of(book[t.VALUES_SHEET]) == [list(t.VALUES_HEADER)]
    assert rows_of(book[t.KPI_SHEET])[1][0] == "N85054"


def test_progress_is_reported_and_cancel_leaves_no_file(filled: Services, tmp_path: Path) -> None:
    reported: list[tuple[int, int, str]] = []
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "ut.xlsx"
    export_values(filled.database, path, progress=lambda d, n, w: reported.append((d, n, w)))
    assert reported[0] == (0, 10, "Skriver värden") and reported[-1][:2] == (10, 10)
    before = path.read_bytes()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_values(filled.database, path, cancel=token)
    assert path.read_bytes() == before  # the earlier file is untouched
    assert [p.name for p in folder.iterdir()] == ["ut.xlsx"]  # no partial file left


def test_a_bad_target_is_refused_and_nothing_is_left(filled: Services, tmp_path: Path) -> None:
    tmp_path = tmp_path / "export"
    tmp_path.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_values(filled.database, tmp_path / "ut.csv")
    assert refused.value.field == "Filnamn"
    with pytest.raises(ValidationError) as refused:
        export_values(filled.database, tmp_path / "saknas" / "ut.xlsx")
    assert refused.value.field == "Mapp"
    occupied = tmp_path / "mapp.xlsx"
    occupied.mkdir()
    with pytest.raises(ExportError, match="kunde inte sparas"):
        export_values(filled.database, occupied)
    assert [p.name for p in tmp_path.iterdir()] == ["mapp.xlsx"]


# -- export, edit in a spreadsheet, import again ------------------------------------------


def stored(services: Services) -> dict[tuple[str, str, int, str], tuple[Any, ...]]:
    with services.database.unit_of_work() as session:
        rows = session.execute(
            select(
                KpiValue.kpi_id,
                KpiValue.municipality_id,
                KpiValue.period,
                KpiValue.gender,
                KpiValue.value,
                KpiValue.missing_reason,
                KpiValue.count,
                KpiValue.status,
            )
        ).all()
    return {tuple(row[:4]): tuple(row[4:]) for row in rows}  # type: ignore[misc]


def test_export_edit_import_changes_only_the_edited_values(
    filled: Services, exported: Path
) -> None:
    from agenda_desktop.core.indicators.model import ImportRequest
    from agenda_desktop.core.services.indicator_import import IndicatorImportService

    importer = IndicatorImportService(filled.database)
    before = stored(filled)
    untouched = importer.analyse(ImportRequest(exported))
    assert (untouched.new, untouched.changed, untouched.unchanged) == (0, 0, 10)
    assert untouched.problem_count == 0 and untouched.missing == 4

    book = load_workbook(exported)  # "the user edits it in a spreadsheet"
    sheet = book[t.VALUES_SHEET]
    value_row(sheet, "N00401", OWN, 2023, "T")[6].value = 4.5
    filled_in = value_row(sheet, "N00401", "0180", 2024, "T")
    filled_in[6].value = 1300  # a "-" replaced by a number …
    filled_in[7].value = None  # … and its reason cleared
    value_row(sheet, "EK-001", OWN, 2024, "K")[6].value = 81
    book.save(exported)

    preview = importer.analyse(ImportRequest(exported))
    assert preview.problem_count == 0, [str(p) for p in preview.problems]
    assert (preview.new, preview.changed, preview.unchanged) == (0, 3, 7)
    result = importer.apply(ImportRequest(exported), preview=preview)
    assert (result.changed, result.history_rows) == (3, 3)

    after = stored(filled)
    edited = {
        ("N00401", OWN, 2023, "T"): 4.5,
        ("N00401", "0180", 2024, "T"): 1300.0,
        ("EK-001", OWN, 2024, "K"): 81.0,
    }
    assert {key: after[key][:2] for key in edited} == {
        key: (value, None) for key, value in edited.items()
    }
    assert {k: v for k, v in after.items() if k not in edited} == {
        k: v for k, v in before.items() if k not in edited
    }
    assert after[("EK-001", OWN, 2024, "T")][3] == FORMULA  # the status text survived
    with filled.database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(KpiValueChange)) == 3
    again = importer.analyse(ImportRequest(exported))
    assert (again.new, again.changed, again.unchanged) == (0, 0, 10)
