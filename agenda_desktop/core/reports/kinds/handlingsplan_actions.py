"""The actions of the Handlingsplan: their order, numbers, status cells and descriptions.

The actions are grouped by insatsområde and, within it, by the first målsättning they
serve (then by due date), because a reader of the plan asks what is done for each goal.
An action that serves several målsättningar is described once, under its first one, and
lists the others. Each action gets a number (1, 2, 3 …) that the overview table and the
list for the steering group use too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from agenda_desktop.core.reports.charts import swedish_number
from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import CONTENT_WIDTH, LIGHT_RULE, plain
from agenda_desktop.core.steering.action_types import ActionInfo, ActionPlan, ObjectiveLink
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES

NO_AREA = "Åtgärder som inte är kopplade till någon målsättning"


@dataclass(frozen=True)
class NumberedAction:
    number: int
    action: ActionInfo
    area_title: str  # "Insatsområde 1: …" or NO_AREA
    first: ObjectiveLink | None  # the målsättning it is described under

    @property
    def is_late(self) -> bool:
        """Past its due date, or marked försenad by the person responsible."""
        return self.action.is_overdue or self.action.status == "forsenad"


def numbered_actions(plan: ActionPlan, area_numbers: dict[int, int]) -> list[NumberedAction]:
    """The actions in the report's order, numbered from 1."""
    objectives = {ref.objective_id: ref for ref in plan.objectives}
    order = {ref.objective_id: index for index, ref in enumerate(plan.objectives)}

    def key(action: ActionInfo) -> tuple[int, date, str]:
        first = min(
            (order.get(link.objective_id, 10**6) for link in action.objectives), default=10**6
        )
        return (first, action.due_date or date.max, action.title.casefold())

    result: list[NumberedAction] = []
    for number, action in enumerate(sorted(plan.actions, key=key), start=1):
        title = NO_AREA
        links = sorted(action.objectives, key=lambda link: order.get(link.objective_id, 10**6))
        ref = objectives.get(links[0].objective_id) if links else None
        if ref is not None:
            area = area_numbers.get(ref.focus_area_id)
            title = f"Insatsområde {area}: {ref.focus_area_title}" if area else ref.focus_area_title
        result.append(NumberedAction(number, action, title, links[0] if links else None))
    return result


def kronor(value: float | None) -> str:
    """“1 800 000 kr”, or “Ej angiven”."""
    if value is None:
        return "Ej angiven"
    # no-break spaces: a sum is never split over two lines
    return f"{swedish_number(value, 0)} kr".replace(" ", "\u00a0")


def period(action: ActionInfo) -> str:
    start = swedish_date(action.start_date) if action.start_date else "ej angivet"
    due = swedish_date(action.due_date) if action.due_date else "ej angivet"
    return f"{start} – {due}"


def status_text(item: NumberedAction) -> str:
    """The status in reportlab markup; a late action says “Försenad” in bold."""
    action = item.action
    if not item.is_late:
        return plain(action.status_name)
    if action.status == "forsenad":
        text = f"<b>{plain(ACTION_STATUSES['forsenad'])}</b>"
    else:
        text = f"{plain(action.status_name)}, <b>försenad</b>"
    if action.is_overdue:
        text += "<br/><b>Slutdatum passerat</b>"
    return text


def status_cell(context: ReportContext, item: NumberedAction) -> Paragraph:
    return Paragraph(status_text(item), context.styles.cell)


def action_block(
    context: ReportContext, item: NumberedAction, lead: Sequence[Flowable] = ()
) -> list[Flowable]:
    """One action: its number and title, description and a table of its data, kept on one
    page together with ``lead`` (the headings above it, so that none stands alone)."""
    s = context.styles
    action = item.action
    goals = ", ".join(f"{goal.number} {goal.name_sv}" for goal in action.goals) or "–"
    objectives = "\n".join(f"{link.label} {link.text}" for link in action.objectives) or "–"
    facts: list[tuple[str, str]] = [
        ("Ansvarig enhet", plain(action.unit_path or "Ej angiven")),
        ("Ansvarig person", plain(action.responsible_person or "Ej angiven")),
        ("Tidsplan", plain(period(action))),
        ("Status", status_text(item)),
        ("Kostnad", plain(kronor(action.cost_estimate))),
        ("Rådighet", plain(action.radighet_name or "Ej angiven")),
        ("Samarbetspartner", plain(action.partners or "–")),
        ("Målsättningar", plain(objectives)),
        ("Globala mål", plain(goals)),
    ]
    rows = [
        [Paragraph(plain(label), s.cell_bold), Paragraph(value, s.cell)] for label, value in facts
    ]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.22, CONTENT_WIDTH * 0.78], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT_RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, LIGHT_RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    head: list[Flowable] = [s.heading(f"{item.number}. {action.title}", 3)]
    if action.description:
        head.append(s.paragraph(action.description))
    return [KeepTogether([*lead, *head, table]), s.space(4)]
