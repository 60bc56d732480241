"""Test data for the financing tests: real amount sheets written by real libraries, and a
network (with a deciding paragraph) made with the ORM."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AgendaItem, Body, Meeting, Network

Rows = Sequence[Sequence[Any]]


def write_xlsx(path: Path, rows: Rows, sheet: str = "Belopp") -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def write_xls(path: Path, rows: Rows, sheet: str = "Belopp") -> Path:
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet(sheet)
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            if value is not None:
                worksheet.write(number, column, value)
    workbook.save(str(path))
    return path


def write_ods(path: Path, rows: Rows, sheet: str = "Belopp") -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for row in rows:
        table_row = TableRow()
        for value in row:
            if value is None:
                cell = TableCell()
            elif isinstance(value, int | float):
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


def write_csv(path: Path, rows: Rows, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if value is None else value for value in row])
    return path


# A typical recommendation's sheet: two title lines, a blank line, then the table.
TITLE_LINES: Rows = [
    ["Rekommendation om samfinansiering av regional utveckling 2024–2027"],
    ["Belopp per kommun och år, beslutat av styrelsen 2023-11-24"],
    [],
]
HEADER = ["Kommunkod", "Kommun", "Belopp exkl. moms", "Belopp inkl. moms"]


def make_network(database: Database, name: str = "Regional samfinansiering") -> int:
    with database.unit_of_work() as session:
        network = Network(
            name=name, organiser="Regionen", organiser_kind="region", kind="samfinansiering"
        )
        session.add(network)
        session.flush()
        return network.id


def make_paragraph(
    database: Database,
    number: int | None = 1190,
    position: int = 5,
    held_on: date = date(2026, 3, 10),
) -> int:
    """A paragraph of Kommunstyrelsen's meeting; ``number`` None: not numbered yet."""
    with database.unit_of_work() as session:
        body = Body(name="Kommunstyrelsen", kind="styrelse")
        session.add(body)
        session.flush()
        meeting = Meeting(body_id=body.id, held_on=held_on)
        session.add(meeting)
        session.flush()
        item = AgendaItem(
            meeting_id=meeting.id,
            position=position,
            title="Rekommendation om samfinansiering",
            paragraph_number=number,
        )
        session.add(item)
        session.flush()
        return item.id
