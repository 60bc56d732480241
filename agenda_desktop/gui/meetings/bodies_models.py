"""Table models of the body register: the bodies, a body's members and the people.

Each has named columns, ``ROW_ROLE`` for the backing dataclass and ``SORT_ROLE`` for a
value that sorts right (dates, roles in their order, names the Swedish way).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.services.bodies_types import BodyInfo, MembershipInfo, PersonInfo
from agenda_desktop.gui.meetings.bodies_display import day_text
from agenda_desktop.gui.meetings.vocabulary_names import body_kind_names, party_names, role_names
from agenda_desktop.gui.steering.dialogue_models import (
    ROW_ROLE,
    SORT_ROLE,
    RowsModel,
    change_filter,
)

__all__ = [
    "ROW_ROLE",
    "SORT_ROLE",
    "BodyTableModel",
    "MemberTableModel",
    "PersonTableModel",
    "SortProxy",
]

FORMER_INK = QColor("#6c757d")
_Index = QModelIndex | QPersistentModelIndex


class SortProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` compared in Python (tuples, keys of names), and keeps the
    rows whose text holds every word given to ``set_words``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        def change() -> None:
            self._words = text.casefold().split()

        change_filter(self, change)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(first < second)
        except TypeError:
            return str(first) < str(second)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount(source_parent))
        ).casefold()
        return all(word in text for word in self._words)


class BodyColumn(IntEnum):
    NAME = 0
    KIND = 1
    MEMBERS = 2


class BodyTableModel(RowsModel[BodyInfo]):
    def headers(self) -> list[str]:
        return [self.tr("Organ"), self.tr("Typ"), self.tr("Ledamöter")]

    def cell(self, row: BodyInfo, column: int) -> tuple[str, Any]:
        if column == BodyColumn.NAME:
            return row.name, rules.name_key(row.name)
        if column == BodyColumn.KIND:
            kind = body_kind_names().get(row.kind, row.kind)
            return kind, rules.name_key(kind)
        return str(row.member_count), row.member_count


class MemberColumn(IntEnum):
    NAME = 0
    ROLE = 1
    PARTY = 2
    REPRESENTS = 3
    START = 4
    END = 5


class MemberTableModel(RowsModel[MembershipInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("Namn"),
            self.tr("Roll"),
            self.tr("Parti"),
            self.tr("Företräder"),
            self.tr("Från"),
            self.tr("Till"),
        ]

    def cell(self, row: MembershipInfo, column: int) -> tuple[str, Any]:
        if column == MemberColumn.NAME:
            return row.person_name, rules.name_key(row.person_name)
        if column == MemberColumn.ROLE:
            role = role_names().get(row.role, row.role)
            return role, (not row.is_current, rules.member_key(row.role, row.person_name))
        if column == MemberColumn.PARTY:
            return row.party or "", row.party or "~"
        if column == MemberColumn.REPRESENTS:
            return row.represents, rules.name_key(row.represents)
        if column == MemberColumn.START:
            return day_text(row.start_date), row.start_date.isoformat()
        return day_text(row.end_date), day_text(row.end_date) or "9999"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == MemberColumn.PARTY:
            row = index.data(ROW_ROLE)
            if isinstance(row, MembershipInfo) and row.party:
                return party_names().get(row.party, row.party)
        return super().data(index, role)

    def extra(self, row: MembershipInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_current:
            return FORMER_INK
        return None


class PersonColumn(IntEnum):
    NAME = 0
    PARTY = 1
    ORGANISATION = 2
    TITLE = 3
    BODIES = 4


class PersonTableModel(RowsModel[PersonInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("Namn"),
            self.tr("Parti"),
            self.tr("Organisation"),
            self.tr("Titel"),
            self.tr("Organ"),
        ]

    def cell(self, row: PersonInfo, column: int) -> tuple[str, Any]:
        texts = {
            PersonColumn.NAME: row.name,
            PersonColumn.PARTY: row.party or "",
            PersonColumn.ORGANISATION: row.organisation,
            PersonColumn.TITLE: row.title,
            PersonColumn.BODIES: ", ".join(row.body_names),
        }
        text = texts[PersonColumn(column)]
        return text, rules.name_key(text)
