"""Bodies (organ), the people who sit in them, and their memberships with roles and periods."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class BodyService:
    def __init__(self, database: Database) -> None:
        self._database = database
