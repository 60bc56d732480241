"""Reading indicator values for the views: series and a value's history.

The screens ask for one municipality at a time, so these queries go through the value
table's index that starts with the municipality. Functions take an open session;
:class:`~agenda_desktop.core.services.indicators.IndicatorService` opens the unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.services.indicator_types import (
    Series,
    SeriesPoint,
    ValueChange,
)
from agenda_desktop.core.store.models import KpiValue, KpiValueChange
from agenda_desktop.core.store.models.indicators import GENDERS

RIKET_ID = "0000"
IN_CHUNK: Final = 500  # KPI ids per statement


def region_id(county_code: str) -> str:
    """Kolada's id of a county's region: "00" + the two-digit county code."""
    return f"00{county_code}"


_point = SeriesPoint._make


def _in_gender_order(series: Series) -> Series:
    return {gender: series[gender] for gender in GENDERS if gender in series}


def series(session: Session, kpi_id: str, municipality_id: str) -> Series:
    """See :meth:`IndicatorService.series`."""
    rows = session.connection().execute(
        select(KpiValue.gender, KpiValue.period, KpiValue.value, KpiValue.missing_reason)
        .where(KpiValue.municipality_id == municipality_id, KpiValue.kpi_id == kpi_id)
        .order_by(KpiValue.period)
    )
    found: Series = {}
    for gender, period, value, reason in rows.all():
        found.setdefault(gender, []).append(_point((period, value, reason)))
    return _in_gender_order(found)


def municipality_series(
    session: Session, municipality_id: str, kpi_ids: Iterable[str] | None = None
) -> dict[str, Series]:
    """See :meth:`IndicatorService.municipality_series`.

    This is the query the 10 ms budget is for (3 000 values): one fetch of plain rows,
    grouped in one pass. Given the KPIs, SQLite reads them by the primary key (KPI,
    municipality, …), which holds every column asked for; its planner would take the
    index that starts with the municipality and then look up each row in the table
    again, some 40 % slower.
    """
    rows: Sequence[Any]
    if kpi_ids is not None and session.get_bind().dialect.name == "sqlite":
        rows = _sqlite_rows(session, municipality_id, sorted(set(kpi_ids)))
    else:
        query = select(
            KpiValue.kpi_id,
            KpiValue.gender,
            KpiValue.period,
            KpiValue.value,
            KpiValue.missing_reason,
        ).where(KpiValue.municipality_id == municipality_id)
        if kpi_ids is not None:
            query = query.where(KpiValue.kpi_id.in_(list(kpi_ids)))
        ordered = query.order_by(KpiValue.kpi_id, KpiValue.period)
        rows = session.connection().execute(ordered).all()
    found: dict[str, Series] = {}
    current_id = ""
    current: Series = {}
    for kpi_id, gender, period, value, reason in rows:
        if kpi_id != current_id:
            current_id, current = kpi_id, found.setdefault(kpi_id, {})
        points = current.get(gender)
        if points is None:
            points = current[gender] = []
        points.append(_point((period, value, reason)))
    return {kpi_id: _in_gender_order(series) for kpi_id, series in found.items()}


def _sqlite_rows(session: Session, municipality_id: str, kpi_ids: list[str]) -> list[Any]:
    """(kpi_id, gender, period, value, missing_reason) by the primary key, KPI by KPI:
    the CROSS JOIN makes SQLite search kpi_value once per listed KPI."""
    rows: list[Any] = []
    for start in range(0, len(kpi_ids), IN_CHUNK):
        chunk = kpi_ids[start : start + IN_CHUNK]
        statement = (
            "SELECT v.kpi_id, v.gender, v.period, v.value, v.missing_reason "
            f"FROM (VALUES {', '.join(['(?)'] * len(chunk))}) AS k "
            "CROSS JOIN kpi_value AS v ON v.kpi_id = k.column1 AND v.municipality_id = ? "
            "ORDER BY v.kpi_id, v.period"
        )
        rows += session.connection().exec_driver_sql(statement, (*chunk, municipality_id))
    return rows


def value_history(
    session: Session, kpi_id: str, municipality_id: str, period: int, gender: str
) -> list[ValueChange]:
    """See :meth:`IndicatorService.value_history`."""
    rows = session.scalars(
        select(KpiValueChange)
        .where(
            KpiValueChange.kpi_id == kpi_id,
            KpiValueChange.municipality_id == municipality_id,
            KpiValueChange.period == period,
            KpiValueChange.gender == gender,
        )
        .order_by(KpiValueChange.changed_at.desc(), KpiValueChange.id.desc())
    )
    return [
        ValueChange(
            row.changed_at,
            row.old_value,
            row.old_missing_reason,
            row.new_value,
            row.new_missing_reason,
            row.source,
        )
        for row in rows
    ]
