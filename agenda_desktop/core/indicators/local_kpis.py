"""Unknown KPIs of a file, and the user's confirmations that make them local indicators."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.indicators import template
from agenda_desktop.core.indicators.headers import normalise
from agenda_desktop.core.indicators.model import LocalKpi, UnknownKpi
from agenda_desktop.core.indicators.numbers import describe_cell
from agenda_desktop.core.indicators.reading import Workbook
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.reference.files import kpi_search_text
from agenda_desktop.core.services.indicator_rules import (
    KOLADA_ID,
    LOCAL_ID,
    clean_local_indicator,
    one_line,
)
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.core.store.models import Kpi


@dataclass(frozen=True)
class KpiDescription:
    """What a file's "Nyckeltal" sheet says about an indicator."""

    title: str = ""
    unit: str = ""
    description: str = ""
    higher_is_better: bool | None = None


def suggested_id(key: str) -> str:
    """The id an unknown KPI gets as a local indicator unless the user chooses another.

    An id that may be used as it is stays; a Kolada-like id (``N02904``, perhaps retired)
    gets ``L-`` in front, because Kolada's ids are reserved; a title gets ``LOKAL-`` and
    a short fingerprint, the same every time the file is read.
    """
    text = key.strip()
    if LOCAL_ID.match(text) and not KOLADA_ID.match(text):
        return text
    if KOLADA_ID.match(text):
        return f"L-{text}"
    return "LOKAL-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6].upper()


def read_descriptions(workbook: Workbook, reading: str) -> dict[str, KpiDescription]:
    """The template's "Nyckeltal" sheet, when the file has one beside the sheet read."""
    if template.KPI_SHEET not in workbook.sheet_names or reading == template.KPI_SHEET:
        return {}
    rows = workbook.read(template.KPI_SHEET).rows
    header: dict[str, int] = {}
    found: dict[str, KpiDescription] = {}
    for _number, cells in rows:
        if not header:
            header = {normalise(cell): index for index, cell in enumerate(cells)}
            continue
        key = _cell(header, cells, template.KPI_COL_ID)
        if key:
            better = _cell(header, cells, template.KPI_COL_HIGHER_IS_BETTER).casefold()
            found[key] = KpiDescription(
                _cell(header, cells, template.KPI_COL_TITLE),
                _cell(header, cells, template.KPI_COL_UNIT),
                _cell(header, cells, template.KPI_COL_DESCRIPTION),
                True
                if better == template.YES.casefold()
                else False
                if better == template.NO.casefold()
                else None,
            )
    return found


def _cell(header: dict[str, int], cells: list[object], name: str) -> str:
    index = header.get(normalise(name), -1)
    return describe_cell(cells[index]).strip() if 0 <= index < len(cells) else ""


def unknown_kpis(
    first_rows: Mapping[str, int],
    counts: Mapping[str, int],
    titles: Mapping[str, str],
    descriptions: Mapping[str, KpiDescription],
) -> tuple[UnknownKpi, ...]:
    """The unknown KPIs of a file, with suggestions from its title column or KPI sheet."""
    unknown = []
    for key, first_row in first_rows.items():
        described = descriptions.get(key, KpiDescription())
        unknown.append(
            UnknownKpi(
                key,
                suggested_id(key),
                described.title or titles.get(key, "") or ("" if LOCAL_ID.match(key) else key),
                described.unit,
                counts.get(key, 1),
                first_row,
            )
        )
    return tuple(unknown)


def confirmed_ids(
    confirmations: Iterable[LocalKpi], catalogue: Catalogue
) -> tuple[dict[str, str], list[str]]:
    """Check the user's confirmations.

    Returns:
        (file text -> local KPI id for the valid ones, Swedish problems for the others).
    """
    ids: dict[str, str] = {}
    problems: list[str] = []
    for confirmation in confirmations:
        try:
            clean = clean_confirmation(confirmation)
        except ValidationError as error:
            problems.append(f"Det lokala nyckeltalet ”{confirmation.key}”: {error}")
            continue
        if clean.id.casefold() in catalogue.kpi_ids:
            problems.append(
                f"Det lokala nyckeltalet ”{confirmation.key}”: id:t ”{clean.id}” används redan "
                "av ett annat nyckeltal. Välj ett annat id."
            )
            continue
        ids[confirmation.key.strip()] = clean.id
    return ids, problems


def clean_confirmation(confirmation: LocalKpi) -> LocalIndicatorData:
    """The confirmation as checked local-indicator data; ValidationError when it is not."""
    if not one_line(confirmation.unit):
        raise ValidationError("Enhet", "ange nyckeltalets enhet, t.ex. ”%” eller ”antal”.")
    return clean_local_indicator(
        LocalIndicatorData(
            id=confirmation.kpi_id.strip() or suggested_id(confirmation.key),
            title=confirmation.title,
            description=confirmation.description,
            unit=confirmation.unit,
            higher_is_better=confirmation.higher_is_better,
        )
    )


def create_local_kpis(
    session: Session,
    confirmations: Iterable[LocalKpi],
    used: Iterable[str],
    source: str,
    gender_split: Iterable[str] = (),
) -> tuple[str, ...]:
    """Create the confirmed local indicators that the file's values use.

    Args:
        session: the import's unit of work.
        confirmations: the user's confirmations.
        used: the KPI ids the file's values use.
        source: the file's name, recorded as the indicator's source.
        gender_split: ids whose values in the file are split by gender.
    """
    split = set(gender_split)
    wanted = set(used)
    created = []
    for confirmation in confirmations:
        clean = clean_confirmation(confirmation)
        if clean.id not in wanted or session.get(Kpi, clean.id) is not None:
            continue
        session.add(
            Kpi(
                id=clean.id,
                title=clean.title,
                description=clean.description,
                gender_split=clean.id in split,
                municipality_type="K",
                is_local=True,
                retired=False,
                unit=clean.unit,
                source=clean.source or f"Importerad från {source}"[:200],
                higher_is_better=clean.higher_is_better,
                search_text=kpi_search_text(clean.id, clean.title, clean.description),
            )
        )
        created.append(clean.id)
    session.flush()
    return tuple(created)
