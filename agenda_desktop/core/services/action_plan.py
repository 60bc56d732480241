"""Step 3, handlingsplan: the organisation tree and the actions of a cycle."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class ActionPlanService:
    def __init__(self, database: Database) -> None:
        self._database = database
