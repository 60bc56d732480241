"""Write real spreadsheet files with the libraries people's files come from."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

Rows = Sequence[Sequence[Any]]


def write_openpyxl(path: Path, sheets: Mapping[str, Rows]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def write_xlsxwriter(path: Path, sheets: Mapping[str, Rows], merge: Sequence[Any] = ()) -> Path:
    """Write with xlsxwriter; ``merge`` holds (sheet, first_row, first_col, last_col, text)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for number, row in enumerate(rows):
            for column, value in enumerate(row):
                if value is None:
                    continue
                sheet.write(number, column, value)
        for sheet_name, row, first, last, text in merge:
            if sheet_name == name:
                sheet.merge_range(row, first, row, last, text)
    workbook.close()
    return path


def write_xls(path: Path, sheets: Mapping[str, Rows]) -> Path:
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        sheet = workbook.add_sheet(name)
        for number, row in enumerate(rows):
            for column, value in enumerate(row):
                if value is not None:
                    sheet.write(number, column, value)
    workbook.save(str(path))
    return path


def write_ods(path: Path, sheets: Mapping[str, Rows]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            table_row = TableRow()
            for value in row:
                if value is None:
                    cell = TableCell()
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def write_csv(
    path: Path, rows: Rows, delimiter: str = ";", encoding: str = "utf-8", bom: bool = False
) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if value is None else value for value in row])
    return path


WRITERS = {
    "openpyxl.xlsx": write_openpyxl,
    "xlsxwriter.xlsx": write_xlsxwriter,
    "xlwt.xls": write_xls,
    "odfpy.ods": write_ods,
}


def write(kind: str, folder: Path, sheets: Mapping[str, Rows], stem: str = "nyckeltal") -> Path:
    """Write ``sheets`` with the writer named by ``kind`` (e.g. "xlwt.xls")."""
    suffix = kind.rsplit(".", 1)[1]
    path = folder / f"{stem}-{kind.split('.')[0]}.{suffix}"
    return WRITERS[kind](path, sheets)
