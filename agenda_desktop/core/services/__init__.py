"""Use cases. Each public method is one user action in one transaction, and returns plain
frozen dataclasses, never live ORM objects."""
