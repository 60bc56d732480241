"""The sections of the Hållbarhetsbokslut that only it holds.

The starting point (the nulägesanalys of the 17 goals), what the dialogues produced,
the actions carried out, the maturity over the follow-ups and the conclusions for the
next status analysis. The shared backbone is in ``uppfoljning_parts``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.kinds.uppfoljning_parts import (
    objective_status_code,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.services.analysis_types import CycleAnalysis
from agenda_desktop.core.services.dialogue_types import DialogueSnapshot
from agenda_desktop.core.services.follow_up_types import FollowUpDetail
from agenda_desktop.core.steering.action_types import UNIT_PATH_SEPARATOR, ActionPlan
from agenda_desktop.core.steering.analysis_rules import NOT_ASSESSED
from agenda_desktop.core.steering.objective_status import INTE_PA_VAG
from agenda_desktop.core.steering.vocabulary import (
    ACTION_STATUSES,
    ASSESSMENTS,
    DIALOGUE_KINDS,
    MATURITY_LEVELS,
)

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def start_section(context: ReportContext, analysis: CycleAnalysis) -> list[Flowable]:
    """“Utgångsläget”: how the 17 goals were assessed in the nulägesanalys."""
    s = context.styles
    counts = analysis.counts
    parts = [
        f"{counts[code]} {ASSESSMENTS[code].lower()}"
        for code in counts
        if counts[code] and code != NOT_ASSESSED
    ]
    story: list[Flowable] = [
        s.heading("Utgångsläget: nulägesanalysen"),
        s.paragraph(
            "I början av mandatperioden bedömde kommunen sitt läge för vart och ett av de 17 "
            "globala målen. Bedömningarna låg till grund för valet av insatsområden och "
            "målsättningar. Av de 17 målen bedömdes: "
            + (", ".join(parts) if parts else "inga")
            + (f", och {counts[NOT_ASSESSED]} bedömdes inte." if counts[NOT_ASSESSED] else ".")
        ),
    ]
    rows: list[list[str | Flowable]] = [
        [
            f"{goal.goal_number} {goal.name}",
            goal.assessment.assessment_name,
            goal.assessment.trend_name,
            goal.assessment.radighet_name or "–",
        ]
        for goal in analysis.goals
    ]
    story.append(
        s.table(
            ["Globalt mål", "Bedömning", "Trend", "Rådighet"],
            rows,
            widths=[0.42, 0.22, 0.16, 0.2],
            bold_first_column=True,
        )
    )
    flagged = [analysis.goal(n) for n in analysis.should_work_on]
    if flagged:
        names = ", ".join(f"{g.goal_number} {g.name}" for g in flagged)
        story.append(s.space(2))
        story.append(
            s.paragraph(
                f"Analysen pekade ut mål som kommunen borde arbeta mer med: {names}. De bör "
                "prövas särskilt i nästa nulägesanalys."
            )
        )
    return story


def dialogue_section(context: ReportContext, dialogue: DialogueSnapshot) -> list[Flowable]:
    """“Dialog och delaktighet”: the activities, participants and comments answered."""
    s = context.styles
    story: list[Flowable] = [s.heading("Dialog och delaktighet")]
    if not dialogue.activities:
        return [*story, s.note("Inga dialogaktiviteter är registrerade under perioden.")]
    answered = dialogue.comment_count - dialogue.unanswered_count
    story.append(
        s.paragraph(
            f"Under perioden genomförde kommunen {len(dialogue.activities)} dialogaktiviteter "
            f"med sammanlagt {dialogue.participant_count} deltagare. De gav "
            f"{dialogue.comment_count} synpunkter, varav {answered} har fått återkoppling och "
            f"{dialogue.unanswered_count} ännu väntar på svar."
        )
    )
    rows: list[list[str | Flowable]] = []
    for activity in dialogue.activities:
        summary = activity.summary
        rows.append(
            [
                summary.title,
                DIALOGUE_KINDS.get(summary.kind, summary.kind),
                swedish_date(summary.held_on) if summary.held_on else "–",
                str(summary.participant_count),
                str(summary.comment_count),
                str(summary.comment_count - summary.unanswered_count),
            ]
        )
    story.append(
        s.table(
            ["Aktivitet", "Typ", "Datum", "Deltagare", "Synpunkter", "Besvarade"],
            rows,
            widths=[0.33, 0.13, 0.13, 0.13, 0.14, 0.14],
            numeric=(3, 4, 5),
        )
    )
    return story


def actions_section(context: ReportContext, plan: ActionPlan) -> list[Flowable]:
    """“Genomförda åtgärder”: the actions done, and those not done by status."""
    s = context.styles
    story: list[Flowable] = [s.heading("Genomförda åtgärder")]
    if not plan.actions:
        return [*story, s.note("Handlingsplanen har inga åtgärder.")]
    done = [a for a in plan.actions if a.status == "klar"]
    rest = [a for a in plan.actions if a.status != "klar"]
    story.append(
        s.paragraph(
            f"Av handlingsplanens {len(plan.actions)} åtgärder är {len(done)} genomförda och "
            f"{len(rest)} inte genomförda. Av de senare har "
            f"{sum(a.is_overdue for a in rest)} passerat sitt slutdatum "
            f"{swedish_date(plan.today)}."
        )
    )

    def unit(path: str) -> str:
        return path.split(UNIT_PATH_SEPARATOR)[0] if path else "–"

    if done:
        story += [
            s.heading("Åtgärder som är klara", 2),
            s.table(
                ["Åtgärd", "Ansvarig", "Slutdatum", "Mål"],
                [
                    [
                        a.title,
                        unit(a.unit_path),
                        swedish_date(a.due_date) if a.due_date else "–",
                        a.objective_labels or "–",
                    ]
                    for a in sorted(done, key=lambda a: a.title)
                ],
                widths=[0.42, 0.32, 0.14, 0.12],
            ),
        ]
    if rest:
        order = list(ACTION_STATUSES)
        story += [
            s.heading("Åtgärder som inte är klara", 2),
            s.table(
                ["Åtgärd", "Ansvarig", "Status", "Mål"],
                [
                    [
                        a.title,
                        unit(a.unit_path),
                        Paragraph(
                            f"<b>{a.status_name}</b>" if a.is_overdue else a.status_name,
                            s.cell,
                        ),
                        a.objective_labels or "–",
                    ]
                    for a in sorted(rest, key=lambda a: (order.index(a.status), a.title))
                ],
                widths=[0.42, 0.32, 0.14, 0.12],
            ),
            s.note("Åtgärder i fetstil har passerat sitt slutdatum."),
        ]
    return story


def maturity_development(
    context: ReportContext, details: Sequence[FollowUpDetail]
) -> list[Flowable]:
    """The maturity level and the checklist of each follow-up, oldest first."""
    s = context.styles
    story: list[Flowable] = [
        s.heading("Mognadsutveckling"),
        s.paragraph(
            "Vid varje uppföljning bedömer kommunen sin mognad i hållbarhetsstyrningen med en "
            "checklista. Tabellerna visar hur bedömningen har utvecklats under perioden."
        ),
    ]
    if not details:
        return [*story, s.note("Inga uppföljningar är gjorda.")]
    rows: list[list[str | Flowable]] = [
        [
            d.summary.title,
            MATURITY_LEVELS.get(d.summary.maturity or "", "Inte bedömd"),
            f"{sum(c.fulfilled for c in d.criteria)} av {len(d.criteria)}",
            swedish_date(d.summary.published_on) if d.summary.published_on else "Ej publicerad",
        ]
        for d in details
    ]
    story.append(
        s.table(
            ["Uppföljning", "Mognadsnivå", "Uppfyllda kriterier", "Publicerad"],
            rows,
            widths=[0.34, 0.2, 0.24, 0.22],
        )
    )
    header = ["Kriterium", *(str(d.summary.year) for d in details)]
    share = 0.13
    checklist: list[list[str | Flowable]] = []
    for index, criterion in enumerate(details[-1].criteria):
        row: list[str | Flowable] = [criterion.text]
        for d in details:
            ticked = d.criteria[index].fulfilled if index < len(d.criteria) else False
            row.append(Paragraph("<b>Ja</b>" if ticked else "Nej", s.cell))
        checklist.append(row)
    story += [
        s.space(3),
        s.table(header, checklist, widths=[1 - share * len(details), *([share] * len(details))]),
    ]
    return story


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text.strip()) if part.strip()]


def conclusions(
    context: ReportContext, final: FollowUpDetail, details: Sequence[FollowUpDetail]
) -> list[Flowable]:
    """“Slutsatser inför nästa nulägesanalys”: from the follow-ups' “what to change”."""
    s = context.styles
    story: list[Flowable] = [
        s.heading("Slutsatser inför nästa nulägesanalys"),
        s.paragraph(
            "Styrcykeln börjar om med en ny nulägesanalys. Följande slutsatser bygger på "
            "uppföljningarnas bedömningar av vad som behöver ändras, den senaste först."
        ),
    ]
    written = False
    for detail in sorted(details, key=lambda d: d.summary.year, reverse=True):
        items = sentences(detail.what_to_change)
        if items:
            written = True
            story += [s.heading(f"Från {detail.summary.title.lower()}", 3), s.bullets(items)]
    if not written:
        story.append(s.note("Uppföljningarna har ännu inga förslag på vad som behöver ändras."))
    lagging = [o for o in final.objectives if objective_status_code(o) == INTE_PA_VAG]
    if lagging:
        story += [
            s.heading("Målsättningar att pröva särskilt", 3),
            s.paragraph(
                "Dessa målsättningar var inte på väg vid periodens slut. "
                "Nästa nulägesanalys bör pröva om insatserna, målvärdena eller nyckeltalen "
                "behöver ändras."
            ),
            s.bullets([f"{o.label} {o.text}" for o in lagging]),
        ]
    return story
