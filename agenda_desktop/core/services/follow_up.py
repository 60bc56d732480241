"""Step 5, följ upp och analysera: follow-ups per period, objective status, maturity."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class FollowUpService:
    def __init__(self, database: Database) -> None:
        self._database = database
