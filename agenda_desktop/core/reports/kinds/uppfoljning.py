"""Uppföljningsrapport (step 5, yearly): outcomes against targets and the actions' status.

What the report holds (read from the cycle's latest yearly follow-up,
``FollowUpService.follow_up``, and the actions from ``ActionPlanService.action_plan``):

* a summary for the årsredovisning: how many målsättningar and indicators are uppnådda,
  på väg, at risk, inte på väg or cannot be assessed (a table), and every målsättning
  with its status;
* how the status is computed (the rule's explanation);
* per insatsområde and målsättning: the indicators' baseline, target, outcome and
  status (a table), the officers' comment, and at most one chart per målsättning of an
  indicator against its target (``uppfoljning_charts``);
* the actions by status, with those past their due date listed;
* the analysis texts: what moved and why, and what to change;
* the maturity level with its checklist (“Ja”/“Nej”), and the publication date.

Shared with the Hållbarhetsbokslut through ``uppfoljning_parts`` and ``uppfoljning_charts``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.kinds.uppfoljning_charts import (
    CHART_NOTE,
    chart_grid,
    first_chart_per_objective,
)
from agenda_desktop.core.reports.kinds.uppfoljning_parts import (
    actions_by_status,
    area_heading,
    areas,
    latest_yearly,
    maturity_section,
    objective_block,
    objective_overview,
    overdue_table,
    publication_text,
    rule_section,
    status_summary,
    text_or_note,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.services.follow_up_types import FollowUpDetail

PURPOSE = (
    "Uppföljningsrapporten redovisar hur kommunen ligger till mot sina mål för Agenda 2030: "
    "nyckeltalens utfall jämfört med målvärdena, hur åtgärderna går och vad som behöver "
    "ändras. Den är en del av den ordinarie uppföljningen i årsredovisningen."
)
CHART_YEARS = 10  # the latest ten years of values: keep the x axis readable


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Uppföljningsrapport after the title page."""
    story: list[Flowable] = [*about_section(context, PURPOSE), *cycle_section(context)]
    chosen = latest_yearly(context.services.follow_up.follow_ups(context.cycle_id))
    if chosen is None:
        story += [
            context.styles.heading("Uppföljning"),
            context.styles.note(
                "Styrcykeln har ännu ingen uppföljning. Skapa en uppföljning i steg 5 för "
                "att fylla rapporten."
            ),
        ]
        return story
    detail = context.services.follow_up.follow_up(chosen.follow_up_id, context.today)
    context.check()
    story += _summary(context, detail)
    story += rule_section(context)
    context.check()
    story += _objectives(context, detail)
    context.check()
    story += _actions(context, detail)
    story += _analysis(context, detail)
    story += _maturity(context, detail)
    return story


def _summary(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    s = context.styles
    summary = detail.summary
    years = [i.outcome_year for o in detail.objectives for i in o.indicators if i.outcome_year]
    latest = max(years) if years else None
    facts = [
        ("Uppföljning", summary.title),
        ("Senaste utfall", str(latest) if latest else "Inga utfall ännu"),
        ("Åtgärdernas läge", swedish_date(context.today)),
        (
            "Publicerad",
            swedish_date(summary.published_on) if summary.published_on else "Ej publicerad",
        ),
    ]
    return [
        s.heading("Sammanfattning"),
        s.paragraph(
            f"Rapporten redovisar {summary.title.lower()} av styrcykeln ”{detail.cycle_name}”. "
            "Varje nyckeltal jämförs med sitt utgångsvärde och målvärde, och varje "
            "målsättning får en samlad status."
        ),
        s.facts(facts, label_share=0.35),
        s.space(3),
        *status_summary(context, detail),
        s.heading("Målsättningarnas status", 2),
        *objective_overview(context, detail),
    ]


def _objectives(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    """Per insatsområde: each målsättning's table and comment, then the charts."""
    s = context.styles
    story: list[Flowable] = [
        s.heading("Målsättningar och nyckeltal"),
        s.paragraph(
            "För varje insatsområde redovisas målsättningarna med nyckeltalens utgångsvärde, "
            "målvärde, senaste utfall och status, och förvaltningarnas kommentarer. Därefter "
            "följer ett diagram per målsättning. " + CHART_NOTE
        ),
    ]
    first_year = context.today.year - CHART_YEARS
    figure = 1
    for title, objectives in areas(detail):
        story.append(s.heading(area_heading(objectives, title)))
        for objective in objectives:
            story += objective_block(context, objective)
        entries = first_chart_per_objective(objectives, first_year)
        if entries:
            story += [s.space(3), *chart_grid(context, entries, figure)]
            figure += len(entries)
        context.check()
    return story


def _actions(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    s = context.styles
    story: list[Flowable] = [
        s.heading("Åtgärdernas genomförande"),
        *actions_by_status(context, detail),
    ]
    if detail.actions.total:
        plan = context.services.action_plan.action_plan(context.cycle_id, context.today)
        heading = s.heading("Åtgärder som passerat slutdatum", 2)
        story.append(KeepTogether([heading, *overdue_table(context, plan)]))
    return story


def _analysis(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    s = context.styles
    return [
        s.heading("Analys"),
        s.heading("Vad har hänt och varför", 2),
        *text_or_note(context, detail.what_moved, "Analysen är ännu inte skriven."),
        s.heading("Vad behöver ändras", 2),
        *text_or_note(context, detail.what_to_change, "Inga förändringar är föreslagna ännu."),
    ]


def _maturity(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    s = context.styles
    return [
        s.heading("Mognad i hållbarhetsstyrningen"),
        s.paragraph(
            "Kommunen bedömer sin mognad i styrningen mot Agenda 2030 som låg, mellan eller "
            "hög utifrån en checklista. Hög mognad innebär en aktuell nulägesanalys, konkreta "
            "mål riktade mot utmaningarna, mätbara indikatorer och uppföljning i "
            "årsredovisningen."
        ),
        *maturity_section(context, detail),
        s.heading("Publicering", 2),
        s.paragraph(publication_text(detail.summary)),
    ]
