"""Load the reference data into a database, and refresh it without touching user data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from agenda_desktop.core.reference import files
from agenda_desktop.core.store.models import (
    AppMeta,
    Goal,
    IndicatorSelection,
    IndicatorSelectionItem,
    Kpi,
    Municipality,
    Target,
)
from agenda_desktop.core.store.postgresql import wait_for_upgrade_lock

VERSION_KEY = "reference_version"
RKA_PRESET_KEY = "rka-agenda2030-2019"
RKA_PRESET_NAME = "RKA:s urval för Agenda 2030 (2019)"
CHUNK = 500


def upsert(
    session: Session, table: Table, rows: list[dict[str, Any]], keep: tuple[str, ...] = ()
) -> None:
    """Insert rows, or update every column of an existing row except its key and ``keep``."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    keys = [column.name for column in table.primary_key.columns]
    for start in range(0, len(rows), CHUNK):
        statement = insert(table)
        changed = {
            name: statement.excluded[name]
            for name in rows[0]
            if name not in keys and name not in keep
        }
        session.execute(
            statement.on_conflict_do_update(index_elements=keys, set_=changed),
            rows[start : start + CHUNK],
        )


def stored_version(session: Session) -> str | None:
    meta = session.get(AppMeta, VERSION_KEY)
    return meta.value if meta else None


def ensure_reference_data(session: Session, folder: Path | None = None) -> bool:
    """Load or refresh the reference data when the shipped files changed.

    Returns True when anything was written. User data — a target's Swedish short title,
    local indicators, the indicator selections once seeded — is never overwritten.
    """
    version = files.shipped_version(folder)
    wait_for_upgrade_lock(session)  # another officer may be loading it right now
    if stored_version(session) == version:
        return False
    upsert(session, Goal.__table__, files.goal_rows(folder))  # type: ignore[arg-type]
    upsert(session, Target.__table__, files.target_rows(folder))  # type: ignore[arg-type]
    upsert(session, Municipality.__table__, files.municipality_rows(folder))  # type: ignore[arg-type]
    kpis = files.kpi_rows(folder)
    upsert(session, Kpi.__table__, kpis)  # type: ignore[arg-type]
    shipped_ids = {row["id"] for row in kpis}
    stored_ids = set(session.scalars(select(Kpi.id).where(Kpi.is_local.is_(False))))
    retired = stored_ids - shipped_ids
    if retired:
        session.execute(update(Kpi).where(Kpi.id.in_(retired)).values(retired=True))
    seed_rka_selection(session, folder)
    session.merge(AppMeta(key=VERSION_KEY, value=version))
    session.flush()
    return True


def seed_rka_selection(session: Session, folder: Path | None = None) -> None:
    """Create RKA's Agenda 2030 selection once; later it belongs to the municipality."""
    exists = session.scalar(
        select(IndicatorSelection.id).where(IndicatorSelection.preset_key == RKA_PRESET_KEY)
    )
    if exists is not None:
        return
    selection = IndicatorSelection(
        name=RKA_PRESET_NAME,
        description=(
            "RKA:s urval av nyckeltal för Agenda 2030 för kommuner, 2019, som startpunkt. "
            "RKA reviderar listan varje år: ändra urvalet efter kommunens behov."
        ),
        preset_key=RKA_PRESET_KEY,
    )
    for position, row in enumerate(files.rka_selection_rows(folder), start=1):
        notes = []
        if row["status_in_2026_catalogue"] == "retired":
            notes.append("Finns inte längre i Koladas katalog.")
        if row["goal_mapping_evidence"] == "by-list-order":
            notes.append("Målet är härlett ur listans ordning.")
        selection.items.append(
            IndicatorSelectionItem(
                kpi_id=row["kpi_id"],
                goal_number=int(row["goal"]),
                position=position,
                note=" ".join(notes),
            )
        )
    session.add(selection)
