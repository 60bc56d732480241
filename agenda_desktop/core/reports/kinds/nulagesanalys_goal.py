"""The Nulägesanalys's section for one goal: the assessment, the analysis and the evidence.

Also the small grey-scale level marker that the overview table and the goal sections
share: four squares, as many filled as the goal has come on the scale (one for
”stor utmaning” … four for ”uppnått”), so that the level reads in black and white too.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from agenda_desktop.core.reports.charts import swedish_number
from agenda_desktop.core.reports.fonts import SANS
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import INK, MUTED, ReportStyles, plain
from agenda_desktop.core.services.analysis_types import (
    CommentEvidence,
    GoalAnalysis,
    GoalEvidence,
    IndicatorEvidence,
)
from agenda_desktop.core.steering.analysis_rules import SCALE, scale_position

MAX_QUOTE = 280
MAX_QUOTES = 6
GOAL_MIN_SPACE = 70 * mm  # a goal starting lower than this begins on the next page
MARKER_SQUARE = 2.6 * mm
MARKER_GAP = 0.9 * mm
MARKER_LINE = 11.0  # the leading of a table cell: the marker sits on the text line
MARKER_BOTTOM = 2.2
MARKER_FILL = "#3c3c3c"
MUTED_HEX = "#" + MUTED.hexval()[2:]


class LevelMarker(Flowable):  # type: ignore[misc]
    """Four small squares, the first ``filled`` of them dark: the level on the scale."""

    def __init__(self, filled: int) -> None:
        super().__init__()
        self.filled = filled
        self.width = len(SCALE) * MARKER_SQUARE + (len(SCALE) - 1) * MARKER_GAP
        self.height = MARKER_LINE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(INK)
        for index in range(len(SCALE)):
            x = index * (MARKER_SQUARE + MARKER_GAP)
            canvas.setFillColor(MARKER_FILL if index < self.filled else "#ffffff")
            canvas.rect(x, MARKER_BOTTOM, MARKER_SQUARE, MARKER_SQUARE, stroke=1, fill=1)
        canvas.restoreState()


def level_marker(assessment: str) -> Flowable | str:
    """The marker of an assessment code, or "" when the goal is not assessed."""
    position = scale_position(assessment)
    return "" if position is None else LevelMarker(position + 1)


def goal_title(goal: GoalAnalysis) -> str:
    return f"Mål {goal.goal_number}. {goal.name}"


def kept(heading: Flowable, *content: Flowable) -> list[Flowable]:
    """A heading kept on one page with the first flowable after it.

    Explicit, because ``keepWithNext`` is reset on the heading by the first layout and
    build.py lays the story out twice (without and with a table of contents).
    """
    if not content:
        return [heading]
    return [KeepTogether([heading, content[0]]), *content[1:]]


def goal_section(
    context: ReportContext, goal: GoalAnalysis, evidence: GoalEvidence
) -> list[Flowable]:
    """A goal: its facts, the analysis, group differences, delmål, nyckeltal and dialogue."""
    s = context.styles
    a = goal.assessment
    facts = [
        ("Bedömning", a.assessment_name),
        ("Trend", a.trend_name),
        ("Rådighet", a.radighet_name or "Inte bedömd"),
        ("Samverkanspartner", a.partners or "Inga angivna"),
        ("Kommunens roller", ", ".join(a.role_names) or "Inga angivna"),
    ]
    if goal.should_work_on:
        facts.append(
            ("Borde arbeta med", "Ja: kommunen arbetar inte med målet i dag men borde göra det.")
        )
    first: list[Flowable] = [s.facts(facts, label_share=0.27)]
    if not a.is_assessed:
        first.insert(0, s.note("Målet har inte bedömts i den här nulägesanalysen."))
    story: list[Flowable] = [CondPageBreak(GOAL_MIN_SPACE)]
    story += kept(s.heading(goal_title(goal), 2), *first)
    story += kept(s.heading("Analys", 3), _text_or_note(s, a.analysis, "Ingen analys är skriven."))
    story += kept(
        s.heading("Skillnader mellan grupper", 3),
        _text_or_note(
            s,
            a.group_differences,
            "Analysen beskriver inga skillnader mellan grupper för det här målet.",
        ),
    )
    if goal.targets:
        story += kept(s.heading("Bedömda delmål", 3), _targets_table(context, goal))
    story += kept(s.heading("Nyckeltal", 3), *_indicators(context, evidence))
    story += kept(s.heading("Synpunkter från dialogen", 3), *_quotes(s, evidence.comments))
    return story


def _text_or_note(s: ReportStyles, text: str, missing: str) -> Flowable:
    return s.paragraph(text) if text.strip() else s.note(missing)


def _targets_table(context: ReportContext, goal: GoalAnalysis) -> Table:
    s = context.styles
    # A delmål without the municipality's Swedish short title comes with the UN's English
    # text; the document is Swedish, so print the code alone then.
    untitled = {
        target.code
        for target in context.services.reference.goal(goal.goal_number).targets
        if not (target.short_title_sv or "").strip()
    }
    rows: list[list[str | Flowable]] = []
    for target in goal.targets:
        t = target.assessment
        detail = t.analysis
        if t.radighet_name:
            detail = f"{t.radighet_name}. {detail}".strip()
        if target.code in untitled:
            name: str | Flowable = _two_lines(s, target.code, "svensk kortrubrik saknas")
        else:
            name = f"{target.code} {target.title}"
        rows.append([name, t.assessment_name, t.trend_name, detail or "–"])
    return s.table(
        ["Delmål", "Bedömning", "Trend", "Analys"],
        rows,
        widths=[0.27, 0.17, 0.13, 0.43],
    )


def _two_lines(s: ReportStyles, first: str, second: str, number: bool = False) -> Paragraph:
    """A cell with a value and a muted second line (a verdict, a code)."""
    style = s.cell_number if number else s.cell
    text = plain(first)
    if second:
        text += f'<br/><font size="7.5" color="{MUTED_HEX}">{plain(second)}</font>'
    return Paragraph(text, style)


def _value(value: float | None) -> str:
    return "–" if value is None else swedish_number(value)


def _indicator_row(s: ReportStyles, item: IndicatorEvidence) -> list[str | Flowable]:
    title = item.title
    if item.unit and item.unit not in title:
        title = f"{title}, {item.unit}"
    source = "eget nyckeltal" if item.is_local else "Kolada"
    about = f"{item.kpi_id} · {source}"
    if item.target_codes:
        about += " · delmål " + ", ".join(item.target_codes)
    if item.previous_value is not None and item.previous_period is not None:
        before = f"{_value(item.previous_value)} ({item.previous_period})"
    else:
        before = "–"
    return [
        _two_lines(s, title, about),
        str(item.period) if item.period is not None else "–",
        _value(item.value),
        _two_lines(s, before, item.trend or "", number=True),
        _two_lines(s, _value(item.riket_value), item.against_riket or "", number=True),
        # A local indicator has values for this municipality only, so its ”kommungrupp”
        # average would be the municipality itself: leave the comparison out.
        _two_lines(s, "–", "", number=True)
        if item.is_local
        else _two_lines(s, _value(item.group_value), item.against_group or "", number=True),
    ]


def _indicators(context: ReportContext, evidence: GoalEvidence) -> list[Flowable]:
    s = context.styles
    if not evidence.indicators:
        return [s.note("Inga nyckeltal är kopplade till målet.")]
    with_values = [item for item in evidence.indicators if item.value is not None]
    without = [item for item in evidence.indicators if item.value is None]
    story: list[Flowable] = []
    if with_values:
        story.append(
            s.table(
                ["Nyckeltal", "År", "Värde", "Året före", "Riket", "Kommun\u00adgruppen"],
                [_indicator_row(s, item) for item in with_values],
                widths=[0.39, 0.07, 0.11, 0.15, 0.13, 0.15],
                numeric=(1, 2),
            )
        )
    if without:
        names = ", ".join(f"{item.title} ({item.kpi_id})" for item in without)
        story.append(s.note(f"Värden saknas för: {names}."))
    return story


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[:MAX_QUOTE].rsplit(" ", 1)[0].rstrip(",.;:")
    return f"{cut} …"


def _quotes(s: ReportStyles, comments: tuple[CommentEvidence, ...]) -> list[Flowable]:
    if not comments:
        return [s.note("Inga synpunkter från dialogen är kopplade till målet.")]
    story: list[Flowable] = []
    for comment in comments[:MAX_QUOTES]:
        text = f"<i>”{plain(_short(comment.text))}”</i>"
        text += f'<br/><font name="{SANS}" size="7.5" color="{MUTED_HEX}">'
        text += f"{plain(_source(comment))}</font>"
        story.append(Paragraph(text, _quote_style(s)))
    rest = len(comments) - MAX_QUOTES
    if rest > 0:
        more = "en synpunkt" if rest == 1 else f"{rest} synpunkter"
        story.append(s.note(f"Ytterligare {more} om målet finns i dialogens sammanställning."))
    return story


def _source(comment: CommentEvidence) -> str:
    """“Sender – Ungdomsråd: title, 2024-02-13” (the kind only when the title lacks it)."""
    activity = comment.activity_title
    if comment.activity_kind_name.lower() not in activity.lower():
        activity = f"{comment.activity_kind_name}: {activity}"
    day = comment.received_on or comment.held_on
    source = f"{comment.sender} – {activity}" if comment.sender else activity
    return f"{source}, {day.isoformat()}" if day else source


def _quote_style(s: ReportStyles) -> ParagraphStyle:
    """Body text indented from both sides, for the dialogue quotes."""
    return ParagraphStyle(
        "Citat", parent=s.body, leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=7
    )
