"""The declarative base with named constraints, so that Alembic's batch mode can alter them."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def check_in(column: str, vocabulary: dict[str, str]) -> str:
    """The SQL of a CHECK that ``column`` holds one of the vocabulary's codes."""
    codes = ", ".join(f"'{code}'" for code in vocabulary)
    return f"{column} IN ({codes})"
