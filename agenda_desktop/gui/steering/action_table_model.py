"""The actions of a cycle as a Qt table model, and the proxy that sorts and filters them.

Overdue rows get a light red background, dark red due date and a ⚠ mark with a tooltip,
so that the highlight does not rely on colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QStyleOptionViewItem

from agenda_desktop.core.steering.action_types import ActionInfo
from agenda_desktop.gui.steering.action_display import (
    OVERDUE_BACKGROUND,
    OVERDUE_INK,
    OVERDUE_MARK,
    kronor,
    short_date,
    status_colour,
    status_name,
)
from agenda_desktop.gui.style import RoomyDelegate

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# The columns, most telling first: what, how it goes, when, who.
TITLE, STATUS, START, DUE, UNIT, PERSON, COST, OBJECTIVES, GOALS = range(9)
AnyIndex = QModelIndex | QPersistentModelIndex
# Sorting on status puts the open ones first, in the order work goes.
STATUS_ORDER = {
    code: n
    for n, code in enumerate(("forsenad", "pagar", "planerad", "pausad", "klar", "avbruten"))
}


def _headers() -> list[str]:
    names = {
        TITLE: QCoreApplication.translate("ActionTableModel", "Åtgärd"),
        STATUS: QCoreApplication.translate("ActionTableModel", "Status"),
        START: QCoreApplication.translate("ActionTableModel", "Start"),
        DUE: QCoreApplication.translate("ActionTableModel", "Slut"),
        UNIT: QCoreApplication.translate("ActionTableModel", "Ansvarig enhet"),
        PERSON: QCoreApplication.translate("ActionTableModel", "Ansvarig"),
        COST: QCoreApplication.translate("ActionTableModel", "Kostnad (kr)"),
        OBJECTIVES: QCoreApplication.translate("ActionTableModel", "Målsättningar"),
        GOALS: QCoreApplication.translate("ActionTableModel", "Globala mål"),
    }
    return [names[column] for column in sorted(names)]


class PathDelegate(RoomyDelegate):
    """Elides a unit path on the left, so that the unit itself stays readable."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionInfo] = []
        self._headers = _headers()

    def set_actions(self, actions: Sequence[ActionInfo]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def actions(self) -> list[ActionInfo]:
        return list(self._actions)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == ACTION_ROLE:
            return action
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, column)
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == Qt.ItemDataRole.BackgroundRole and action.is_overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if action.is_overdue and column in (TITLE, DUE):
                return OVERDUE_INK
            if column == STATUS:
                return status_colour(action.status).darker(170)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COST:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, action: ActionInfo, column: int) -> str:
        if column == TITLE:
            return f"{OVERDUE_MARK} {action.title}" if action.is_overdue else action.title
        if column == UNIT:
            return action.unit_path
        if column == PERSON:
            return action.responsible_person
        if column == START:
            return short_date(action.start_date)
        if column == DUE:
            if action.is_overdue:
                late = self.tr("försenad")
                return f"{short_date(action.due_date)} ({late})"
            return short_date(action.due_date)
        if column == STATUS:
            return status_name(action.status)
        if column == COST:
            return kronor(action.cost_estimate)
        if column == OBJECTIVES:
            return action.objective_labels
        return ", ".join(str(number) for number in action.goal_numbers)

    def _sort_key(self, action: ActionInfo, column: int) -> Any:
        if column in (START, DUE):
            day = action.start_date if column == START else action.due_date
            return day.isoformat() if day else "9999"  # undated last
        if column == COST:
            return -1.0 if action.cost_estimate is None else action.cost_estimate
        if column == GOALS:
            return action.goal_numbers[0] if action.goal_numbers else 99
        if column == OBJECTIVES:
            parts = action.objective_labels.split(", ")[0].split(".")
            return tuple(int(p) for p in parts if p.isdigit()) or (999,)
        if column == STATUS:
            return STATUS_ORDER.get(action.status, len(STATUS_ORDER))
        return self._text(action, column).removeprefix(f"{OVERDUE_MARK} ").casefold()

    def _tooltip(self, action: ActionInfo, column: int) -> str | None:
        if action.is_overdue and column in (TITLE, DUE):
            return self.tr("Försenad: slutdatumet har passerat och åtgärden är inte klar.")
        if column == OBJECTIVES and action.objectives:
            return "\n".join(f"{link.label} {link.text}" for link in action.objectives)
        if column == GOALS and action.goals:
            return "\n".join(f"{goal.number} {goal.name_sv}" for goal in action.goals)
        if column == UNIT and action.unit_path:
            return action.unit_path
        if column == TITLE and action.description:
            return action.description
        return None


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters on words (title, description, person, partners, unit), status, units (None
    in them: actions without a unit) and "bara försenade"; sorts on real values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._status: str | None = None
        self._units: frozenset[int | None] | None = None
        self._only_overdue = False

    def set_filter(
        self,
        text: str = "",
        status: str | None = None,
        unit_ids: Iterable[int | None] | None = None,
        only_overdue: bool = False,
    ) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 has only the begin
            self.beginFilterChange()
        self._words = text.casefold().split()
        self._status = status
        self._units = None if unit_ids is None else frozenset(unit_ids)
        self._only_overdue = only_overdue
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        action = self.sourceModel().index(source_row, 0, source_parent).data(ACTION_ROLE)
        if not isinstance(action, ActionInfo):
            return False
        if self._status is not None and action.status != self._status:
            return False
        if self._units is not None and action.org_unit_id not in self._units:
            return False
        if self._only_overdue and not action.is_overdue:
            return False
        haystack = " ".join(
            (
                action.title,
                action.description,
                action.responsible_person,
                action.partners,
                action.unit_path,
            )
        ).casefold()
        return all(word in haystack for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(first < second)
        except TypeError:
            return str(first) < str(second)

    def visible_actions(self) -> list[ActionInfo]:
        """The actions shown, in the shown order (what the timeline draws)."""
        return [self.index(row, 0).data(ACTION_ROLE) for row in range(self.rowCount())]
