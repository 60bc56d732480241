"""Step 2, prioritera och sätt egna mål: priority goals and the local programme."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class ProgrammeService:
    def __init__(self, database: Database) -> None:
        self._database = database
