"""The app's own spreadsheet template: what the export writes and the import reads back.

A workbook in the template has two sheets:

``Värden`` (one value per row, header in row 1)::

    Nyckeltal-id | Nyckeltal | Kommun-id | Kommun | År | Kön | Värde | Saknas | Antal | Status

- *Nyckeltal-id*: Kolada's id (``N00914``) or a local indicator's id.
- *Kommun-id*: Kolada's four-digit id, ``0000`` for Riket, ``00`` + county code for a region.
  Written as text so that leading zeros survive Excel.
- *År*: the period, a year such as ``2024``.
- *Kön*: ``T`` (totalt), ``K`` (kvinnor) or ``M`` (män).
- *Värde*: a number, or empty when the value is missing.
- *Saknas*: empty when there is a value; otherwise one of :data:`MISSING_LABELS`' labels
  (the import also accepts Kolada's marks ``-``, ``.`` and ``..``).
- *Antal*, *Status*: optional, as Kolada gives them.
- *Nyckeltal* and *Kommun* are for people reading the sheet; the import uses the ids.

``Nyckeltal`` (one indicator per row, header in row 1)::

    Nyckeltal-id | Nyckeltal | Beskrivning | Enhet | Källa | Högre är bättre | Könsuppdelat | Lokalt

Yes/no columns hold ``Ja``, ``Nej`` or nothing (unknown).

These names are a contract between the export and the import: change them only together
with both, and keep the import accepting what older versions wrote.
"""

from __future__ import annotations

from typing import Final

VALUES_SHEET: Final = "Värden"
KPI_SHEET: Final = "Nyckeltal"

# Columns of the "Värden" sheet, in the order they are written.
COL_KPI_ID: Final = "Nyckeltal-id"
COL_KPI_TITLE: Final = "Nyckeltal"
COL_MUNICIPALITY_ID: Final = "Kommun-id"
COL_MUNICIPALITY_NAME: Final = "Kommun"
COL_PERIOD: Final = "År"
COL_GENDER: Final = "Kön"
COL_VALUE: Final = "Värde"
COL_MISSING: Final = "Saknas"
COL_COUNT: Final = "Antal"
COL_STATUS: Final = "Status"

VALUES_HEADER: Final[tuple[str, ...]] = (
    COL_KPI_ID,
    COL_KPI_TITLE,
    COL_MUNICIPALITY_ID,
    COL_MUNICIPALITY_NAME,
    COL_PERIOD,
    COL_GENDER,
    COL_VALUE,
    COL_MISSING,
    COL_COUNT,
    COL_STATUS,
)

# Columns of the "Nyckeltal" sheet, in the order they are written.
KPI_COL_ID: Final = "Nyckeltal-id"
KPI_COL_TITLE: Final = "Nyckeltal"
KPI_COL_DESCRIPTION: Final = "Beskrivning"
KPI_COL_UNIT: Final = "Enhet"
KPI_COL_SOURCE: Final = "Källa"
KPI_COL_HIGHER_IS_BETTER: Final = "Högre är bättre"
KPI_COL_GENDER_SPLIT: Final = "Könsuppdelat"
KPI_COL_LOCAL: Final = "Lokalt"

KPI_HEADER: Final[tuple[str, ...]] = (
    KPI_COL_ID,
    KPI_COL_TITLE,
    KPI_COL_DESCRIPTION,
    KPI_COL_UNIT,
    KPI_COL_SOURCE,
    KPI_COL_HIGHER_IS_BETTER,
    KPI_COL_GENDER_SPLIT,
    KPI_COL_LOCAL,
)

YES: Final = "Ja"
NO: Final = "Nej"

# Stored missing reason (KpiValue.missing_reason) -> the label written in "Saknas".
MISSING_LABELS: Final[dict[str, str]] = {
    "tom": "Tom",
    "bortfall": "Bortfall",
    "ej_tillampligt": "Ej tillämplig",
    "sekretess": "Sekretess",
}

# Kolada's marks for a missing value, as they appear in a value cell.
KOLADA_MISSING_MARKS: Final[dict[str, str]] = {
    "-": "bortfall",
    ".": "ej_tillampligt",
    "..": "sekretess",
}

# Gender codes as stored and written, and their Swedish words.
GENDER_LABELS: Final[dict[str, str]] = {"T": "Totalt", "K": "Kvinnor", "M": "Män"}

# What the export writes where Kolada is the source of the figures (Kolada asks for this).
KOLADA_SOURCE: Final = "Källa: Kolada"
