"""The network report's words: statuses counted, responsible, evidence and money written out.

Everything here is plain text (or reportlab markup built from escaped text), so the
Excel export and the PDF say the same thing:

* ``evidence_lines``: a protocol paragraph as "Kommunstyrelsen 2026-03-10 § 1190 Anslutning
  till … (justerat 2026-03-17)" followed by its "att …" clauses; other evidence as its
  label and how far it has come ("Nulägesanalys i Mandatperioden 2023–2026: klar
  2024-02-01");
* ``status_summary``: "4 av 10 uppfyllda, 1 försenad";
* ``kronor``: öre as "41 250,00 kr".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from agenda_desktop.core.networks.vocabulary import COMMITMENT_STATUSES, EVIDENCE_STATES
from agenda_desktop.core.reports.charts import swedish_number
from agenda_desktop.core.reports.kinds.meeting_parts import clause_text
from agenda_desktop.core.reports.styles import ReportStyles, plain
from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    EvidenceInfo,
    ParagraphRef,
)

# The statuses in the order a reader asks about them: done, late, going, not started.
STATUS_ORDER = ("uppfylld", "forsenad", "pagar", "ej_paborjad", "ej_aktuell")
# "1 uppfylld", "4 uppfyllda": the status as a predicate, singular and plural.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "uppfylld": ("uppfylld", "uppfyllda"),
    "forsenad": ("försenad", "försenade"),
    "pagar": ("pågår", "pågår"),
    "ej_paborjad": ("ej påbörjad", "ej påbörjade"),
    "ej_aktuell": ("ej aktuell", "ej aktuella"),
}
NO_EVIDENCE = "Belägg saknas."
PLURAL = {"utfastelse": "Utfästelser", "forvantning": "Förväntningar"}


@dataclass(frozen=True)
class EvidenceLine:
    """One piece of evidence written out, with the clauses of a decision under it."""

    text: str
    clauses: tuple[str, ...] = ()
    note: str = ""


def status_counts(items: Sequence[CommitmentInfo]) -> dict[str, int]:
    """How many have each effective status (every status, in ``STATUS_ORDER``)."""
    return {code: sum(item.status == code for item in items) for code in STATUS_ORDER}


def status_summary(items: Sequence[CommitmentInfo]) -> str:
    """ "4 av 10 uppfyllda, 1 försenad, 3 pågår": the statuses that occur, never colour."""
    counts = status_counts(items)
    total = len(items)
    fulfilled = counts["uppfylld"]
    parts = [f"{fulfilled} av {total} {STATUS_WORDS['uppfylld'][0 if total == 1 else 1]}"]
    for code in STATUS_ORDER[1:]:
        count = counts[code]
        if count:
            parts.append(f"{count} {STATUS_WORDS[code][0 if count == 1 else 1]}")
    return ", ".join(parts)


def status_name(code: str) -> str:
    return COMMITMENT_STATUSES.get(code, code)


def how_set(item: CommitmentInfo) -> str:
    """ "för hand" or "automatiskt": who decided the status."""
    return "för hand" if item.manual_status is not None else "automatiskt"


def responsible(item: CommitmentInfo) -> str:
    """ "Anna Berg, Kommunledningsförvaltningen" (person and unit), or "Ej angiven"."""
    parts = [text for text in (item.responsible_name, item.responsible_unit_name) if text]
    return ", ".join(parts) or "Ej angiven"


def due(day: date | None) -> str:
    return day.isoformat() if day is not None else "Ej angivet"


def paragraph_reference(paragraph: ParagraphRef, not_adjusted: str = "ej justerat") -> str:
    """ "Kommunstyrelsen 2026-03-10 § 1190 Anslutning till …, dnr KS 2026/12 (justerat
    2026-03-17)"; ``not_adjusted`` is said in the brackets when it is not adjusted yet."""
    text = f"{paragraph.reference} {paragraph.title}".strip()
    if paragraph.diarienummer:
        text += f", dnr {paragraph.diarienummer}"
    if paragraph.adjusted_on is not None:
        return f"{text} (justerat {paragraph.adjusted_on.isoformat()})"
    return f"{text} ({not_adjusted})"


def evidence_line(evidence: EvidenceInfo) -> EvidenceLine:
    """One piece of evidence written out in full."""
    if evidence.paragraph is not None:
        paragraph = evidence.paragraph
        return EvidenceLine(
            paragraph_reference(paragraph, evidence.state_reason or "ej justerat"),
            tuple(clause_text(clause) for clause in paragraph.clauses if clause.strip()),
            evidence.note,
        )
    state = evidence.state_reason or EVIDENCE_STATES.get(evidence.state, evidence.state).lower()
    label = evidence.label or evidence.kind_name
    if evidence.kind == "atgard":
        label = f"Åtgärden ”{label}”"
    elif evidence.kind == "dokument":
        label = f"Dokumentet ”{label}”"
    return EvidenceLine(f"{label}: {state}" if state else label, (), evidence.note)


def evidence_lines(item: CommitmentInfo) -> list[EvidenceLine]:
    return [evidence_line(evidence) for evidence in item.evidence]


def evidence_text(item: CommitmentInfo) -> str:
    """All the evidence as plain text, one piece per line, clauses indented (for Excel)."""
    lines: list[str] = []
    for line in evidence_lines(item):
        lines.append(line.text)
        lines += [f"  – {clause}" for clause in line.clauses]
        if line.note:
            lines.append(f"  Anteckning: {line.note}")
    return "\n".join(lines)


def kronor(ore: int | None) -> str:
    """Öre as "41 250,00 kr" (no-break spaces: a sum is never split), or "Ej angivet"."""
    if ore is None:
        return "Ej angivet"
    return f"{swedish_number(ore / 100, 2)} kr".replace(" ", "\u00a0")


def period(first: date | int | None, last: date | int | None) -> str:
    """ "2024-01-01 – 2027-12-31", "2024–2027", "från 2024", or "Ej angiven"."""
    if first is None and last is None:
        return "Ej angiven"
    if first is None:
        return f"till {last}"
    if last is None:
        return f"från {first}"
    dash = "–" if isinstance(first, int) else " – "
    return f"{first}{dash}{last}"


def empty_section(s: ReportStyles, title: str, note: str) -> list[Flowable]:
    """A section with nothing to show: its heading and a muted note, kept together but,
    unlike ``ReportStyles.heading``, never moved to a new page of its own."""
    return [KeepTogether([Paragraph(plain(title), s.heading1), s.note(note)])]
