"""The pure rules of step 2: what a user may type into the local programme, how a pair of
målsättningar is stored, how things move up and down, and the synergy/conflict matrix.

No database here, so that every rule is tested on its own and the printed report can
build the same matrix as the page.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Final, TypeVar

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering.vocabulary import RELATION_KINDS

FIELD_GOAL: Final = "Mål"
FIELD_TARGET: Final = "Delmål"
FIELD_RATIONALE: Final = "Motivering"
FIELD_AREA_TITLE: Final = "Insatsområdets namn"
FIELD_AREA_DESCRIPTION: Final = "Beskrivning"
FIELD_OBJECTIVE_TEXT: Final = "Målsättning"
FIELD_OBJECTIVE_YEAR: Final = "Målår"
FIELD_EFFORT_TEXT: Final = "Det gör vi genom att"
FIELD_INDICATOR: Final = "Nyckeltal"
FIELD_GENDER: Final = "Kön"
FIELD_BASELINE_VALUE: Final = "Utgångsvärde"
FIELD_BASELINE_YEAR: Final = "Utgångsår"
FIELD_TARGET_VALUE: Final = "Målvärde"
FIELD_TARGET_YEAR: Final = "Målår för nyckeltalet"
FIELD_RELATION: Final = "Samband"
FIELD_RELATION_KIND: Final = "Slag av samband"
FIELD_NOTE: Final = "Kommentar"

MAX_TITLE: Final = 200
MAX_TEXT: Final = 4000
FIRST_YEAR: Final = 1950
LAST_YEAR: Final = 2100
GENDERS: Final = ("T", "K", "M")

T = TypeVar("T")


def _limited(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(field, f"högst {limit} tecken är tillåtna (nu {len(text)}).")
    return text


def clean_free_text(field: str, text: str, limit: int = MAX_TEXT) -> str:
    """Free text that may be empty (a rationale, a description, a note): ends trimmed."""
    return _limited(field, text.strip(), limit)


def clean_required(field: str, text: str, example: str, limit: int = MAX_TEXT) -> str:
    """Text that must say something (a title, a målsättning, an effort)."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(field, f"skriv något, t.ex. ”{example}”.")
    return _limited(field, cleaned, limit)


def clean_area_title(title: str) -> str:
    cleaned = " ".join(title.split())
    return clean_required(FIELD_AREA_TITLE, cleaned, "Hållbar samhällsplanering", MAX_TITLE)


def clean_goal_number(number: int) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 17:
        raise ValidationError(FIELD_GOAL, f"de globala målen är numrerade 1–17, inte {number}.")
    return number


def clean_year(field: str, year: int | None, required: bool = False) -> int | None:
    """A year 1950–2100, or None when it may be left out."""
    if year is None:
        if required:
            raise ValidationError(field, "ange ett årtal, t.ex. 2030.")
        return None
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            field, f"ange ett årtal mellan {FIRST_YEAR} och {LAST_YEAR}, t.ex. 2030."
        )
    return year


def clean_value(field: str, value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(field, "ange ett tal, t.ex. 85 eller 12,5.")
    return float(value)


def clean_gender(gender: str, gender_split: bool) -> str:
    """T, K or M; K and M only for an indicator that is split by gender."""
    code = gender.strip().upper()
    if code not in GENDERS:
        raise ValidationError(
            FIELD_GENDER,
            f"”{gender}” är inget kön här: välj T (totalt), K (kvinnor) eller M (män).",
        )
    if code != "T" and not gender_split:
        raise ValidationError(FIELD_GENDER, "nyckeltalet är inte uppdelat på kön: välj T (totalt).")
    return code


def check_indicator_years(
    baseline_value: float | None,
    baseline_year: int | None,
    target_value: float | None,
    target_year: int | None,
) -> None:
    """A value needs its year, and the target year may not come before the baseline year."""
    if baseline_value is not None and baseline_year is None:
        raise ValidationError(FIELD_BASELINE_YEAR, "ange vilket år utgångsvärdet gäller.")
    if target_value is not None and target_year is None:
        raise ValidationError(FIELD_TARGET_YEAR, "ange till vilket år målvärdet ska nås.")
    if baseline_year is not None and target_year is not None and target_year < baseline_year:
        raise ValidationError(
            FIELD_TARGET_YEAR,
            f"målåret ({target_year}) får inte vara före utgångsåret ({baseline_year}).",
        )


def clean_relation_kind(kind: str) -> str:
    code = kind.strip().casefold()
    if code not in RELATION_KINDS:
        names = " eller ".join(f"”{name.lower()}”" for name in RELATION_KINDS.values())
        raise ValidationError(FIELD_RELATION_KIND, f"välj {names}, inte ”{kind}”.")
    return code


def ordered_pair(first_id: int, second_id: int) -> tuple[int, int]:
    """A pair of målsättningar the way it is stored: the lower id first."""
    if first_id == second_id:
        raise ValidationError(
            FIELD_RELATION,
            "välj två olika målsättningar: en målsättning har inget samband med sig själv.",
        )
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def moved(order: Sequence[T], item: T, step: int) -> list[T]:
    """``order`` with ``item`` moved ``step`` places (−1 up, +1 down), kept within the list."""
    items = list(order)
    index = items.index(item)
    target = max(0, min(len(items) - 1, index + step))
    items.insert(target, items.pop(index))
    return items


def relation_matrix(
    objective_ids: Sequence[int], relations: Iterable[tuple[int, int, str]]
) -> list[list[str | None]]:
    """The symmetric matrix of kinds (row i, column j) for ``objective_ids`` in that order.

    ``relations`` are (first id, second id, kind) in either order; the diagonal and pairs
    without a relation are None; relations to målsättningar not listed are left out.
    """
    index = {objective_id: i for i, objective_id in enumerate(objective_ids)}
    size = len(objective_ids)
    matrix: list[list[str | None]] = [[None] * size for _ in range(size)]
    for first, second, kind in relations:
        if first in index and second in index and first != second:
            matrix[index[first]][index[second]] = kind
            matrix[index[second]][index[first]] = kind
    return matrix
