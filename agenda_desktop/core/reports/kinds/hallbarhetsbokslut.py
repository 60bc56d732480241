"""Hållbarhetsbokslut (step 5, once per term of office): the deeper sustainability report.

What the report holds (read from the follow-ups, ``FollowUpService``; the term's result
is the follow-up of the term, else the latest follow-up):

* a summary for the council: where the municipality stands at the end of the term
  (målsättningar and indicators by status), actions done, dialogues and maturity;
* how the status is computed (the rule's explanation);
* the starting point: how the 17 goals were assessed in the nulägesanalys (a table);
* per insatsområde and målsättning: the indicators against their targets at the end of
  the term (a table) and a chart of every indicator over the years against its target
  (target dashed, baseline→target dotted), with the officers' comments;
* what the dialogues produced (activities, participants, comments and answers);
* the actions carried out (klar) and those not;
* the maturity over the follow-ups (level and checklist, “Ja”/“Nej”);
* what moved during the term and the conclusions for the next nulägesanalys, built from
  the follow-ups' “what to change” texts.

Shared with the Uppföljningsrapport through ``uppfoljning_parts`` and
``uppfoljning_charts``; its own sections are in ``hallbarhetsbokslut_parts``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.kinds.hallbarhetsbokslut_parts import (
    actions_section,
    conclusions,
    dialogue_section,
    maturity_development,
    start_section,
)
from agenda_desktop.core.reports.kinds.uppfoljning_charts import (
    CHART_NOTE,
    chart_grid,
    every_indicator_chart,
)
from agenda_desktop.core.reports.kinds.uppfoljning_parts import (
    area_heading,
    areas,
    objective_block,
    objective_overview,
    publication_text,
    rule_section,
    status_summary,
    term_follow_up,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.services.follow_up_types import FollowUpDetail
from agenda_desktop.core.steering.vocabulary import MATURITY_LEVELS

PURPOSE = (
    "Hållbarhetsbokslutet är den fördjupade redovisningen av kommunens arbete med "
    "Agenda 2030 under mandatperioden: hur nyckeltalen har utvecklats mot målen, vad "
    "åtgärderna har gett och vad nästa styrcykel behöver ta vid av."
)
YEARS_BEFORE = 4  # the years of values shown before the cycle's baseline


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Hållbarhetsbokslut after the title page."""
    s = context.styles
    story: list[Flowable] = [*about_section(context, PURPOSE), *cycle_section(context)]
    services = context.services
    follow_ups = services.follow_up.follow_ups(context.cycle_id)
    final_summary = term_follow_up(follow_ups)
    if final_summary is None:
        return [
            *story,
            s.heading("Uppföljning"),
            s.note(
                "Styrcykeln har ännu ingen uppföljning. Hållbarhetsbokslutet bygger på "
                "uppföljningarna i steg 5."
            ),
        ]
    details = [
        services.follow_up.follow_up(f.follow_up_id, context.today)
        for f in sorted(follow_ups, key=lambda f: (f.year, f.kind != "mandatperiod"))
    ]
    final = next(d for d in details if d.summary.follow_up_id == final_summary.follow_up_id)
    plan = services.action_plan.action_plan(context.cycle_id, context.today)
    dialogue = services.dialogue.dialogue(context.cycle_id)
    context.check()
    story += _summary(context, final, details)
    story += [s.heading("Målsättningarnas status vid periodens slut", 2)]
    story += objective_overview(context, final)
    story += rule_section(context)
    story += start_section(context, services.analysis.analysis(context.cycle_id))
    context.check()
    story += _development(context, final)
    context.check()
    story += dialogue_section(context, dialogue)
    story += actions_section(context, plan)
    story += maturity_development(context, details)
    story += _what_moved(context, details)
    story += conclusions(context, final, details)
    return story


def _summary(
    context: ReportContext, final: FollowUpDetail, details: list[FollowUpDetail]
) -> list[Flowable]:
    s = context.styles
    cycle = context.cycle
    actions = final.actions
    levels = [MATURITY_LEVELS.get(d.summary.maturity or "", "inte bedömd") for d in details]
    maturity = " → ".join(
        f"{lvl} ({d.summary.year})" for lvl, d in zip(levels, details, strict=True)
    )
    return [
        s.heading("Sammanfattning"),
        s.paragraph(
            f"Hållbarhetsbokslutet redovisar mandatperioden {cycle.start_year}–{cycle.end_year}. "
            f"Läget vid periodens slut bygger på {final.summary.title.lower()}, och "
            f"utvecklingen under perioden på {len(details)} uppföljningar."
        ),
        s.facts(
            [
                ("Underlag", ", ".join(d.summary.title for d in details)),
                (
                    "Åtgärder",
                    f"{actions.count('klar')} av {actions.total} klara, "
                    f"{actions.overdue} har passerat slutdatum",
                ),
                ("Mognadsnivå", maturity),
                ("Publicering", publication_text(final.summary)),
            ],
            label_share=0.3,
        ),
        s.space(3),
        *status_summary(context, final),
    ]


def _development(context: ReportContext, final: FollowUpDetail) -> list[Flowable]:
    """Per insatsområde: the målsättningar's tables, then a chart of every indicator."""
    s = context.styles
    story: list[Flowable] = [
        s.heading("Nyckeltalens utveckling under mandatperioden"),
        s.paragraph(
            "För varje insatsområde redovisas målsättningarna med nyckeltalens utgångsvärde, "
            "målvärde, utfall och status vid periodens slut, och därefter ett diagram för "
            "varje nyckeltal. " + CHART_NOTE
        ),
    ]
    baselines = [i.baseline_year for o in final.objectives for i in o.indicators if i.baseline_year]
    first_year = min([*baselines, context.cycle.start_year]) - YEARS_BEFORE
    figure = 1
    for title, objectives in areas(final):
        story.append(s.heading(area_heading(objectives, title)))
        for objective in objectives:
            story += objective_block(context, objective, "Kommentar vid uppföljningen")
        entries = every_indicator_chart(objectives, first_year)
        if entries:
            story += [s.space(3), *chart_grid(context, entries, figure)]
            figure += len(entries)
        context.check()
    return story


def _what_moved(context: ReportContext, details: list[FollowUpDetail]) -> list[Flowable]:
    """“Vad har hänt under perioden”: each follow-up's what moved and why, oldest first."""
    s = context.styles
    story: list[Flowable] = [
        s.heading("Vad har hänt under perioden"),
        s.paragraph(
            "Uppföljningarnas analyser av vad som har rört sig och varför, med de "
            "framgångsfaktorer som kan spridas till andra områden."
        ),
    ]
    written = [d for d in details if d.what_moved.strip()]
    if not written:
        return [*story, s.note("Uppföljningarna har ännu ingen analys.")]
    for detail in written:
        story += [s.heading(detail.summary.title, 2), s.paragraph(detail.what_moved)]
    return story
