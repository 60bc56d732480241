"""The rules for what a user may type about an indicator; each refusal names its field."""

from __future__ import annotations

import math
import re
from typing import Final

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.core.store.models.indicators import GENDERS

# A local id: a letter first (so it never looks like a number or a formula), then
# letters A–Z, digits, "-" or "_". ASCII only, so that it survives every file format.
LOCAL_ID: Final = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")
# Kolada's ids (N00914, U07801): a local indicator may never take one, or a later
# catalogue refresh would overwrite it.
KOLADA_ID: Final = re.compile(r"^[A-Za-z]\d{5}$")
MAX_TITLE: Final = 300
MAX_DESCRIPTION: Final = 4000
MAX_UNIT: Final = 60
MAX_SOURCE: Final = 200
MAX_NOTE: Final = 1000
FIRST_YEAR: Final = 1950
LAST_YEAR: Final = 2100

FIELD_ID: Final = "Id"
FIELD_TITLE: Final = "Namn"
FIELD_DESCRIPTION: Final = "Beskrivning"
FIELD_UNIT: Final = "Enhet"
FIELD_SOURCE: Final = "Källa"
FIELD_GOAL: Final = "Mål"
FIELD_TARGET: Final = "Delmål"
FIELD_YEAR: Final = "Målår"
FIELD_VALUE: Final = "Målvärde"
FIELD_GENDER: Final = "Kön"
FIELD_NOTE: Final = "Kommentar"
FIELD_INDICATOR: Final = "Nyckeltal"


def one_line(text: str) -> str:
    """Whitespace collapsed to single spaces, ends trimmed."""
    return " ".join(text.split())


def _limited(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(field, f"högst {limit} tecken är tillåtna (nu {len(text)}).")
    return text


def clean_local_id(raw: str) -> str:
    kpi_id = raw.strip()
    if not kpi_id:
        raise ValidationError(FIELD_ID, "skriv ett id för nyckeltalet, t.ex. ”EK-001”.")
    if KOLADA_ID.match(kpi_id):
        raise ValidationError(
            FIELD_ID,
            f"”{kpi_id}” ser ut som ett id i Kolada (en bokstav och fem siffror), och sådana "
            "är reserverade för Kolada. Välj t.ex. ”EK-001”.",
        )
    if not LOCAL_ID.match(kpi_id):
        raise ValidationError(
            FIELD_ID,
            f"”{kpi_id}” går inte att använda: högst 32 tecken, en bokstav först och sedan "
            "bara bokstäverna A–Z (utan å, ä, ö), siffror, bindestreck eller understreck, "
            "t.ex. ”EK-001”.",
        )
    return kpi_id


def clean_unit(unit: str) -> str:
    return _limited(FIELD_UNIT, one_line(unit), MAX_UNIT)


def clean_source(source: str) -> str:
    return _limited(FIELD_SOURCE, one_line(source), MAX_SOURCE)


def clean_local_indicator(data: LocalIndicatorData, new: bool = True) -> LocalIndicatorData:
    """The data trimmed and checked; raises ValidationError naming the first bad field.

    The id is checked only for a ``new`` indicator: an existing one keeps its id.
    """
    kpi_id = clean_local_id(data.id) if new else data.id
    title = one_line(data.title)
    if not title:
        raise ValidationError(
            FIELD_TITLE,
            "skriv vad nyckeltalet mäter, t.ex. ”Andel elever som känner sig trygga i skolan”.",
        )
    _limited(FIELD_TITLE, title, MAX_TITLE)
    description = _limited(FIELD_DESCRIPTION, data.description.strip(), MAX_DESCRIPTION)
    return LocalIndicatorData(
        id=kpi_id,
        title=title,
        description=description,
        unit=clean_unit(data.unit),
        source=clean_source(data.source),
        higher_is_better=data.higher_is_better,
        gender_split=data.gender_split,
    )


def clean_gender(gender: str, gender_split: bool) -> str:
    code = gender.strip().upper()
    if code not in GENDERS:
        raise ValidationError(
            FIELD_GENDER,
            f"”{gender}” är inget kön här: välj T (totalt), K (kvinnor) eller M (män).",
        )
    if code != "T" and not gender_split:
        raise ValidationError(
            FIELD_GENDER,
            "nyckeltalet är inte uppdelat på kön: ange målvärdet för T (totalt).",
        )
    return code


def clean_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            FIELD_YEAR, f"ange ett årtal mellan {FIRST_YEAR} och {LAST_YEAR}, t.ex. 2030."
        )
    return year


def clean_target_value(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(FIELD_VALUE, "ange ett tal, t.ex. 85 eller 12,5.")
    return float(value)


def clean_note(note: str) -> str:
    return _limited(FIELD_NOTE, note.strip(), MAX_NOTE)
