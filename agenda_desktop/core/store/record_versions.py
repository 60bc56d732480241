"""Versions of editable records, and the conflict when two people edit the same one.

A service method that saves an edit takes ``expected: ExpectedVersion | None``: the
version the user began editing from (shown in the record's frozen info as ``version``).
It calls ``expect_version(session, row, expected)`` right after reading the row. When the
row has moved on since, the unit of work compares, before it commits, what this save
changes with what the others changed (read from the change log): if this save would
overwrite any of it, everything is rolled back and ``EditConflictError`` carries both
versions, field by field, for the user to choose from. Saving again with
``ExpectedVersion(conflict.saved_version, keep_saved=…)`` keeps the saved value of the
fields the user chose and this save's value of the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import AgendaError

EXPECTED_KEY = "agenda_expected_versions"


@dataclass(frozen=True)
class ExpectedVersion:
    """The version an edit began from; ``keep_saved``: fields whose saved value wins."""

    number: int
    keep_saved: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ConflictField:
    """One field of a conflict, as the user reads it.

    ``began_text`` is the value when the user began editing (None when the log cannot
    tell); ``choosable`` when both sides changed it, so the user picks one.
    """

    field: str
    label: str
    began_text: str | None
    mine_text: str
    saved_text: str
    changed_by_me: bool
    changed_by_them: bool
    can_keep_saved: bool = True  # False for parts (clauses, links): saved as a whole

    @property
    def choosable(self) -> bool:
        return self.changed_by_me and self.changed_by_them and self.can_keep_saved

    @property
    def mine_differs_from_began(self) -> bool:
        return self.began_text is None or self.mine_text != self.began_text


@dataclass(frozen=True)
class EditConflict:
    record_kind: str  # "Åtagande"
    record_label: str
    table: str
    key: str
    began_version: int
    saved_version: int
    changed_by: str  # "Anna Berg" or "Anna Berg och Bo Ek"; "" when unknown
    changed_at: datetime | None  # local time of the latest saved change
    fields: tuple[ConflictField, ...]

    @property
    def message(self) -> str:
        who = self.changed_by or "någon annan"
        when = f" {self.changed_at:%Y-%m-%d %H:%M}" if self.changed_at else ""
        return (
            f"{self.record_kind} ”{self.record_label}” ändrades av {who}{when} medan du "
            "redigerade. Inget av det du ändrade är sparat ännu: välj vad som ska gälla."
        )


class EditConflictError(AgendaError):
    """Someone else saved the record after this user began editing it; nothing was saved."""

    def __init__(self, conflict: EditConflict) -> None:
        super().__init__(conflict.message)
        self.conflict = conflict


class SimultaneousSaveError(AgendaError):
    """Two saves of one record met in the same instant; this one was rolled back."""


SIMULTANEOUS_MESSAGE = (
    "Någon annan sparade samma uppgift i precis samma ögonblick. Inget av det du ändrade "
    "sparades. Spara igen: då visas båda versionerna så att du kan välja."
)


@dataclass
class Expectation:
    row: Any
    expected: ExpectedVersion
    loaded: int  # the version the row had when this transaction read it


def expect_version(session: Session, row: Any, expected: ExpectedVersion | None) -> None:
    """Note that the user's edit of ``row`` began from ``expected`` (None: no check)."""
    if expected is None:
        return
    state = inspect(row)
    key = (row.__tablename__, record_key(state.identity))
    session.info.setdefault(EXPECTED_KEY, {})[key] = Expectation(row, expected, row.version)


def record_key(identity: tuple[Any, ...] | None) -> str:
    """A record's primary key as text ("12", or "3/7" for a composite key)."""
    return "/".join(str(part) for part in identity or ())
