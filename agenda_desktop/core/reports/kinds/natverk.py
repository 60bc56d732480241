"""Statusrapport för nätverket: where the municipality stands on what it promised a network.

For the network the report is printed for (``context.network``, read through
``services.networks``, ``services.commitments`` and ``services.financing`` as of the
report's date):

* the title page names the network (``marks``): "Statusrapport för nätverket …";
* "Nätverket i korthet": organiser, kind, period, our contact person, the organiser's
  contacts and the other participants;
* "Sammanfattning": the commitments and expectations counted by status in words
  ("4 av 10 uppfyllda, 1 försenad"), a table and a bar chart that reads in black and white,
  and the late ones to take up;
* "Utfästelser" and "Förväntningar": one row each with number, text, responsible person
  and unit, due date, status in words with its reason, and the evidence written out (a
  protocol paragraph with its reference, adjustment and "att" clauses);
* "Kommande träffar" of the network, and "Finansiering" (see ``natverk_finance``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from agenda_desktop.core.networks.vocabulary import COMMITMENT_KINDS
from agenda_desktop.core.reports.charts import Bar, bar_chart
from agenda_desktop.core.reports.kinds.meeting_data import long_date, time_span
from agenda_desktop.core.reports.kinds.natverk_finance import financing_section
from agenda_desktop.core.reports.kinds.natverk_parts import (
    NO_EVIDENCE,
    PLURAL,
    STATUS_ORDER,
    due,
    empty_section,
    evidence_lines,
    period,
    responsible,
    status_counts,
    status_name,
    status_summary,
)
from agenda_desktop.core.reports.registry import DocumentMarks, ReportContext
from agenda_desktop.core.reports.styles import CONTENT_WIDTH, MUTED, ReportStyles, plain
from agenda_desktop.core.services.commitments_types import CommitmentInfo
from agenda_desktop.core.services.networks_types import NetworkInfo

TITLE = "Statusrapport för nätverket"
# Nr; text, responsible and evidence; due date; status: fits A4 portrait, and a long unit
# name ("Samhällsbyggnadsförvaltningen") is never broken inside the word.
WIDTHS = (0.05, 0.57, 0.13, 0.25)


def marks(context: ReportContext) -> DocumentMarks:
    network = context.services.networks.network(context.network)
    return DocumentMarks(
        subject=_subject(network),
        title=f"{TITLE} {network.name}",
        header_title=f"Statusrapport: {network.name}",
    )


def _subject(network: NetworkInfo) -> str:
    """ "Utvecklingsnätverk med SKR, 2024–2027": what the title (with the name) leaves out."""
    text = network.kind_name
    if network.organiser:
        text += f" med {network.organiser}"
    if network.start_date or network.end_date:
        start = network.start_date.year if network.start_date else None
        end = network.end_date.year if network.end_date else None
        text += f", {period(start, end)}"
    return text


def build(context: ReportContext) -> list[Flowable]:
    """The content of the status report after the title page."""
    services = context.services
    network = services.networks.network(context.network)
    items = services.commitments.commitments(network.network_id, context.today)
    context.check()
    story = _in_brief(context, network)
    story += _summary(context, items)
    for kind in COMMITMENT_KINDS:
        context.check()
        story += _commitment_section(context, kind, [i for i in items if i.kind == kind])
    story += _coming_meetings(context, network)
    context.check()
    story += financing_section(
        context, services.financing.financings(network.network_id, context.today)
    )
    return story


def _in_brief(context: ReportContext, network: NetworkInfo) -> list[Flowable]:
    """ "Nätverket i korthet": who organises it, when, and who takes part."""
    s = context.styles
    organiser = network.organiser
    if not organiser and network.organiser_kind != "annan":
        organiser = network.organiser_kind_name  # e.g. "SKR", "Länsstyrelse"
    facts = [
        ("Nätverk", network.name),
        ("Typ", network.kind_name),
        ("Organisatör", organiser or "Ej angiven"),
        ("Period", period(network.start_date, network.end_date)),
        ("Vår kontaktperson", network.contact_person_name or "Ej angiven"),
    ]
    contacts = [
        ", ".join(part for part in (c.name, c.role or c.title, c.organisation, c.email) if part)
        for c in network.contacts
    ]
    facts.append(("Organisatörens kontaktpersoner", "\n".join(contacts) or "Inga angivna"))
    participants = ", ".join(p.name for p in network.participants)
    facts.append(("Övriga deltagare", participants or "Inga angivna"))
    if network.website:
        facts.append(("Webbplats", network.website))
    if network.template_name:
        facts.append(("Skapat från mallen", network.template_name))
    story: list[Flowable] = [s.heading("Nätverket i korthet")]
    if network.description:
        story.append(s.paragraph(network.description))
    story += [
        s.facts(facts, label_share=0.3),
        s.space(2),
        s.paragraph(
            f"Rapporten visar läget {context.today.isoformat()} för kommunens utfästelser "
            "till nätverket och nätverkets förväntningar på kommunen. Status sätts för hand "
            "eller följer beläggen och datumen automatiskt; skälet står vid varje rad."
        ),
    ]
    return story


def _summary(context: ReportContext, items: Sequence[CommitmentInfo]) -> list[Flowable]:
    """Counts by status in words and in a table, a chart, and the late ones."""
    s = context.styles
    story: list[Flowable] = [s.heading("Sammanfattning")]
    if not items:
        return [*story, s.paragraph("Nätverket har ännu inga utfästelser eller förväntningar.")]
    groups = {kind: [i for i in items if i.kind == kind] for kind in COMMITMENT_KINDS}
    sentences = [
        f"{PLURAL[kind]}: {status_summary(group)}." for kind, group in groups.items() if group
    ]
    story.append(s.paragraph(" ".join(sentences)))
    counts = {kind: status_counts(group) for kind, group in groups.items()}
    total = status_counts(items)
    rows = [
        [status_name(code), *(str(counts[kind][code]) for kind in groups), str(total[code])]
        for code in STATUS_ORDER
    ]
    rows.append(["Totalt", *(str(len(group)) for group in groups.values()), str(len(items))])
    story.append(
        s.table(
            ["Status", *(PLURAL[kind] for kind in groups), "Totalt"],
            rows,
            widths=[0.4, 0.2, 0.2, 0.2],
            numeric=(1, 2, 3),
        )
    )
    story.append(
        s.figure(
            _chart([Bar(status_name(code), (float(total[code]),)) for code in STATUS_ORDER]),
            "Figur 1. Antal utfästelser och förväntningar per status.",
        )
    )
    return story + _late(s, items)


def _chart(bars: list[Bar]) -> Drawing:
    """One bar per status, with whole numbers on the axis (a count has no decimals)."""
    drawing = bar_chart(bars, unit="antal", width=CONTENT_WIDTH * 0.7)
    most = max(value or 0 for bar in bars for value in bar.values)
    for chart in drawing.contents:
        if isinstance(chart, HorizontalBarChart):
            chart.valueAxis.valueStep = max(1, math.ceil(most / 5))
            chart.valueAxis.valueMax = max(1, most)
    return drawing


def _late(s: ReportStyles, items: Sequence[CommitmentInfo]) -> list[Flowable]:
    late = [item for item in items if item.status == "forsenad"]
    if not late:
        return [s.paragraph("Inget åtagande är försenat.")]
    numbers = _numbers(items)
    rows = [
        [
            f"{COMMITMENT_KINDS[item.kind]} {numbers[item.commitment_id]}",
            item.text,
            due(item.due_date),
            item.status_reason,
        ]
        for item in late
    ]
    return [
        KeepTogether(
            [
                s.heading("Att ta upp", 2),
                s.paragraph("Följande åtaganden är försenade och behöver tas upp."),
                s.table(
                    ["Nr", "Åtagande", "Klart senast", "Skäl"],
                    rows,
                    widths=[0.16, 0.41, 0.14, 0.29],
                ),
            ]
        )
    ]


def _numbers(items: Sequence[CommitmentInfo]) -> dict[int, int]:
    """Each item's number within its kind: Utfästelse 1, 2 …; Förväntning 1, 2 …"""
    numbers: dict[int, int] = {}
    for kind in COMMITMENT_KINDS:
        for number, item in enumerate((i for i in items if i.kind == kind), start=1):
            numbers[item.commitment_id] = number
    return numbers


def _commitment_section(
    context: ReportContext, kind: str, items: Sequence[CommitmentInfo]
) -> list[Flowable]:
    """ "Utfästelser" (or "Förväntningar"): one row per item with its evidence."""
    s = context.styles
    if not items:
        return empty_section(s, PLURAL[kind], f"Nätverket har inga {PLURAL[kind].lower()}.")
    story: list[Flowable] = [s.heading(PLURAL[kind])]
    if kind == "forvantning":
        story.append(s.paragraph("Det som nätverket förväntar sig att kommunen gör."))
    else:
        story.append(s.paragraph("Det som kommunen har åtagit sig i nätverket."))
    small = ParagraphStyle("Belägg", parent=s.cell, fontSize=8, leading=10.2, leftIndent=3 * mm)
    bullet = ParagraphStyle("BeläggPunkt", parent=small, leftIndent=6 * mm, bulletIndent=3 * mm)
    clause = ParagraphStyle("BeläggAtt", parent=small, leftIndent=10 * mm)
    reason = ParagraphStyle("Statusskäl", parent=small, leftIndent=0, textColor=MUTED)
    rows: list[list[str | Flowable]] = []
    for number, item in enumerate(items, start=1):
        text: list[Flowable] = [
            Paragraph(plain(item.text), s.cell_bold),
            Paragraph(f"Ansvarig: {plain(responsible(item))}", small),
        ]
        lines = evidence_lines(item)
        text.append(Paragraph("Belägg:" if lines else plain(NO_EVIDENCE), small))
        for line in lines:
            text.append(Paragraph(plain(line.text), bullet, bulletText="•"))
            text += [Paragraph(plain(c), clause) for c in line.clauses]
            if line.note:
                text.append(Paragraph(f"<i>{plain(line.note)}</i>", clause))
        if item.note:
            text.append(Paragraph(f"Anteckning: {plain(item.note)}", small))
        status = [Paragraph(f"<b>{plain(item.status_name)}</b>", s.cell)]
        if item.status_reason:
            status.append(Paragraph(plain(item.status_reason), reason))
        rows.append([str(number), text, due(item.due_date), status])
    header = ["Nr", f"{COMMITMENT_KINDS[kind]}, ansvarig och belägg", "Klart senast", "Status"]
    table: Table = s.table(header, rows, widths=WIDTHS, numeric=(0,))
    table.splitInRow = 1  # a row with many clauses may run onto the next page
    return [*story, table]


def _coming_meetings(context: ReportContext, network: NetworkInfo) -> list[Flowable]:
    s = context.styles
    coming = [m for m in network.meetings if m.held_on >= context.today]
    if not coming:
        return empty_section(s, "Kommande träffar", "Inga kommande träffar i nätverket är inlagda.")
    story: list[Flowable] = [s.heading("Kommande träffar")]
    rows = [
        [
            long_date(m.held_on),
            time_span(m.starts_at, m.ends_at) or "–",
            m.place or "–",
            "\n".join(part for part in (m.title, m.notes) if part) or "–",
        ]
        for m in coming
    ]
    return [
        *story,
        s.table(["Datum", "Tid", "Plats", "Träff"], rows, widths=[0.3, 0.17, 0.23, 0.3]),
    ]
