"""Export indicator values to an .xlsx file in the app's own template.

The file opens cleanly in Excel and LibreOffice, can be edited and imported again
(only the edited values change). Three sheets: "Värden" (one value per row, see
:mod:`.template`), "Nyckeltal" (what each indicator is, with its source) and "Om filen"
(what the file holds and how to edit it).

No text cell is ever run as a formula, yet Kolada's mark ``-`` still reads back as
``-``: see :mod:`.export_cells`. Nothing is left behind when an export fails or is
cancelled, and an existing file is replaced only by a complete one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.excel_sheets import workbook_saved_to
from agenda_desktop.core.indicators import template as t
from agenda_desktop.core.indicators.export_about import about_rows
from agenda_desktop.core.indicators.export_cells import Cells, new_sheet
from agenda_desktop.core.indicators.units import display_source, display_unit
from agenda_desktop.core.progress import CancelToken, ProgressCallback, no_progress
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Kpi,
    KpiValue,
    Municipality,
    OrganisationProfile,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

ABOUT_SHEET: Final = "Om filen"
# The mark written in "Värde" for each missing reason; "tom" leaves the cell empty.
MISSING_MARK: Final[dict[str, str]] = {
    reason: mark for mark, reason in t.KOLADA_MISSING_MARKS.items()
}
MAX_ROWS: Final = 1_048_575  # Excel's limit, less the header row
CHUNK: Final = 5_000
VALUE_WIDTHS: Final = (14, 60, 10, 22, 8, 6, 12, 14, 10, 14)
KPI_WIDTHS: Final = (14, 60, 80, 16, 30, 16, 14, 10)


@dataclass(frozen=True)
class ExportResult:
    """What was written: where, how many values (of them missing), indicators, areas, years."""

    path: Path
    values: int
    missing: int
    indicators: int
    municipalities: int
    periods: tuple[int, int] | None
    exported_at: datetime


def _filters(
    kpi_ids: Sequence[str] | None, municipality_ids: Sequence[str] | None
) -> list[ColumnElement[bool]]:
    filters: list[ColumnElement[bool]] = []
    if kpi_ids is not None:
        filters.append(KpiValue.kpi_id.in_(kpi_ids))
    if municipality_ids is not None:
        filters.append(KpiValue.municipality_id.in_(municipality_ids))
    return filters


def _in_gender_order(group: list[Any]) -> list[Any]:
    order = {gender: index for index, gender in enumerate(t.GENDER_LABELS)}
    return sorted(group, key=lambda row: order.get(row[3], 9))


def _grouped(rows: Iterable[Any]) -> Iterable[Any]:
    """Rows in key order, T before K before M within a year (the key sorts K, M, T)."""
    group: list[Any] = []
    for row in rows:
        if group and row[:3] != group[0][:3]:
            yield from _in_gender_order(group)
            group = []
        group.append(row)
    yield from _in_gender_order(group)


def _write_values(
    session: Session,
    sheet: WriteOnlyWorksheet,
    filters: list[ColumnElement[bool]],
    total: int,
    titles: dict[str, str],
    names: dict[str, str],
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> tuple[int, int, set[str], set[str], set[int]]:
    cells = Cells(sheet)
    sheet.append(cells.header(t.VALUES_HEADER))
    written = missing = 0
    kpis: set[str] = set()
    areas: set[str] = set()
    periods: set[int] = set()
    ordered = (
        select(
            KpiValue.kpi_id,
            KpiValue.municipality_id,
            KpiValue.period,
            KpiValue.gender,
            KpiValue.value,
            KpiValue.missing_reason,
            KpiValue.count,
            KpiValue.status,
        )
        .where(*filters)
        .order_by(KpiValue.kpi_id, KpiValue.municipality_id, KpiValue.period, KpiValue.gender)
    )
    result = session.connection().execution_options(yield_per=CHUNK).execute(ordered)
    for row in _grouped(result):
        kpi_id, area, period, gender, value, reason, count, status = row
        mark = None
        if value is None:
            missing += 1
            mark = cells.text(6, MISSING_MARK.get(reason or "", ""))
        sheet.append(
            [
                cells.text(0, kpi_id, "id"),
                cells.text(1, titles.get(kpi_id, "")),
                cells.text(2, area, "id"),
                cells.text(3, names.get(area, "")),
                cells.year(4, period),
                gender,
                mark if value is None else cells.number(6, value),
                t.MISSING_LABELS.get(reason or "", reason) if reason else None,
                cells.number(8, count),
                cells.text(9, status or ""),
            ]
        )
        written += 1
        kpis.add(kpi_id)
        areas.add(area)
        periods.add(period)
        if written % CHUNK == 0:
            if cancel is not None:
                cancel.check()
            progress(written, total, "Skriver värden")
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(t.VALUES_HEADER))}{written + 1}"
    return written, missing, kpis, areas, periods


def _yes_no(flag: bool | None) -> str | None:
    return None if flag is None else (t.YES if flag else t.NO)


def _write_kpis(sheet: WriteOnlyWorksheet, kpis: list[Kpi]) -> None:
    cells = Cells(sheet)
    sheet.append(cells.header(t.KPI_HEADER))
    for kpi in kpis:
        sheet.append(
            [
                cells.text(0, kpi.id, "id"),
                cells.text(1, kpi.title),
                cells.text(2, kpi.description.strip()),
                cells.text(3, display_unit(kpi.unit, kpi.title, kpi.is_local)),
                # "Källa: Kolada" only for Kolada's indicators, never for local ones.
                cells.text(4, display_source(kpi.source, kpi.is_local)),
                _yes_no(kpi.higher_is_better),
                _yes_no(kpi.gender_split),
                _yes_no(kpi.is_local),
            ]
        )


def _write_about(sheet: WriteOnlyWorksheet, lines: list[tuple[str, str]]) -> None:
    cells = Cells(sheet)
    for label, text in lines:
        sheet.append([cells.text(0, label, "label"), cells.text(1, text, "wrap")])


def export_values(
    database: Database,
    path: Path,
    kpi_ids: Iterable[str] | None = None,
    municipality_ids: Iterable[str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write the values to ``path`` (.xlsx) in the app's template.

    Args:
        database: The open database.
        path: Where to write; an existing file is replaced only when the export succeeds.
        kpi_ids: Only these indicators (they are described on "Nyckeltal" even without
            values, so an empty export is a template to fill in); None means all.
        municipality_ids: Only these municipalities; None means all.
        progress: Called with (done, total, what) every few thousand rows.
        cancel: Checked as often; a cancelled export leaves no file behind.

    Raises:
        ValidationError: Not an .xlsx name, no such folder, or more rows than a sheet holds.
        ExportError: The file could not be written (e.g. it is open in Excel).
        Cancelled: The user cancelled.
    """
    report = progress or no_progress
    kpi_list = None if kpi_ids is None else sorted(set(kpi_ids))
    area_list = None if municipality_ids is None else sorted(set(municipality_ids))
    exported_at = datetime.now().replace(microsecond=0)
    with workbook_saved_to(path) as workbook:
        summary = _fill(database, workbook, kpi_list, area_list, exported_at, report, cancel)
        if cancel is not None:
            cancel.check()
        report(summary.values, summary.values, "Sparar filen")
    return ExportResult(path, *summary)


class _Summary(NamedTuple):
    values: int
    missing: int
    indicators: int
    municipalities: int
    periods: tuple[int, int] | None
    exported_at: datetime


def _fill(
    database: Database,
    workbook: Workbook,
    kpi_list: list[str] | None,
    area_list: list[str] | None,
    exported_at: datetime,
    report: ProgressCallback,
    cancel: CancelToken | None,
) -> _Summary:
    """Write the three sheets from one read transaction (one consistent snapshot)."""
    with database.unit_of_work() as session:
        filters = _filters(kpi_list, area_list)
        total = int(session.scalar(select(func.count()).select_from(KpiValue).where(*filters)) or 0)
        if total > MAX_ROWS:
            raise ValidationError(
                "Urval",
                f"{total} värden får inte plats på ett Excel-blad (högst {MAX_ROWS}): "
                "välj färre nyckeltal eller kommuner.",
            )
        report(0, total, "Skriver värden")
        connection = session.connection()
        titles: dict[str, str] = dict(connection.execute(select(Kpi.id, Kpi.title)).all())
        names: dict[str, str] = dict(
            connection.execute(select(Municipality.id, Municipality.name)).all()
        )
        written, missing, kpis, areas, periods = _write_values(
            session,
            new_sheet(workbook, t.VALUES_SHEET, VALUE_WIDTHS),
            filters,
            total,
            titles,
            names,
            report,
            cancel,
        )
        described = sorted(kpis | set(kpi_list or ()))
        rows = list(session.scalars(select(Kpi).where(Kpi.id.in_(described)).order_by(Kpi.id)))
        _write_kpis(new_sheet(workbook, t.KPI_SHEET, KPI_WIDTHS), rows)
        profile = session.get(OrganisationProfile, 1)
        owner = names.get(profile.municipality_id, "") if profile else ""
        span = (min(periods), max(periods)) if periods else None
        _write_about(
            new_sheet(workbook, ABOUT_SHEET, (24, 100), frozen_header=False),
            about_rows(owner, exported_at, written, missing, len(rows), len(areas), span),
        )
    return _Summary(written, missing, len(rows), len(areas), span, exported_at)
