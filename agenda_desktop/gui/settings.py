"""The user's settings on this computer, declared once with typed defaults.

What belongs to the municipality (name, logo, diarie prefix) lives in the database; what
belongs to one officer's computer (language, window geometry, last page) lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from agenda_desktop import APP_ID, ORGANISATION
from agenda_desktop.core.store.backup_rotation import DEFAULT_KEEP, clamp_keep
from agenda_desktop.core.store.database import login_name

T = TypeVar("T", str, int, QByteArray)

LANGUAGES = {"sv": "Svenska", "en": "English"}


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type[T]


LANGUAGE = Setting("ui/language", "sv", str)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting("window/state", QByteArray(), QByteArray)
LAST_PAGE = Setting("window/lastPage", "overview", str)
LAST_DATABASE = Setting("database/last", "", str)
# How many automatic backups (at start and daily) are kept of each database: 1-100.
AUTOMATIC_BACKUPS = Setting("backup/automaticCount", DEFAULT_KEEP, int)
# The name the change log gives this computer's changes; empty: the login name.
ACTOR_NAME = Setting("changeLog/actorName", "", str)
ALL_SETTINGS: tuple[Setting[str] | Setting[QByteArray] | Setting[int], ...] = (
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
    LAST_DATABASE,
    AUTOMATIC_BACKUPS,
)


class AppSettings:
    """Typed access to QSettings; tests pass a QSettings on a temporary INI file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(ORGANISATION, APP_ID)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if isinstance(value, setting.kind):
            return value
        try:
            converted: Any = setting.kind(value)
            return cast(T, converted)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    @property
    def language(self) -> str:
        language = self.get(LANGUAGE)
        return language if language in LANGUAGES else LANGUAGE.default

    @property
    def change_log_name(self) -> str:
        """Who this computer's changes are logged as: the name set, or the login name."""
        return self.get(ACTOR_NAME).strip() or login_name()

    @property
    def automatic_backups(self) -> int:
        """The number of automatic backups to keep, always within 1-100."""
        return clamp_keep(self.get(AUTOMATIC_BACKUPS))
