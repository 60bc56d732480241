"""The canonical text of a protocol and its SHA-256 fingerprint."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace
from datetime import date, time

from agenda_desktop.core.meetings.fingerprint import (
    FORMAT,
    CanonicalAttendee,
    CanonicalParagraph,
    CanonicalProtocol,
    canonical_text,
    fingerprint,
    short,
)

PROTOCOL = CanonicalProtocol(
    body="Kommunstyrelsen",
    held_on=date(2026, 3, 12),
    starts_at=time(13, 0),
    ends_at=time(15, 30),
    place="Sessionssalen",
    attendance=(
        CanonicalAttendee("Anna Ek", "narvarande", party="S"),
        CanonicalAttendee("Bo Lind", "forhinder", party="M"),
    ),
    paragraphs=(
        CanonicalParagraph(1166, "Mötets öppnande"),
        CanonicalParagraph(
            1167,
            "Budget 2027",
            decision_intro="Kommunstyrelsen beslutar",
            clauses=("att fastställa budgeten", "att uppdra åt förvaltningen"),
            reservations="S reserverar sig.",
        ),
    ),
    secretary="Cecilia Åström",
    adjusters=("Anna Ek",),
    adjustment_place="Kommunhuset",
    adjusted_on=date(2026, 3, 14),
)


def test_the_text_is_readable_and_starts_with_its_format() -> None:
    text = canonical_text(PROTOCOL)
    lines = text.splitlines()
    assert lines[0] == FORMAT
    assert 'organ "Kommunstyrelsen"' in lines
    assert "tid 13:00 15:30" in lines
    assert '§ 1167 beslut "Budget 2027"' in lines
    assert '  att "att uppdra åt förvaltningen"' in lines
    assert "justerat 2026-03-14" in lines
    assert fingerprint(PROTOCOL) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_same_protocol_gives_the_same_fingerprint() -> None:
    copy = replace(PROTOCOL, attendance=tuple(reversed(PROTOCOL.attendance)))
    assert fingerprint(copy) == fingerprint(PROTOCOL)
    decomposed = replace(PROTOCOL, secretary=unicodedata.normalize("NFD", "Cecilia Åström"))
    assert fingerprint(decomposed) == fingerprint(PROTOCOL)
    crlf = replace(PROTOCOL, place="Rum 1\r\nPlan 2")
    assert fingerprint(crlf) == fingerprint(replace(PROTOCOL, place="Rum 1\nPlan 2"))


def test_any_change_of_content_changes_the_fingerprint() -> None:
    base = fingerprint(PROTOCOL)
    second = PROTOCOL.paragraphs[1]
    changes = [
        replace(PROTOCOL, held_on=date(2026, 3, 13)),
        replace(PROTOCOL, place="Digitalt via Teams"),
        replace(PROTOCOL, adjusters=("Anna Ek", "Bo Lind")),
        replace(PROTOCOL, attendance=PROTOCOL.attendance[:1]),
        replace(PROTOCOL, paragraphs=(PROTOCOL.paragraphs[0], replace(second, number=1168))),
        replace(PROTOCOL, paragraphs=(PROTOCOL.paragraphs[0], replace(second, clauses=()))),
        replace(
            PROTOCOL,
            paragraphs=(PROTOCOL.paragraphs[0], replace(second, protocol_note="V antecknar.")),
        ),
    ]
    assert all(fingerprint(changed) != base for changed in changes)


def test_texts_cannot_pretend_to_be_structure() -> None:
    # A title holding a newline and a fake clause must not equal a real clause.
    sneaky = CanonicalParagraph(1, 'A"\n  att "x')
    honest = CanonicalParagraph(1, "A", clauses=("x",))
    one = replace(PROTOCOL, paragraphs=(sneaky,))
    two = replace(PROTOCOL, paragraphs=(honest,))
    assert fingerprint(one) != fingerprint(two)


def test_short_form() -> None:
    digest = fingerprint(PROTOCOL)
    assert short(digest) == digest[:8] + "…"
    assert short(None) == ""
