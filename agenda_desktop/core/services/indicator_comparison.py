"""One indicator for one year: the municipality against Riket, its county, its kommungrupp
and every kommun (the 290 bars of the indicator page)."""

from __future__ import annotations

from statistics import fmean
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.indicators.direction import Verdict, better_or_worse
from agenda_desktop.core.services.indicator_catalogue import get_kpi
from agenda_desktop.core.services.indicator_queries import RIKET_ID, region_id, series
from agenda_desktop.core.services.indicator_types import (
    AreaValue,
    Comparison,
    GroupAverage,
    SeriesPoint,
)
from agenda_desktop.core.store.models import KpiValue, Municipality
from agenda_desktop.core.store.models.indicators import GENDERS


class _Area(NamedTuple):
    id: str
    name: str
    kind: str
    county_code: str | None
    kommungrupp: str | None
    kommungrupp_title: str | None


Found = dict[str, tuple[float | None, str | None]]


def _areas(session: Session) -> dict[str, _Area]:
    rows = session.connection().execute(
        select(
            Municipality.id,
            Municipality.name,
            Municipality.kind,
            Municipality.county_code,
            Municipality.kommungrupp,
            Municipality.kommungrupp_title,
        )
    )
    return {row[0]: _Area(*row) for row in rows.all()}


def _values(session: Session, kpi_id: str, area_ids: list[str], period: int, gender: str) -> Found:
    """Every area's value for one year, looked up through the primary key."""
    rows = session.connection().execute(
        select(KpiValue.municipality_id, KpiValue.value, KpiValue.missing_reason).where(
            KpiValue.kpi_id == kpi_id,
            KpiValue.municipality_id.in_(area_ids),
            KpiValue.period == period,
            KpiValue.gender == gender,
        )
    )
    return {area_id: (value, reason) for area_id, value, reason in rows.all()}


def _periods(session: Session, kpi_id: str, area_ids: list[str], gender: str) -> tuple[int, ...]:
    """The years with a value for any of a few areas (the municipality, Riket, its county):
    a primary-key lookup each, where a DISTINCT over every kommun would scan them all."""
    rows = session.connection().scalars(
        select(KpiValue.period)
        .where(
            KpiValue.kpi_id == kpi_id,
            KpiValue.municipality_id.in_(area_ids),
            KpiValue.gender == gender,
            KpiValue.value.is_not(None),
        )
        .distinct()
    )
    return tuple(sorted(rows.all()))


def _group_average(home: _Area, areas: dict[str, _Area], found: Found) -> GroupAverage | None:
    if not home.kommungrupp:
        return None
    members = [
        area.id
        for area in areas.values()
        if area.kind == "kommun" and area.kommungrupp == home.kommungrupp
    ]
    present = [value for m in members if (value := found.get(m, (None, None))[0]) is not None]
    others = [m for m in members if m != home.id and found.get(m, (None, None))[0] is not None]
    # An average of the municipality alone (a local indicator) compares it with itself.
    return GroupAverage(
        home.kommungrupp,
        home.kommungrupp_title,
        fmean(present) if others else None,
        len(present),
        len(members),
    )


def _ranked(
    areas: dict[str, _Area], found: Found, higher_is_better: bool | None
) -> tuple[AreaValue, ...]:
    """The kommuner with a value, best first (highest first when the direction is unknown)."""
    kommuner = [
        AreaValue(area_id, areas[area_id].name, value, None)
        for area_id, (value, _reason) in found.items()
        if value is not None and areas[area_id].kind == "kommun"
    ]
    sign = 1.0 if higher_is_better is False else -1.0
    return tuple(sorted(kommuner, key=lambda a: (sign * (a.value or 0.0), a.name)))


def _verdict(
    value: float | None, reference: float | None, higher_is_better: bool | None
) -> Verdict | None:
    if value is None or reference is None:
        return None
    return better_or_worse(value, reference, higher_is_better)


def comparison(
    session: Session, kpi_id: str, municipality_id: str, period: int | None, gender: str
) -> Comparison:
    """See :meth:`IndicatorService.comparison`."""
    if gender not in GENDERS:
        raise ValidationError("Kön", f"”{gender}” är inget kön här: välj T, K eller M.")
    kpi = get_kpi(session, kpi_id)
    areas = _areas(session)
    home = areas.get(municipality_id)
    if home is None:
        raise NotFoundError(f"Kommunkoden {municipality_id} finns inte i Koladas lista.")
    county_id = region_id(home.county_code) if home.kind == "kommun" and home.county_code else None
    references = [RIKET_ID] + ([county_id] if county_id else [])
    own_points = [
        p for p in series(session, kpi_id, municipality_id).get(gender, []) if p.value is not None
    ]
    periods = _periods(session, kpi_id, [municipality_id, *references], gender)
    if period is None:
        period = own_points[-1].period if own_points else (periods[-1] if periods else None)
    found = _values(session, kpi_id, list(areas), period, gender) if period is not None else {}

    def area_value(area_id: str | None) -> AreaValue | None:
        if area_id is None or area_id not in areas or area_id == municipality_id:
            return None
        value, reason = found.get(area_id, (None, None))
        return AreaValue(area_id, areas[area_id].name, value, reason)

    value, reason = found.get(municipality_id, (None, None))
    own = AreaValue(municipality_id, home.name, value, reason)
    riket, county = area_value(RIKET_ID), area_value(county_id)
    group = _group_average(home, areas, found)
    kommuner = _ranked(areas, found, kpi.higher_is_better)
    rank = next(
        (n for n, area in enumerate(kommuner, 1) if area.municipality_id == municipality_id), None
    )
    earlier = [p for p in own_points if period is not None and p.period < period]
    previous: SeriesPoint | None = earlier[-1] if earlier else None
    direction = kpi.higher_is_better
    return Comparison(
        kpi_id=kpi.id,
        gender=gender,
        period=period,
        periods=periods,
        higher_is_better=direction,
        own=own,
        previous=previous,
        riket=riket,
        county=county,
        group=group,
        kommuner=kommuner,
        rank=rank,
        trend=_verdict(own.value, previous.value if previous else None, direction),
        against_riket=_verdict(own.value, riket.value if riket else None, direction),
        against_county=_verdict(own.value, county.value if county else None, direction),
        against_group=_verdict(own.value, group.value if group else None, direction),
    )
