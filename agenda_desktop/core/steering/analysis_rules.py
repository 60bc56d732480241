"""The rules of the status analysis (nulägesanalys), free of storage and of Qt.

What an assessment may hold, how its texts are cleaned, and how two assessments of the
same goal compare between two cycles on the ordered scale
stor utmaning < betydande utmaning < vissa utmaningar < uppnått.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering.vocabulary import ASSESSMENTS, RADIGHET, ROLES, TRENDS

NOT_ASSESSED = "ej_bedomd"
# The scale from the worst to the best; "ej_bedomd" is not on it.
SCALE: tuple[str, ...] = ("stor", "betydande", "vissa", "uppnatt")

FIELD_GOAL = "Mål"
FIELD_TARGET = "Delmål"
FIELD_ASSESSMENT = "Bedömning"
FIELD_TREND = "Trend"
FIELD_RADIGHET = "Rådighet"
FIELD_PARTNERS = "Samverkanspartner"
FIELD_ROLES = "Kommunens roller"
FIELD_GROUPS = "Skillnader mellan grupper"
FIELD_ANALYSIS = "Analys"

MAX_PARTNERS = 1_000
MAX_GROUPS = 10_000
MAX_ANALYSIS = 20_000

# How an assessment moved from one cycle to the next.
CHANGES: dict[str, str] = {
    "battre": "Bättre",
    "samre": "Sämre",
    "oforandrad": "Oförändrad",
    "ny": "Nyligen bedömd",
    "ej_langre": "Inte bedömd längre",
    "ej_bedomd": "Ej bedömd",
}


Data = TypeVar("Data", bound="AssessmentData")


@dataclass(frozen=True)
class AssessmentData:
    """An assessment of a goal or a target as the user enters it (the service cleans it).

    ``roles`` holds codes of :data:`ROLES`; ``radighet`` a code of :data:`RADIGHET` or None.
    """

    assessment: str = NOT_ASSESSED
    trend: str = "okand"
    radighet: str | None = None
    partners: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)
    group_differences: str = ""
    analysis: str = ""


@dataclass(frozen=True)
class GoalAssessmentData(AssessmentData):
    """A goal's assessment, and whether it is a goal not worked on but that should be."""

    should_work_on: bool = False


def is_assessed(assessment: str) -> bool:
    return assessment in SCALE


def scale_position(assessment: str) -> int | None:
    """0 for "stor utmaning" … 3 for "uppnått"; None when not assessed."""
    return SCALE.index(assessment) if assessment in SCALE else None


def compare_assessments(before: str, after: str) -> str:
    """How a goal's assessment changed between two cycles: a code of :data:`CHANGES`."""
    first, second = scale_position(before), scale_position(after)
    if first is None and second is None:
        return "ej_bedomd"
    if first is None:
        return "ny"
    if second is None:
        return "ej_langre"
    if second > first:
        return "battre"
    if second < first:
        return "samre"
    return "oforandrad"


def assessment_counts(assessments: Iterable[str]) -> dict[str, int]:
    """How many goals (or targets) have each assessment, every code present, in scale order."""
    counted = Counter(assessments)
    return {code: counted.get(code, 0) for code in (*SCALE, NOT_ASSESSED)}


def _clean_text(text: str, field_name: str, most: int) -> str:
    """Trailing spaces and blank lines at the ends go; the lines in between are kept."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    if len(cleaned) > most:
        raise ValidationError(
            field_name,
            f"texten är {len(cleaned)} tecken lång; korta den till högst {most} tecken.",
        )
    return cleaned


def _check_code(value: str, vocabulary: dict[str, str], field_name: str) -> None:
    if value not in vocabulary:
        names = ", ".join(f"”{name}”" for name in vocabulary.values())
        raise ValidationError(field_name, f"”{value}” finns inte; välj något av {names}.")


def clean_assessment(data: Data) -> Data:
    """Check the codes and tidy the texts; the same type comes back.

    Raises:
        ValidationError: A code is unknown, a text is too long, or the goal needs
            samverkan but no partner is named; ``field`` names the field.
    """
    _check_code(data.assessment, ASSESSMENTS, FIELD_ASSESSMENT)
    _check_code(data.trend, TRENDS, FIELD_TREND)
    if data.radighet is not None:
        _check_code(data.radighet, RADIGHET, FIELD_RADIGHET)
    unknown = sorted(set(data.roles) - set(ROLES))
    if unknown:
        names = ", ".join(ROLES.values())
        raise ValidationError(
            FIELD_ROLES, f"”{unknown[0]}” är ingen av kommunens roller ({names})."
        )
    partners = " ".join(data.partners.split())
    if len(partners) > MAX_PARTNERS:
        raise ValidationError(
            FIELD_PARTNERS,
            f"texten är {len(partners)} tecken lång; korta den till högst {MAX_PARTNERS} tecken.",
        )
    if data.radighet == "samverkan" and not partners:
        raise ValidationError(
            FIELD_PARTNERS,
            "skriv vilka ni behöver samverka med, t.ex. ”Regionen, Länsstyrelsen, föreningar”.",
        )
    return replace(
        data,
        partners=partners,
        roles=frozenset(data.roles),
        group_differences=_clean_text(data.group_differences, FIELD_GROUPS, MAX_GROUPS),
        analysis=_clean_text(data.analysis, FIELD_ANALYSIS, MAX_ANALYSIS),
    )


def roles_in_order(roles: Iterable[str]) -> tuple[str, ...]:
    """Role codes in the order of :data:`ROLES` (the order forms and reports show them)."""
    chosen = set(roles)
    return tuple(code for code in ROLES if code in chosen)
