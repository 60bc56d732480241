"""Protocols: paragraph numbering, decisions, adjustment (justering) and search."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class ProtocolService:
    def __init__(self, database: Database) -> None:
        self._database = database
