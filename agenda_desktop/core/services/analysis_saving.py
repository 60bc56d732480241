"""Saving an edit of a goal's or a target's assessment, inside the analysis service's
transaction: only what changed is written, checked against the version the edit began
from (see :mod:`agenda_desktop.core.store.record_versions`).

An assessment is stored the first time it is saved, so an edit may begin from none
(version 0). When another officer has stored one since, the change log cannot tell what
the form began from; it began from the defaults, so this module compares with those:
the fields the user left as they were keep the saved values, the fields only the user
changed are saved, and the fields both changed to different values are a conflict for
the user to resolve (``EditConflictError``, as for any other edit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.steering.analysis_rules import AssessmentData, GoalAssessmentData
from agenda_desktop.core.store import change_labels as labels
from agenda_desktop.core.store.change_values import local_time
from agenda_desktop.core.store.models import ChangeLogEntry, GoalAssessment, TargetAssessment
from agenda_desktop.core.store.record_versions import (
    SIMULTANEOUS_MESSAGE,
    ConflictField,
    EditConflict,
    EditConflictError,
    ExpectedVersion,
    SimultaneousSaveError,
    expect_version,
)

ROLE_COLUMNS = {
    "democracy": "role_democracy",
    "community": "role_community",
    "welfare": "role_welfare",
    "employer": "role_employer",
}

AssessmentRow = GoalAssessment | TargetAssessment


def stored_values(data: AssessmentData) -> dict[str, object]:
    """The columns an assessment is stored in, as the user entered them."""
    values: dict[str, object] = {
        "assessment": data.assessment,
        "trend": data.trend,
        "radighet": data.radighet,
        "partners": data.partners,
        **{column: code in data.roles for code, column in ROLE_COLUMNS.items()},
        "group_differences": data.group_differences,
        "analysis": data.analysis,
    }
    if isinstance(data, GoalAssessmentData):
        values["should_work_on"] = data.should_work_on
    return values


DEFAULTS = stored_values(GoalAssessmentData())  # what a form shows before any is stored


def save_assessment(
    session: Session,
    row: AssessmentRow | None,
    new_row: Callable[[], AssessmentRow],
    data: AssessmentData,
    expected: ExpectedVersion | None,
    what: str,
) -> AssessmentRow:
    """Write ``data`` to ``row`` (to a ``new_row`` when none is stored) and flush.

    ``what`` names the assessment for the user ("mål 3", "delmål 3.4").

    Raises:
        EditConflictError: Someone else saved a field this edit changes too.
        NotFoundError: The assessment this edit began from has been removed.
        SimultaneousSaveError: Someone else stored the first assessment at the same time.
    """
    values = stored_values(data)
    if row is None:
        if expected is not None and expected.number > 0:
            raise NotFoundError(
                f"Bedömningen av {what} har tagits bort av någon annan medan du "
                "redigerade. Inget sparades."
            )
        row = new_row()
        session.add(row)
        _write(row, values, frozenset(), new=True)
        try:
            session.flush()
        except IntegrityError as error:  # the unique (cycle, goal or target) decided
            raise SimultaneousSaveError(SIMULTANEOUS_MESSAGE) from error
        return row
    keep: frozenset[str] = frozenset()
    if expected is not None and expected.number == 0:
        keep = _merge_with_first(session, row, values, what)
    elif expected is not None:
        expect_version(session, row, expected)
        keep = expected.keep_saved
    _write(row, values, keep, new=False)
    session.flush()
    return row


def _write(row: AssessmentRow, values: dict[str, object], keep: frozenset[str], new: bool) -> None:
    """Set the values that changed, except ``keep``; ``updated_at`` moves only when one
    does, so a save that changes nothing raises no version."""
    changed = {
        name: value
        for name, value in values.items()
        if name not in keep and (new or getattr(row, name) != value)
    }
    if not changed:
        return
    for name, value in changed.items():
        setattr(row, name, value)
    row.updated_at = datetime.now().replace(microsecond=0)


def _merge_with_first(
    session: Session, row: AssessmentRow, values: dict[str, object], what: str
) -> frozenset[str]:
    """The fields to keep as saved when the edit began before ``row`` was stored; raise
    EditConflictError when both changed a field from its default to different values."""
    mine = {name for name, value in values.items() if value != DEFAULTS[name]}
    theirs = {name for name in values if getattr(row, name) != DEFAULTS[name]}
    same = {name for name in mine & theirs if getattr(row, name) == values[name]}
    if mine & theirs - same:
        raise EditConflictError(_first_conflict(session, row, values, mine - same, theirs, what))
    return frozenset(set(values) - mine)


def _first_conflict(
    session: Session,
    row: AssessmentRow,
    values: dict[str, object],
    mine: set[str],
    theirs: set[str],
    what: str,
) -> EditConflict:
    table = row.__tablename__
    entries = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.table_name == table, ChangeLogEntry.record_key == str(row.id))
        .order_by(ChangeLogEntry.id)
    ).all()
    fields = tuple(
        ConflictField(
            field=name,
            label=labels.field_label(table, name),
            began_text=_text(table, name, DEFAULTS[name]),
            mine_text=_text(table, name, values[name]),
            saved_text=_text(table, name, getattr(row, name)),
            changed_by_me=name in mine,
            changed_by_them=name in theirs,
        )
        for name in values
        if name in mine | theirs
    )
    return EditConflict(
        record_kind=labels.record_kind(table),
        record_label=_title(what),
        table=table,
        key=str(row.id),
        began_version=0,
        saved_version=row.version,
        changed_by=" och ".join(dict.fromkeys(entry.actor for entry in entries)),
        changed_at=local_time(entries[-1].occurred_at) if entries else None,
        fields=fields,
    )


@contextmanager
def named_conflicts(what: str) -> Iterator[None]:
    """Name the assessment ("Mål 3") in a conflict found as the unit of work ends: the
    change log knows it only by the row's id."""
    try:
        yield
    except EditConflictError as error:
        conflict = replace(error.conflict, record_label=_title(what))
        raise EditConflictError(conflict) from error


def _title(what: str) -> str:
    return what[:1].upper() + what[1:]


def _text(table: str, column: str, value: object) -> str:
    """A stored value as the conflict dialog shows it (as the change log would)."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    return labels.VALUE_NAMES.get((table, column), {}).get(str(value), str(value))
