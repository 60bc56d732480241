"""What is due within the coming days and what is overdue, across commitments, actions,
remiss deadlines, financing decisions and invoices: the list on Översikt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.store.database import Database

HORIZON_DAYS = 30


@dataclass(frozen=True)
class Deadline:
    """One dated thing to do.

    ``kind``: "commitment", "action", "remiss", "financing_decision" or "invoice".
    ``title`` is the thing itself (a commitment's text, an action's title …), ``context``
    where it belongs (the network, the unit, the activity), ``page`` the navigation key
    of the page that handles it, ``target_id`` the id of the thing.
    """

    day: date
    kind: str
    title: str
    context: str
    page: str
    overdue: bool
    target_id: int


class DeadlineService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def deadlines(
        self, today: date | None = None, horizon_days: int = HORIZON_DAYS
    ) -> list[Deadline]:
        """Overdue things first (the oldest first), then what is due within
        ``horizon_days``, by date."""
        raise NotImplementedError
