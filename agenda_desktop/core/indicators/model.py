"""The plain, frozen types of the import API: what the GUI and the headless command see.

Nothing here touches a file or the database. Rows and columns are shown the way a
spreadsheet shows them: rows numbered from 1, columns as letters (A, B, … AA).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from agenda_desktop.core.errors import AgendaError


class Layout(StrEnum):
    """How a sheet holds its values."""

    LONG = "long"  # one value per row: nyckeltal, kommun, år, kön, värde …
    TEMPLATE = "template"  # the app's own template (see template.py), a long layout
    WIDE = "wide"  # years (or blocks such as Kommunen/Länet/Riket) as columns
    UNKNOWN = "unknown"  # the columns could not be recognised: a mapping is needed


LAYOUT_LABELS: Mapping[Layout, str] = {
    Layout.LONG: "ett värde per rad",
    Layout.TEMPLATE: "Agenda Desktops mall",
    Layout.WIDE: "år eller områden som kolumner",
    Layout.UNKNOWN: "okänd – kolumnerna behöver kopplas",
}


class Field(StrEnum):
    """What one column of a long sheet holds; the choices of the column-mapping dialog."""

    KPI = "kpi"  # nyckeltalets id (or its exact title)
    KPI_TITLE = "kpi_title"  # the title, for people; used only to suggest local indicators
    MUNICIPALITY = "municipality"  # kommun-id (or name)
    MUNICIPALITY_NAME = "municipality_name"  # the name beside an id column, for people
    PERIOD = "period"
    GENDER = "gender"
    VALUE = "value"
    MISSING = "missing"  # why a value is missing (the template's "Saknas")
    COUNT = "count"
    STATUS = "status"
    IGNORE = "ignore"


FIELD_LABELS: Mapping[Field, str] = {
    Field.KPI: "Nyckeltal-id",
    Field.KPI_TITLE: "Nyckeltalets namn",
    Field.MUNICIPALITY: "Kommun-id eller kommun",
    Field.MUNICIPALITY_NAME: "Kommunens namn",
    Field.PERIOD: "År",
    Field.GENDER: "Kön",
    Field.VALUE: "Värde",
    Field.MISSING: "Orsak till saknat värde",
    Field.COUNT: "Antal",
    Field.STATUS: "Status",
    Field.IGNORE: "Används inte",
}


@dataclass(frozen=True)
class ColumnInfo:
    """What the import understood of one column.

    Attributes:
        index: 0-based column index (A = 0).
        letter: the column as Excel shows it.
        header: the header text (two header rows joined with " / ").
        field: the field of a long sheet, or None for a value column of a wide sheet.
        period: the year a value column holds, when the header names one.
        gender: ``T``, ``K`` or ``M`` when the header names a gender.
        area: the municipality id, or ``kommunen``/``länet``/``riket`` for a block.
        measure: ``value`` or ``count`` for a column under a block such as "Antal" / "%".
    """

    index: int
    letter: str
    header: str
    field: Field | None = None
    period: int | None = None
    gender: str | None = None
    area: str | None = None
    measure: str | None = None

    @property
    def is_value_column(self) -> bool:
        return self.field is None and (
            self.period is not None
            or self.gender is not None
            or self.area is not None
            or self.measure is not None
        )


@dataclass(frozen=True)
class SheetInfo:
    """One sheet as the preview shows it, before anything is read in full.

    Attributes:
        name: the sheet's name (for a CSV file, the file name).
        rows: rows in the sheet (as far as the reader knows before reading it all).
        header_row: the detected (last) header row, 1-based; None for an empty sheet.
        header_rows: 1, or 2 for a two-row header (a block row above the header row).
        layout: the detected layout.
        columns: every column of the header with what it was understood to hold.
        sample: the first rows of the sheet as text, from row 1, for a preview table.
        title: the text of the title lines above the header.
        kpi_hint: a KPI id found in the title lines or the sheet name (wide sheets).
        needs_kpi: the sheet does not say which KPI it holds: the user must choose.
        needs_municipality: the sheet does not say which municipality: the user must choose.
        needs_mapping: the columns were not recognised: show the column-mapping dialog.
        header_signature: the key under which a confirmed mapping is remembered.
        remembered_mapping: the mapping remembered for this header, if any.
    """

    name: str
    rows: int
    header_row: int | None
    header_rows: int
    layout: Layout
    columns: tuple[ColumnInfo, ...]
    sample: tuple[tuple[str, ...], ...]
    title: str = ""
    kpi_hint: str | None = None
    needs_kpi: bool = False
    needs_municipality: bool = False
    needs_mapping: bool = False
    header_signature: str = ""
    remembered_mapping: Mapping[int, Field] | None = None


@dataclass(frozen=True)
class FileInfo:
    """A file as :func:`inspect_file` found it: its sheets and the one to import first."""

    path: Path
    file_name: str
    kind: str  # "xlsx", "xls", "ods" or "csv"
    sheets: tuple[SheetInfo, ...]
    default_sheet: str

    def sheet(self, name: str | None = None) -> SheetInfo:
        """The named sheet, or the default one."""
        wanted = name or self.default_sheet
        for sheet in self.sheets:
            if sheet.name == wanted:
                return sheet
        raise KeyError(wanted)


@dataclass(frozen=True)
class LocalKpi:
    """The user's confirmation that an unknown KPI becomes a local indicator.

    Attributes:
        key: the KPI as written in the file (:attr:`UnknownKpi.key`).
        title: the title the user confirmed (required).
        unit: the unit, e.g. "%", "antal", "kr/inv" (required, may be "-" for none).
        kpi_id: the id to store; empty means :attr:`UnknownKpi.suggested_id`.
        description: optional description.
        higher_is_better: optional direction.
    """

    key: str
    title: str
    unit: str
    kpi_id: str = ""
    description: str = ""
    higher_is_better: bool | None = None


@dataclass(frozen=True)
class ImportRequest:
    """What to import and the user's choices in the preview.

    Attributes:
        path: the file.
        sheet: the sheet's name; None means the detected default sheet.
        header_row: the (last) header row, 1-based, when the user points at it; None detects.
        mapping: column overrides for long sheets: 0-based column index -> field.
        kpi_id: the KPI of a sheet that holds one KPI without naming it.
        municipality_id: the municipality of a sheet with one row per KPI, and the one
            a "Kommunen" block means (the organisation's own municipality).
        local_kpis: confirmed local indicators for unknown KPIs.
        remember_mapping: remember ``mapping`` for sheets with the same header on apply.
    """

    path: Path
    sheet: str | None = None
    header_row: int | None = None
    mapping: Mapping[int, Field] = field(default_factory=dict)
    kpi_id: str | None = None
    municipality_id: str | None = None
    local_kpis: tuple[LocalKpi, ...] = ()
    remember_mapping: bool = True


@dataclass(frozen=True)
class Problem:
    """Something in the file that stops the import, said in plain Swedish.

    Attributes:
        file: the file's name.
        sheet: the sheet's name.
        row: the row as Excel shows it (1-based), or None for the whole sheet.
        column: the column letter as Excel shows it, or None.
        header: the column's header text, or None.
        message: what is wrong and what was expected.
        code: a stable key for tests and filters (e.g. "value_text", "unknown_kpi").
    """

    file: str
    sheet: str
    row: int | None
    column: str | None
    header: str | None
    message: str
    code: str

    @property
    def location(self) -> str:
        """Where, e.g. "Blad1, rad 12, kolumn F (Värde)"."""
        parts = [self.file, f"blad ”{self.sheet}”"]
        if self.row is not None:
            parts.append(f"rad {self.row}")
        if self.column is not None:
            text = f"kolumn {self.column}"
            if self.header:
                text += f" ({self.header})"
            parts.append(text)
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class UnknownKpi:
    """A KPI in the file that is neither in Kolada's catalogue nor a local indicator.

    Attributes:
        key: the KPI as written in the file.
        suggested_id: the id it would get as a local indicator.
        suggested_title: a title from the file (title column or "Nyckeltal" sheet), or "".
        suggested_unit: a unit from the file's "Nyckeltal" sheet, or "".
        values: how many values in the file belong to it.
        first_row: the first row (1-based) where it occurs.
    """

    key: str
    suggested_id: str
    suggested_title: str
    suggested_unit: str
    values: int
    first_row: int | None


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, counted before anything is written.

    Attributes:
        request: the request that was analysed.
        file_name: the file's name.
        sheet: the sheet that was read.
        layout: the layout used.
        header_row: the (last) header row, 1-based.
        columns: the columns as understood.
        new: values not in the database yet.
        changed: values that differ from the stored ones.
        unchanged: values equal to the stored ones.
        rejected: values that cannot be imported (see ``problems``).
        missing: values stored as missing (blank, "-", "." or "..").
        problems: the problems found (at most MAX_PROBLEMS kept; see problem_count).
        problem_count: how many problems there are in all.
        unknown_kpis: KPIs that need the user's confirmation to become local indicators.
        needs_mapping: the columns were not recognised; a mapping is needed.
        needs_kpi: the user must choose which KPI the sheet holds.
        needs_municipality: the user must choose which municipality the sheet holds.
        notices: things worth knowing that do not stop the import.
        kpis: how many KPIs the file's values belong to.
        municipalities: how many municipalities.
        periods: the first and last year, or None.
    """

    request: ImportRequest
    file_name: str
    sheet: str
    layout: Layout
    header_row: int | None
    columns: tuple[ColumnInfo, ...]
    new: int
    changed: int
    unchanged: int
    rejected: int
    missing: int
    problems: tuple[Problem, ...]
    problem_count: int
    unknown_kpis: tuple[UnknownKpi, ...]
    needs_mapping: bool
    needs_kpi: bool
    needs_municipality: bool
    notices: tuple[str, ...]
    kpis: int
    municipalities: int
    periods: tuple[int, int] | None
    # The parsed values, kept for apply() so that the file is not read twice.
    staged: Any = field(default=None, repr=False, compare=False)

    @property
    def can_apply(self) -> bool:
        """True when nothing blocks the import (all-or-nothing: every problem blocks)."""
        return self.problem_count == 0

    @property
    def total(self) -> int:
        return self.new + self.changed + self.unchanged


@dataclass(frozen=True)
class ImportResult:
    """What an import did, in one transaction.

    Attributes:
        file_name: the file's name.
        sheet: the sheet that was read.
        new: values added.
        changed: values changed (each with a history row when the value changed).
        unchanged: values left as they were.
        missing: values stored as missing.
        history_rows: history rows written (old value, new value, when, from which file).
        local_kpis_created: ids of the local indicators created.
        finished_at: when the transaction was committed.
    """

    file_name: str
    sheet: str
    new: int
    changed: int
    unchanged: int
    missing: int
    history_rows: int
    local_kpis_created: tuple[str, ...]
    finished_at: datetime


class ImportFileError(AgendaError):
    """The file cannot be read: missing, of the wrong kind, damaged or truncated."""


class ImportBlockedError(AgendaError):
    """apply() was asked to import a file with problems; nothing was written."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__(
            f"Filen ”{preview.file_name}” importerades inte: {preview.problem_count} problem "
            "måste rättas först. "
            "Ingenting har ändrats."
        )
        self.preview = preview
