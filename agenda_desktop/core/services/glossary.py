"""The municipality's glossary (ordlista) of hard terms, printable as a report appendix.

A youth council asked for fewer difficult words; where they cannot be avoided, the
ordlista explains them. ``terms()`` is already in Swedish alphabetical order, so the
printed appendix can use it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.steering import dialogue_rules as rules
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import GlossaryTerm
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


@dataclass(frozen=True)
class TermInfo:
    term_id: int
    term: str
    explanation: str
    version: int  # the version this was read at; pass it back when saving an edit


def _info(row: GlossaryTerm) -> TermInfo:
    return TermInfo(row.id, row.term, row.explanation, row.version)


class GlossaryService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def terms(self) -> list[TermInfo]:
        """Every term, sorted the Swedish way (case-insensitive, å ä ö after z)."""
        with self._database.unit_of_work() as session:
            rows = [_info(row) for row in session.scalars(select(GlossaryTerm))]
        return sorted(rows, key=lambda info: rules.swedish_sort_key(info.term))

    def add(self, term: str, explanation: str) -> TermInfo:
        """Add a term. Raises ValidationError when a field is empty or the term exists."""
        clean_term, clean_explanation = rules.clean_term(term, explanation)
        with self._database.unit_of_work() as session:
            _refuse_duplicate(session, clean_term, None)
            row = GlossaryTerm(term=clean_term, explanation=clean_explanation)
            session.add(row)
            session.flush()
            return _info(row)

    def update(
        self,
        term_id: int,
        term: str,
        explanation: str,
        expected: ExpectedVersion | None = None,
    ) -> TermInfo:
        """Change a term; ``expected`` is the version the edit began from (see
        record_versions). Raises ValidationError as :meth:`add` does."""
        clean_term, clean_explanation = rules.clean_term(term, explanation)
        with self._database.unit_of_work() as session:
            row = _require(session, term_id)
            expect_version(session, row, expected)
            _refuse_duplicate(session, clean_term, term_id)
            row.term, row.explanation = clean_term, clean_explanation
            session.flush()
            return _info(row)

    def delete(self, term_id: int) -> None:
        with self._database.unit_of_work() as session:
            session.delete(_require(session, term_id))


def _require(session: Session, term_id: int) -> GlossaryTerm:
    row = session.get(GlossaryTerm, term_id)
    if row is None:
        raise NotFoundError(f"Termen {term_id} finns inte (längre) i ordlistan.")
    return row


def _refuse_duplicate(session: Session, term: str, own_id: int | None) -> None:
    # Compared in Python: SQLite's lower() folds only A–Z, not Å, Ä and Ö.
    for other_id, other in session.execute(select(GlossaryTerm.id, GlossaryTerm.term)):
        if other_id != own_id and rules.same_term(other, term):
            raise ValidationError(
                rules.FIELD_TERM,
                f"”{other}” finns redan i ordlistan. Ändra den befintliga termen i stället.",
            )
