"""Export (the app's template), edit in a spreadsheet, import again: only the edits change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from conftest import KPI_A, TANUM
from sheet_writers import write_openpyxl

from agenda_desktop.core.indicators import template
from agenda_desktop.core.indicators.export import export_values
from agenda_desktop.core.indicators.model import ImportRequest, Layout
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.store.database import Database


def test_export_edit_import(
    tmp_path: Path,
    new_database: Database,
    service: IndicatorImportService,
    values: Callable[[], dict[Any, Any]],
) -> None:
    rows = [["Nyckeltal", "Kommun", "År", "Kön", "Värde"]]
    rows += [[KPI_A, "Tanum", year, "T", year / 10] for year in range(2015, 2025)]
    rows += [[KPI_A, "Tanum", 2014, "T", "-"], [KPI_A, "Tanum", 2013, "T", ".."]]
    service.apply(ImportRequest(write_openpyxl(tmp_path / "in.xlsx", {"Blad1": rows})))
    before = values()

    exported = tmp_path / "export.xlsx"
    export_values(new_database, exported)
    preview = service.analyse(ImportRequest(exported))
    assert (preview.layout, preview.sheet) == (Layout.TEMPLATE, template.VALUES_SHEET)
    assert (preview.new, preview.changed, preview.unchanged, preview.problems) == (0, 0, 12, ())

    workbook = openpyxl.load_workbook(exported)
    sheet = workbook[template.VALUES_SHEET]
    header = [cell.value for cell in sheet[1]]
    year_column = header.index(template.COL_PERIOD) + 1
    value_column = header.index(template.COL_VALUE) + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, year_column).value == 2020:
            sheet.cell(row, value_column).value = 42
    workbook.save(exported)

    result = service.apply(ImportRequest(exported))
    assert (result.new, result.changed, result.unchanged, result.history_rows) == (0, 1, 11, 1)
    after = values()
    assert {key for key in after if after[key] != before[key]} == {(KPI_A, TANUM, 2020, "T")}
    assert after[(KPI_A, TANUM, 2014, "T")][:2] == (None, "bortfall")
    assert after[(KPI_A, TANUM, 2013, "T")][:2] == (None, "sekretess")
