"""Nulägesanalys (step 1): where the municipality stands against the 17 global goals.

What the report holds (read from ``AnalysisService``, with ``DialogueService`` and
``CycleService``):

* an introduction: the purpose, and how the analysis was made (nyckeltal from Kolada
  and the municipality's own, the dialogues with invånare, medarbetare and politiker,
  the four-step scale, trend, rådighet and the municipality's four roles);
* a summary: the number of goals per assessment, the biggest challenges, what goes in
  the right direction, and the goals not worked on that should be;
* an overview of all 17 goals: a table with the assessment (in words and a grey-scale
  level marker), trend and rådighet;
* for each goal (``nulagesanalys_goal``): assessment, trend, rådighet and partners, the
  roles it concerns, the differences between groups (”ingen ska lämnas utanför”), the
  analysis, the assessed delmål, the nyckeltal (latest value, year, the year before,
  Riket and the kommungrupp) and the dialogue's comments as short quotes;
* when an earlier cycle has an analysis: the comparison goal by goal (before, now, change).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.fonts import SANS
from agenda_desktop.core.reports.kinds.nulagesanalys_goal import goal_section, kept, level_marker
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import plain
from agenda_desktop.core.services.analysis_types import (
    CycleAnalysis,
    GoalAnalysis,
    GoalEvidence,
)
from agenda_desktop.core.services.cycle import CycleSummary
from agenda_desktop.core.steering.analysis_rules import SCALE, scale_position
from agenda_desktop.core.steering.vocabulary import ASSESSMENTS

OVERVIEW_SPACE = 150 * mm  # the overview table starts on a new page unless it fits

PURPOSE = (
    "Nulägesanalysen beskriver var kommunen står i förhållande till de 17 globala målen "
    "och deras 169 delmål i Agenda 2030: vilka mål som är de största utmaningarna, var "
    "utvecklingen går åt rätt håll och vilka mål kommunen behöver arbeta mer med. Den "
    "grundar sig på nyckeltal och på dialog med invånare, medarbetare och politiker, och "
    "den är underlaget när kommunen prioriterar mål och sätter egna mål i nästa steg."
)

SCALE_TEXT = (
    "Varje mål har bedömts på en fyrgradig skala: stor utmaning, betydande utmaning, "
    "vissa utmaningar och uppnått. I tabellerna visas läget också med fyra rutor: en fylld "
    "ruta betyder stor utmaning och fyra fyllda rutor att målet är uppnått. Trenden anger "
    "om utvecklingen de senaste åren har gått åt rätt håll (förbättras), stått still "
    "(oförändrad) eller gått åt fel håll (försämras). Rådigheten anger hur mycket kommunen "
    "själv kan påverka: egen rådighet, delad rådighet eller om målet kräver samverkan med "
    "andra, till exempel regionen, statliga myndigheter, företag och föreningar."
)

ROLES_TEXT = (
    "Analysen ser på kommunens fyra roller: demokratiaktör, samhällsbyggare, "
    "välfärdsproducent och arbetsgivare. Den beskriver också skillnader mellan grupper, "
    "till exempel mellan kvinnor och män, flickor och pojkar, åldrar och delar av kommunen, "
    "eftersom ingen ska lämnas utanför."
)

# How each kind of change reads in the comparison's summary sentence ("Sedan dess har …").
CHANGE_PHRASES = {
    "battre": "mål fått en bättre bedömning",
    "samre": "mål fått en sämre bedömning",
    "oforandrad": "mål samma bedömning som förra gången",
    "ny": "mål bedömts för första gången",
    "ej_langre": "mål inte bedömts den här gången",
}


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Nulägesanalys after the title page."""
    services = context.services
    analysis = services.analysis.analysis(context.cycle_id)
    evidence: dict[int, GoalEvidence] = {}
    for goal in analysis.goals:
        context.check()
        evidence[goal.goal_number] = services.analysis.evidence(context.cycle_id, goal.goal_number)
    story: list[Flowable] = [*about_section(context, PURPOSE)]
    story += _method(context, evidence)
    story += cycle_section(context)
    context.check()
    story += _summary(context, analysis)
    story += _overview(context, analysis)
    story += [context.styles.heading("Målen ett och ett")]
    story.append(
        context.styles.paragraph(
            "Här redovisas bedömningen av vart och ett av de 17 målen med det underlag den "
            "bygger på: nyckeltalen och synpunkterna från dialogen."
        )
    )
    for goal in analysis.goals:
        context.check()
        story += goal_section(context, goal, evidence[goal.goal_number])
    context.check()
    story += _comparison(context, analysis)
    return story


# --- introduction -----------------------------------------------------------------------


def _method(context: ReportContext, evidence: dict[int, GoalEvidence]) -> list[Flowable]:
    """“Så har analysen gjorts”: the nyckeltal, the dialogues, the scale and the roles."""
    s = context.styles
    kpis = {item.kpi_id: item for goal in evidence.values() for item in goal.indicators}
    local = sum(1 for item in kpis.values() if item.is_local)
    kolada = len(kpis) - local
    group = next(
        (i.group_title for g in evidence.values() for i in g.indicators if i.group_title), None
    )
    comparison = "med riket"
    if group:
        comparison += f" och med kommungruppen ”{group}”"
    story: list[Flowable] = [
        s.heading("Så har analysen gjorts"),
        s.paragraph(
            f"Analysen bygger på {_count(len(kpis), 'nyckeltal', 'nyckeltal')}: "
            f"{kolada} från Kolada, den öppna databasen för kommunala nyckeltal, och "
            f"{local} som kommunen själv följer. Kommunens senaste värde jämförs med året "
            f"före, {comparison}. Nyckeltalen beskriver inte allt, därför bygger analysen "
            "också på dialog med invånare, medarbetare och politiker."
        ),
    ]
    latest = max((i.period for i in kpis.values() if i.period is not None), default=None)
    if latest is not None and latest > context.cycle.end_year:
        story.append(
            s.note(
                "Nyckeltalen visar de senaste värdena som finns i databasen, även de från åren "
                f"efter styrcykeln (till och med {latest})."
            )
        )
    story += [s.paragraph(SCALE_TEXT), s.paragraph(ROLES_TEXT)]
    story += _dialogues(context)
    return story


def _dialogues(context: ReportContext) -> list[Flowable]:
    s = context.styles
    snapshot = context.services.dialogue.dialogue(context.cycle_id)
    if not snapshot.activities:
        return [s.note("Inga dialoger är registrerade i styrcykeln.")]
    rows = [
        [
            activity.summary.title,
            activity.summary.target_group or "–",
            activity.summary.held_on.isoformat() if activity.summary.held_on else "–",
            str(activity.summary.participant_count or "–"),
            str(activity.summary.comment_count),
        ]
        for activity in snapshot.activities
    ]
    return [
        *kept(
            s.heading("Dialoger i styrcykeln", 2),
            s.paragraph(
                f"Under styrcykeln har kommunen genomfört "
                f"{_count(len(rows), 'dialogaktivitet', 'dialogaktiviteter')} med sammanlagt "
                f"{_count(snapshot.comment_count, 'synpunkt', 'synpunkter')}. De synpunkter som "
                "gäller ett visst mål återges under målet."
            ),
        ),
        s.table(
            ["Aktivitet", "Målgrupp", "Datum", "Deltagare", "Synpunkter"],
            rows,
            widths=[0.38, 0.23, 0.13, 0.12, 0.14],
            numeric=(3, 4),
        ),
    ]


# --- summary and overview ---------------------------------------------------------------


def _summary(context: ReportContext, analysis: CycleAnalysis) -> list[Flowable]:
    """“Sammanfattning”: counts per assessment, challenges, progress, goals to take up."""
    s = context.styles
    counts = analysis.counts
    assessed = sum(counts[code] for code in SCALE)
    story: list[Flowable] = [s.heading("Sammanfattning")]
    if not assessed:
        return [*story, s.note("Inget av målen har bedömts ännu i den här nulägesanalysen.")]
    parts = [f"{counts[code]} som {ASSESSMENTS[code].lower()}" for code in SCALE if counts[code]]
    text = f"Kommunen har bedömt {assessed} av de 17 målen. Av dem bedöms {_join(parts)}."
    if counts["ej_bedomd"]:
        text += f" {_count(counts['ej_bedomd'], 'mål', 'mål')} har inte bedömts."
    story.append(s.paragraph(text))
    story.append(
        s.table(
            ["Bedömning", "Läge", "Antal mål"],
            [
                [ASSESSMENTS[code], level_marker(code), str(counts[code])]
                for code in (*SCALE, "ej_bedomd")
            ],
            widths=[0.4, 0.2, 0.15],
            numeric=(2,),
        )
    )
    challenges = _biggest_challenges(analysis)
    heading = s.heading("De största utmaningarna", 2)
    if challenges:
        story += kept(
            heading,
            s.paragraph(_challenges_intro(challenges)),
            *_bullets(context, [_goal_line(goal) for goal in challenges]),
        )
    else:
        story += kept(
            heading, s.note("Inget mål har bedömts som en stor eller betydande utmaning.")
        )
    improving = [g for g in analysis.goals if g.assessment.trend == "forbattras"]
    heading = s.heading("Det som går åt rätt håll", 2)
    if improving:
        story += kept(
            heading,
            s.paragraph(
                f"Utvecklingen går åt rätt håll för {_count(len(improving), 'mål', 'mål')}: "
                + _join([f"{g.goal_number} {g.name}" for g in improving])
                + "."
            ),
        )
    else:
        story += kept(heading, s.note("Inget mål har bedömts ha en förbättrad trend."))
    flagged = [g for g in analysis.goals if g.should_work_on]
    heading = s.heading("Mål som kommunen borde arbeta med", 2)
    if flagged:
        story += kept(
            heading,
            s.paragraph(
                "Kommunen arbetar i dag inte med följande mål, men analysen visar att den "
                "borde göra det:"
            ),
            *_bullets(context, [_goal_line(goal) for goal in flagged]),
        )
    else:
        story += kept(
            heading, s.note("Analysen pekar inte ut något mål som kommunen borde ta upp.")
        )
    return story


def _biggest_challenges(analysis: CycleAnalysis) -> list[GoalAnalysis]:
    """The goals on the worst assessed level (stor, else betydande), worsening ones first."""
    positions = [
        p for g in analysis.goals if (p := scale_position(g.assessment.assessment)) is not None
    ]
    if not positions or min(positions) >= SCALE.index("vissa"):
        return []
    worst = min(positions)
    chosen = [g for g in analysis.goals if scale_position(g.assessment.assessment) == worst]
    order = {"forsamras": 0, "oforandrad": 1, "okand": 2, "forbattras": 3}
    return sorted(chosen, key=lambda g: (order.get(g.assessment.trend, 2), g.goal_number))


def _challenges_intro(challenges: list[GoalAnalysis]) -> str:
    level = challenges[0].assessment.assessment
    text = ""
    if level != "stor":
        text = "Inget mål bedöms som en stor utmaning. "
    name = ASSESSMENTS[level].lower()
    if len(challenges) == 1:
        return text + f"Det mål som bedöms som {name} är den största utmaningen:"
    return (
        text + f"De {len(challenges)} mål som bedöms som {name} är de största utmaningarna. "
        "De som försämras står först:"
    )


def _goal_line(goal: GoalAnalysis) -> str:
    a = goal.assessment
    line = f"{goal.goal_number} {goal.name}: {a.assessment_name.lower()}"
    if a.trend != "okand":
        line += f", trenden {a.trend_name.lower()}"
    if a.radighet_name:
        line += f", {a.radighet_name.lower()}"
    return line + "."


def _overview(context: ReportContext, analysis: CycleAnalysis) -> list[Flowable]:
    s = context.styles
    rows: list[list[str | Flowable]] = []
    for goal in analysis.goals:
        a = goal.assessment
        name = f"{goal.goal_number} {goal.name}"
        if goal.should_work_on:
            name += "\n(borde arbeta med)"
        rows.append(
            [
                name,
                a.assessment_name,
                level_marker(a.assessment),
                a.trend_name,
                a.radighet_name or "–",
            ]
        )
    return [
        CondPageBreak(OVERVIEW_SPACE),
        s.heading("Översikt över de 17 målen"),
        s.paragraph(
            "Tabellen visar bedömningen, trenden och kommunens rådighet för vart och ett av "
            "de globala målen. Läget på skalan visas med rutor: en fylld ruta är stor "
            "utmaning, fyra fyllda rutor uppnått."
        ),
        s.table(
            ["Mål", "Bedömning", "Läge", "Trend", "Rådighet"],
            rows,
            widths=[0.35, 0.22, 0.11, 0.13, 0.19],
        ),
    ]


# --- comparison with the earlier analysis ----------------------------------------------


def _earlier_cycle(context: ReportContext) -> CycleSummary | None:
    earlier = [
        cycle
        for cycle in context.services.cycle.cycles()
        if cycle.start_year < context.cycle.start_year and cycle.cycle_id != context.cycle_id
    ]
    return max(earlier, key=lambda c: (c.start_year, c.cycle_id), default=None)


def _comparison(context: ReportContext, analysis: CycleAnalysis) -> list[Flowable]:
    """“Jämförelse med förra nulägesanalysen”, when an earlier cycle has assessed goals."""
    s = context.styles
    earlier = _earlier_cycle(context)
    if earlier is None:
        return []
    before = context.services.analysis.analysis(earlier.cycle_id)
    if not any(goal.assessment.is_assessed for goal in before.goals):
        return []
    changes = context.services.analysis.compare(earlier.cycle_id, context.cycle_id)
    tally = Counter(change.change for change in changes)
    parts = [f"{tally[code]} {phrase}" for code, phrase in CHANGE_PHRASES.items() if tally[code]]
    rows = [
        [
            f"{change.goal_number} {change.name}",
            change.before_name,
            change.after_name,
            change.change_name,
        ]
        for change in changes
    ]
    return [
        s.heading("Jämförelse med förra nulägesanalysen"),
        s.paragraph(
            f"Tabellen jämför bedömningarna med nulägesanalysen i styrcykeln ”{earlier.name}”. "
            f"Sedan dess har {_join(parts)}. ”Bättre” betyder att målet har flyttat uppåt på "
            "skalan, från stor utmaning mot uppnått."
        ),
        s.table(
            ["Mål", f"Före ({earlier.start_year}–{earlier.end_year})", "Nu", "Förändring"],
            rows,
            widths=[0.4, 0.21, 0.21, 0.18],
        ),
    ]


# --- text helpers -----------------------------------------------------------------------


def _bullets(context: ReportContext, items: Sequence[str]) -> list[Flowable]:
    """Bulleted paragraphs.

    Not ``styles.bullets``: a ``ListFlowable`` split over a page break keeps a mark from
    the first layout and the second one (with the table of contents) then fails.
    """
    style = ParagraphStyle(
        "Punkt",
        parent=context.styles.body,
        leftIndent=12,
        bulletIndent=2,
        bulletFontName=SANS,
        bulletFontSize=7,
        spaceAfter=3,
    )
    return [Paragraph(plain(item), style, bulletText="•") for item in items]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _join(parts: Sequence[str]) -> str:
    """“a, b och c”."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} och {parts[-1]}"
