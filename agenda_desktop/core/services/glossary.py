"""The municipality's glossary (ordlista) of hard terms, printable as a report appendix."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class GlossaryService:
    def __init__(self, database: Database) -> None:
        self._database = database
