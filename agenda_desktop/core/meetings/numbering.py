"""Paragraph numbering: which number a protocol's first paragraph gets, by the body's rule.

The rules (``Body.numbering``):

- ``lopande``: on from the highest number the body used in its earlier meetings, or from
  ``numbering_start`` when it has none;
- ``per_ar``: from 1 in each calendar year, on from the highest number of the body's
  earlier meetings in the same year;
- ``per_mote``: from 1 in every meeting.

For the two chained rules the meetings must be numbered in the order they were held: an
earlier meeting (in the chain) with items but without numbers, or a later meeting that
already holds numbers, is refused, so numbers never have gaps or duplicates.
Meetings are ordered by date, start time and id (two meetings on one day are possible).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from agenda_desktop.core.errors import ValidationError

FIELD = "Numrering"


@dataclass(frozen=True)
class ChainMeeting:
    """Another meeting of the same body, as the numbering sees it."""

    meeting_id: int
    held_on: date
    starts_at: time | None
    item_count: int
    numbers: tuple[int, ...]  # the paragraph numbers it holds (possibly none)

    @property
    def sort_key(self) -> tuple[date, time, int]:
        return (self.held_on, self.starts_at or time.min, self.meeting_id)

    @property
    def fully_numbered(self) -> bool:
        return len(self.numbers) == self.item_count


def sort_key(meeting_id: int, held_on: date, starts_at: time | None) -> tuple[date, time, int]:
    return (held_on, starts_at or time.min, meeting_id)


def _in_chain(rule: str, this_day: date, other: ChainMeeting) -> bool:
    if rule == "lopande":
        return True
    if rule == "per_ar":
        return other.held_on.year == this_day.year
    return False


def first_number(
    rule: str,
    numbering_start: int,
    this: tuple[int, date, time | None],
    others: Sequence[ChainMeeting],
    *,
    check_later: bool = True,
) -> int:
    """The number of the first paragraph of meeting ``this`` = (id, date, start time).

    Raises:
        ValidationError: an earlier meeting of the chain is not numbered yet, or (when
            ``check_later``) a later one already holds numbers.
    """
    if rule == "per_mote":
        return 1
    key = sort_key(*this)
    chain = [other for other in others if _in_chain(rule, this[1], other)]
    earlier = sorted((o for o in chain if o.sort_key < key), key=lambda o: o.sort_key)
    later = sorted((o for o in chain if o.sort_key > key), key=lambda o: o.sort_key)
    for other in earlier:
        if other.item_count and not other.fully_numbered:
            raise ValidationError(
                FIELD,
                f"protokollet från mötet {other.held_on.isoformat()} är inte upprättat. "
                "Paragraferna numreras i den ordning mötena hölls; upprätta det först.",
            )
    if check_later:
        for other in later:
            if other.numbers:
                raise ValidationError(
                    FIELD,
                    f"ett senare möte ({other.held_on.isoformat()}) har redan numrerade "
                    f"paragrafer (§ {format_range(other.numbers)}). Paragraferna numreras i "
                    "den ordning mötena hölls; numret kan inte ändras här utan luckor.",
                )
    used = [number for other in earlier for number in other.numbers]
    if used:
        return max(used) + 1
    return numbering_start if rule == "lopande" else 1


def assign(item_ids: Sequence[int], first: int) -> dict[int, int]:
    """Number the items (in agenda order) from ``first``, without gaps."""
    return {item_id: first + offset for offset, item_id in enumerate(item_ids)}


def is_consecutive(numbers: Sequence[int | None], first: int) -> bool:
    """True when the numbers, in agenda order, run ``first, first + 1, …`` with none missing."""
    return all(number == first + offset for offset, number in enumerate(numbers))


def format_range(numbers: Sequence[int]) -> str:
    """``1166–1171``, or a single number."""
    if not numbers:
        return ""
    low, high = min(numbers), max(numbers)
    return str(low) if low == high else f"{low}–{high}"
