"""Invented indicator values for the demo database (Exempelkommun).

The municipalities are real (Exempelkommun's county region, Riket and every kommun of its
kommungrupp, C8), the figures are not: they are drawn from a seeded random generator around
plausible national levels, so every demo build is the same. Written with bulk inserts of
plain rows, never one ORM object per value.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from agenda_desktop.core.demo_indicator_data import (
    DEMO_LOADED_AT,
    DEMO_SOURCE,
    EDITED,
    EDITED_AT,
    EDITED_FILE,
    LOCAL_INDICATORS,
    MISSING,
    PROFILES,
    RIKET_ID,
    SEED,
    TARGET_LINKS,
    TARGET_NOTE,
    TARGETS,
    YEARS,
    Profile,
)
from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.core.services.indicators import IndicatorService
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Base,
    IndicatorSelection,
    IndicatorSelectionItem,
    Kpi,
    KpiGoalLink,
    KpiTargetValue,
    KpiValue,
    KpiValueChange,
    Municipality,
)
from agenda_desktop.core.store.models.indicators import CHANGE_COLUMNS, VALUE_COLUMNS

Key = tuple[str, str, int, str]  # kpi, municipality, year, gender


def _values_for(
    kpi_id: str, profile: Profile, areas: list[str], split: bool, rng: random.Random
) -> dict[Key, float]:
    """Invented values: each area keeps its own level around Riket's, with a drift and noise."""
    low = -math.inf if profile.floor is None else profile.floor
    high = math.inf if profile.ceiling is None else profile.ceiling
    noise = abs(profile.level) * 0.015
    values: dict[Key, float] = {}
    for area in areas:
        factor = 1.0 if area == RIKET_ID else max(rng.gauss(1.0, profile.spread), 0.05)
        level = profile.level * factor
        for index, year in enumerate(YEARS):
            total = min(high, max(low, level + profile.drift * index + rng.gauss(0.0, noise)))
            values[(kpi_id, area, year, "T")] = round(total, profile.decimals)
            if split:
                half = profile.gap / 2 * rng.uniform(0.7, 1.3)
                women = min(high, max(low, total + half + rng.gauss(0.0, noise)))
                men = min(high, max(low, total - half + rng.gauss(0.0, noise)))
                values[(kpi_id, area, year, "K")] = round(women, profile.decimals)
                values[(kpi_id, area, year, "M")] = round(men, profile.decimals)
    return values


def _demo_kpis(session: Session) -> dict[str, tuple[int, bool, str]]:
    """RKA's selection's indicators present in the catalogue (and described in
    PROFILES, should a newer catalogue bring others): id -> (goal, split, type)."""
    rows = session.execute(
        select(IndicatorSelectionItem.kpi_id, IndicatorSelectionItem.goal_number)
        .join(IndicatorSelection)
        .where(IndicatorSelection.preset_key == RKA_PRESET_KEY)
        .order_by(IndicatorSelectionItem.position)
    ).all()
    goals = dict(rows)
    kpis = session.execute(
        select(Kpi.id, Kpi.gender_split, Kpi.municipality_type).where(
            Kpi.id.in_(set(goals) & set(PROFILES)), Kpi.retired.is_(False)
        )
    ).all()
    return {kpi_id: (goals[kpi_id], split, kind) for kpi_id, split, kind in kpis}


def _add_local_indicators(database: Database) -> None:
    """The municipality's own indicators, created as a user would: through the service."""
    service = IndicatorService(database)
    for local in LOCAL_INDICATORS:
        service.create_local_indicator(
            LocalIndicatorData(
                id=local.id,
                title=local.title,
                description=local.description,
                unit=local.unit,
                source=local.source,
                higher_is_better=local.profile.higher_is_better,
                gender_split=local.gender_split,
            )
        )


def _value_rows(
    values: dict[Key, float], own: str
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The value rows, some turned into missing marks and some into the result of an
    edited import, and the history rows of those edits."""
    missing = {(k, m.format(own=own), y, g): reason for (k, m, y, g), reason in MISSING.items()}
    edited = {(k, own, y, g): old for k, y, g, old in EDITED}
    rows: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    for key, value in values.items():
        reason = missing.get(key)
        if reason is not None:
            rows.append((*key, None, reason, None, None, DEMO_SOURCE, DEMO_LOADED_AT))
        elif key in edited:
            old = edited[key]
            decimals = PROFILES[key[0]].decimals
            old_value, old_reason = (
                (None, old) if isinstance(old, str) else (round(value * old, decimals), None)
            )
            rows.append((*key, value, None, None, None, EDITED_FILE, EDITED_AT))
            history.append((*key, old_value, old_reason, value, None, EDITED_FILE, EDITED_AT))
        else:
            rows.append((*key, value, None, None, None, DEMO_SOURCE, DEMO_LOADED_AT))
    return rows, history


def bulk_insert(
    session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert plain tuples with one driver ``executemany``: the fast path for many rows.

    Values pass through the columns' own bind processing (dates on SQLite), so they read
    back exactly as if the ORM had written them.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle not in ("qmark", "format", "pyformat"):
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    processors = {
        index: processor
        for index, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        is not None
    }
    if processors:
        rows = [
            tuple(
                processors[i](v) if i in processors and v is not None else v
                for i, v in enumerate(row)
            )
            for row in rows
        ]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    connection.exec_driver_sql(statement, rows)


def populate_indicators(database: Database, municipality_id: str) -> int:
    """Write the demo's indicators, then its values, goal links and target values.

    Args:
        database: A new database holding the demo municipality.
        municipality_id: The demo municipality (its county region, Riket and its
            kommungrupp's kommuner get values too).

    Returns:
        The number of values written.
    """
    rng = random.Random(SEED)
    _add_local_indicators(database)
    with database.unit_of_work() as session:
        own = session.get(Municipality, municipality_id)
        if own is None or not own.county_code or not own.kommungrupp:
            raise ValueError(f"the demo municipality {municipality_id} is not in the database")
        group = sorted(
            session.scalars(
                select(Municipality.id).where(
                    Municipality.kind == "kommun", Municipality.kommungrupp == own.kommungrupp
                )
            )
        )
        region = f"00{own.county_code}"
        kpis = _demo_kpis(session)
        values: dict[Key, float] = {}
        for kpi_id in sorted(kpis):
            _goal, split, kind = kpis[kpi_id]
            areas = [RIKET_ID, region] if kind == "L" else [RIKET_ID, region, *group]
            values |= _values_for(kpi_id, PROFILES[kpi_id], areas, split, rng)
        for local in LOCAL_INDICATORS:
            values |= _values_for(
                local.id, local.profile, [municipality_id], local.gender_split, rng
            )
        rows, history = _value_rows(values, municipality_id)
        tables = Base.metadata.tables
        bulk_insert(session, tables[KpiValue.__tablename__], VALUE_COLUMNS, rows)
        bulk_insert(session, tables[KpiValueChange.__tablename__], CHANGE_COLUMNS, history)
        kpi_table = Base.metadata.tables[Kpi.__tablename__]
        session.execute(
            update(kpi_table)
            .where(kpi_table.c.id == bindparam("kpi_id"))
            .values(higher_is_better=bindparam("better")),
            [{"kpi_id": kpi_id, "better": PROFILES[kpi_id].higher_is_better} for kpi_id in kpis],
        )
        goal_of = {kpi_id: goal for kpi_id, (goal, _split, _kind) in kpis.items()}
        goal_of.update({local.id: local.goal for local in LOCAL_INDICATORS})
        links = [{"kpi_id": k, "goal_number": g, "target_code": None} for k, g in goal_of.items()]
        links += [
            {"kpi_id": k, "goal_number": g, "target_code": t}
            for k, g, t in TARGET_LINKS
            if k in goal_of
        ]
        session.execute(insert(KpiGoalLink), links)
        session.execute(
            insert(KpiTargetValue),
            [
                {"kpi_id": k, "gender": g, "year": y, "value": v, "note": TARGET_NOTE}
                for k, g, y, v in TARGETS
                if k in goal_of
            ],
        )
        return len(rows)
