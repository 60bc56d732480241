"""Typed errors whose message tells the user, in Swedish, what happened and what to do."""

from __future__ import annotations


class AgendaError(Exception):
    """Base of every error the user is meant to read.

    The message is Swedish, names the place (file, field …) and says what was expected.
    """


class DatabaseError(AgendaError):
    """The database could not be opened, created or changed."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version of the app; it is left untouched."""


class NotADatabaseError(DatabaseError):
    """The file is not an Agenda Desktop database (or not a SQLite file at all)."""


class ValidationError(AgendaError):
    """A value given by the user is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class NotFoundError(AgendaError):
    """A record the user asked for does not exist (any more)."""


class ExportError(AgendaError):
    """An export file could not be written; nothing was left behind."""
