"""The action plan as an Excel sheet, the way officers pass plans around and print them.

One "Handlingsplan" sheet: a frozen bold header, real dates and numbers (so that Excel
sorts and sums them), Swedish names for status, unit and rådighet. Text that looks like
a formula is written with Excel's quote prefix and never runs. The file is written next
to the target and moved into place only when it is complete (see ``core.excel_sheets``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from agenda_desktop.core.excel_sheets import HeaderedSheet, workbook_saved_to
from agenda_desktop.core.steering.action_types import ActionInfo, ActionPlan

SHEET_TITLE: Final = "Handlingsplan"
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


class _Sheet(HeaderedSheet):
    """The Handlingsplan sheet, with cells for a cost in kronor and a whole row."""

    def cost(self, value: float | None) -> Any:
        if value is None:
            return None
        return self.formatted(value, COST_FORMAT if float(value).is_integer() else "#,##0.00")

    def row(self, action: ActionInfo) -> list[Any]:
        text = self.text
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
    with workbook_saved_to(path) as workbook:
        sheet = _Sheet(workbook, SHEET_TITLE, COLUMNS)
        for action in plan.actions:
            sheet.append(sheet.row(action))
    return path
