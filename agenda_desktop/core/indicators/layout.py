"""Decide the layout of a sheet and plan how its rows become values.

A plan is a list of record specs. Each spec takes one value (and maybe a count and a
status) from a row: the KPI, municipality, year and gender come either from a column of
that row or from a constant (a year in the column's header, a "Riket" block, the KPI the
user chose …). A long sheet has one spec; a wide sheet has one per value column group.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from agenda_desktop.core.indicators import template
from agenda_desktop.core.indicators.headers import (
    COUNTRY,
    COUNTY,
    OWN_MUNICIPALITY,
    HeaderCell,
    HeaderGuess,
    normalise,
    signature,
)
from agenda_desktop.core.indicators.model import ColumnInfo, Field, Layout
from agenda_desktop.core.indicators.numbers import column_letter
from agenda_desktop.core.indicators.reading import Cell
from agenda_desktop.core.indicators.resolve import (
    COUNTRY_ID,
    GENDERS,
    Catalogue,
    gender_of,
    period_of,
)

KEY_FIELDS: Final = (Field.KPI, Field.MUNICIPALITY, Field.PERIOD, Field.GENDER)
_TEMPLATE_HEADER: Final = tuple(normalise(text) for text in template.VALUES_HEADER)


@dataclass(frozen=True)
class Source:
    """Where a key comes from: ``column`` >= 0 of the row, else the resolved ``constant``."""

    column: int = -1
    constant: str | int | None = None


@dataclass(frozen=True)
class RecordSpec:
    """How one value is taken from a row (column indexes are 0-based, -1 for none)."""

    kpi: Source
    municipality: Source
    period: Source
    gender: Source
    value: int
    count: int = -1
    status: int = -1
    missing: int = -1


@dataclass
class Plan:
    """How to read the data rows of a sheet."""

    layout: Layout
    header_row: int | None
    first_data_row: int
    columns: tuple[ColumnInfo, ...]
    specs: tuple[RecordSpec, ...] = ()
    kpi_title_column: int = -1
    needs_mapping: bool = False
    needs_kpi: bool = False
    needs_municipality: bool = False
    signature: str = ""
    notices: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (code, message)

    @property
    def value_columns(self) -> tuple[int, ...]:
        return tuple(sorted({spec.value for spec in self.specs}))

    @property
    def has_count(self) -> bool:
        return any(spec.count >= 0 for spec in self.specs)

    @property
    def has_status(self) -> bool:
        return any(spec.status >= 0 for spec in self.specs)


@dataclass(frozen=True)
class Choices:
    """What the user (or the file around the table) says about the whole sheet."""

    mapping: Mapping[int, Field]
    kpi: str | None  # resolved KPI id, or None
    municipality: str | None  # resolved municipality id, or None
    kpi_hint: str | None  # KPI id from a title line or the sheet name


def column_infos(
    cells: Sequence[HeaderCell], fields: Mapping[int, Field]
) -> tuple[ColumnInfo, ...]:
    infos = []
    for index, cell in enumerate(cells):
        chosen = fields.get(index)
        infos.append(
            ColumnInfo(
                index,
                column_letter(index),
                cell.text,
                chosen,
                None if chosen else cell.period,
                None if chosen else cell.gender,
                None if chosen else cell.area,
                None if chosen else cell.measure,
            )
        )
    return tuple(infos)


def make_plan(
    guess: HeaderGuess,
    choices: Choices,
    catalogue: Catalogue,
    data: Sequence[tuple[int, list[Cell]]],
) -> Plan:
    """Plan the reading of a sheet from its header, the user's choices and sample rows."""
    cells = guess.cells
    fields: dict[int, Field] = {
        index: cell.field for index, cell in enumerate(cells) if cell.field is not None
    }
    mapped = bool(choices.mapping)
    if mapped:
        fields = {index: value for index, value in choices.mapping.items() if value != Field.IGNORE}
    fields = _resolve_id_and_name(fields)
    plan = Plan(
        Layout.UNKNOWN,
        guess.row,
        guess.row + 1,
        column_infos(cells, fields),
        signature=signature(cells),
    )
    is_value = [
        index not in fields and cell.field is None and cell.has_dimension
        for index, cell in enumerate(cells)
    ]
    if not mapped and _first(fields, Field.VALUE) < 0 and any(is_value):
        _plan_wide(plan, cells, fields, is_value, choices, catalogue, data)
    else:
        _plan_long(plan, cells, fields, choices, mapped)
    return plan


def _first(fields: Mapping[int, Field], wanted: Field) -> int:
    return next((index for index, value in sorted(fields.items()) if value == wanted), -1)


def _resolve_id_and_name(fields: dict[int, Field]) -> dict[int, Field]:
    """ "Nyckeltal" or "Kommun" alone is the key column; beside an id column, only a name."""
    resolved = dict(fields)
    for key, name in ((Field.KPI, Field.KPI_TITLE), (Field.MUNICIPALITY, Field.MUNICIPALITY_NAME)):
        if _first(resolved, key) < 0:
            first_name = _first(resolved, name)
            if first_name >= 0:
                resolved[first_name] = key
    return resolved


def _constant(choice: str | None, hint: str | None = None) -> Source:
    chosen = choice or hint
    return Source(constant=chosen) if chosen else Source()


def _plan_long(
    plan: Plan,
    cells: Sequence[HeaderCell],
    fields: dict[int, Field],
    choices: Choices,
    mapped: bool,
) -> None:
    value = _first(fields, Field.VALUE)
    count = _first(fields, Field.COUNT)
    if value < 0 and count >= 0:
        value, count = count, -1  # "Kommun | År | Antal": the count is the value
    kpi = _first(fields, Field.KPI)
    municipality = _first(fields, Field.MUNICIPALITY)
    period = _first(fields, Field.PERIOD)
    if value < 0 or period < 0 or (kpi < 0 and municipality < 0):
        plan.needs_mapping = True
        plan.problems.append(
            ("needs_mapping", _needs_mapping_message(value, period, kpi, municipality))
        )
        return
    header = tuple(normalise(cell.text) for cell in cells[: len(_TEMPLATE_HEADER)])
    plan.layout = Layout.TEMPLATE if header == _TEMPLATE_HEADER and not mapped else Layout.LONG
    spec = RecordSpec(
        Source(kpi) if kpi >= 0 else _constant(choices.kpi, choices.kpi_hint),
        Source(municipality) if municipality >= 0 else _constant(choices.municipality),
        Source(period),
        Source(_first(fields, Field.GENDER))
        if Field.GENDER in fields.values()
        else Source(constant=0),
        value,
        count,
        _first(fields, Field.STATUS),
        _first(fields, Field.MISSING),
    )
    plan.kpi_title_column = _first(fields, Field.KPI_TITLE)
    _check_constants(plan, spec)
    plan.specs = (spec,)


def _needs_mapping_message(value: int, period: int, kpi: int, municipality: int) -> str:
    wanting = []
    if kpi < 0 and municipality < 0:
        wanting.append("nyckeltal eller kommun")
    if period < 0:
        wanting.append("år")
    if value < 0:
        wanting.append("värde")
    return (
        "Kolumnerna kunde inte tolkas: ingen kolumn för "
        + " och ".join(wanting)
        + " hittades. Koppla kolumnerna (nyckeltal, kommun, år, kön, värde), "
        "eller välj en annan rubrikrad."
    )


def _check_constants(plan: Plan, spec: RecordSpec) -> None:
    if spec.kpi.column < 0 and spec.kpi.constant is None and not plan.needs_kpi:
        plan.needs_kpi = True
        plan.problems.append(
            ("needs_kpi", "Bladet anger inte vilket nyckeltal värdena gäller. Välj nyckeltal.")
        )
    no_municipality = spec.municipality.column < 0 and spec.municipality.constant is None
    if no_municipality and not plan.needs_municipality:
        plan.needs_municipality = True
        plan.problems.append(
            ("needs_municipality", "Bladet anger inte vilken kommun värdena gäller. Välj kommun.")
        )
    if spec.period.column < 0 and spec.period.constant is None and not plan.needs_mapping:
        plan.needs_mapping = True
        plan.problems.append(
            ("needs_mapping", "Bladet anger inte vilket år värdena gäller. Koppla kolumnerna.")
        )


def _plan_wide(
    plan: Plan,
    cells: Sequence[HeaderCell],
    fields: dict[int, Field],
    is_value: list[bool],
    choices: Choices,
    catalogue: Catalogue,
    data: Sequence[tuple[int, list[Cell]]],
) -> None:
    plan.layout = Layout.WIDE
    first_value = is_value.index(True)
    roles = dict(fields)
    for index in range(first_value):
        if index not in roles:
            role = _role_by_content(index, data, catalogue)
            if role is not None and role not in roles.values():
                roles[index] = role
    plan.columns = column_infos(cells, roles)
    plan.kpi_title_column = _first(roles, Field.KPI_TITLE)
    groups: dict[tuple[int | None, str | None, str | None], dict[str, int]] = {}
    for index, cell in enumerate(cells):
        if not is_value[index]:
            continue
        group = groups.setdefault((cell.period, cell.gender, cell.area), {})
        group.setdefault(cell.measure or "plain", index)
    specs = []
    for (period, gender, area), measures in groups.items():
        value = measures.get("value", measures.get("plain", -1))
        count = measures.get("count", -1)
        if value < 0:
            value, count = count, -1
        specs.append(
            RecordSpec(
                _wide_source(roles, Field.KPI, None, choices.kpi or choices.kpi_hint),
                _wide_source(
                    roles,
                    Field.MUNICIPALITY,
                    _area(plan, area, choices, catalogue),
                    choices.municipality,
                ),
                _wide_source(roles, Field.PERIOD, period, None),
                _wide_source(
                    roles, Field.GENDER, None if gender is None else GENDERS.index(gender), 0
                ),
                value,
                count,
            )
        )
        if period is not None and any(
            cells[i].period_text for i in measures.values() if cells[i].period_text
        ):
            texts = sorted({cells[i].period_text or "" for i in measures.values()} - {""})
            plan.notices.append(
                f"Perioden {', '.join(texts)} i kolumnrubriken läses som året {period}."
            )
    for spec in specs:
        _check_constants(plan, spec)
    plan.specs = tuple(specs)


def _wide_source(
    roles: Mapping[int, Field], role: Field, dimension: str | int | None, fallback: str | int | None
) -> Source:
    if dimension is not None:
        return Source(constant=dimension)
    column = _first(roles, role)
    if column >= 0:
        return Source(column)
    return Source(constant=fallback) if fallback is not None else Source()


def _area(plan: Plan, area: str | None, choices: Choices, catalogue: Catalogue) -> str | None:
    """The municipality id a block means ("Kommunen", "Länet", "Riket" or a name's id)."""
    if area is None:
        return None
    if area == COUNTRY:
        return COUNTRY_ID
    if area in (OWN_MUNICIPALITY, COUNTY):
        if choices.municipality is None:
            return None
        if area == OWN_MUNICIPALITY:
            return choices.municipality
        region = catalogue.region_of(choices.municipality)
        if region is None:
            plan.problems.append(
                (
                    "no_county",
                    f"Blocket ”Länet” kan inte kopplas: kommunen {choices.municipality} har "
                    "inget län i kommunlistan.",
                )
            )
        return region
    return area


def _role_by_content(
    column: int, data: Sequence[tuple[int, list[Cell]]], catalogue: Catalogue
) -> Field | None:
    """Guess what an unlabelled key column of a wide sheet holds from its cells."""
    values = [cells[column] for _row, cells in data if column < len(cells)]
    values = [value for value in values if not (isinstance(value, str) and not value.strip())]
    if not values:
        return None
    tests: tuple[tuple[Field, Callable[[Cell], bool]], ...] = (
        (Field.MUNICIPALITY, lambda value: catalogue.municipality(value) is not None),
        (Field.KPI, lambda value: catalogue.kpi(value) is not None),
        (Field.GENDER, lambda value: isinstance(value, str) and gender_of(value) is not None),
        (Field.PERIOD, lambda value: period_of(value) is not None),
    )
    for role, test in tests:
        if sum(1 for value in values if test(value)) * 2 >= len(values):
            return role
    return None
