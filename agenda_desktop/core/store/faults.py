"""SQLite's faults in words the user can act on: read-only, full disk, locked, damaged.

A unit of work rolls its transaction back when its block raises, so after any of these
faults nothing of the change was written and everything committed before is still there.
The driver says so tersely ("attempt to write a readonly database"); this module turns
such an error into a DatabaseError subclass whose Swedish message names the database,
says what happened and what to do. Errors it does not recognise pass through unchanged.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.exc import DBAPIError

from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.store.location import DatabaseLocation

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

NOTHING_LOST = "Ingenting i databasen har ändrats, och allt som sparats tidigare finns kvar."


class ReadOnlyDatabaseError(DatabaseError):
    """The database file, or the folder it lies in, may be read but not written."""


class DiskFullError(DatabaseError):
    """The disk (or the user's quota) holding the database has no room left."""


class DatabaseLockedError(DatabaseError):
    """Another program held the database's write lock for longer than the busy timeout."""


class DatabaseUnavailableError(DatabaseError):
    """The file could not be opened or read: a missing folder, a lost network drive."""


class DamagedDatabaseError(DatabaseError):
    """The file is an SQLite database whose pages are damaged; it should be restored."""


def _code_and_text(error: BaseException) -> tuple[int | None, str]:
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return (code & 0xFF if isinstance(code, int) else None), str(original).lower()


def damaged_message(where: str, detail: str) -> str:
    return (
        f"Databasen {where} är skadad ({detail}). Den har inte ändrats. Återställ den "
        "senaste hela säkerhetskopian, eller kontakta supporten om det inte finns någon."
    )


def fault_for(error: BaseException, where: str) -> DatabaseError | None:
    """The DatabaseError for a driver error, or None when it is not one of the known faults.

    ``where`` names the database for the user (a path, or a URL without its password).
    """
    if (server_fault := postgresql_fault_for(error, where)) is not None:
        return server_fault
    code, text = _code_and_text(error)
    if code in (SQLITE_READONLY, SQLITE_PERM) or "readonly database" in text:
        return ReadOnlyDatabaseError(
            f"Databasen {where} kan bara läsas, inte ändras: filen eller mappen den ligger "
            f"i är skrivskyddad. {NOTHING_LOST} Be den som ansvarar för mappen om "
            "skrivrätt, eller kopiera databasen till en mapp där du får skriva och öppna "
            "kopian."
        )
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(
            f"Disken där databasen {where} ligger är full. {NOTHING_LOST} Frigör utrymme "
            "på disken (eller be IT-stödet om mer) och försök sedan igen."
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseLockedError(
            f"Databasen {where} är låst: någon annan (ett annat program eller en kollega) "
            f"skriver till den just nu. {NOTHING_LOST} Vänta en stund och försök igen. "
            "Hjälper det inte, stäng programmet på de andra datorerna som har databasen "
            "öppen."
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return DamagedDatabaseError(damaged_message(where, text))
    if code in (SQLITE_CANTOPEN, SQLITE_IOERR) or "unable to open database" in text:
        return DatabaseUnavailableError(
            f"Databasen {where} gick inte att öppna eller skriva: mappen den ligger i går "
            "inte att nå, eller programmet får inte skapa sina arbetsfiler (-wal, -shm) "
            "där. Mappen kan vara skrivskyddad, flyttad eller ligga på en nätverksenhet som "
            f"inte är ansluten. {NOTHING_LOST} Kontrollera att mappen går att nå och att du "
            "får skriva i den, eller kopiera databasen till en mapp där du får skriva."
        )
    return None


@contextmanager
def translated_faults(location: DatabaseLocation) -> Iterator[None]:
    """Re-raise a known driver fault inside the block as its DatabaseError subclass."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        fault = fault_for(error, location.describe())
        if fault is None:
            raise
        raise fault from error


class _Located(Protocol):
    @property
    def location(self) -> DatabaseLocation: ...


S = TypeVar("S", bound=_Located)
P = ParamSpec("P")
T = TypeVar("T")


def translating_faults(
    method: Callable[Concatenate[S, P], AbstractContextManager[T]],
) -> Callable[Concatenate[S, P], AbstractContextManager[T]]:
    """Decorate a unit-of-work method so that its faults reach the caller translated.

    The method's own context (its rollback) runs first; the translation sees the error
    only once the transaction has ended.
    """

    @contextmanager
    def translated(owner: S, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        with translated_faults(owner.location), method(owner, *args, **kwargs) as value:
            yield value

    functools.update_wrapper(translated, method)
    return translated


# -- PostgreSQL (the shared database) ------------------------------------------------------
# psycopg gives the server's SQLSTATE; an error before the server answered (refused, name
# not found, login refused) has none, only libpq's text.

PG_LOCKED = frozenset({"55P03", "40P01", "40001"})  # lock timeout, deadlock, serialization
PG_READ_ONLY = frozenset({"25006", "42501"})  # a standby server; a role without the right
PG_DISK_FULL = frozenset({"53100"})
PG_UNAVAILABLE = frozenset({"57P01", "57P02", "57P03", "53300", "53200"})  # shut down, full
PG_ACCESS = frozenset({"28000", "28P01"})
PG_NO_DATABASE = "3D000"
SERVER_NOTHING_LOST = (
    "Det som inte hann sparas finns inte i databasen; allt som sparats tidigare finns kvar "
    "på servern."
)


class DatabaseAccessDeniedError(DatabaseError):
    """The server refused the login: a missing or wrong password, or no right to log in."""


def postgresql_fault_for(error: BaseException, where: str) -> DatabaseError | None:
    """The DatabaseError for a psycopg error, or None when it is not one of psycopg's."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if not type(original).__module__.startswith("psycopg"):
        return None
    state = getattr(original, "sqlstate", None) or ""
    text = str(original).lower()
    if state in PG_LOCKED:
        return DatabaseLockedError(
            f"Databasen {where} är upptagen: en kollega ändrar samma uppgifter just nu. "
            f"{NOTHING_LOST} Vänta en stund och försök igen."
        )
    if state in PG_ACCESS or "authentication failed" in text or "no password" in text:
        return DatabaseAccessDeniedError(
            f"Databasservern för {where} godtog inte inloggningen: lösenordet saknas eller "
            "är fel, eller användaren får inte logga in. Ange lösenordet under Arkiv → "
            "Gemensam databas, eller be den som sköter databasservern om behörighet."
        )
    if state == PG_NO_DATABASE or ('database "' in text and "does not exist" in text):
        return DatabaseUnavailableError(
            f"Databasen {where} finns inte på servern. Kontrollera databasens namn, eller be "
            "den som sköter databasservern att skapa den (se README: Gemensam databas)."
        )
    if state in PG_READ_ONLY:
        return ReadOnlyDatabaseError(
            f"Databasen {where} kan bara läsas, inte ändras: användaren saknar behörighet "
            f"att ändra den, eller servern tar bara emot läsning. {NOTHING_LOST} Be den som "
            "sköter databasservern om skrivrätt."
        )
    if state in PG_DISK_FULL:
        return DiskFullError(
            f"Databasservern för {where} har ingen plats kvar på disken. {NOTHING_LOST} Be "
            "den som sköter databasservern att frigöra utrymme, och försök sedan igen."
        )
    client_side = not state and type(original).__name__ == "OperationalError"  # libpq's own
    if state in PG_UNAVAILABLE or state.startswith("08") or client_side:
        return DatabaseUnavailableError(
            f"Databasservern för {where} gick inte att nå, eller anslutningen bröts. "
            f"{SERVER_NOTHING_LOST} Kontrollera nätverket (och VPN) och försök igen; hjälper "
            "det inte, kontakta den som sköter databasservern."
        )
    return None
