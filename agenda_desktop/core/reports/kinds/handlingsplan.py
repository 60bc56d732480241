"""Handlingsplan (step 3): the actions that carry out the programme.

What the report holds (read from ``ActionPlanService.action_plan`` for the document's
date, and the programme's focus areas from ``ProgrammeService``):

* an introduction: what the plan is and how it is ordered;
* a summary: the number of actions by status, those past their due date, the total
  cost, and the actions, cost and late actions per responsible förvaltning or bolag;
* the actions that need the steering group's attention: late (past the due date or
  marked försenad) or without a responsible unit or person;
* an overview table of every action that fits A4 portrait (number, action, responsible,
  due date, status, cost);
* the actions grouped by insatsområde and målsättning (see ``handlingsplan_actions``):
  title, description, responsible unit and person, dates, status, cost, rådighet,
  partners, and the målsättningar and global goals each serves; late ones say
  “Försenad” in bold, so that it shows in black and white;
* how the actions are built into the verksamhetsplaner and the budget.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from agenda_desktop.core.reports.charts import swedish_number
from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.kinds.handlingsplan_actions import (
    NumberedAction,
    action_block,
    kronor,
    numbered_actions,
    status_cell,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import plain
from agenda_desktop.core.steering.action_types import UNIT_PATH_SEPARATOR, ActionPlan

PURPOSE = (
    "Handlingsplanen beskriver de åtgärder som ska genomföras för att nå kommunens mål "
    "för Agenda 2030: vem som ansvarar, när de ska vara klara, vad de kostar och vilka "
    "samarbetspartner som behövs."
)
NO_UNIT = "Ingen ansvarig enhet"


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Handlingsplan after the title page."""
    plan = context.services.action_plan.action_plan(context.cycle_id, context.today)
    programme = context.services.programme.programme(context.cycle_id)
    area_numbers = {area.focus_area_id: area.number for area in programme.areas}
    items = numbered_actions(plan, area_numbers)
    story: list[Flowable] = [*about_section(context, PURPOSE), *cycle_section(context)]
    story += _introduction(context, plan)
    if not items:
        story.append(context.styles.note("Handlingsplanen har ännu inga åtgärder."))
        return story + _integration(context)
    context.check()
    story += _summary(context, plan, items)
    story += _attention(context, items)
    story += _overview(context, items)
    context.check()
    story += _details(context, items)
    story += _integration(context)
    return story


def _introduction(context: ReportContext, plan: ActionPlan) -> list[Flowable]:
    s = context.styles
    return [
        s.heading("Inledning"),
        s.paragraph(
            "Handlingsplanen är steg tre i styrcykeln. Den omsätter programmets "
            "målsättningar (”Hit vill vi”) och insatser (”Det gör vi genom att”) i konkreta "
            "åtgärder med en ansvarig förvaltning, sektor eller ett kommunalt bolag, en "
            "ansvarig person, en tidsplan och en kostnad. För varje åtgärd anges också om "
            "kommunen har egen rådighet eller behöver samverka med andra, och i så fall med "
            "vilka."
        ),
        s.paragraph(
            "Planen börjar med en sammanfattning och de åtgärder som styrgruppen behöver "
            "uppmärksamma, följt av en översikt över alla åtgärder. Därefter beskrivs "
            "åtgärderna en och en, ordnade efter insatsområde och den målsättning de "
            "främst bidrar till, och inom varje målsättning efter slutdatum. En åtgärd som "
            "bidrar till flera målsättningar beskrivs under den första och nämner de övriga. "
            f"Status och förseningar avser läget {swedish_date(plan.today)}."
        ),
    ]


def _summary(
    context: ReportContext, plan: ActionPlan, items: list[NumberedAction]
) -> list[Flowable]:
    """“Sammanfattning”: counts by status, late actions, cost, and per förvaltning."""
    s = context.styles
    summary = plan.summary
    late = sum(item.is_late for item in items)
    story: list[Flowable] = [
        s.heading("Sammanfattning"),
        s.paragraph(
            f"Handlingsplanen omfattar {summary.total} åtgärder med en beräknad kostnad på "
            f"sammanlagt {kronor(summary.total_cost)}. Av dem är {summary.count('klar')} klara "
            f"och {summary.count('pagar')} pågår. Sammanlagt {late} är försenade, varav "
            f"{summary.overdue} har passerat sitt slutdatum utan att vara klara."
        ),
        s.facts(
            [
                ("Antal åtgärder", str(summary.total)),
                ("Passerat slutdatum", str(summary.overdue)),
                ("Försenade totalt", str(late)),
                ("Beräknad kostnad", kronor(summary.total_cost)),
            ],
            label_share=0.35,
        ),
        s.heading("Åtgärder per status", 2),
        s.table(
            ["Status", "Antal", "Andel"],
            [
                [
                    count.name,
                    str(count.count),
                    f"{swedish_number(100 * count.count / summary.total, 0)} %",
                ]
                for count in summary.by_status
            ],
            widths=[0.5, 0.25, 0.25],
            numeric=(1, 2),
        ),
    ]
    units: dict[str, list[NumberedAction]] = {}
    for item in items:
        path = item.action.unit_path
        top = path.split(UNIT_PATH_SEPARATOR)[0] if path else NO_UNIT
        units.setdefault(top, []).append(item)
    rows = [
        [
            name,
            str(len(group)),
            str(sum(i.action.status == "klar" for i in group)),
            str(sum(i.is_late for i in group)),
            swedish_number(sum(i.action.cost_estimate or 0 for i in group) / 1000, 0),
        ]
        for name, group in sorted(units.items(), key=lambda kv: (kv[0] == NO_UNIT, kv[0]))
    ]
    story += [
        s.heading("Åtgärder per ansvarig förvaltning och bolag", 2),
        s.table(
            ["Förvaltning eller bolag", "Åtgärder", "Klara", "Försenade", "Kostnad, tkr"],
            rows,
            widths=[0.44, 0.13, 0.11, 0.14, 0.18],
            numeric=(1, 2, 3, 4),
        ),
    ]
    return story


def _attention(context: ReportContext, items: list[NumberedAction]) -> list[Flowable]:
    """“Att uppmärksamma”: late actions and those without a responsible unit or person."""
    s = context.styles
    rows: list[list[str | Flowable]] = []
    for item in items:
        action = item.action
        reasons = []
        if action.is_overdue:
            reasons.append("Slutdatum passerat")
        elif action.status == "forsenad":
            reasons.append("Markerad som försenad")
        if not action.unit_path:
            reasons.append("Ansvarig enhet saknas")
        if not action.responsible_person:
            reasons.append("Ansvarig person saknas")
        if reasons:
            due = swedish_date(action.due_date) if action.due_date else "–"
            rows.append([str(item.number), action.title, due, "\n".join(reasons)])
    story: list[Flowable] = [s.heading("Att uppmärksamma för styrgruppen")]
    if not rows:
        return [*story, s.paragraph("Inga åtgärder är försenade och alla har en ansvarig.")]
    return [
        *story,
        s.paragraph(
            "Följande åtgärder är försenade eller saknar ansvarig och behöver tas upp i "
            "styrgruppen. Numren hänvisar till beskrivningen av åtgärderna längre fram."
        ),
        s.table(
            ["Nr", "Åtgärd", "Slutdatum", "Anledning"],
            rows,
            widths=[0.07, 0.48, 0.17, 0.28],
            numeric=(0,),
        ),
    ]


def _overview(context: ReportContext, items: list[NumberedAction]) -> list[Flowable]:
    """“Översikt över åtgärderna”: one row per action, fitting A4 portrait."""
    s = context.styles
    rows: list[list[str | Flowable]] = []
    for item in items:
        action = item.action
        unit = action.unit_path.split(UNIT_PATH_SEPARATOR)[-1] if action.unit_path else "–"
        responsible = f"{unit}\n{action.responsible_person}" if action.responsible_person else unit
        rows.append(
            [
                str(item.number),
                action.title,
                action.objective_labels or "–",
                responsible,
                swedish_date(action.due_date) if action.due_date else "–",
                status_cell(context, item),
                "–"
                if action.cost_estimate is None
                else swedish_number(action.cost_estimate / 1000, 0),
            ]
        )
    return [
        s.heading("Översikt över åtgärderna"),
        s.paragraph(
            "Tabellen listar alla åtgärder i samma ordning som beskrivningarna. Ansvarig är "
            "den enhet och person som leder åtgärden; kostnaden anges i tusental kronor."
        ),
        s.table(
            ["Nr", "Åtgärd", "Mål", "Ansvarig", "Slutdatum", "Status", "Tkr"],
            rows,
            widths=[0.05, 0.27, 0.07, 0.24, 0.13, 0.14, 0.10],
            numeric=(0, 6),
        ),
    ]


def _details(context: ReportContext, items: list[NumberedAction]) -> list[Flowable]:
    """The actions one by one, under a heading per insatsområde and målsättning."""
    s = context.styles
    story: list[Flowable] = []
    area = objective = None
    for item in items:
        lead: list[Flowable] = []
        if item.area_title != area:
            area, objective = item.area_title, None
            # a plain paragraph in the heading style (still in the table of contents), so
            # that it is kept on the page of its first action
            lead.append(Paragraph(plain(area), s.heading1))
        first = item.first
        if first is not None and first.label != objective:
            objective = first.label
            lead += [
                s.heading(f"Målsättning {first.label}", 2),
                Paragraph(f"<i>{plain(first.text)}</i>", s.body),
            ]
        story += action_block(context, item, lead)
    return story


def _integration(context: ReportContext) -> list[Flowable]:
    s = context.styles
    return [
        s.heading("Genomförande i ordinarie planering"),
        s.paragraph(
            "Åtgärderna ska inte vara ett sidospår. Varje förvaltning och bolag för in sina "
            "åtgärder i verksamhetsplanen och budgeten för kommande år, och kostnaderna "
            "prövas i den ordinarie budgetprocessen. Ansvarig person rapporterar läget inför "
            "delårsrapporten och årsredovisningen, där handlingsplanen följs upp tillsammans "
            "med programmets nyckeltal."
        ),
        s.paragraph(
            "Åtgärder som kräver samverkan genomförs tillsammans med de parter som anges för "
            "varje åtgärd. Handlingsplanen revideras när programmet ändras och minst en gång "
            "per år i samband med uppföljningen."
        ),
    ]
