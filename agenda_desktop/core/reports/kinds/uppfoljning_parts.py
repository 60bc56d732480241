"""The parts that the Uppföljningsrapport and the Hållbarhetsbokslut share.

Both are built on a follow-up (``FollowUpDetail``): the status of every målsättning and
its indicators, how the status is computed, the indicators per insatsområde (see
``uppfoljning_charts`` for the charts), the actions by status, the analysis texts and
the maturity checklist. Status words are printed as words with a grey marker of their
own shape, so that they read in black and white.

A målsättning takes the weakest status of its indicators that can be assessed
(inte på väg before risk before på väg before uppnått); when none can, it cannot be
assessed either.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from agenda_desktop.core.reports.charts import swedish_number
from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.indicator_figures import GENDER_NAMES
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import plain
from agenda_desktop.core.services.follow_up_types import (
    FollowUpDetail,
    FollowUpSummary,
    IndicatorOutcome,
    ObjectiveOutcome,
)
from agenda_desktop.core.steering.action_types import UNIT_PATH_SEPARATOR, ActionPlan
from agenda_desktop.core.steering.objective_status import (
    INTE_PA_VAG,
    OKAND,
    PA_VAG,
    RISK,
    RULE_EXPLANATION,
    UPPNATT,
)
from agenda_desktop.core.steering.vocabulary import (
    ACTION_STATUSES,
    MATURITY_LEVELS,
    OBJECTIVE_STATUSES,
)

STATUS_ORDER = (UPPNATT, PA_VAG, RISK, INTE_PA_VAG, OKAND)
WEAKEST_FIRST = (INTE_PA_VAG, RISK, PA_VAG, UPPNATT)
STATUS_MARKERS = {UPPNATT: "★", PA_VAG: "●", RISK: "◐", INTE_PA_VAG: "○", OKAND: "–"}
STATUS_MEANINGS = {
    UPPNATT: "Målvärdet är nått.",
    PA_VAG: "Utfallet har kommit minst så långt som den raka linjen mot målet väntar sig.",
    RISK: "Utfallet har rört sig åt rätt håll men ligger efter linjen.",
    INTE_PA_VAG: "Utfallet står still eller går åt fel håll, eller målåret har passerat.",
    OKAND: "Utgångsläge, målvärde eller ett nytt utfall saknas.",
}


# --- choosing the follow-up -------------------------------------------------------------


def latest_yearly(follow_ups: Sequence[FollowUpSummary]) -> FollowUpSummary | None:
    """The latest yearly follow-up, else the latest of any kind (the list is latest first)."""
    yearly = [f for f in follow_ups if f.kind == "ar"]
    return yearly[0] if yearly else (follow_ups[0] if follow_ups else None)


def term_follow_up(follow_ups: Sequence[FollowUpSummary]) -> FollowUpSummary | None:
    """The follow-up of the term of office, else the latest follow-up."""
    term = [f for f in follow_ups if f.kind == "mandatperiod"]
    return term[0] if term else (follow_ups[0] if follow_ups else None)


# --- status -------------------------------------------------------------------------------


def objective_status_code(objective: ObjectiveOutcome) -> str:
    """The weakest status among the målsättning's assessable indicators (see module doc)."""
    codes = {indicator.status.status for indicator in objective.indicators}
    for code in WEAKEST_FIRST:
        if code in codes:
            return code
    return OKAND


def status_text(code: str) -> str:
    return OBJECTIVE_STATUSES.get(code, code)


def status_cell(context: ReportContext, code: str) -> Paragraph:
    """The status word behind a grey marker; “Inte på väg” in bold."""
    word = plain(status_text(code))
    if code == INTE_PA_VAG:
        word = f"<b>{word}</b>"
    marker = STATUS_MARKERS.get(code, "")
    return Paragraph(f'<font color="#777777">{marker}</font>\u00a0{word}', context.styles.cell)


def status_counts(detail: FollowUpDetail) -> tuple[dict[str, int], dict[str, int]]:
    """How many målsättningar and how many indicators have each status."""
    objectives: dict[str, int] = dict.fromkeys(STATUS_ORDER, 0)
    for objective in detail.objectives:
        objectives[objective_status_code(objective)] += 1
    indicators: dict[str, int] = dict.fromkeys(STATUS_ORDER, 0)
    for code, count in detail.status_counts().items():
        indicators[code] = indicators.get(code, 0) + count
    return objectives, indicators


def status_summary(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    """A sentence and the table of målsättningar and indicators per status."""
    s = context.styles
    objectives, indicators = status_counts(detail)
    total_objectives = len(detail.objectives)
    total_indicators = sum(indicators.values())
    on_track = objectives[UPPNATT] + objectives[PA_VAG]
    rows: list[list[str | Flowable]] = [
        [status_cell(context, code), str(objectives[code]), str(indicators[code])]
        for code in STATUS_ORDER
    ]
    rows.append(["Totalt", str(total_objectives), str(total_indicators)])
    return [
        s.paragraph(
            f"Av {total_objectives} målsättningar är {on_track} uppnådda eller på väg, "
            f"{objectives[RISK]} har status risk och {objectives[INTE_PA_VAG]} är inte på väg. "
            f"Av {total_indicators} nyckeltal är {indicators[UPPNATT] + indicators[PA_VAG]} "
            f"uppnådda eller på väg, {indicators[RISK]} har status risk och "
            f"{indicators[INTE_PA_VAG]} är inte på väg."
        ),
        s.table(
            ["Status", "Målsättningar", "Nyckeltal"],
            rows,
            widths=[0.5, 0.25, 0.25],
            numeric=(1, 2),
        ),
    ]


def objective_overview(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    """One row per målsättning: its label, text and status."""
    s = context.styles
    rows: list[list[str | Flowable]] = [
        [o.label, o.text, status_cell(context, objective_status_code(o))] for o in detail.objectives
    ]
    if not rows:
        return [s.note("Programmet har ännu inga målsättningar.")]
    return [
        s.table(
            ["Mål", "Målsättning", "Status"],
            rows,
            widths=[0.07, 0.73, 0.2],
            bold_first_column=True,
        )
    ]


def rule_section(context: ReportContext) -> list[Flowable]:
    """“Så bedöms statusen”: the rule and how a målsättning's status follows."""
    s = context.styles
    return [
        s.heading("Så bedöms statusen"),
        s.paragraph(RULE_EXPLANATION),
        KeepTogether(
            [
                s.paragraph(
                    "En målsättning får den svagaste statusen bland sina nyckeltal som kan "
                    "bedömas. I rapportens tabeller skrivs statusen ut i ord med en markering:"
                ),
                s.table(
                    ["Status", "Betydelse"],
                    [[status_cell(context, code), STATUS_MEANINGS[code]] for code in STATUS_ORDER],
                    widths=[0.25, 0.75],
                ),
            ]
        ),
    ]


# --- the indicators per målsättning -------------------------------------------------------


def indicator_name(indicator: IndicatorOutcome) -> str:
    name = indicator.kpi_title or indicator.kpi_id
    if indicator.gender in GENDER_NAMES:
        name = f"{name}, {GENDER_NAMES[indicator.gender]}"
    return name


def value_with_year(value: float | None, year: int | None) -> str:
    """“71,8 (2022)”, or “–” when the value is missing."""
    if value is None:
        return "–"
    text = swedish_number(value)
    return f"{text} ({year})" if year is not None else text


def areas(detail: FollowUpDetail) -> list[tuple[str, list[ObjectiveOutcome]]]:
    """The målsättningar grouped by insatsområde, in the programme's order."""
    grouped: dict[str, list[ObjectiveOutcome]] = {}
    for objective in detail.objectives:
        grouped.setdefault(objective.focus_area_title, []).append(objective)
    return list(grouped.items())


def area_heading(objectives: Sequence[ObjectiveOutcome], title: str) -> str:
    number = objectives[0].label.split(".")[0] if objectives else ""
    return f"Insatsområde {number}: {title}" if number.isdigit() else title


def objective_block(
    context: ReportContext, objective: ObjectiveOutcome, comment_label: str = "Kommentar"
) -> list[Flowable]:
    """A målsättning: heading, text, its indicators' table and the officers' comment."""
    s = context.styles
    code = objective_status_code(objective)
    story: list[Flowable] = [
        s.heading(f"Målsättning {objective.label}", 2),
        Paragraph(f"<i>{plain(objective.text)}</i>", s.body),
    ]
    if objective.target_year is not None:
        story.append(
            s.paragraph(f"Målår: {objective.target_year}. Samlad status: {status_text(code)}.")
        )
    else:
        story.append(s.paragraph(f"Samlad status: {status_text(code)}."))
    rows: list[list[str | Flowable]] = []
    for indicator in objective.indicators:
        unit = f", {indicator.unit}" if indicator.unit else ""
        name = Paragraph(
            f"{plain(indicator_name(indicator))}"
            f' <font color="#555555" size="7.5">({plain(indicator.kpi_id + unit)})</font>',
            s.cell,
        )
        rows.append(
            [
                name,
                value_with_year(indicator.baseline_value, indicator.baseline_year),
                value_with_year(indicator.target_value, indicator.target_year),
                value_with_year(indicator.outcome_value, indicator.outcome_year),
                status_cell(context, indicator.status.status),
            ]
        )
    if rows:
        story.append(
            s.table(
                ["Nyckeltal", "Utgångsvärde", "Målvärde", "Utfall", "Status"],
                rows,
                widths=[0.34, 0.17, 0.15, 0.15, 0.19],
                numeric=(1, 2, 3),
            )
        )
        explanations = [
            f"{indicator_name(i)}: {i.status.explanation}"
            for i in objective.indicators
            if i.status.status != PA_VAG and i.status.explanation
        ]
        if explanations:
            story.append(s.space(1))
            story += [Paragraph(plain(text), s.small) for text in explanations]
    else:
        story.append(s.note("Målsättningen har inga nyckeltal."))
    if objective.comment:
        story += [s.space(2), s.paragraph(f"{comment_label}: {objective.comment}")]
    return story


# --- actions, texts and maturity ----------------------------------------------------------


def actions_by_status(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    """The sentence and table of the actions per status."""
    s = context.styles
    summary = detail.actions
    if summary.total == 0:
        return [s.note("Handlingsplanen har ännu inga åtgärder.")]
    rows: list[list[str | Flowable]] = [
        [
            ACTION_STATUSES.get(code, code),
            str(count),
            f"{swedish_number(100 * count / summary.total, 0)} %",
        ]
        for code, count in summary.by_status
    ]
    return [
        s.paragraph(
            f"Handlingsplanen omfattar {summary.total} åtgärder. Av dem är "
            f"{summary.count('klar')} klara och {summary.count('pagar')} pågår, medan "
            f"{summary.count('forsenad')} är markerade som försenade. Sammanlagt {summary.overdue} "
            "åtgärder har passerat sitt slutdatum utan att vara klara."
        ),
        s.table(["Status", "Antal", "Andel"], rows, widths=[0.5, 0.25, 0.25], numeric=(1, 2)),
    ]


def overdue_table(context: ReportContext, plan: ActionPlan) -> list[Flowable]:
    """The actions past their due date that are neither done nor cancelled."""
    s = context.styles
    overdue = sorted(
        (a for a in plan.actions if a.is_overdue), key=lambda a: (a.due_date or date.max, a.title)
    )
    if not overdue:
        return [s.paragraph("Ingen åtgärd har passerat sitt slutdatum.")]
    rows: list[list[str | Flowable]] = [
        [
            a.title,
            a.unit_path.split(UNIT_PATH_SEPARATOR)[-1] if a.unit_path else "–",
            swedish_date(a.due_date) if a.due_date else "–",
            a.status_name,
            a.objective_labels or "–",
        ]
        for a in overdue
    ]
    return [
        KeepTogether(
            [
                s.paragraph(
                    f"Följande åtgärder hade passerat sitt slutdatum {swedish_date(plan.today)} "
                    "utan att vara klara:"
                ),
                s.table(
                    ["Åtgärd", "Ansvarig", "Slutdatum", "Status", "Mål"],
                    rows,
                    widths=[0.4, 0.22, 0.14, 0.13, 0.11],
                ),
            ]
        )
    ]


def text_or_note(context: ReportContext, text: str, missing: str) -> list[Flowable]:
    s = context.styles
    return [s.paragraph(text)] if text.strip() else [s.note(missing)]


def maturity_section(context: ReportContext, detail: FollowUpDetail) -> list[Flowable]:
    """The maturity level with its checklist (“Ja”/“Nej”) and the notes."""
    s = context.styles
    level = detail.summary.maturity
    level_text = MATURITY_LEVELS.get(level or "", "Inte bedömd")
    suggested = MATURITY_LEVELS.get(detail.suggested_maturity, detail.suggested_maturity)
    fulfilled = sum(c.fulfilled for c in detail.criteria)
    rows: list[list[str | Flowable]] = [
        [
            c.text,
            Paragraph("<b>Ja</b>" if c.fulfilled else "Nej", s.cell),
            c.note or "–",
        ]
        for c in detail.criteria
    ]
    return [
        s.facts(
            [
                ("Bedömd mognadsnivå", level_text),
                ("Uppfyllda kriterier", f"{fulfilled} av {len(detail.criteria)}"),
                ("Nivå enligt kriterierna", suggested),
            ],
            label_share=0.35,
        ),
        s.space(2),
        s.table(["Kriterium", "Uppfyllt", "Kommentar"], rows, widths=[0.45, 0.12, 0.43]),
    ]


def publication_text(summary: FollowUpSummary) -> str:
    if summary.published_on is None:
        return "Uppföljningen har ännu inte publicerats för invånarna."
    return f"Uppföljningen publicerades för invånarna {swedish_date(summary.published_on)}."
