"""Program för Agenda 2030 (step 2): the municipality's prioritised goals.

What the report holds (read from ``ProgrammeService``, with the assessments of
``AnalysisService`` and the values of ``IndicatorService``):

* an introduction: why these goals were prioritised, from the nulägesanalys;
* the programme in brief: the insatsområden and how the målsättningar link to the
  global goals;
* each insatsområde with ”Hit vill vi” (the målsättningar, each with its target year
  and the global goals and delmål it serves) and ”Det gör vi genom att” (the key
  efforts);
* the indicators that follow each målsättning up with baseline and target values (a
  table per insatsområde, and ``charts.line_chart`` with ``ChartTarget``, at most one
  per målsättning, where there are values);
* synergier och målkonflikter between the målsättningar;
* how the programme is followed up.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from agenda_desktop.core.reports.common import about_section, cycle_section
from agenda_desktop.core.reports.kinds.program_indicators import (
    chart_entries,
    indicator_charts,
    indicator_table,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.services.programme_types import FocusAreaInfo, ObjectiveInfo, Programme
from agenda_desktop.core.steering.vocabulary import ASSESSMENTS, RELATION_KINDS, TRENDS

PURPOSE = (
    "Programmet anger vilka mål kommunen prioriterar i arbetet med Agenda 2030 under "
    "mandatperioden, hur målen ska nås och hur de följs upp. Det bygger på "
    "nulägesanalysen och på dialogen med invånare, föreningar och företag."
)


def build(context: ReportContext) -> list[Flowable]:
    """The content of the Program after the title page."""
    programme = context.services.programme.programme(context.cycle_id)
    goal_names = {goal.number: goal.short_sv for goal in context.services.reference.goals()}
    story: list[Flowable] = [*about_section(context, PURPOSE), *cycle_section(context)]
    context.check()
    story += _priorities(context, programme)
    story += _overview(context, programme, goal_names)
    context.check()
    figure = 1
    for area in programme.areas:
        part, figure = _area(context, area, goal_names, figure)
        story += part
        context.check()
    story += _relations(context, programme)
    story += _follow_up(context, programme)
    return story


def _goal_list(numbers: tuple[int, ...], goal_names: dict[int, str]) -> str:
    return ", ".join(f"{n} {goal_names.get(n, '')}".strip() for n in numbers)


def _priorities(context: ReportContext, programme: Programme) -> list[Flowable]:
    """“Prioriterade mål”: the chosen global goals, their assessment and the rationale."""
    s = context.styles
    story: list[Flowable] = [s.heading("Prioriterade mål")]
    if not programme.priorities:
        return [*story, s.note("Kommunen har ännu inte prioriterat några av de globala målen.")]
    analysis = context.services.analysis.analysis(context.cycle_id)
    count = len(programme.priorities)
    story.append(
        s.paragraph(
            f"Utifrån nulägesanalysen har kommunen valt att prioritera {count} av de 17 "
            "globala målen under mandatperioden. Målen hänger ihop och är odelbara: "
            "arbetet med de prioriterade målen ska inte ske på bekostnad av de andra, och "
            "programmets målsättningar bidrar ofta till flera mål på en gång. Tabellen visar "
            "hur varje mål bedömdes i nulägesanalysen och varför det prioriteras."
        )
    )
    rows: list[list[str]] = []
    for priority in programme.priorities:
        assessment = analysis.goal(priority.goal_number).assessment
        state = ASSESSMENTS.get(assessment.assessment, "Ej bedömd")
        if assessment.trend != "okand":
            state += f"\nTrend: {TRENDS[assessment.trend].lower()}"
        rows.append(
            [
                f"{priority.goal_number} {priority.goal_short_sv}",
                state,
                priority.rationale or "Motivering saknas.",
            ]
        )
    story.append(
        s.table(
            ["Globalt mål", "Nuläge", "Därför prioriterar vi målet"],
            rows,
            widths=[0.27, 0.19, 0.54],
            bold_first_column=True,
        )
    )
    return story


def _overview(
    context: ReportContext, programme: Programme, goal_names: dict[int, str]
) -> list[Flowable]:
    """“Programmet i korthet”: the areas and how the målsättningar meet the global goals."""
    s = context.styles
    objectives = programme.objectives()
    story: list[Flowable] = [s.heading("Programmet i korthet")]
    if not programme.areas:
        return [*story, s.note("Programmet har ännu inga insatsområden.")]
    indicator_count = sum(len(o.indicators) for o in objectives)
    story.append(
        s.paragraph(
            f"Programmet är ordnat i {len(programme.areas)} insatsområden med sammanlagt "
            f"{len(objectives)} målsättningar. Varje insatsområde beskriver vart kommunen vill "
            "nå (”Hit vill vi”) och hur (”Det gör vi genom att”). Målsättningarna följs upp "
            f"med {indicator_count} nyckeltal som har utgångsvärden och målvärden."
        )
    )
    rows = [
        [
            f"{area.number}",
            area.title,
            str(len(area.objectives)),
            str(len(area.efforts)),
            str(sum(len(o.indicators) for o in area.objectives)),
        ]
        for area in programme.areas
    ]
    story.append(
        s.table(
            ["Nr", "Insatsområde", "Målsättningar", "Insatser", "Nyckeltal"],
            rows,
            widths=[0.07, 0.49, 0.17, 0.13, 0.14],
            numeric=(2, 3, 4),
        )
    )
    by_goal: dict[int, list[str]] = {}
    for objective in objectives:
        for number in objective.goals:
            by_goal.setdefault(number, []).append(objective.label)
    if by_goal:
        prioritised = {p.goal_number for p in programme.priorities}
        story += [
            s.heading("Koppling till de globala målen", 2),
            s.paragraph(
                "Tabellen visar vilka av programmets målsättningar som bidrar till vart och "
                "ett av de globala målen. Prioriterade mål är markerade."
            ),
            s.table(
                ["Globalt mål", "Prioriterat", "Målsättningar"],
                [
                    [
                        f"{n} {goal_names.get(n, '')}",
                        "Ja" if n in prioritised else "–",
                        ", ".join(by_goal[n]),
                    ]
                    for n in sorted(by_goal)
                ],
                widths=[0.5, 0.15, 0.35],
            ),
        ]
    return story


def _objective(
    context: ReportContext, objective: ObjectiveInfo, goal_names: dict[int, str]
) -> list[Flowable]:
    s = context.styles
    details = [("Målår", str(objective.target_year) if objective.target_year else "Inget målår")]
    details.append(("Globala mål", _goal_list(objective.goals, goal_names) or "–"))
    if objective.targets:
        details.append(("Delmål", ", ".join(objective.targets)))
    return [
        s.heading(f"Målsättning {objective.label}", 3),
        s.paragraph(objective.text),
        s.facts(details, label_share=0.18),
        s.space(2),
    ]


def _area(
    context: ReportContext, area: FocusAreaInfo, goal_names: dict[int, str], figure: int
) -> tuple[list[Flowable], int]:
    """One insatsområde; returns its flowables and the number of the next figure."""
    s = context.styles
    story: list[Flowable] = [s.heading(f"Insatsområde {area.number}: {area.title}")]
    if area.description:
        story.append(s.paragraph(area.description))
    story.append(s.heading("Hit vill vi", 2))
    if area.objectives:
        for objective in area.objectives:
            story += _objective(context, objective, goal_names)
    else:
        story.append(s.note("Insatsområdet har ännu inga målsättningar."))
    story.append(s.heading("Det gör vi genom att", 2))
    if area.efforts:
        story.append(s.bullets([effort.text for effort in area.efforts]))
    else:
        story.append(s.note("Insatserna är ännu inte beskrivna."))
    # The heading and its introduction go with the table, never alone at a page's foot.
    story.append(
        KeepTogether(
            [
                s.heading("Så följer vi upp", 2),
                s.paragraph(
                    "Målsättningarna följs upp med nyckeltalen nedan. Utgångsvärdet är det "
                    "värde som gällde när målet sattes, målvärdet det värde som ska vara nått "
                    "målåret."
                ),
                *indicator_table(context, area),
            ]
        )
    )
    entries = chart_entries(context, area)
    if entries:
        story.append(s.space(3))
        story += indicator_charts(context, entries, figure)
    return story, figure + len(entries)


def _relations(context: ReportContext, programme: Programme) -> list[Flowable]:
    """“Synergier och målkonflikter”: the pairs of målsättningar and their notes."""
    s = context.styles
    story: list[Flowable] = [s.heading("Synergier och målkonflikter")]
    relations = sorted(programme.relations, key=lambda r: (r.kind != "malkonflikt",))
    if not relations:
        return [*story, s.note("Inga synergier eller målkonflikter har registrerats.")]
    synergies = sum(r.kind == "synergi" for r in relations)
    conflicts = len(relations) - synergies
    story.append(
        s.paragraph(
            "Målen påverkar varandra. En synergi betyder att arbetet med en målsättning "
            "också hjälper en annan; en målkonflikt att den ena kan motverka den andra, så "
            "att avvägningar behöver göras i planering och beslut. Programmet redovisar "
            f"{_count(synergies, 'synergi', 'synergier')} och "
            f"{_count(conflicts, 'målkonflikt', 'målkonflikter')}."
        )
    )
    rows: list[list[str]] = []
    for relation in relations:
        first = programme.objective(relation.first_objective_id)
        second = programme.objective(relation.second_objective_id)
        pair = [
            f"{relation.first_label} {_short(first.text) if first else ''}".strip(),
            f"{relation.second_label} {_short(second.text) if second else ''}".strip(),
        ]  # the number and the start of each målsättning
        rows.append(
            [
                RELATION_KINDS.get(relation.kind, relation.kind),
                "\n".join(pair),
                relation.note or "–",
            ]
        )
    story.append(
        s.table(
            ["Samband", "Målsättningar", "Kommentar"],
            rows,
            widths=[0.14, 0.38, 0.48],
            bold_first_column=True,
        )
    )
    return story


def _follow_up(context: ReportContext, programme: Programme) -> list[Flowable]:
    """“Så följs programmet upp”: the yearly follow-up and the hållbarhetsbokslut."""
    s = context.styles
    cycle = context.cycle
    story: list[Flowable] = [
        s.heading("Så följs programmet upp"),
        s.paragraph(
            "Programmet följs upp minst en gång om året i den ordinarie uppföljningen, "
            "delårsrapporten och årsredovisningen. Då redovisas nyckeltalens utfall mot "
            "målvärdena och trenden, hur åtgärderna i handlingsplanen går, vad som har "
            "gått bra och vad som behöver ändras. Resultaten publiceras för invånarna."
        ),
        s.paragraph(
            "En gång per mandatperiod görs en fördjupad redovisning, ett hållbarhetsbokslut, "
            f"som sammanfattar styrcykeln {cycle.start_year}–{cycle.end_year} och blir "
            "underlag för nästa nulägesanalys."
        ),
    ]
    follow_ups = context.services.follow_up.follow_ups(context.cycle_id)
    if follow_ups:
        rows = [
            [
                item.title,
                f"Publicerad {item.published_on.isoformat()}"
                if item.published_on
                else "Inte publicerad",
            ]
            for item in sorted(follow_ups, key=lambda f: (f.year, f.kind))
        ]
        story += [
            s.heading("Genomförda uppföljningar", 2),
            s.table(["Uppföljning", "Publicering"], rows, widths=[0.6, 0.4]),
        ]
    without = [o.label for o in programme.objectives() if not o.indicators]
    if without:
        story.append(
            s.note(
                "Målsättningar som ännu saknar nyckeltal och följs upp på annat sätt: "
                + ", ".join(without)
                + "."
            )
        )
    return story


def _count(number: int, one: str, many: str) -> str:
    words = {0: "inga", 1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem"}
    return f"{words.get(number, str(number))} {one if number == 1 else many}"


def _short(text: str, limit: int = 55) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
