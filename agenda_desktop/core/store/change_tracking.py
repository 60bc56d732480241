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

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from agenda_desktop.core.store import change_labels as labels
from agenda_desktop.core.store.change_conflicts import check_expectation
from agenda_desktop.core.store.change_labels import PART_CHANGED, PART_PREFIX
from agenda_desktop.core.store.change_values import (
    ValueTexts,
    key_of,
    raw_value,
    record_label,
)
from agenda_desktop.core.store.models import ChangeLogEntry, LoggedChild, Versioned
from agenda_desktop.core.store.record_versions import EXPECTED_KEY, Expectation

PENDING_KEY = "agenda_pending_changes"
REDACT_KEY = "agenda_redacted_words"
REDACTED = "(anonymiserad)"


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
            old = raw_value(history.deleted[0]) if history.deleted else None
            change.before.setdefault(attribute.key, old)
            change.after[attribute.key] = raw_value(history.added[0]) if history.added else None
    for obj in session.deleted:
        if not _tracked(obj):
            continue
        key = key_of(obj)
        if key in pending and pending[key].action == "skapad":
            del pending[key]  # created and removed in one action: nothing to log
            continue
        change = _pending(pending, obj, "borttagen")
        for name, value in _values(obj).items():
            change.before.setdefault(name, value)
        change.after = {}


def _pending(pending: dict[tuple[str, str], PendingChange], obj: Any, action: str) -> PendingChange:
    key = key_of(obj)
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
        value = raw_value(state.dict[attribute.key])
        if value not in (None, ""):
            values[attribute.key] = value
    return values


# -- finishing a unit of work --------------------------------------------------------------


def finish(session: Session, actor: str) -> None:
    """Check the edits against their versions, then write the change log."""
    session.flush()
    pending: dict[tuple[str, str], PendingChange] = session.info.pop(PENDING_KEY, {})
    expectations: dict[tuple[str, str], Expectation] = session.info.pop(EXPECTED_KEY, {})
    if not pending and not expectations:
        session.info.pop(REDACT_KEY, None)
        return  # a unit of work that only read: nothing to check or log
    texts = ValueTexts(session)
    _touch_records_of_parts(session, texts, pending)
    for key, expectation in expectations.items():
        if expectation.expected.number != expectation.loaded:
            check_expectation(session, texts, key, expectation, pending.get(key))
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
    session: Session, texts: ValueTexts, pending: dict[tuple[str, str], PendingChange]
) -> None:
    """A changed part (a clause, a link, evidence) changes its record: the record's
    version goes up once, and its log entry names the kind of part that changed
    (``del:<table>``), so two officers changing the same record's parts meet in a
    conflict like any other field."""
    touched: dict[tuple[str, str], tuple[Any, set[str]]] = {}
    for change in list(pending.values()):
        if not isinstance(change.obj, LoggedChild) or not change.changed():
            continue
        parent_table, value = _parent_of(change.obj)
        if value is not None:
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


def _parent_of(part: LoggedChild) -> tuple[str, Any]:
    """The table and key of the record a part belongs to (the key None if unset)."""
    column = part.__table__.c[part.change_log_parent]  # type: ignore[attr-defined]
    table = next(iter(column.foreign_keys)).column.table.name
    return table, inspect(part).dict.get(part.change_log_parent)


def _log_row(texts: ValueTexts, change: PendingChange, actor: str) -> dict[str, Any] | None:
    changed = change.changed()
    if change.action == "andrad" and not changed:
        return None
    obj = change.obj
    parent_table = parent_key = None
    if isinstance(obj, LoggedChild):
        parent_table, value = _parent_of(obj)
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


# -- personal data --------------------------------------------------------------------------


def redact(session: Session, words: Iterable[str]) -> None:
    """Replace ``words`` (a person's name and e-mail address) in the whole change log with
    "(anonymiserad)": in the rows logged before, and in those this transaction will log."""
    chosen = {word.strip() for word in words if len(word.strip()) >= 3}
    if not chosen:
        return
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
    for row in session.scalars(select(ChangeLogEntry).where(condition)):
        row.changes = _scrubbed(row.changes, chosen)
        row.record_label = _scrubbed(row.record_label, chosen)
        row.actor = _scrubbed(row.actor, chosen)


def _scrubbed(text: str, words: Collection[str]) -> str:
    """``text`` with every word replaced, case ignored (as the extract searches)."""
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(re.escape(word), REDACTED, text, flags=re.IGNORECASE)
    return text
