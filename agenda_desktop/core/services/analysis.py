"""Step 1, nulägesanalys: the assessment of goals and targets per cycle, evidence, comparison."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class AnalysisService:
    def __init__(self, database: Database) -> None:
        self._database = database
