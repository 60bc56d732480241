"""The fingerprint (kontrollsumma) of an adjusted protocol: SHA-256 of a canonical text.

The canonical text is built from plain values only, one fact per line, every free text
quoted and escaped as JSON (so a newline or a quote inside a text can never be mistaken
for the structure), Unicode in NFC form and line endings as ``\\n``. The same protocol
always gives the same text and so the same hash, on any machine and in any version that
keeps this format (``FORMAT`` is its first line, so a future format can be told apart).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, time

FORMAT = "agenda-desktop-protokoll/1"


@dataclass(frozen=True)
class CanonicalAttendee:
    name: str
    kind: str  # a code of ATTENDANCE_KINDS
    party: str = ""
    organisation: str = ""
    role: str = ""
    serving_for: str = ""
    from_item: int | None = None
    to_item: int | None = None


@dataclass(frozen=True)
class CanonicalParagraph:
    number: int | None
    title: str
    kind: str = "beslut"
    matter: str = ""
    diarienummer: str = ""
    decision_intro: str = ""
    clauses: tuple[str, ...] = ()
    reservations: str = ""
    protocol_note: str = ""
    outcome: str = ""
    corrects: str = ""  # e.g. "Kommunstyrelsen 2026-02-10 § 1150"
    attachments: tuple[str, ...] = ()  # "filename sha256"


@dataclass(frozen=True)
class CanonicalProtocol:
    body: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    place: str
    attendance: tuple[CanonicalAttendee, ...]
    paragraphs: tuple[CanonicalParagraph, ...]
    secretary: str = ""
    adjusters: tuple[str, ...] = ()
    adjustment_place: str = ""
    adjusted_on: date | None = None


def _text(value: str) -> str:
    clean = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    return json.dumps(clean, ensure_ascii=False)


def _time(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else "-"


def _number(value: int | None) -> str:
    return "-" if value is None else str(value)


def _attendee_key(attendee: CanonicalAttendee) -> tuple[str, ...]:
    return (attendee.kind, attendee.name, attendee.party, attendee.organisation, attendee.role)


def canonical_text(protocol: CanonicalProtocol) -> str:
    """The protocol as one deterministic text (the input of the fingerprint)."""
    lines = [
        FORMAT,
        f"organ {_text(protocol.body)}",
        f"datum {protocol.held_on.isoformat()}",
        f"tid {_time(protocol.starts_at)} {_time(protocol.ends_at)}",
        f"plats {_text(protocol.place)}",
    ]
    # Attendance has no order of its own in the store: sort it so the text is stable.
    for attendee in sorted(protocol.attendance, key=_attendee_key):
        lines.append(
            f"närvaro {attendee.kind} {_text(attendee.name)} parti {_text(attendee.party)} "
            f"organisation {_text(attendee.organisation)} roll {_text(attendee.role)} "
            f"för {_text(attendee.serving_for)} "
            f"punkter {_number(attendee.from_item)} {_number(attendee.to_item)}"
        )
    for paragraph in protocol.paragraphs:
        lines.append(f"§ {_number(paragraph.number)} {paragraph.kind} {_text(paragraph.title)}")
        lines.append(f"  ärende {_text(paragraph.matter)}")
        lines.append(f"  diarienummer {_text(paragraph.diarienummer)}")
        lines.append(f"  beslut {_text(paragraph.decision_intro)}")
        lines.extend(f"  att {_text(clause)}" for clause in paragraph.clauses)
        lines.append(f"  reservationer {_text(paragraph.reservations)}")
        lines.append(f"  protokollsanteckning {_text(paragraph.protocol_note)}")
        lines.append(f"  utfall {_text(paragraph.outcome)}")
        lines.append(f"  rättar {_text(paragraph.corrects)}")
        lines.extend(f"  bilaga {_text(attachment)}" for attachment in paragraph.attachments)
    lines.append(f"sekreterare {_text(protocol.secretary)}")
    lines.extend(f"justerare {_text(name)}" for name in protocol.adjusters)
    lines.append(f"justeringsplats {_text(protocol.adjustment_place)}")
    adjusted = protocol.adjusted_on.isoformat() if protocol.adjusted_on else "-"
    lines.append(f"justerat {adjusted}")
    return "\n".join(lines) + "\n"


def fingerprint(protocol: CanonicalProtocol) -> str:
    """SHA-256 (64 lower-case hex digits) of the canonical text in UTF-8."""
    return hashlib.sha256(canonical_text(protocol).encode("utf-8")).hexdigest()


def short(fingerprint_hex: str | None) -> str:
    """The first 8 digits, as shown on screen and paper ("3f5a1c9e…")."""
    return f"{fingerprint_hex[:8]}…" if fingerprint_hex else ""
