"""The change log as the user reads it: a record's history, and the latest changes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select

from agenda_desktop.core.store import change_labels as labels
from agenda_desktop.core.store.change_labels import PART_PREFIX
from agenda_desktop.core.store.change_values import local_time
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import ChangeLogEntry
from agenda_desktop.core.store.models.change_log import CHANGE_ACTIONS


@dataclass(frozen=True)
class RecordRef:
    """Which record: its table and key, as the services' info names them."""

    table: str
    key: str

    @classmethod
    def of(cls, table: str, key: int | str) -> RecordRef:
        return cls(table, str(key))


@dataclass(frozen=True)
class FieldChange:
    label: str
    old_text: str
    new_text: str


@dataclass(frozen=True)
class ChangeInfo:
    changed_at: datetime  # local time
    actor: str
    action: str  # skapad, andrad, borttagen
    action_name: str  # "Ändrad"
    record_kind: str  # "Åtagande", or the part's kind ("Belägg")
    record_label: str
    version: int | None
    is_part: bool  # a part of the record (evidence, a clause), not the record itself
    changes: tuple[FieldChange, ...]

    @property
    def summary(self) -> str:
        """One line: "Klart senast: 2027-03-31 → 2027-06-30; Ansvarig: – → Anna Berg"."""
        return "; ".join(f"{c.label}: {c.old_text} → {c.new_text}" for c in self.changes)


class ChangeLogService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def history(self, record: RecordRef, limit: int = 500) -> tuple[ChangeInfo, ...]:
        """The record's changes and its parts' changes, newest first."""
        query = select(ChangeLogEntry).where(
            or_(
                (ChangeLogEntry.table_name == record.table)
                & (ChangeLogEntry.record_key == record.key),
                (ChangeLogEntry.parent_table == record.table)
                & (ChangeLogEntry.parent_key == record.key),
            )
        )
        return self._read(query, limit)

    def latest(
        self, limit: int = 500, actor: str | None = None, text: str = ""
    ) -> tuple[ChangeInfo, ...]:
        """The latest changes in the whole database, newest first; ``actor`` and a
        ``text`` in the record's name narrow them."""
        query = select(ChangeLogEntry)
        if actor:
            query = query.where(ChangeLogEntry.actor == actor)
        if text.strip():
            query = query.where(ChangeLogEntry.record_label.icontains(text.strip()))
        return self._read(query, limit)

    def actors(self) -> tuple[str, ...]:
        """Everyone the log names, for a filter."""
        with self._database.unit_of_work() as session:
            names = session.scalars(select(ChangeLogEntry.actor).distinct())
            return tuple(sorted(names, key=str.casefold))

    def _read(self, query: Select[ChangeLogEntry], limit: int) -> tuple[ChangeInfo, ...]:
        query = query.order_by(ChangeLogEntry.id.desc()).limit(limit)
        with self._database.unit_of_work() as session:
            changes = (change_info(entry) for entry in session.scalars(query))
            # A record whose parts changed is logged for its version; the parts' own
            # entries say what changed, so the record's bare entry is not shown.
            return tuple(c for c in changes if c.changes or c.action != "andrad")


def change_info(entry: ChangeLogEntry) -> ChangeInfo:
    """A stored log row as the user reads it (local time, Swedish names); the personal-data
    extract reads the log through this too."""
    changes = tuple(
        FieldChange(
            labels.field_label(entry.table_name, item["field"]),
            item["old_text"],
            item["new_text"],
        )
        for item in json.loads(entry.changes)
        if not item["field"].startswith(PART_PREFIX)
    )
    return ChangeInfo(
        changed_at=local_time(entry.occurred_at),
        actor=entry.actor,
        action=entry.action,
        action_name=CHANGE_ACTIONS[entry.action],
        record_kind=labels.record_kind(entry.table_name),
        record_label=entry.record_label,
        version=entry.version,
        is_part=entry.parent_table is not None,
        changes=changes,
    )
