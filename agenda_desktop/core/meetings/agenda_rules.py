"""The rules of a meeting and its agenda, free of the database.

A new agenda opens with the standard opening items (opening, election of adjusters,
approval of the agenda) and ends with the closing; the opening items stay first, the
closing stays last, and none of them can be removed. Attachments are copied into the
database up to a size limit.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings.vocabulary import ITEM_KINDS, STANDARD_ITEMS

FIELD_MEETING = "Möte"
FIELD_DATE = "Datum"
FIELD_START = "Starttid"
FIELD_END = "Sluttid"
FIELD_PLACE = "Plats"
FIELD_NOTES = "Praktiska anteckningar"
FIELD_TITLE = "Rubrik"
FIELD_MATTER = "Ärendet"
FIELD_DIARIENUMMER = "Diarienummer"
FIELD_RAPPORTEUR = "Föredragande"
FIELD_KIND = "Typ av ärende"
FIELD_ITEM = "Punkt"
FIELD_ATTACHMENT = "Bilaga"

MAX_PLACE = 300
MAX_TITLE = 300
MAX_DIARIENUMMER = 60
MAX_RAPPORTEUR = 200
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # 25 MB: a scanned report fits, a video does not
MAX_FILENAME = 255

OPENING_ITEMS = ("opening", "adjusters", "agenda")
CLOSING_ITEM = "closing"
# The kind of each standard item: the opening and closing are noted, the others decided.
STANDARD_KINDS: dict[str, str] = {
    "opening": "information",
    "adjusters": "beslut",
    "agenda": "beslut",
    "closing": "information",
}


@dataclass(frozen=True)
class StandardItem:
    standard: str
    title: str
    kind: str


def standard_agenda() -> list[StandardItem]:
    """The items of a new meeting, in order: the opening items, then the closing."""
    return [
        StandardItem(key, STANDARD_ITEMS[key], STANDARD_KINDS[key])
        for key in (*OPENING_ITEMS, CLOSING_ITEM)
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def checked_times(starts_at: time | None, ends_at: time | None) -> None:
    if ends_at is not None and starts_at is None:
        raise ValidationError(FIELD_START, "ange när mötet börjar om ni anger när det slutar.")
    if starts_at is not None and ends_at is not None and ends_at <= starts_at:
        raise ValidationError(
            FIELD_END,
            f"mötet måste sluta efter att det börjar ({starts_at:%H:%M}); "
            f"{ends_at:%H:%M} är inte senare.",
        )


def checked_place(place: str) -> str:
    cleaned = _one_line(place)
    if len(cleaned) > MAX_PLACE:
        raise ValidationError(FIELD_PLACE, f"högst {MAX_PLACE} tecken.")
    return cleaned


def checked_title(title: str) -> str:
    cleaned = _one_line(title)
    if not cleaned:
        raise ValidationError(
            FIELD_TITLE, "skriv vad punkten gäller, t.ex. ”Budget 2026 för ungdomsrådet”."
        )
    if len(cleaned) > MAX_TITLE:
        raise ValidationError(FIELD_TITLE, f"högst {MAX_TITLE} tecken; skriv mer under Ärendet.")
    return cleaned


def checked_short(field: str, text: str, limit: int) -> str:
    cleaned = _one_line(text)
    if len(cleaned) > limit:
        raise ValidationError(field, f"högst {limit} tecken.")
    return cleaned


def checked_item_kind(kind: str) -> None:
    if kind not in ITEM_KINDS:
        names = ", ".join(ITEM_KINDS.values()).lower()
        raise ValidationError(FIELD_KIND, f"”{kind}” finns inte; välj en av {names}.")


def opening_count(standards: Sequence[str | None]) -> int:
    """How many items at the top are opening items (they stay there)."""
    count = 0
    for standard in standards:
        if standard not in OPENING_ITEMS:
            break
        count += 1
    return count


def insert_index(standards: Sequence[str | None]) -> int:
    """The 0-based index where a new item goes: before the closing, else at the end."""
    if standards and standards[-1] == CLOSING_ITEM:
        return len(standards) - 1
    return len(standards)


def can_move(standards: Sequence[str | None], index: int, step: int) -> bool:
    """Whether the item at ``index`` may move by ``step`` (-1 up, +1 down).

    Only ordinary items move, and only among ordinary items: the opening items stay
    first and the closing stays last.
    """
    target = index + step
    if not 0 <= index < len(standards) or not 0 <= target < len(standards):
        return False
    return standards[index] is None and standards[target] is None


def refuse_move(standards: Sequence[str | None], index: int, step: int) -> None:
    if can_move(standards, index, step):
        return
    if standards[index] is not None:
        reason = "mötets öppnande, val av justerare, dagordningen och avslutningen ligger fast."
    elif step < 0:
        reason = "punkten ligger redan först efter de inledande punkterna."
    else:
        reason = "punkten ligger redan sist före mötets avslutande."
    raise ValidationError(FIELD_ITEM, reason)


def media_type(filename: str) -> str:
    guessed, _encoding = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def check_attachment(filename: str, size: int) -> None:
    if not filename.strip():
        raise ValidationError(FIELD_ATTACHMENT, "filen saknar namn.")
    if len(filename) > MAX_FILENAME:
        raise ValidationError(FIELD_ATTACHMENT, f"filnamnet får vara högst {MAX_FILENAME} tecken.")
    if size > MAX_ATTACHMENT_BYTES:
        megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        limit = MAX_ATTACHMENT_BYTES // 1024 // 1024
        raise ValidationError(
            FIELD_ATTACHMENT,
            f"”{filename}” är {megabytes} MB; en bilaga får vara högst {limit} MB. "
            "Komprimera filen eller lägg en hänvisning i ärendetexten.",
        )
