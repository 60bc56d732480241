"""Kallelse med dagordning: the notice of a meeting, sent before it.

What it holds (read with ``meeting_data.load_meeting``):

* the head: "KALLELSE", "Kallelse med dagordning", the body; the day, time and place,
  the secretary, and the practical notes;
* the members on the day (ordförande first, then ledamöter, ersättare …) with their
  party and whom they represent, and how to send apologies (förhinder);
* the agenda: item number, the matter with its diarienummer and rapporteur, whether it
  is for decision or information, and its attachments;
* the attachments (bilagor) listed with their item and size.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from agenda_desktop.core.reports.kinds.meeting_data import MeetingDoc, file_size, load_meeting
from agenda_desktop.core.reports.kinds.meeting_parts import (
    document_head,
    people_table,
    when_and_where,
)
from agenda_desktop.core.reports.registry import DocumentMarks, ReportContext
from agenda_desktop.core.reports.styles import plain

SHORT_KINDS = {"beslut": "Beslut", "information": "Information"}


def marks(context: ReportContext) -> DocumentMarks:
    doc = load_meeting(context.services.database, context.meeting)
    return DocumentMarks(subject=doc.subject, header_title=f"Kallelse {doc.held_on.isoformat()}")


def build(context: ReportContext) -> list[Flowable]:
    """The notice with the agenda."""
    s = context.styles
    doc = load_meeting(context.services.database, context.meeting)
    story = document_head(s, "Kallelse", "Kallelse med dagordning", doc)
    facts = when_and_where(doc)
    if doc.secretary is not None:
        contact = ", ".join(part for part in (doc.secretary.name, doc.secretary.email) if part)
        facts.append(("Sekreterare", contact))
    story.append(s.facts(facts, label_share=0.2))
    if doc.notes:
        story += [s.space(3), s.paragraph(doc.notes)]
    context.check()
    story += _members(context, doc)
    story += _agenda(context, doc)
    story += _attachments(context, doc)
    return story


def _members(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    s = context.styles
    story: list[Flowable] = [s.heading("Ledamöter och ersättare")]
    if not doc.seats:
        return [*story, s.note("Organet har inga ledamöter registrerade för mötesdagen.")]
    rows = [
        [seat.person.name, seat.role_name, seat.person.party or "", seat.represents]
        for seat in doc.seats
    ]
    story += people_table(s, rows, ["Namn", "Uppdrag", "Parti", "Företräder"])
    apologies = "Den som är förhindrad att delta anmäler det så snart som möjligt"
    if doc.secretary is not None:
        reach = f" ({doc.secretary.email})" if doc.secretary.email else ""
        apologies += f" till sekreteraren {doc.secretary.name}{reach}"
    story.append(s.space(2))
    story.append(s.paragraph(apologies + ", så att en ersättare kan kallas."))
    return story


def _agenda(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    s = context.styles
    story: list[Flowable] = [s.heading("Dagordning")]
    if not doc.items:
        return [*story, s.note("Dagordningen har ännu inga punkter.")]
    rows: list[list[str | Flowable]] = []
    for item in doc.items:
        lines = [f"<b>{plain(item.title)}</b>"]
        details = []
        if item.diarienummer:
            details.append(f"Dnr {item.diarienummer}")
        if item.rapporteur:
            details.append(f"Föredragande: {item.rapporteur}")
        if details:
            lines.append(plain(" · ".join(details)))
        kind = "" if item.standard else SHORT_KINDS.get(item.kind, item.kind)
        attachments = "\n".join(a.filename for a in item.attachments)
        rows.append([str(item.position), Paragraph("<br/>".join(lines), s.cell), kind, attachments])
    story.append(
        s.table(
            ["Punkt", "Ärende", "Typ", "Bilagor"],
            rows,
            widths=[0.08, 0.52, 0.14, 0.26],
            numeric=(0,),
        )
    )
    return story


def _attachments(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    s = context.styles
    rows: list[list[str | Flowable]] = [
        [str(item.position), item.title, attachment.filename, file_size(attachment.size)]
        for item in doc.items
        for attachment in item.attachments
    ]
    if not rows:
        return []
    return [
        s.heading("Bilagor"),
        s.paragraph("Handlingarna till ärendena bifogas kallelsen."),
        s.table(
            ["Punkt", "Ärende", "Bilaga", "Storlek"],
            rows,
            widths=[0.08, 0.4, 0.4, 0.12],
            numeric=(0, 3),
        ),
    ]
