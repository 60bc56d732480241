"""A goal opened: its names, the UN's wording, and its targets with the municipality's own
Swedish short titles, which can be edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.reference import GoalDetail, ReferenceService, TargetInfo
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.messages import show_warning
from agenda_desktop.gui.pages.goal_tiles import needs_text_shadow
from agenda_desktop.gui.style import INK, paragraph, scaled_font, tidy_table

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class TargetTableModel(QAbstractTableModel):
    """The targets of one goal; the Swedish short title column is editable.

    Each edit is one service call; a rejected value is reported through ``errorOccurred``
    so the view decides how to show it.
    """

    CODE, SHORT_TITLE, TEXT_EN = range(3)
    COLUMN_NAMES = ("code", "short_title_sv", "title_en")
    errorOccurred = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(
        self, reference: ReferenceService, targets: tuple[TargetInfo, ...], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._reference = reference
        self._targets = list(targets)

    def headers(self) -> tuple[str, str, str]:
        return (self.tr("Delmål"), self.tr("Kort svensk titel"), self.tr("Text (engelska)"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMN_NAMES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        target = self._targets[index.row()]
        column = index.column()
        if role == TARGET_ROLE:
            return target
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (target.code, target.short_title_sv or "", target.title_en)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT_EN:
            return target.title_en
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SHORT_TITLE:
            return target.short_title_sv or self.tr(
                "Dubbelklicka eller tryck F2 för att skriva en kort svensk titel"
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.SHORT_TITLE
            and not target.short_title_sv
        ):
            return QColor("#7b8794")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.SHORT_TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.SHORT_TITLE:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        target = self._targets[index.row()]
        text = "" if value is None else str(value)
        if " ".join(text.split()) == (target.short_title_sv or ""):
            return True
        try:
            updated = self._reference.set_target_short_title(target.code, text)
        except AgendaError as error:
            self.errorOccurred.emit(str(error))
            return False
        self._targets[index.row()] = updated
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def target(self, row: int) -> TargetInfo:
        return self._targets[row]


class GoalBand(QFrame):
    """The goal's colour with its number and names, like the top of an SDG icon."""

    def __init__(self, detail: GoalDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        goal = detail.goal
        self.setObjectName("goalBand")
        self.setStyleSheet(
            f"QFrame#goalBand {{ background: {goal.colour}; border-radius: 6px; }}"
            " QLabel { color: white; background: transparent; }"
        )
        number = QLabel(str(goal.number), self)
        number.setFont(scaled_font(number, 3.6, bold=True))
        number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        name = QLabel(goal.short_sv, self)
        name.setFont(scaled_font(name, 1.8, bold=True))
        name.setWordWrap(True)
        english = QLabel(goal.short_en, self)
        english.setFont(scaled_font(english, 1.1, bold=True))
        if needs_text_shadow(goal.colour):
            # White on the lighter goal colours is below 3:1; a tight dark shadow keeps the
            # official white lettering readable.
            for label in (number, name, english):
                effect = QGraphicsDropShadowEffect(label)
                effect.setBlurRadius(3)
                effect.setOffset(1, 1)
                effect.setColor(QColor(0, 0, 0, 150))
                label.setGraphicsEffect(effect)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addStretch(1)
        names.addWidget(name)
        names.addWidget(english)
        names.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(20)
        layout.addWidget(number)
        layout.addLayout(names, 1)


class GoalDialog(QDialog):
    """One goal and its targets; the Swedish short titles are saved as they are typed."""

    def __init__(
        self, reference: ReferenceService, goal_number: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.detail = reference.goal(goal_number)
        goal = self.detail.goal
        self.setWindowTitle(
            self.tr("Mål {number}: {name}").format(number=goal.number, name=goal_name(goal))
        )
        self.resize(1000, 660)

        self.model = TargetTableModel(reference, self.detail.targets, self)
        self.model.errorOccurred.connect(lambda text: show_warning(self, text))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filtrera delmålen…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = self._build_table()

        title = paragraph(
            self.tr("FN:s formulering: {title}").format(title=goal.title_en), self, muted=True
        )
        hint = paragraph(
            self.tr(
                "Delmålens texter finns bara på engelska. Skriv kommunens egen korta svenska "
                "titel i mittkolumnen: dubbelklicka eller tryck F2. Den sparas direkt."
            ),
            self,
            muted=True,
        )
        count = QLabel(self.tr("{count} delmål").format(count=len(self.detail.targets)), self)
        count.setStyleSheet(f"color: {INK}; font-weight: bold;")
        search_row = QHBoxLayout()
        search_row.addWidget(count)
        search_row.addStretch(1)
        search_row.addWidget(self.filter_edit)
        self.filter_edit.setMinimumWidth(260)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(GoalBand(self.detail, self))
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.verticalHeader().hide()
        tidy_table(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(TargetTableModel.CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            TargetTableModel.SHORT_TITLE, QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(TargetTableModel.TEXT_EN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TargetTableModel.SHORT_TITLE, 340)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setCurrentIndex(self.proxy.index(0, TargetTableModel.SHORT_TITLE))
        return table

    def target_codes(self) -> list[str]:
        """The codes of the targets as listed, e.g. ["13.1", "13.2", "13.3", "13.a", "13.b"]."""
        return [
            str(self.proxy.index(row, TargetTableModel.CODE).data())
            for row in range(self.proxy.rowCount())
        ]
