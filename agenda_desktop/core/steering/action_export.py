"""The action plan as an Excel sheet, the way officers pass plans around and print them.

One "Handlingsplan" sheet: a frozen bold header, real dates and numbers (so that Excel
sorts and sums them), Swedish names for status, unit and rådighet. Text that looks like
a formula is written with Excel's quote prefix (see ``export_cells``) and never runs.
The file is written next to the target and moved into place only when it is complete.
"""

from __future__ import annotations

import os
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.indicators.export import ExportError
from agenda_desktop.core.indicators.export_cells import Cells, new_sheet
from agenda_desktop.core.steering.action_types import ActionInfo, ActionPlan

SHEET_TITLE: Final = "Handlingsplan"
DATE_FORMAT: Final = "yyyy-mm-dd"
COST_FORMAT: Final = "#,##0"
# (header, width in characters)
COLUMNS: Final = (
    ("Åtgärd", 40),
    ("Beskrivning", 50),
    ("Ansvarig enhet", 36),
    ("Ansvarig person", 22),
    ("Startdatum", 12),
    ("Slutdatum", 12),
    ("Status", 12),
    ("Försenad", 10),
    ("Kostnad (kr)", 14),
    ("Rådighet", 18),
    ("Samverkanspartner", 30),
    ("Målsättningar", 40),
    ("Globala mål", 30),
)


def _check_target(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            "Filnamn", f"”{path.name}”: spara som en Excel-fil som slutar på .xlsx."
        )
    if not path.parent.is_dir():
        raise ValidationError("Mapp", f"mappen {path.parent} finns inte.")


class _Row:
    """Builds one row's cells: dates and cost get their own styled cells."""

    def __init__(self, cells: Cells, sheet: Any) -> None:
        self._cells = cells
        self._sheet = sheet

    def date(self, value: date | None) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self._sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell

    def cost(self, value: float | None) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self._sheet, value=value)
        cell.number_format = COST_FORMAT if float(value).is_integer() else "#,##0.00"
        return cell

    def of(self, action: ActionInfo) -> list[Any]:
        text = self._cells.text
        objectives = "; ".join(f"{link.label} {link.text}" for link in action.objectives)
        goals = "; ".join(f"{goal.number} {goal.name_sv}".strip() for goal in action.goals)
        return [
            text(1, action.title, "wrap"),
            text(2, action.description, "wrap"),
            text(3, action.unit_path),
            text(4, action.responsible_person),
            self.date(action.start_date),
            self.date(action.due_date),
            text(7, action.status_name),
            "Ja" if action.is_overdue else None,
            self.cost(action.cost_estimate),
            text(10, action.radighet_name),
            text(11, action.partners, "wrap"),
            text(12, objectives, "wrap"),
            text(13, goals, "wrap"),
        ]


def export_action_plan(plan: ActionPlan, path: Path) -> Path:
    """Write ``plan`` to ``path`` (.xlsx); an existing file is replaced only on success.

    Raises:
        ValidationError: Not an .xlsx name, or no such folder.
        ExportError: The file could not be written (e.g. it is open in Excel).
    """
    _check_target(path)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.tmp.xlsx")
    workbook = Workbook(write_only=True)
    try:
        sheet = new_sheet(workbook, SHEET_TITLE, [width for _, width in COLUMNS])
        cells = Cells(sheet)
        sheet.append(cells.header([name for name, _ in COLUMNS]))
        row = _Row(cells, sheet)
        for action in plan.actions:
            sheet.append(row.of(action))
        try:
            workbook.save(partial)
            os.replace(partial, path)
        except OSError as error:
            raise ExportError(
                f"Filen {path} kunde inte sparas ({error.strerror or error}). Är den öppen i "
                "Excel eller ett annat program? Stäng den, eller välj ett annat filnamn."
            ) from error
    except BaseException:
        with suppress(Exception):
            workbook.save(partial)
        raise
    finally:
        partial.unlink(missing_ok=True)
    return path
