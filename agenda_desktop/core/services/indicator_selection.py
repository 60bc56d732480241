"""Editing an indicator selection, such as RKA's Agenda 2030 preset, which the loader seeds
once and then leaves to the municipality.

One public method is one user action in one transaction. Reading a selection is done by
:meth:`IndicatorService.list_indicators` (``selection_key``) and
:meth:`ReferenceService.selection`.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services import indicator_catalogue as catalogue
from agenda_desktop.core.services import indicator_rules as rules
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import Goal, IndicatorSelectionItem, Kpi


class IndicatorSelectionService:
    """Adds indicators to a selection, removes them and moves them to another goal."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def add_to_selection(self, selection_key: str, kpi_id: str, goal_number: int) -> int:
        """Add an indicator to a selection, shown under ``goal_number``, last in that goal.

        Returns:
            The goal it is shown under.

        Raises:
            NotFoundError: ``selection_key`` names no selection.
            ValidationError: An unknown indicator or goal, or the indicator is already in
                the selection; ``field`` names which.
        """
        with self._database.unit_of_work() as session:
            selection = catalogue.selection_id(session, selection_key)
            if session.get(Kpi, kpi_id) is None:
                raise ValidationError(
                    rules.FIELD_INDICATOR, f"nyckeltalet {kpi_id} finns inte i katalogen."
                )
            self._check_goal(session, goal_number)
            present = self._item(session, selection, kpi_id)
            if present is not None:
                raise ValidationError(
                    rules.FIELD_INDICATOR,
                    f"{kpi_id} finns redan i urvalet (under mål {present.goal_number}).",
                )
            last = session.scalar(
                select(func.max(IndicatorSelectionItem.position)).where(
                    IndicatorSelectionItem.selection_id == selection
                )
            )
            session.add(
                IndicatorSelectionItem(
                    selection_id=selection,
                    kpi_id=kpi_id,
                    goal_number=goal_number,
                    position=(last or 0) + 1,
                    note="Tillagt av kommunen.",
                )
            )
            return goal_number

    def remove_from_selection(self, selection_key: str, kpi_id: str) -> None:
        """Take an indicator out of a selection; the indicator itself stays.

        Raises:
            NotFoundError: No such selection, or the indicator is not in it.
        """
        with self._database.unit_of_work() as session:
            selection = catalogue.selection_id(session, selection_key)
            item = self._item(session, selection, kpi_id)
            if item is None:
                raise NotFoundError(f"{kpi_id} finns inte i urvalet.")
            session.delete(item)

    def move_in_selection(self, selection_key: str, kpi_id: str, goal_number: int) -> None:
        """Show an indicator of a selection under another goal (last in that goal).

        Raises:
            NotFoundError: No such selection, or the indicator is not in it.
            ValidationError: An unknown goal.
        """
        with self._database.unit_of_work() as session:
            selection = catalogue.selection_id(session, selection_key)
            self._check_goal(session, goal_number)
            item = self._item(session, selection, kpi_id)
            if item is None:
                raise NotFoundError(f"{kpi_id} finns inte i urvalet.")
            if item.goal_number == goal_number:
                return
            last = session.scalar(
                select(func.max(IndicatorSelectionItem.position)).where(
                    IndicatorSelectionItem.selection_id == selection
                )
            )
            item.goal_number = goal_number
            item.position = (last or 0) + 1

    @staticmethod
    def _check_goal(session: Session, goal_number: int) -> None:
        if session.get(Goal, goal_number) is None:
            raise ValidationError(rules.FIELD_GOAL, f"mål {goal_number} finns inte (1–17).")

    @staticmethod
    def _item(session: Session, selection: int, kpi_id: str) -> IndicatorSelectionItem | None:
        return session.scalar(
            select(IndicatorSelectionItem).where(
                IndicatorSelectionItem.selection_id == selection,
                IndicatorSelectionItem.kpi_id == kpi_id,
            )
        )
