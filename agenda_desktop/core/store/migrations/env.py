"""Alembic environment: runs in-process on the connection the app hands over."""

from __future__ import annotations

from alembic import context

from agenda_desktop.core.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
