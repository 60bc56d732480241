"""Meetings: date, time, place, the agenda with attachments, attendance and quorum."""

from __future__ import annotations

from agenda_desktop.core.store.database import Database


class MeetingService:
    def __init__(self, database: Database) -> None:
        self._database = database
