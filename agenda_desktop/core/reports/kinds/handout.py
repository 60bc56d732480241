"""Underlag per ärende: one page per agenda item, to hand out at the meeting.

One PDF with a page for every item of the agenda except the standard ones (opening,
adjusters, agenda, closing), in agenda order; print a single item by choosing its page
in the print dialog. Each page: "UNDERLAG · PUNKT 3", the item's title, the meeting
(body, day, time, place), the item's facts (§ once numbered, type, Dnr, rapporteur),
the matter, the proposed decision ("Förslag till beslut"; "Beslut" once the protocol is
adjusted), the attachments, and ruled lines for the reader's own notes. A long matter
runs over onto a second page rather than being cut.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from agenda_desktop.core.meetings.vocabulary import ITEM_KINDS
from agenda_desktop.core.reports.kinds.meeting_data import (
    ItemRow,
    MeetingDoc,
    file_size,
    load_meeting,
    long_date,
    time_span,
)
from agenda_desktop.core.reports.kinds.meeting_parts import DOCUMENT_NAME, decision, writing_lines
from agenda_desktop.core.reports.registry import DocumentMarks, ReportContext
from agenda_desktop.core.reports.styles import ReportStyles, plain

NOTE_LINES = 6


def marks(context: ReportContext) -> DocumentMarks:
    doc = load_meeting(context.services.database, context.meeting)
    return DocumentMarks(subject=doc.subject, header_title=f"Underlag {doc.held_on.isoformat()}")


def handout_items(doc: MeetingDoc) -> list[ItemRow]:
    """The items that get a page: all but the standard ones."""
    return [item for item in doc.items if item.standard is None]


def build(context: ReportContext) -> list[Flowable]:
    s = context.styles
    doc = load_meeting(context.services.database, context.meeting)
    items = handout_items(doc)
    if not items:
        return [s.note(f"Mötet {doc.subject} har inga ärenden på dagordningen ännu.")]
    story: list[Flowable] = []
    for index, item in enumerate(items):
        context.check()
        if index:
            story.append(PageBreak())
        story += _page(s, doc, item)
    return story


def _title_style(s: ReportStyles) -> ParagraphStyle:
    # named as the level-1 heading, so that every item's page is a bookmark in the PDF
    return ParagraphStyle(
        s.heading1.name,
        parent=s.heading2,
        fontName=DOCUMENT_NAME.fontName,
        fontSize=DOCUMENT_NAME.fontSize,
        leading=DOCUMENT_NAME.leading,
        textColor=DOCUMENT_NAME.textColor,
        spaceBefore=0,
        spaceAfter=6,
    )


def _page(s: ReportStyles, doc: MeetingDoc, item: ItemRow) -> list[Flowable]:
    meeting = ", ".join(
        part for part in (long_date(doc.held_on), time_span(doc.starts_at, doc.ends_at)) if part
    )
    facts = [("Möte", f"{doc.body_name}, {meeting}"), ("Plats", doc.place or "–")]
    if item.paragraph_number is not None:
        facts.append(("Paragraf", item.label))
    facts.append(("Typ", ITEM_KINDS.get(item.kind, item.kind)))
    if item.diarienummer:
        facts.append(("Diarienummer", item.diarienummer))
    if item.rapporteur:
        facts.append(("Föredragande", item.rapporteur))
    story: list[Flowable] = [
        Paragraph(plain(f"UNDERLAG · PUNKT {item.position}"), s.overline),
        s.space(1.5),
        Paragraph(plain(item.title), _title_style(s)),
        s.facts(facts, label_share=0.22),
    ]
    if item.matter:
        story += [Paragraph("Ärendet", s.heading3), s.paragraph(item.matter)]
    adjusted = doc.adjusted_on is not None
    story += decision(s, item, "Beslut" if adjusted else "Förslag till beslut")
    if item.attachments:
        story.append(Paragraph("Bilagor", s.heading3))
        story += [
            s.paragraph(f"{a.filename} ({file_size(a.size)})", s.small) for a in item.attachments
        ]
    story.append(s.space(4))
    story.append(writing_lines(NOTE_LINES, "Egna anteckningar", s))
    return story
