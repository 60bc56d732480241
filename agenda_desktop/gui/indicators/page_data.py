"""Everything the indicator page shows for one indicator, read in one go in a worker.

The kommungrupp's average over the years takes one comparison per year (a few hundred
milliseconds for twenty years of 290 kommuner), so the page reads it off the GUI thread.
This module is Qt-free: it only calls the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.progress import CancelToken
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_queries import RIKET_ID, region_id
from agenda_desktop.core.services.indicator_types import (
    Comparison,
    IndicatorDetail,
    Series,
    SeriesPoint,
)
from agenda_desktop.core.services.reference import MunicipalityInfo

OWN = "own"
RIKET = "riket"
COUNTY = "county"
GROUP = "group"
CHOSEN = "chosen"


@dataclass(frozen=True)
class Line:
    """One line of the comparison over the years.

    Attributes:
        kind: ``own``, ``riket``, ``county``, ``group`` or ``chosen``.
        area_id: the municipality's id (the kommungrupp's code for ``group``).
        name: the area's name as Kolada has it (the kommungrupp's title for ``group``).
        points: the values per year, missing ones with their reason.
    """

    kind: str
    area_id: str
    name: str
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class IndicatorPageData:
    """One indicator for one municipality.

    Attributes:
        detail: the indicator itself (title, unit, direction, goals, target values).
        municipality: our municipality, or None before the profile is filled in.
        series: our municipality's values per gender (T, K, M).
        comparison: the latest year against Riket, the county and every kommun (totals).
        lines: the comparison over the years: our municipality first, then Riket, the
            county, the kommungrupp's average and the municipalities the user chose.
    """

    detail: IndicatorDetail
    municipality: MunicipalityInfo | None
    series: Series
    comparison: Comparison | None
    lines: tuple[Line, ...]


def _total(series: Series) -> tuple[SeriesPoint, ...]:
    return tuple(series.get("T", ()))


def load_page_data(
    services: Services,
    kpi_id: str,
    municipality_id: str | None,
    chosen: Sequence[str] = (),
    cancel: CancelToken | None = None,
) -> IndicatorPageData:
    """Read what the page shows for ``kpi_id``.

    Args:
        services: the open database's services.
        kpi_id: the indicator.
        municipality_id: our municipality; None shows Riket only.
        chosen: other municipalities to compare with.
        cancel: checked between the years, so a new selection stops an old read.

    Raises:
        NotFoundError: the indicator is gone (deleted by someone else).
        Cancelled: a newer selection replaced this one.
    """
    token = cancel or CancelToken()
    indicators = services.indicators
    detail = indicators.indicator(kpi_id)
    riket_name = services.reference.municipality(RIKET_ID).name
    riket = Line(RIKET, RIKET_ID, riket_name, _total(indicators.series(kpi_id, RIKET_ID)))
    if municipality_id is None:
        return IndicatorPageData(detail, None, {}, None, (riket,))
    municipality = services.reference.municipality(municipality_id)
    series = indicators.series(kpi_id, municipality_id)
    comparison = indicators.comparison(kpi_id, municipality_id)
    lines = [Line(OWN, municipality.id, municipality.name, _total(series)), riket]
    if municipality.county_code:
        county_id = region_id(municipality.county_code)
        name = comparison.county.name if comparison.county else municipality.county_name
        county_points = _total(indicators.series(kpi_id, county_id))
        lines.append(Line(COUNTY, county_id, name or county_id, county_points))
    if municipality.kommungrupp:
        lines.append(_group_line(services, kpi_id, municipality, comparison, token))
    for other in chosen:
        token.check()
        if other in (municipality.id, RIKET_ID):
            continue
        try:
            info = services.reference.municipality(other)
        except NotFoundError:
            continue  # a municipality id that left Kolada's list: nothing to draw
        lines.append(Line(CHOSEN, info.id, info.name, _total(indicators.series(kpi_id, other))))
    return IndicatorPageData(detail, municipality, series, comparison, tuple(lines))


def _group_line(
    services: Services,
    kpi_id: str,
    municipality: MunicipalityInfo,
    latest: Comparison,
    cancel: CancelToken,
) -> Line:
    """The kommungrupp's average for every year with a value for us, Riket or the county."""
    points: list[SeriesPoint] = []
    for period in latest.periods:
        cancel.check()
        found = (
            latest
            if period == latest.period
            else services.indicators.comparison(kpi_id, municipality.id, period)
        )
        value = found.group.value if found.group else None
        points.append(SeriesPoint(period, value, None))
    code = municipality.kommungrupp or ""
    # The GUI writes the label ("Kommungrupp C8, medel") in the user's language.
    return Line(GROUP, code, municipality.kommungrupp_title or code, tuple(points))
