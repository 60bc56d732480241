"""Sammanträdesprotokoll: the protocol of a meeting (or a notes-body's anteckningar).

The first page is the protocol's head, as municipal protocols have it:

* "PROTOKOLL", "Sammanträdesprotokoll", the body; day, time and place;
* "Beslutande" (the chair, members and tjänstgörande ersättare, with party and whom a
  substitute serves for), "Ersättare", "Övriga närvarande" (with role and "punkt 1–4"),
  "Meddelat förhinder", "Frånvarande";
* "Utses att justera", "Justeringens plats och tid", "Paragrafer § 1166–1171";
* the signature lines for the secretary, the chair and the adjusters, names under;
* the notice of adjustment (anslag/bevis) with the day of adjustment.

Then every paragraph: "§ 1166 Title", Dnr, the matter, "Beslut" with the "att" clauses,
reservations, protokollsanteckning and attachments; last, the body's next meetings.

An adjusted protocol prints the day of adjustment and the fingerprint (SHA-256) in the
footer of every page; one not yet adjusted says "EJ JUSTERAT" in a box on the first page
and across every page. A body that keeps notes (``Body.keeps_notes``) gets "Anteckningar":
the same head without adjustment, and the items as a table of item, matter and outcome.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from agenda_desktop.core.meetings.vocabulary import VOTING_ROLES
from agenda_desktop.core.reports.document import swedish_date
from agenda_desktop.core.reports.kinds.meeting_data import (
    ItemRow,
    MeetingDoc,
    PersonRow,
    Presence,
    load_meeting,
    long_date,
    time_span,
)
from agenda_desktop.core.reports.kinds.meeting_parts import (
    clause_text,
    decision,
    document_head,
    marking_box,
    people_table,
    section,
    when_and_where,
)
from agenda_desktop.core.reports.registry import DocumentMarks, ReportContext
from agenda_desktop.core.reports.styles import CONTENT_WIDTH, INK, ReportStyles, plain

NOT_ADJUSTED = "EJ JUSTERAT"
OTHER_ROLES = frozenset({"sekreterare", "adjungerad"})


def marks(context: ReportContext) -> DocumentMarks:
    doc = load_meeting(context.services.database, context.meeting)
    if doc.keeps_notes:
        return DocumentMarks(
            subject=doc.subject, header_title=f"Anteckningar {doc.held_on.isoformat()}"
        )
    header = f"Sammanträdesprotokoll {doc.held_on.isoformat()}"
    if doc.adjusted_on is None:
        return DocumentMarks(
            subject=doc.subject,
            header_title=header,
            footer_note="Ej justerat: utkast, inte en allmän handling i justerat skick.",
            watermark=NOT_ADJUSTED,
        )
    note = f"Justerat {swedish_date(doc.adjusted_on)}"
    if doc.fingerprint:
        note += f" · Kontrollsumma (SHA-256) {doc.fingerprint}"
    return DocumentMarks(subject=doc.subject, header_title=header, footer_note=note)


def build(context: ReportContext) -> list[Flowable]:
    doc = load_meeting(context.services.database, context.meeting)
    if doc.keeps_notes:
        return _notes(context, doc)
    s = context.styles
    story = document_head(s, "Protokoll", "Sammanträdesprotokoll", doc)
    if doc.adjusted_on is None:
        story += [marking_box(f"{NOT_ADJUSTED} – utkast till protokoll"), s.space(3)]
    story.append(s.facts(_head_facts(doc), label_share=0.28))
    context.check()
    story += _signatures(context, doc)
    story += _notice(context, doc)
    story.append(PageBreak())
    for item in doc.items:
        context.check()
        story += _paragraph(s, item)
    story += _next_meetings(context, doc)
    return story


# --- the head ---


def _head_facts(doc: MeetingDoc) -> list[tuple[str, str]]:
    """The first page's facts: time and place, attendance by category, adjustment."""
    deciding = [
        row
        for row in doc.present("narvarande")
        if row.seat is None or row.seat.role in VOTING_ROLES
    ] + doc.present("tjanstgorande_ersattare")
    substitutes = doc.present("ersattare") + [
        row for row in doc.present("narvarande") if row.seat and row.seat.role == "ersattare"
    ]
    others = [
        row for row in doc.present("narvarande") if row.seat and row.seat.role in OTHER_ROLES
    ] + doc.present("ovrig")
    other_lines = [_other_line(row) for row in others]
    listed = {row.person.person_id for row in others}
    if doc.secretary is not None and doc.secretary.person_id not in listed:
        other_lines.append(f"{doc.secretary.name}, sekreterare")
    facts = when_and_where(doc)
    facts.append(("Beslutande", "\n".join(_deciding_line(row) for row in deciding) or "–"))
    if substitutes:
        facts.append(("Ersättare", "\n".join(_substitute_line(row) for row in substitutes)))
    if other_lines:
        facts.append(("Övriga närvarande", "\n".join(other_lines)))
    for kind, label in (("forhinder", "Meddelat förhinder"), ("franvarande", "Frånvarande")):
        rows = doc.present(kind)
        if rows:
            facts.append((label, "\n".join(row.person.label for row in rows)))
    when = ", ".join(
        part
        for part in (
            doc.adjustment_place,
            swedish_date(doc.adjustment_date) if doc.adjustment_date else "",
        )
        if part
    )
    facts += [
        ("Utses att justera", ", ".join(p.label for p in doc.adjusters) or "–"),
        ("Justeringens plats och tid", when or "–"),
        ("Paragrafer", doc.paragraphs or "Ej numrerade ännu"),
    ]
    return facts


def _with_represents(text: str, row: Presence) -> str:
    represents = row.seat.represents if row.seat is not None else ""
    represents = represents or row.person.organisation
    return f"{text}, {represents}" if represents else text


def _deciding_line(row: Presence) -> str:
    """ "Anna Berg (S), ordförande"; "Karin Öst (S), tjänstgörande ersättare för …"."""
    if row.kind == "tjanstgorande_ersattare":
        role = "tjänstgörande ersättare"
        if row.serving_for is not None:
            role += f" för {row.serving_for.label}"
    else:
        role = row.seat.role_name.lower() if row.seat is not None else "ledamot"
    if row.items_label:
        role += f", {row.items_label}"
    return _with_represents(f"{row.person.label}, {role}", row)


def _substitute_line(row: Presence) -> str:
    text = row.person.label
    if row.items_label:
        text += f", {row.items_label}"
    return _with_represents(text, row)


def _other_line(row: Presence) -> str:
    """ "Olof Kommundirektör, kommundirektör, punkt 1–4"."""
    parts = [row.person.name, _other_role(row), row.items_label]
    return ", ".join(part for part in parts if part)


def _other_role(row: Presence) -> str:
    if row.role:
        return row.role[0].lower() + row.role[1:]
    if row.seat is not None:
        return row.seat.role_name.lower()
    return row.person.title


def _chair(doc: MeetingDoc) -> PersonRow | None:
    present = doc.present("narvarande")
    for role in ("ordforande", "vice_ordforande"):
        for row in present:
            if row.seat is not None and row.seat.role == role:
                return row.person
    return None


def _signature_line(name: str, s: ReportStyles) -> Table:
    """A line to sign on with the name printed under it."""
    table = Table(
        [[""], [Paragraph(plain(name or " "), s.cell)]],
        colWidths=[CONTENT_WIDTH * 0.36],
        rowHeights=[12 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
            ]
        )
    )
    return table


def _signatures(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    """Underskrifter: Sekreterare, Ordförande, Justerare; a line each, the name under."""
    s = context.styles
    chair = _chair(doc)
    label = s.cell_bold
    rows: list[list[Flowable | str]] = [
        [
            Paragraph("Sekreterare", label),
            _signature_line(doc.secretary.name if doc.secretary else "", s),
            Paragraph(plain(f"Paragrafer {doc.paragraphs}" if doc.paragraphs else ""), s.cell),
        ],
        [Paragraph("Ordförande", label), _signature_line(chair.name if chair else "", s), ""],
    ]
    adjusters = [p.name for p in doc.adjusters] or [""]  # an empty line when none is chosen
    for index in range(0, len(adjusters), 2):
        pair = adjusters[index : index + 2]
        rows.append(
            [
                Paragraph("Justerare" if index == 0 else "", label),
                *(_signature_line(name, s) for name in pair),
                *([""] if len(pair) == 1 else []),
            ]
        )
    table = Table(rows, colWidths=[CONTENT_WIDTH * w for w in (0.2, 0.4, 0.4)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [KeepTogether([section(s, "Underskrifter"), table])]


def _notice(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    """Anslag/bevis: the notice that the protocol has been adjusted."""
    s = context.styles
    adjusted = swedish_date(doc.adjusted_on) if doc.adjusted_on else "Ej justerat"
    facts = [
        ("Organ", doc.body_name),
        ("Sammanträdesdatum", swedish_date(doc.held_on)),
        ("Justeringsdag", adjusted),
        ("Förvaringsplats för protokollet", context.profile.organisation_name),
    ]
    return [
        KeepTogether(
            [
                section(s, "Anslag/bevis"),
                s.paragraph(
                    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
                    if doc.adjusted_on
                    else "Protokollet är inte justerat ännu."
                ),
                s.facts(facts, label_share=0.35),
            ]
        )
    ]


# --- the paragraphs ---


def _paragraph(s: ReportStyles, item: ItemRow) -> list[Flowable]:
    head: list[Flowable] = [section(s, f"{item.label} {item.title}")]
    if item.diarienummer:
        head.append(Paragraph(plain(f"Dnr {item.diarienummer}"), s.muted))
    story: list[Flowable] = []
    if item.corrects:
        story.append(s.note(f"Beslutet rättar {item.corrects}."))
    if item.matter:
        story.append(s.paragraph(item.matter))
    story += decision(s, item, "Beslut")
    if not item.clauses and item.outcome:
        story += [Paragraph("Beslut", s.heading3), s.paragraph(item.outcome)]
    if item.reservations:
        story += [Paragraph("Reservation", s.heading3), s.paragraph(item.reservations)]
    if item.protocol_note:
        story += [Paragraph("Protokollsanteckning", s.heading3), s.paragraph(item.protocol_note)]
    if item.attachments:
        names = ", ".join(a.filename for a in item.attachments)
        story.append(Paragraph(f"<b>Bilagor:</b> {plain(names)}", s.small))
    # the heading stays with the start of its text
    first = story[:1]
    return [KeepTogether(head + first), *story[1:], s.space(3)]


def _next_meetings(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    s = context.styles
    if not doc.next_meetings:
        return []
    rows: list[list[str | Flowable]] = [
        [
            long_date(m.held_on),
            time_span(m.starts_at, m.ends_at),
            m.place,
            m.notes,
        ]
        for m in doc.next_meetings
    ]
    return [
        section(s, "Kommande möten"),
        s.table(["Datum", "Tid", "Plats", "Att tänka på"], rows, widths=[0.3, 0.2, 0.25, 0.25]),
    ]


# --- anteckningar ---


def _notes(context: ReportContext, doc: MeetingDoc) -> list[Flowable]:
    s = context.styles
    story = document_head(s, "Anteckningar", "Anteckningar", doc)
    story.append(s.facts(when_and_where(doc), label_share=0.2))
    present = [row for row in doc.attendance if row.kind not in ("forhinder", "franvarande")]
    story.append(section(s, "Närvarande"))
    story += people_table(
        s,
        [
            [row.person.label, _capital(_other_role(row)) or "Deltagare", row.items_label]
            for row in present
        ],
        ["Namn", "Roll", "Närvarande"],
    ) or [s.note("Ingen närvaro är antecknad.")]
    absent = doc.present("forhinder", "franvarande")
    if absent:
        story.append(s.heading("Meddelat förhinder", 3))
        story.append(s.paragraph(", ".join(row.person.label for row in absent)))
    context.check()
    rows: list[list[str | Flowable]] = []
    for item in doc.items:
        matter = f"<b>{plain(item.title)}</b>"
        if item.matter:
            matter += "<br/>" + plain(item.matter)
        outcome = item.outcome or "\n".join(clause_text(text) for text in item.clauses)
        rows.append([str(item.position), Paragraph(matter, s.cell), outcome])
    story.append(section(s, "Anteckningar"))
    if rows:
        story.append(
            s.table(["Punkt", "Ärende", "Utfall"], rows, widths=[0.08, 0.52, 0.4], numeric=(0,))
        )
    else:
        story.append(s.note("Mötet har inga punkter."))
    if doc.secretary is not None:
        story += [s.space(4), s.paragraph(f"Vid anteckningarna: {doc.secretary.name}")]
    return story + _next_meetings(context, doc)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
