"""The declarative base with named constraints, so that Alembic's batch mode can alter them."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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


class Versioned:
    """An editable record: ``version`` goes up by one with every saved change.

    The ORM adds ``WHERE version = <the version read>`` to every UPDATE and DELETE, so a
    change saved by someone else in between is never overwritten: the flush fails (see
    ``core/store/record_versions.py``, which also compares the version the user began
    editing from). Every change to such a record is written to the change log.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class-level directive)
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class LoggedChild:
    """A part of an editable record (evidence of a commitment, a clause of a decision):
    not versioned itself, but its changes are logged under the record it belongs to.

    ``change_log_parent`` names the foreign-key column that points at that record.
    """

    change_log_parent: ClassVar[str]
