"""How the change log holds and shows values: a stored value as JSON can hold it, as the
user reads it (a name for a code or a referenced record), and a record's short name."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, inspect
from sqlalchemy.orm import Session

from agenda_desktop.core.networks.financing_money import format_money
from agenda_desktop.core.steering.vocabulary import FOLLOW_UP_KINDS
from agenda_desktop.core.store import change_labels as labels
from agenda_desktop.core.store.models import Base, LoggedChild
from agenda_desktop.core.store.record_versions import record_key

TEXT_LIMIT = 300


def key_of(obj: Any) -> tuple[str, str]:
    """The record's table and key; a new record's key is read from its columns, since its
    identity is set only once the flush has ended."""
    state = inspect(obj)
    identity = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    return obj.__tablename__, record_key(identity)


def raw_value(value: Any) -> Any:
    """A value as JSON can hold it."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    return str(value)


def record_label(obj: Any) -> str:
    """A short name of a record for the log ("Kommunstyrelsen", "§ 12 Budget 2027")."""
    values = inspect(obj).dict
    table = obj.__tablename__
    text = next(
        (str(values[name]) for name in labels.LABEL_FIELDS if values.get(name)),
        "",
    )
    if table in labels.GOAL_NAMED:
        if values.get("target_code"):
            text = f"Delmål {values['target_code']}"
        elif values.get("goal_number"):
            text = f"Mål {values['goal_number']}"
    if table == "cycle_step" and values.get("step"):
        text = f"Steg {values['step']}"
    elif table == "meeting" and values.get("held_on"):
        text = str(values["held_on"])  # shown as "Möte: 2026-06-16"
    elif table == "follow_up" and values.get("year"):
        kind = FOLLOW_UP_KINDS.get(str(values.get("kind")), "Uppföljning")
        text = f"{kind} {values['year']}"
    if table == "agenda_item" and values.get("paragraph_number"):
        text = f"§ {values['paragraph_number']} {text}"
    if not text and isinstance(obj, LoggedChild):
        text = labels.record_kind(table)  # a part: its kind, the changes say which one
    elif not text:
        text = f"{labels.record_kind(table)} {key_of(obj)[1]}"
    return text if len(text) <= 80 else text[:79] + "…"


def local_time(utc: datetime) -> datetime:
    """A stored UTC time as this computer's local time (naive)."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@functools.cache
def mapped_classes() -> dict[str, Any]:
    """Each table's mapped class, by table name."""
    return {
        mapper.local_table.name: mapper.class_
        for mapper in Base.registry.mappers
        if hasattr(mapper.local_table, "name")
    }


class ValueTexts:
    """A raw value as the user reads it: a name for a code or a referenced record."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._classes = mapped_classes()
        self._labels: dict[tuple[str, Any], str] = {}

    def class_of(self, table: str) -> Any:
        return self._classes.get(table)

    def text(self, table: str, column: str, raw: Any) -> str:
        if raw is None or raw == "":
            return "–"
        if (table, column) in labels.MONEY_FIELDS and isinstance(raw, int):
            return format_money(raw)
        if (table, column) in labels.KRONOR_FIELDS and isinstance(raw, int | float):
            return f"{raw:,.0f}".replace(",", " ") + " kr"
        if (table, column) in labels.BOOLEAN_NAMES and isinstance(raw, bool):
            yes, no = labels.BOOLEAN_NAMES[table, column]
            return yes if raw else no
        names = labels.VALUE_NAMES.get((table, column))
        if names is not None and raw in names:
            return names[raw]
        if isinstance(raw, bool):
            return "Ja" if raw else "Nej"
        target = self._referenced_table(table, column)
        if target is not None:
            return self._label_of(target, raw)
        text = str(raw)
        if isinstance(raw, str) and len(text) == 19 and text[10] == "T":
            text = text[:16].replace("T", " ")  # an ISO date and time, to the minute
        return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"

    def _referenced_table(self, table: str, column: str) -> str | None:
        cls = self._classes.get(table)
        if cls is None or column not in cls.__table__.c:
            return None
        found: Column[Any] = cls.__table__.c[column]
        for foreign_key in found.foreign_keys:
            return str(foreign_key.column.table.name)
        return None

    def _label_of(self, table: str, raw: Any) -> str:
        if (table, raw) not in self._labels:
            cls = self._classes.get(table)
            with self._session.no_autoflush:
                obj = self._session.get(cls, raw) if cls is not None else None
            if obj is None:
                self._labels[table, raw] = f"{labels.record_kind(table)} {raw} (borttagen)"
            elif table == "goal":
                self._labels[table, raw] = f"Mål {raw}"
            elif table == "target":
                self._labels[table, raw] = f"Delmål {raw}"
            else:
                self._labels[table, raw] = record_label(obj)
        return self._labels[table, raw]
