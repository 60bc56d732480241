"""Shared look: page margins, heading fonts and the few colours the shell uses.

Kept in one place so every page has the same rhythm; the colours assume the light scheme
that ``create_application`` selects.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

PAGE_MARGIN = 32
SECTION_SPACING = 28
INK = "#1f2933"
MUTED_INK = "#52606d"
ACCENT = "#0b5cad"
CARD_BORDER = "#d9dee4"
NAVIGATION_BACKGROUND = "#eef1f4"
PAGE_BACKGROUND = "#ffffff"


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled from the system size, so users' font settings still count."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def page_surface(content: QWidget) -> None:
    """Give a page's content the page background, behind its cards and tiles."""
    content.setAutoFillBackground(True)
    palette = content.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAGE_BACKGROUND))
    content.setPalette(palette)


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    """A page heading (level 1) or section heading (level 2), announced as such."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, 1.9 if level == 1 else 1.3, bold=True))
    label.setStyleSheet(f"color: {INK};")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None, muted: bool = False) -> QLabel:
    """A wrapping paragraph of body text that the user can select and copy."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setStyleSheet(f"color: {MUTED_INK if muted else INK};")
    return label


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1.0 … 21.0)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


TABLE_STYLE = f"""
QTableView {{ gridline-color: #e4e7eb; }}
QHeaderView::section {{
    background: #f1f3f5; color: {INK}; font-weight: bold; padding: 6px 8px;
    border: none; border-bottom: 1px solid {CARD_BORDER}; border-right: 1px solid #e4e7eb;
}}
"""


class RoomyDelegate(QStyledItemDelegate):
    """Adds air around each cell.

    Done in the size hint rather than with style sheet padding, which Qt leaves out when
    it measures wrapped text, so long texts were cut off.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, size.height() + 10)


def tidy_table(table: QTableView) -> None:
    """Room around the cells and left-aligned headers, the same in every table."""
    table.setStyleSheet(TABLE_STYLE)
    table.setItemDelegate(RoomyDelegate(table))
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    table.horizontalHeader().setHighlightSections(False)


def rows_table(parent: QWidget, name: str, model: QAbstractItemModel | None = None) -> QTableView:
    """A tidy table of whole rows, one chosen at a time, announced as ``name``: no row
    numbers, alternating row colours, columns the user can widen, the last filling up."""
    table = QTableView(parent)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setAccessibleName(name)
    tidy_table(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fitted_table(table: QTableView, model: QAbstractItemModel, stretch: int) -> None:
    """Show ``model`` in ``table`` as tidy whole rows, one chosen at a time, no row numbers,
    the columns as wide as their contents and column ``stretch`` taking the room left."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    tidy_table(table)
