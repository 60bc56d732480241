"""The pages of the main window in the order of the steering cycle, and the list model
that the navigation shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agenda_desktop.gui.style import CARD_BORDER, MUTED_INK, scaled_font

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = "page"
SECTION = "section"

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PageSpec:
    """A page: its stable key (saved in settings), its title and its menu text."""

    key: str
    title: str
    menu_text: str
    section: str


def page_specs() -> list[PageSpec]:
    """Every page, in the order of the steering cycle, then the tools that serve it.

    Built on each call so the titles follow the language installed at that moment.
    """
    return [
        PageSpec(
            "overview",
            QCoreApplication.translate("Navigation", "Översikt"),
            QCoreApplication.translate("Navigation", "&Översikt"),
            "",
        ),
        PageSpec(
            "analysis",
            QCoreApplication.translate("Navigation", "1 Nulägesanalys"),
            QCoreApplication.translate("Navigation", "&1 Nulägesanalys"),
            "cycle",
        ),
        PageSpec(
            "priorities",
            QCoreApplication.translate("Navigation", "2 Prioritera och mål"),
            QCoreApplication.translate("Navigation", "&2 Prioritera och mål"),
            "cycle",
        ),
        PageSpec(
            "action_plan",
            QCoreApplication.translate("Navigation", "3 Handlingsplan"),
            QCoreApplication.translate("Navigation", "&3 Handlingsplan"),
            "cycle",
        ),
        PageSpec(
            "dialogue",
            QCoreApplication.translate("Navigation", "4 Kommunicera och involvera"),
            QCoreApplication.translate("Navigation", "&4 Kommunicera och involvera"),
            "cycle",
        ),
        PageSpec(
            "follow_up",
            QCoreApplication.translate("Navigation", "5 Följ upp och analysera"),
            QCoreApplication.translate("Navigation", "&5 Följ upp och analysera"),
            "cycle",
        ),
        PageSpec(
            "indicators",
            QCoreApplication.translate("Navigation", "Nyckeltal"),
            QCoreApplication.translate("Navigation", "&Nyckeltal"),
            "tools",
        ),
        PageSpec(
            "meetings",
            QCoreApplication.translate("Navigation", "Möten och protokoll"),
            QCoreApplication.translate("Navigation", "&Möten och protokoll"),
            "tools",
        ),
        PageSpec(
            "networks",
            QCoreApplication.translate("Navigation", "Nätverk och åtaganden"),
            QCoreApplication.translate("Navigation", "Nät&verk och åtaganden"),
            "tools",
        ),
        PageSpec(
            "reports",
            QCoreApplication.translate("Navigation", "Rapporter"),
            QCoreApplication.translate("Navigation", "&Rapporter"),
            "tools",
        ),
    ]


def section_titles() -> dict[str, str]:
    return {
        "cycle": QCoreApplication.translate("Navigation", "Styrcykeln"),
        "tools": QCoreApplication.translate("Navigation", "Underlag och samarbete"),
    }


@dataclass(frozen=True)
class _Row:
    kind: str
    key: str
    title: str


class NavigationModel(QAbstractListModel):
    """Pages and the section headings between them; headings cannot be selected."""

    def __init__(self, specs: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = section_titles()
        self._rows: list[_Row] = []
        section = ""
        for spec in specs:
            if spec.section != section and spec.section:
                self._rows.append(_Row(SECTION, spec.section, titles[spec.section]))
            section = spec.section
            self._rows.append(_Row(PAGE, spec.key, spec.title))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.title
        if role == KEY_ROLE:
            return row.key
        if role == KIND_ROLE:
            return row.kind
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == SECTION:
            # Neither enabled nor selectable: the list's arrow keys step over headings.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def page_keys(self) -> list[str]:
        """The page keys in display order, without the section headings."""
        return [row.key for row in self._rows if row.kind == PAGE]

    def index_of(self, key: str) -> QModelIndex:
        for number, row in enumerate(self._rows):
            if row.kind == PAGE and row.key == key:
                return self.index(number, 0)
        return QModelIndex()


class NavigationDelegate(QStyledItemDelegate):
    """Roomy page rows, and section headings drawn as a quiet label under a rule."""

    PAGE_HEIGHT = 38
    SECTION_HEIGHT = 40

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(KIND_ROLE) == SECTION:
            return QSize(size.width(), self.SECTION_HEIGHT)
        return QSize(size.width(), max(size.height(), self.PAGE_HEIGHT))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.data(KIND_ROLE) != SECTION:
            super().paint(painter, option, index)
            return
        rect = QRect(option.rect)
        painter.save()
        painter.setPen(QPen(QColor(CARD_BORDER), 1))
        painter.drawLine(rect.left() + 12, rect.top() + 8, rect.right() - 12, rect.top() + 8)
        widget = option.widget
        if widget is not None:
            painter.setFont(scaled_font(widget, 0.85, bold=True))
        painter.setPen(QColor(MUTED_INK))
        text_rect = rect.adjusted(16, 12, -12, -2)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)).upper(),
        )
        painter.restore()
