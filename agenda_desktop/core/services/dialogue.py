"""Step 4, kommunicera och involvera: dialogue activities, participants and comments."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class DialogueService:
    def __init__(self, database: Database) -> None:
        self._database = database
