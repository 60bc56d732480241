"""Parts that a meeting's documents share: the document head, decisions, lines to write on.

The notice, the protocol and the handouts start with the same head (the document type in
capitals, the document's name, the body) and print decisions the same way: the intro
("Kommunstyrelsen beslutar"), then each "att …" clause indented on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from agenda_desktop.core.reports.fonts import SANS, SANS_BOLD
from agenda_desktop.core.reports.kinds.meeting_data import ItemRow, MeetingDoc, long_date, time_span
from agenda_desktop.core.reports.styles import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    RULE,
    ReportStyles,
    plain,
)

DOCUMENT_NAME = ParagraphStyle(
    "Dokumentnamn", fontName=SANS_BOLD, fontSize=18, leading=23, textColor=ACCENT
)
BODY_NAME = ParagraphStyle("Organnamn", fontName=SANS, fontSize=12.5, leading=17, textColor=INK)
MARKING = ParagraphStyle(
    "Markering", fontName=SANS_BOLD, fontSize=11, leading=14, textColor=INK, alignment=1
)


def section(s: ReportStyles, text: str) -> Paragraph:
    """A section heading of a meeting document: the size of a level-2 heading, but a
    level-1 bookmark (named as the level-1 style), since these documents have no chapters.
    """
    style = ParagraphStyle(
        s.heading1.name,
        parent=s.heading2,
        textColor=ACCENT,
        fontSize=12.5,
        leading=16.5,
        keepWithNext=0,  # the callers keep a heading with its text (KeepTogether)
    )
    return Paragraph(plain(text), style)


def document_head(
    s: ReportStyles, document_type: str, name: str, doc: MeetingDoc
) -> list[Flowable]:
    """ "PROTOKOLL / Sammanträdesprotokoll / Kommunstyrelsen"."""
    head: list[Flowable] = [
        Paragraph(plain(document_type.upper()), s.overline),
        Spacer(1, 1.5 * mm),
        Paragraph(plain(name), DOCUMENT_NAME),
        Paragraph(plain(doc.body_name), BODY_NAME),
    ]
    if doc.owners:
        head.append(Paragraph(plain(doc.owners), s.muted))
    head.append(Spacer(1, 4 * mm))
    return head


def when_and_where(doc: MeetingDoc) -> list[tuple[str, str]]:
    """The facts "Datum", "Tid" and "Plats"."""
    facts = [("Datum", long_date(doc.held_on))]
    span = time_span(doc.starts_at, doc.ends_at)
    if span:
        facts.append(("Tid", span))
    facts.append(("Plats", doc.place or "–"))
    return facts


def marking_box(text: str) -> Table:
    """A framed line in bold, e.g. "EJ JUSTERAT": it shows on a black-and-white copy."""
    table = Table([[Paragraph(plain(text), MARKING)]], colWidths=[CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def clause_text(text: str) -> str:
    """The clause as printed: it starts with "att"."""
    stripped = text.strip()
    return stripped if stripped[:4].casefold() == "att " else f"att {stripped}"


def decision(s: ReportStyles, item: ItemRow, heading: str) -> list[Flowable]:
    """The decision: a heading ("Beslut", "Förslag till beslut"), the intro, the clauses.

    A flat list (the heading keeps with the next line by its style): a KeepTogether inside
    the caller's KeepTogether would push the whole paragraph to the next page.
    """
    if not item.clauses and not item.decision_intro:
        return []
    clause = ParagraphStyle("Attsats", parent=s.body, leftIndent=8 * mm, spaceAfter=3)
    story: list[Flowable] = [Paragraph(plain(heading), s.heading3)]
    if item.decision_intro:
        story.append(s.paragraph(item.decision_intro))
    story += [Paragraph(plain(clause_text(text)), clause) for text in item.clauses]
    return story


def writing_lines(count: int, label: str, s: ReportStyles) -> KeepTogether:
    """A label and ``count`` ruled lines to write notes on."""
    rows = [[""] for _ in range(count)]
    table = Table(rows, colWidths=[CONTENT_WIDTH], rowHeights=[8 * mm] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return KeepTogether([Paragraph(plain(label), s.heading3), table])


def people_table(
    s: ReportStyles, rows: Sequence[Sequence[str]], header: Sequence[str]
) -> list[Flowable]:
    """A table of people; a column left empty in every row is dropped."""
    if not rows:
        return []
    keep = [i for i in range(len(header)) if i == 0 or any(row[i] for row in rows)]
    shares = {1: [1.0], 2: [0.45, 0.55], 3: [0.36, 0.36, 0.28], 4: [0.3, 0.3, 0.25, 0.15]}
    return [
        s.table(
            [header[i] for i in keep],
            [[row[i] for i in keep] for row in rows],
            widths=shares[len(keep)],
            bold_first_column=True,
        )
    ]
