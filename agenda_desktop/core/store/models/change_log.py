"""The change log: who changed which record, when, and what, one row per user action.

Written by ``core/store/change_tracking.py`` for every ``Versioned`` record and every
``LoggedChild`` (logged under the record it belongs to). Values are kept twice: ``raw``
as stored (to tell, in a conflict, what the record held when the user began editing) and
``text`` as the user reads it (a person's name rather than an id), so the log still reads
well after the referenced record is gone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agenda_desktop.core.store.models.base import Base

CHANGE_ACTIONS = {"skapad": "Skapad", "andrad": "Ändrad", "borttagen": "Borttagen"}


class ChangeLogEntry(Base):
    """One record's change in one transaction.

    ``changes`` is a JSON list of ``{"field", "old", "new", "old_text", "new_text"}``.
    ``parent_table``/``parent_key`` name the record a ``LoggedChild`` belongs to, so the
    record's history shows its parts' changes too.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint("action IN ('skapad', 'andrad', 'borttagen')", name="action"),
        Index("ix_change_log_record", "table_name", "record_key"),
        Index("ix_change_log_parent", "parent_table", "parent_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    actor: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(64))
    record_key: Mapped[str] = mapped_column(String(64))
    parent_table: Mapped[str | None] = mapped_column(String(64))
    parent_key: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(10))
    version: Mapped[int | None] = mapped_column(Integer)  # the record's version after it
    record_label: Mapped[str] = mapped_column(String(300))
    changes: Mapped[str] = mapped_column(Text, default="[]")
