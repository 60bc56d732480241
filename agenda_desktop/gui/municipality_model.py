"""The list of municipalities to pick from, and the filter that searches it while typing."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from agenda_desktop.core.services.reference import MunicipalityInfo

INFO_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role that returns the row's :class:`MunicipalityInfo`."""

# Swedish alphabetical order puts å, ä, ö after z, in that order; code point order does not.
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})

ModelIndex = QModelIndex | QPersistentModelIndex


def swedish_sort_key(text: str) -> str:
    """Return a key that sorts names as a Swedish dictionary does (… Y, Z, Å, Ä, Ö)."""
    return unicodedata.normalize("NFC", text).casefold().translate(_SWEDISH_ORDER)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(municipality: MunicipalityInfo, text: str) -> bool:
    """Whether ``text`` finds ``municipality``: part of its name, or the start of its code.

    Case never matters (”öck” finds Öckerö). Text typed without å, ä, ö also finds names
    with them (”harryda” finds Härryda), for keyboards without Swedish letters.
    """
    needle = _fold(text.strip())
    if not needle or municipality.id.startswith(needle):
        return True
    name = _fold(municipality.name)
    if needle in name:
        return True
    return needle == _strip_marks(needle) and needle in _strip_marks(name)


class MunicipalityListModel(QAbstractListModel):
    """Municipalities in Swedish alphabetical order, shown as ”Härryda (1401)”."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MunicipalityInfo] = []

    def set_municipalities(self, municipalities: Iterable[MunicipalityInfo]) -> None:
        self.beginResetModel()
        self._rows = sorted(municipalities, key=lambda m: (swedish_sort_key(m.name), m.id))
        self.endResetModel()

    def municipality(self, row: int) -> MunicipalityInfo:
        return self._rows[row]

    def row_of(self, municipality_id: str) -> int | None:
        """Return the row of the municipality with this kommunkod, or None."""
        for row, municipality in enumerate(self._rows):
            if municipality.id == municipality_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        municipality = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return municipality.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return municipality.county_name
        if role == INFO_ROLE:
            return municipality
        return None


class MunicipalityFilter(QSortFilterProxyModel):
    """Keeps the rows that :func:`matches` the search text; set it with :meth:`set_text`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        if text != self._text:
            self.beginFilterChange()  # Qt 6.9 and later
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, MunicipalityListModel):
            return True
        return matches(source.municipality(source_row), self._text)

    def index_of(self, municipality_id: str) -> QModelIndex:
        """Return the proxy index of a municipality, invalid when it is filtered out."""
        source = self.sourceModel()
        if not isinstance(source, MunicipalityListModel):
            return QModelIndex()
        row = source.row_of(municipality_id)
        if row is None:
            return QModelIndex()
        return self.mapFromSource(source.index(row, 0))
