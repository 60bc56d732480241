"""Collect what each unit of work changes, check edits against their versions, and write
the change log: one row per record changed by the user action, with who, when and what.

``install`` hooks two session events: before a flush, the fields a user chose to keep as
saved (after a conflict) are set back; after a flush, each changed ``Versioned`` record or
``LoggedChild`` part is added to the transaction's pending changes (first value before,
last value after). ``finish`` runs when the unit of work's block has ended, before the
commit: it raises ``EditConflictError`` when an edit would overwrite what someone else
saved since the user began editing, and otherwise writes the change log.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, event, insert, inspect, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from agenda_desktop.core.steering.vocabulary import FOLLOW_UP_KINDS
from agenda_desktop.core.store import change_labels as labels
from agenda_desktop.core.store.models import Base, ChangeLogEntry, LoggedChild, Versioned
from agenda_desktop.core.store.record_versions import (
    EXPECTED_KEY,
    ConflictField,
    EditConflict,
    EditConflictError,
    Expectation,
    record_key,
)

PENDING_KEY = "agenda_pending_changes"
REDACT_KEY = "agenda_redacted_words"
PART_PREFIX = "del:"  # a pseudo-field: a kind of part of the record changed
PART_CHANGED = "ändrade"
REDACTED = "(anonymiserad)"
ACTOR_KEY = "agenda_actor"
TEXT_LIMIT = 300


@dataclass
class PendingChange:
    obj: Any
    table: str
    key: str
    action: str  # skapad, andrad, borttagen
    before: dict[str, Any] = field(default_factory=dict)  # column → raw value before
    after: dict[str, Any] = field(default_factory=dict)  # column → raw value after
    label: str = ""

    def changed(self) -> dict[str, tuple[Any, Any]]:
        columns = self.after.keys() | self.before.keys()
        return {
            name: (self.before.get(name), self.after.get(name))
            for name in sorted(columns)
            if self.before.get(name) != self.after.get(name)
        }


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _keep_saved_fields)
    event.listen(sessions, "after_flush", _collect)


def _tracked(obj: Any) -> bool:
    return isinstance(obj, Versioned | LoggedChild)


def _keep_saved_fields(session: Session, _context: Any, _instances: Any) -> None:
    for expectation in session.info.get(EXPECTED_KEY, {}).values():
        row = expectation.row
        if not expectation.expected.keep_saved or row not in session.dirty:
            continue
        state = inspect(row)
        for name in expectation.expected.keep_saved:
            if name in state.attrs and (saved := state.attrs[name].history.deleted):
                setattr(row, name, saved[0])


def _collect(session: Session, _context: Any) -> None:
    pending: dict[tuple[str, str], PendingChange] = session.info.setdefault(PENDING_KEY, {})
    for obj in session.new:
        if _tracked(obj):
            change = _pending(pending, obj, "skapad")
            change.after.update(_values(obj))
    for obj in session.dirty:
        if not _tracked(obj) or not session.is_modified(obj, include_collections=False):
            continue
        change = _pending(pending, obj, "andrad")
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:
            if attribute.key in labels.HIDDEN_FIELDS:
                continue
            history = state.attrs[attribute.key].history
            if not history.has_changes():
                continue
            old = _raw(history.deleted[0]) if history.deleted else None
            change.before.setdefault(attribute.key, old)
            change.after[attribute.key] = _raw(history.added[0]) if history.added else None
    for obj in session.deleted:
        if not _tracked(obj):
            continue
        key = _key_of(obj)
        if key in pending and pending[key].action == "skapad":
            del pending[key]  # created and removed in one action: nothing to log
            continue
        change = _pending(pending, obj, "borttagen")
        for name, value in _values(obj).items():
            change.before.setdefault(name, value)
        change.after = {}


def _key_of(obj: Any) -> tuple[str, str]:
    """The record's table and key; a new record's key is read from its columns, since its
    identity is set only once the flush has ended."""
    state = inspect(obj)
    identity = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    return obj.__tablename__, record_key(identity)


def _pending(pending: dict[tuple[str, str], PendingChange], obj: Any, action: str) -> PendingChange:
    key = _key_of(obj)
    change = pending.get(key)
    if change is None:
        change = pending[key] = PendingChange(obj, key[0], key[1], action)
    elif action == "borttagen":
        change.action = action
    if not change.label:
        change.label = record_label(obj)
    return change


def _values(obj: Any) -> dict[str, Any]:
    """The shown columns' stored values (only what is loaded: never a lazy load)."""
    state = inspect(obj)
    values = {}
    for attribute in state.mapper.column_attrs:
        if attribute.key in labels.HIDDEN_FIELDS or attribute.key not in state.dict:
            continue
        value = _raw(state.dict[attribute.key])
        if value not in (None, ""):
            values[attribute.key] = value
    return values


def _raw(value: Any) -> Any:
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
        text = f"{labels.record_kind(table)} {_key_of(obj)[1]}"
    return text if len(text) <= 80 else text[:79] + "…"


# -- finishing a unit of work --------------------------------------------------------------


def finish(session: Session, actor: str) -> None:
    """Check the edits against their versions, then write the change log."""
    session.flush()
    pending: dict[tuple[str, str], PendingChange] = session.info.pop(PENDING_KEY, {})
    expectations: dict[tuple[str, str], Expectation] = session.info.pop(EXPECTED_KEY, {})
    if not pending and not expectations:
        session.info.pop(REDACT_KEY, None)
        return  # a unit of work that only read: nothing to check or log
    texts = _ValueTexts(session)
    _touch_records_of_parts(session, texts, pending)
    for key, expectation in expectations.items():
        if expectation.expected.number != expectation.loaded:
            _check(session, texts, expectation, pending.get(key))
    rows = [
        row for change in pending.values() if (row := _log_row(texts, change, actor)) is not None
    ]
    words = session.info.pop(REDACT_KEY, set())
    for row in rows:
        for column in ("changes", "record_label", "actor"):
            row[column] = _scrubbed(row[column], words)
    if rows:
        session.execute(insert(ChangeLogEntry), rows)


def _touch_records_of_parts(
    session: Session, texts: _ValueTexts, pending: dict[tuple[str, str], PendingChange]
) -> None:
    """A changed part (a clause, a link, evidence) changes its record: the record's
    version goes up once, and its log entry names the kind of part that changed
    (``del:<table>``), so two officers changing the same record's parts meet in a
    conflict like any other field."""
    touched: dict[tuple[str, str], tuple[Any, set[str]]] = {}
    for change in list(pending.values()):
        obj = change.obj
        if not isinstance(obj, LoggedChild) or not change.changed():
            continue
        column = obj.__table__.c[obj.change_log_parent]  # type: ignore[attr-defined]
        parent_table = next(iter(column.foreign_keys)).column.table.name
        value = inspect(obj).dict.get(obj.change_log_parent)
        if value is None:
            continue
        touched.setdefault((parent_table, str(value)), (value, set()))[1].add(change.table)
    for (table, key), (value, parts) in touched.items():
        cls = texts.class_of(table)
        record = pending.get((table, key))
        if cls is None or not issubclass(cls, Versioned):
            continue
        if record is not None and record.action != "andrad":
            continue  # created or removed in this action: that says it all
        if record is None:
            row = session.get(cls, value)
            if row is None:
                continue
            version = row.version + 1
            session.execute(
                update(cls.__table__).where(cls.__table__.c.id == value).values(version=version)
            )
            set_committed_value(row, "version", version)
            record = pending[(table, key)] = PendingChange(
                row, table, key, "andrad", label=record_label(row)
            )
        for part in parts:
            record.before.setdefault(f"{PART_PREFIX}{part}", "")
            record.after[f"{PART_PREFIX}{part}"] = PART_CHANGED


def _log_row(texts: _ValueTexts, change: PendingChange, actor: str) -> dict[str, Any] | None:
    changed = change.changed()
    if change.action == "andrad" and not changed:
        return None
    obj = change.obj
    parent_table = parent_key = None
    if isinstance(obj, LoggedChild):
        column = obj.__table__.c[obj.change_log_parent]  # type: ignore[attr-defined]
        parent_table = next(iter(column.foreign_keys)).column.table.name
        name = obj.change_log_parent
        value = change.before.get(name, change.after.get(name, inspect(obj).dict.get(name)))
        parent_key = None if value is None else str(value)
    entries = [
        {
            "field": name,
            "old": old,
            "new": new,
            "old_text": texts.text(change.table, name, old),
            "new_text": texts.text(change.table, name, new),
        }
        for name, (old, new) in changed.items()
    ]
    version = inspect(obj).dict.get("version") if isinstance(obj, Versioned) else None
    return {
        "occurred_at": datetime.now(UTC).replace(tzinfo=None),
        "actor": actor[:200],
        "table_name": change.table,
        "record_key": change.key,
        "parent_table": parent_table,
        "parent_key": parent_key,
        "action": change.action,
        "version": version,
        "record_label": change.label[:300],
        "changes": json.dumps(entries, ensure_ascii=False),
    }


def _check(
    session: Session,
    texts: _ValueTexts,
    expectation: Expectation,
    change: PendingChange | None,
) -> None:
    """Raise EditConflictError when this save would overwrite what others saved since
    the user began editing (``expectation.expected.number``)."""
    mine = change.changed() if change is not None else {}
    if not mine:
        return  # this save changes nothing of the record itself
    row = expectation.row
    table, key = row.__tablename__, record_key(inspect(row).identity)
    entries = list(
        session.scalars(
            select(ChangeLogEntry)
            .where(
                ChangeLogEntry.table_name == table,
                ChangeLogEntry.record_key == key,
                ChangeLogEntry.version > expectation.expected.number,
            )
            .order_by(ChangeLogEntry.id)
        )
    )
    actors = list(dict.fromkeys(entry.actor for entry in entries))
    began: dict[str, Any] = {}
    for entry in entries:
        for item in json.loads(entry.changes):
            began.setdefault(item["field"], item["old"])
    logged_versions = {entry.version for entry in entries}
    unknown = any(
        number not in logged_versions
        for number in range(expectation.expected.number + 1, expectation.loaded + 1)
    )
    theirs = set(began) | (set(mine) if unknown else set())
    if not theirs & set(mine):
        return  # nothing the others changed is touched by this save
    fields = []
    for name in sorted(set(mine) | theirs):
        if name.startswith(PART_PREFIX):  # a kind of part: no column to read
            fields.append(_part_conflict(table, name, name in mine, name in theirs, actors))
            continue
        saved = mine[name][0] if name in mine else _raw(getattr(row, name))
        mine_value = mine[name][1] if name in mine else saved
        began_known = name in began or not unknown
        began_value = began.get(name, saved)
        fields.append(
            ConflictField(
                field=name,
                label=labels.field_label(table, name),
                began_text=texts.text(table, name, began_value) if began_known else None,
                mine_text=texts.text(table, name, mine_value),
                saved_text=texts.text(table, name, saved),
                changed_by_me=mine_value != began_value if began_known else name in mine,
                changed_by_them=name in theirs,
            )
        )

    latest = entries[-1].occurred_at if entries else None
    raise EditConflictError(
        EditConflict(
            record_kind=labels.record_kind(table),
            record_label=change.label if change is not None else record_label(row),
            table=table,
            key=key,
            began_version=expectation.expected.number,
            saved_version=expectation.loaded,
            changed_by=" och ".join(actors),
            changed_at=local_time(latest) if latest else None,
            fields=tuple(fields),
        )
    )


def _part_conflict(
    table: str, name: str, by_me: bool, by_them: bool, actors: list[str]
) -> ConflictField:
    """A kind of part both changed (clauses, links): parts are saved as a whole, so the
    user's save replaces the others' — said plainly, never done silently."""
    who = " och ".join(actors) or "någon annan"
    return ConflictField(
        field=name,
        label=labels.field_label(table, name),
        began_text="",
        mine_text="Dina ändringar sparas" if by_me else "Oförändrade",
        saved_text=f"Ändrade av {who}; ersätts av dina" if by_me else f"Ändrade av {who}",
        changed_by_me=by_me,
        changed_by_them=by_them,
        can_keep_saved=False,
    )


def local_time(utc: datetime) -> datetime:
    """A stored UTC time as this computer's local time (naive)."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@functools.cache
def _mapped_classes() -> dict[str, Any]:
    """Each table's mapped class, by table name."""
    return {
        mapper.local_table.name: mapper.class_
        for mapper in Base.registry.mappers
        if hasattr(mapper.local_table, "name")
    }


class _ValueTexts:
    """A raw value as the user reads it: a name for a code or a referenced record."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._classes = _mapped_classes()
        self._labels: dict[tuple[str, Any], str] = {}

    def class_of(self, table: str) -> Any:
        return self._classes.get(table)

    def text(self, table: str, column: str, raw: Any) -> str:
        if raw is None or raw == "":
            return "–"
        if (table, column) in labels.MONEY_FIELDS and isinstance(raw, int):
            kronor = f"{raw / 100:,.2f}".replace(",", " ").replace(".", ",")
            return f"{kronor} kr"
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


# -- personal data --------------------------------------------------------------------------


def redact(session: Session, words: Iterable[str]) -> int:
    """Replace ``words`` (a person's name and e-mail address) in the whole change log with
    "(anonymiserad)": in the rows logged before, and in those this transaction will log.
    Returns the number of earlier rows changed."""
    chosen = {word.strip() for word in words if len(word.strip()) >= 3}
    if not chosen:
        return 0
    session.info.setdefault(REDACT_KEY, set()).update(chosen)
    condition = or_(
        *(
            or_(
                ChangeLogEntry.changes.icontains(word, autoescape=True),
                ChangeLogEntry.record_label.icontains(word, autoescape=True),
                ChangeLogEntry.actor.icontains(word, autoescape=True),
            )
            for word in chosen
        )
    )
    rows = list(session.scalars(select(ChangeLogEntry).where(condition)))
    for row in rows:
        row.changes = _scrubbed(row.changes, chosen)
        row.record_label = _scrubbed(row.record_label, chosen)
        row.actor = _scrubbed(row.actor, chosen)
    return len(rows)


def _scrubbed(text: str, words: Collection[str]) -> str:
    """``text`` with every word replaced, case ignored (as the extract searches)."""
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(re.escape(word), REDACTED, text, flags=re.IGNORECASE)
    return text
