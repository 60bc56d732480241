"""The indicators of the Program: a table per insatsområde and the charts beside it.

Each målsättning gets at most one chart: its first indicator that has stored values for
the own municipality, drawn with its baseline and target value. The charts stand two
side by side so that a programme with fifteen målsättningar stays a readable document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from agenda_desktop.core.reports.charts import swedish_number
from agenda_desktop.core.reports.indicator_figures import (
    GENDER_NAMES,
    charts_two_by_two,
    target_chart,
)
from agenda_desktop.core.reports.registry import ReportContext
from agenda_desktop.core.reports.styles import plain
from agenda_desktop.core.services.programme_types import (
    FocusAreaInfo,
    ObjectiveIndicatorInfo,
    ObjectiveInfo,
)

FIRST_YEAR_SHOWN = 10  # the latest ten years of values: keep the x axis readable


@dataclass(frozen=True)
class ChartEntry:
    objective: ObjectiveInfo
    indicator: ObjectiveIndicatorInfo
    points: tuple[tuple[int, float], ...]


def indicator_name(indicator: ObjectiveIndicatorInfo) -> str:
    """The indicator's title, with the gender it is followed up for when not everyone."""
    name = indicator.kpi_title or indicator.kpi_id
    if indicator.gender in GENDER_NAMES:
        name = f"{name}, {GENDER_NAMES[indicator.gender]}"
    return name


def value_with_year(value: float | None, year: int | None) -> str:
    """“71,8 (2022)”, or “–” when the value is not given."""
    if value is None:
        return "–"
    text = swedish_number(value)
    return f"{text} ({year})" if year is not None else text


def indicator_table(context: ReportContext, area: FocusAreaInfo) -> list[Flowable]:
    """The table of the area's indicators: målsättning, nyckeltal, baseline and target."""
    s = context.styles
    rows: list[list[str | Flowable]] = []
    for objective in area.objectives:
        for indicator in objective.indicators:
            name = Paragraph(
                f"{plain(indicator_name(indicator))}"
                f' <font color="#555555" size="7.5">({plain(indicator.kpi_id)})</font>',
                s.cell,
            )
            rows.append(
                [
                    objective.label,
                    name,
                    indicator.unit or "–",
                    value_with_year(indicator.baseline_value, indicator.baseline_year),
                    value_with_year(indicator.target_value, indicator.target_year),
                ]
            )
    if not rows:
        return [s.note("Insatsområdets målsättningar har ännu inga nyckeltal.")]
    return [
        s.table(
            ["Mål", "Nyckeltal", "Enhet", "Utgångsvärde", "Målvärde"],
            rows,
            widths=[0.07, 0.45, 0.12, 0.18, 0.18],
            numeric=(3, 4),
            bold_first_column=True,
        )
    ]


def chart_entries(context: ReportContext, area: FocusAreaInfo) -> list[ChartEntry]:
    """For each målsättning, its first indicator with values for the own municipality."""
    municipality_id = context.profile.municipality_id
    entries: list[ChartEntry] = []
    for objective in area.objectives:
        for indicator in objective.indicators:
            series = context.services.indicators.series(indicator.kpi_id, municipality_id)
            points = tuple(
                (point.period, point.value)
                for point in series.get(indicator.gender) or series.get("T") or []
                if point.value is not None
            )
            if points:
                last = max(year for year, _ in points)
                shown = tuple(p for p in points if p[0] > last - FIRST_YEAR_SHOWN)
                entries.append(ChartEntry(objective, indicator, shown))
                break
    return entries


def indicator_charts(
    context: ReportContext, entries: Sequence[ChartEntry], first_number: int
) -> list[Flowable]:
    """The charts two by two, each with its numbered caption."""
    return charts_two_by_two(
        context,
        [
            (
                target_chart(context, entry.indicator, entry.points),
                f"Figur {first_number + offset}. Målsättning {entry.objective.label}: "
                f"{indicator_name(entry.indicator)}.",
            )
            for offset, entry in enumerate(entries)
        ],
    )
