"""The conflict check: would this save overwrite what others saved since the user began
editing? Read from the change log; raises EditConflictError with both versions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.store import change_labels as labels
from agenda_desktop.core.store.change_labels import PART_PREFIX
from agenda_desktop.core.store.change_values import ValueTexts, local_time, raw_value
from agenda_desktop.core.store.models import ChangeLogEntry
from agenda_desktop.core.store.record_versions import (
    ConflictField,
    EditConflict,
    EditConflictError,
    Expectation,
)

if TYPE_CHECKING:
    from agenda_desktop.core.store.change_tracking import PendingChange


def check_expectation(
    session: Session,
    texts: ValueTexts,
    record: tuple[str, str],
    expectation: Expectation,
    change: PendingChange | None,
) -> None:
    """Raise EditConflictError when this save (``change``) of ``record`` (table, key)
    would overwrite what others saved since the user began editing
    (``expectation.expected.number``)."""
    mine = change.changed() if change is not None else {}
    if change is None or not mine:
        return  # this save changes nothing of the record itself
    row = expectation.row
    table, key = record
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
        saved = mine[name][0] if name in mine else raw_value(getattr(row, name))
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
            record_label=change.label,
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
