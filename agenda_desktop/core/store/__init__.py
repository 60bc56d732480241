"""The store: SQLAlchemy models, engine set-up, unit of work, migrations and backups."""
