"""Pure rules of step 4 (kommunicera och involvera) and of the glossary.

No database here: what a valid activity, participant grid, comment, response and glossary
term look like; how many days a remiss has left; which comments still lack their
återkoppling; and the Swedish alphabetical order (å, ä, ö after z) that the glossary and
its printed appendix share.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering.vocabulary import (
    AGE_BANDS,
    ANSWERED_COMMENT_STATUSES,
    COMMENT_STATUSES,
    DIALOGUE_KINDS,
    PARTICIPANT_GENDERS,
)

FIELD_KIND = "Typ av aktivitet"
FIELD_TITLE = "Rubrik"
FIELD_HELD_ON = "Datum"
FIELD_DEADLINE = "Sista dag för synpunkter"
FIELD_TARGET_GROUP = "Målgrupp"
FIELD_PARTICIPANTS = "Deltagare"
FIELD_TEXT = "Synpunkt"
FIELD_SENDER = "Avsändare"
FIELD_RECEIVED_ON = "Mottagen"
FIELD_RESPONSE = "Återkoppling"
FIELD_RESPONDED_ON = "Datum för återkoppling"
FIELD_STATUS = "Status"
FIELD_GOALS = "Mål"
FIELD_FOCUS_AREAS = "Insatsområden"
FIELD_OBJECTIVES = "Målsättningar"
FIELD_TERM = "Term"
FIELD_EXPLANATION = "Förklaring"

REMISS = "remiss"
MAX_TITLE = 300
MAX_TERM = 200
MAX_PARTICIPANTS = 1_000_000


@dataclass(frozen=True)
class ActivityData:
    """What the user writes about a dialogue activity (a deadline only for a remiss)."""

    kind: str
    title: str
    held_on: date | None = None
    deadline: date | None = None
    target_group: str = ""
    description: str = ""


@dataclass(frozen=True)
class CommentData:
    """A synpunkt as received: its text, who sent it and when."""

    text: str
    sender: str = ""
    received_on: date | None = None


def one_line(text: str) -> str:
    """Surrounding spaces removed and inner runs of white space made one space."""
    return " ".join(text.split())


def _limited(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(field, f"högst {limit} tecken (nu {len(text)}).")
    return text


def swedish_date(day: date) -> str:
    return day.isoformat()


def clean_activity(data: ActivityData) -> ActivityData:
    """The activity as it will be stored, or ValidationError naming the field.

    A remiss must have a deadline (sista dag för synpunkter), not before the day it was
    sent out; other kinds have no deadline, so one given for them is dropped.
    """
    if data.kind not in DIALOGUE_KINDS:
        names = ", ".join(DIALOGUE_KINDS.values())
        raise ValidationError(FIELD_KIND, f"välj en av {names} (inte ”{data.kind}”).")
    title = _limited(FIELD_TITLE, one_line(data.title), MAX_TITLE)
    if not title:
        raise ValidationError(FIELD_TITLE, "skriv en rubrik, t.ex. ”Medborgardialog i Norrby”.")
    target_group = _limited(FIELD_TARGET_GROUP, one_line(data.target_group), MAX_TITLE)
    deadline = data.deadline if data.kind == REMISS else None
    if data.kind == REMISS:
        if deadline is None:
            raise ValidationError(
                FIELD_DEADLINE, "en remiss behöver ett sista datum för synpunkter."
            )
        if data.held_on is not None and deadline < data.held_on:
            raise ValidationError(
                FIELD_DEADLINE,
                f"sista dagen ({swedish_date(deadline)}) får inte vara före den dag "
                f"remissen skickades ut ({swedish_date(data.held_on)}).",
            )
    return ActivityData(
        data.kind, title, data.held_on, deadline, target_group, data.description.strip()
    )


def clean_participants(counts: Mapping[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """The participant grid (gender, age band) → count without its zeros.

    Raises ValidationError for an unknown gender or age band, or a count that is not a
    whole number from 0 up.
    """
    cleaned: dict[tuple[str, str], int] = {}
    for (gender, band), count in counts.items():
        if gender not in PARTICIPANT_GENDERS:
            raise ValidationError(FIELD_PARTICIPANTS, f"okänt kön ”{gender}” (K, M eller X).")
        if band not in AGE_BANDS:
            names = ", ".join(AGE_BANDS)
            raise ValidationError(
                FIELD_PARTICIPANTS, f"okänd åldersgrupp ”{band}” (en av {names})."
            )
        where = f"{PARTICIPANT_GENDERS[gender]}, {AGE_BANDS[band]}"
        if isinstance(count, bool) or not isinstance(count, int):
            raise ValidationError(FIELD_PARTICIPANTS, f"{where}: skriv ett heltal, t.ex. 12.")
        if not 0 <= count <= MAX_PARTICIPANTS:
            raise ValidationError(
                FIELD_PARTICIPANTS,
                f"{where}: antalet måste vara 0–{MAX_PARTICIPANTS} (inte {count}).",
            )
        if count:
            cleaned[(gender, band)] = count
    return cleaned


def clean_comment(data: CommentData) -> CommentData:
    text = data.text.strip()
    if not text:
        raise ValidationError(FIELD_TEXT, "skriv vad synpunkten säger.")
    sender = _limited(FIELD_SENDER, one_line(data.sender), MAX_TITLE)
    return CommentData(text, sender, data.received_on)


def clean_response(
    response: str,
    status: str,
    responded_on: date | None,
    received_on: date | None,
    today: date,
) -> tuple[str, str, date | None]:
    """(response, status, responded_on) as stored.

    An answered status (besvarad, avslutad) needs the återkoppling written; its date
    defaults to ``today`` and may not be before the comment was received.
    """
    if status not in COMMENT_STATUSES:
        names = ", ".join(COMMENT_STATUSES.values())
        raise ValidationError(FIELD_STATUS, f"välj en av {names} (inte ”{status}”).")
    text = response.strip()
    if status in ANSWERED_COMMENT_STATUSES and not text:
        raise ValidationError(
            FIELD_RESPONSE,
            f"skriv vad som gjordes med synpunkten innan den markeras "
            f"”{COMMENT_STATUSES[status].lower()}”.",
        )
    if text and responded_on is None and status in ANSWERED_COMMENT_STATUSES:
        responded_on = today
    if responded_on is not None and received_on is not None and responded_on < received_on:
        raise ValidationError(
            FIELD_RESPONDED_ON,
            f"återkopplingen ({swedish_date(responded_on)}) kan inte ges före den dag "
            f"synpunkten kom in ({swedish_date(received_on)}).",
        )
    return text, status, responded_on


def is_unanswered(status: str) -> bool:
    """True while a comment still lacks its återkoppling."""
    return status not in ANSWERED_COMMENT_STATUSES


def days_left(deadline: date, today: date) -> int:
    """Days until the deadline: 0 on the day itself, negative once it has passed."""
    return (deadline - today).days


def is_past_deadline(deadline: date, today: date) -> bool:
    return today > deadline


def clean_term(term: str, explanation: str) -> tuple[str, str]:
    """A glossary term (one line, surrounding spaces removed) and its explanation."""
    cleaned = _limited(FIELD_TERM, one_line(term), MAX_TERM)
    if not cleaned:
        raise ValidationError(FIELD_TERM, "skriv ordet som ska förklaras, t.ex. ”Rådighet”.")
    text = explanation.strip()
    if not text:
        raise ValidationError(FIELD_EXPLANATION, f"skriv en enkel förklaring av ”{cleaned}”.")
    return cleaned, text


def same_term(first: str, second: str) -> bool:
    """Two terms are the same when they differ only in case and surrounding spaces."""
    return one_line(first).casefold() == one_line(second).casefold()


# Letters without a decomposition that Swedish and the minority languages sort as another.
_BASE_LETTERS = str.maketrans({"æ": "ä", "ø": "ö", "đ": "d", "ŋ": "n", "ŧ": "t", "ß": "ss"})
# After z, in this order; code points just above "z" keep them there.
_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "ö": "}"})
_KEPT = {"å", "ä", "ö"}


def _primary(text: str) -> str:
    letters: list[str] = []
    for char in unicodedata.normalize("NFC", text).casefold().translate(_BASE_LETTERS):
        if char in _KEPT:
            letters.append(char)
            continue
        if char == "ü":
            letters.append("y")  # Swedish sorts ü as y
            continue
        decomposed = unicodedata.normalize("NFD", char)
        letters.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(letters).translate(_AFTER_Z)


def swedish_sort_key(text: str) -> tuple[str, str, str]:
    """Sort text the Swedish way: case-insensitive, accents ignored, å ä ö after z.

    Ties (e.g. "Ek" and "ek", "e" and "é") are broken by the case-folded text and then
    the text itself, so the order is always the same.
    """
    stripped = text.strip()
    return _primary(stripped), stripped.casefold(), stripped
