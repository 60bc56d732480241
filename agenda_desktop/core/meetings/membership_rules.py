"""The rules of the body register, free of the database: acceptable bodies, people and
memberships, who is in office on a day, overlapping periods and the order of members.

``on`` (the day) is always a parameter so that the rules never depend on the day they run.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings.vocabulary import (
    BODY_KINDS,
    MEMBER_ROLES,
    NUMBERING_RULES,
    PARTIES,
    VOTING_ROLES,
)
from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput

# The field names a ValidationError carries; the editors focus the matching widget.
FIELD_BODY = "Organ"
FIELD_BODY_NAME = "Organets namn"
FIELD_BODY_KIND = "Typ av organ"
FIELD_OWNERS = "Huvudmän"
FIELD_NUMBERING = "Paragrafnumrering"
FIELD_NUMBERING_START = "Första paragrafnummer"
FIELD_PERSON = "Person"
FIELD_PERSON_NAME = "Namn"
FIELD_PARTY = "Parti"
FIELD_ORGANISATION = "Organisation"
FIELD_TITLE = "Titel"
FIELD_EMAIL = "E-post"
FIELD_ROLE = "Roll"
FIELD_REPRESENTS = "Företräder"
FIELD_START = "Från"
FIELD_END = "Till"

MAX_NAME = 200
MAX_NUMBER = 999_999  # no body has written a million paragraphs

# The order members are listed in: the chair first, the officers of the body last.
ROLE_ORDER: dict[str, int] = {role: index for index, role in enumerate(MEMBER_ROLES)}


def one_line(text: str) -> str:
    return " ".join(text.split())


def _checked_text(text: str, field: str, limit: int = MAX_NAME) -> str:
    cleaned = one_line(text)
    if len(cleaned) > limit:
        raise ValidationError(field, f"högst {limit} tecken.")
    return cleaned


def checked_body(data: BodyInput) -> BodyInput:
    """The body tidied, or a ValidationError naming the field."""
    name = one_line(data.name)
    if not name:
        raise ValidationError(
            FIELD_BODY_NAME, "skriv organets namn, t.ex. ”Kommunstyrelsens arbetsutskott”."
        )
    if len(name) > MAX_NAME:
        raise ValidationError(FIELD_BODY_NAME, f"högst {MAX_NAME} tecken.")
    if data.kind not in BODY_KINDS:
        names = ", ".join(BODY_KINDS.values()).lower()
        raise ValidationError(FIELD_BODY_KIND, f"”{data.kind}” finns inte; välj en av {names}.")
    if data.numbering not in NUMBERING_RULES:
        names = ", ".join(NUMBERING_RULES.values()).lower()
        raise ValidationError(
            FIELD_NUMBERING, f"”{data.numbering}” finns inte; välj en av {names}."
        )
    start = data.numbering_start if data.numbering == "lopande" else 1
    if not 1 <= start <= MAX_NUMBER:
        raise ValidationError(
            FIELD_NUMBERING_START, f"ett heltal från 1 till {MAX_NUMBER}, t.ex. 1166."
        )
    return replace(
        data,
        name=name,
        owners=_checked_text(data.owners, FIELD_OWNERS, 1000),
        numbering_start=start,
        description=data.description.strip(),
    )


def checked_person(data: PersonInput) -> PersonInput:
    """The person tidied, or a ValidationError naming the field."""
    name = one_line(data.name)
    if not name:
        raise ValidationError(FIELD_PERSON_NAME, "skriv personens för- och efternamn.")
    if len(name) > MAX_NAME:
        raise ValidationError(FIELD_PERSON_NAME, f"högst {MAX_NAME} tecken.")
    party = (data.party or "").strip() or None
    if party is not None and party not in PARTIES:
        codes = ", ".join(PARTIES)
        raise ValidationError(
            FIELD_PARTY, f"”{party}” finns inte; välj en av {codes} eller inget parti."
        )
    email = data.email.strip()
    if email and ("@" not in email or " " in email):
        raise ValidationError(FIELD_EMAIL, "en e-postadress som namn@kommun.se, eller tomt.")
    return PersonInput(
        name=name,
        party=party,
        organisation=_checked_text(data.organisation, FIELD_ORGANISATION),
        title=_checked_text(data.title, FIELD_TITLE),
        email=_checked_text(email, FIELD_EMAIL),
    )


def checked_membership(data: MembershipInput) -> MembershipInput:
    """The membership tidied, or a ValidationError naming the field."""
    if data.role not in MEMBER_ROLES:
        names = ", ".join(MEMBER_ROLES.values()).lower()
        raise ValidationError(FIELD_ROLE, f"”{data.role}” finns inte; välj en av {names}.")
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError(
            FIELD_END,
            f"slutdatumet ({data.end_date.isoformat()}) får inte vara före startdatumet "
            f"({data.start_date.isoformat()}).",
        )
    return replace(data, represents=_checked_text(data.represents, FIELD_REPRESENTS))


def in_office(start: date, end: date | None, on: date) -> bool:
    """Whether a period of office (both days included; no end: still running) holds ``on``."""
    return start <= on and (end is None or on <= end)


def periods_overlap(
    start: date, end: date | None, other_start: date, other_end: date | None
) -> bool:
    """Whether two periods (both days included, None: open-ended) share a day."""
    return (other_end is None or start <= other_end) and (end is None or other_start <= end)


def first_overlap(
    start: date, end: date | None, others: Iterable[tuple[date, date | None]]
) -> tuple[date, date | None] | None:
    """The first of ``others`` that shares a day with the period, or None."""
    for other_start, other_end in others:
        if periods_overlap(start, end, other_start, other_end):
            return other_start, other_end
    return None


def period_text(start: date, end: date | None) -> str:
    """ "2023-01-01–2026-12-31", or "från 2023-01-01" for a period still running."""
    if end is None:
        return f"från {start.isoformat()}"
    return f"{start.isoformat()}–{end.isoformat()}"


def is_voting(role: str) -> bool:
    """Ordförande, vice ordförande and ledamöter count towards quorum."""
    return role in VOTING_ROLES


_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def name_key(name: str) -> tuple[str, str]:
    """Sort names the Swedish way: case and accents ignored, å ä ö after z."""
    folded = name.strip().casefold()
    letters = []
    for char in folded:
        if char in "åäöæø":
            letters.append(char)
        else:
            decomposed = unicodedata.normalize("NFD", char)
            letters.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(letters).translate(_AFTER_Z), name


def member_key(role: str, name: str) -> tuple[int, tuple[str, str]]:
    """The chair first, then vice chair, members, substitutes, secretary, co-opted; by name."""
    return ROLE_ORDER.get(role, len(ROLE_ORDER)), name_key(name)


def next_paragraph_number(numbering: str, numbering_start: int, last_paragraph: int | None) -> int:
    """The number the first paragraph of a new protocol would get under a numbering rule,
    when ``last_paragraph`` is the highest number given so far in the same run (the body
    for "lopande", the year for "per_ar", nothing for "per_mote")."""
    if numbering == "lopande":
        return max(numbering_start, (last_paragraph or 0) + 1)
    if numbering == "per_ar":
        return (last_paragraph or 0) + 1
    return 1
