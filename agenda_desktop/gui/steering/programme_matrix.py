"""Synergier och målkonflikter: målsättningar × målsättningar, each recorded pair marked
"+" (synergi) or "−" (målkonflikt) with colour and sign, and a list of the pairs' notes.

Clicking a cell records or edits that pair. The matrix is built by
``Programme.matrix()``, the same one the printed report uses.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError, NotFoundError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import ObjectiveInfo, Programme, RelationInfo
from agenda_desktop.core.steering import programme_rules as rules
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.steering.programme_dialogs import text_box
from agenda_desktop.gui.steering.programme_relations import RelationListModel, kind_names
from agenda_desktop.gui.style import paragraph, tidy_table

Index = QModelIndex | QPersistentModelIndex
SIGNS = {"synergi": "+", "malkonflikt": "\u2212"}
BACKGROUNDS = {"synergi": "#d3f9d8", "malkonflikt": "#ffe3e3"}
FOREGROUNDS = {"synergi": "#1b6b2c", "malkonflikt": "#a51d1d"}
DIAGONAL = "#f1f3f5"


class RelationMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objectives: list[ObjectiveInfo] = []
        self.cells: list[list[str | None]] = []
        self.programme: Programme | None = None
        self.sign_font = QFont()
        self.sign_font.setBold(True)
        self.sign_font.setPointSizeF(self.sign_font.pointSizeF() * 1.4)

    def set_programme(self, programme: Programme | None) -> None:
        self.beginResetModel()
        self.programme = programme
        self.objectives = programme.objectives() if programme else []
        self.cells = programme.matrix() if programme else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.objectives)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.objectives)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if section >= len(self.objectives):
            return None
        objective = self.objectives[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return f"{objective.label}  {_short(objective.text)}"
            return objective.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{objective.label} {objective.text}"
        return None

    def pair(self, index: Index) -> tuple[ObjectiveInfo, ObjectiveInfo] | None:
        if not index.isValid() or index.row() == index.column():
            return None
        return self.objectives[index.row()], self.objectives[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind = self.cells[index.row()][index.column()]
        if index.row() == index.column():
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(DIAGONAL))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return SIGNS.get(kind or "", "")
        if role == Qt.ItemDataRole.BackgroundRole and kind:
            return QBrush(QColor(BACKGROUNDS[kind]))
        if role == Qt.ItemDataRole.ForegroundRole and kind:
            return QBrush(QColor(FOREGROUNDS[kind]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and kind:
            return self.sign_font
        if role == Qt.ItemDataRole.ToolTipRole:
            first, second = self.objectives[index.row()], self.objectives[index.column()]
            relation = (
                self.programme.relation(first.objective_id, second.objective_id)
                if self.programme
                else None
            )
            pair = f"{first.label} \u2194 {second.label}"
            if relation is None:
                return self.tr("%1: inget samband. Klicka för att ange ett.").replace("%1", pair)
            text = f"{pair}: {kind_names()[relation.kind]}"
            return text + (f"\n{relation.note}" if relation.note else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return kind_names()[kind] if kind else self.tr("Inget samband")
        return None


def _short(text: str, most: int = 36) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[: most - 1].rstrip() + "…"


class RelationDialog(SavingDialog):
    """Samband: none, synergi or målkonflikt between two målsättningar, with a note."""

    def __init__(
        self,
        services: Services,
        first: ObjectiveInfo,
        second: ObjectiveInfo,
        relation: RelationInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Samband mellan målsättningar"), parent)
        self._services = services
        self._first, self._second = first, second
        self._had_relation = relation is not None
        pair = QLabel(f"{first.label}  {first.text}\n\n{second.label}  {second.text}", self)
        pair.setWordWrap(True)
        self.none = QRadioButton(self.tr("&Inget samband"), self)
        self.synergy = QRadioButton(self.tr("&Synergi (+): målen stärker varandra"), self)
        self.conflict = QRadioButton(
            self.tr("Mål&konflikt (\u2212): målen motverkar varandra"), self
        )
        group = QButtonGroup(self)
        kinds = QVBoxLayout()
        for button in (self.none, self.synergy, self.conflict):
            group.addButton(button)
            kinds.addWidget(button)
        kind = relation.kind if relation else None
        {"synergi": self.synergy, "malkonflikt": self.conflict}.get(
            kind or "", self.none
        ).setChecked(True)
        self.note = text_box(self, relation.note if relation else "", lines=4)
        self.note.setPlaceholderText(self.tr("t.ex. Båda kräver mark nära centrum"))
        note_label = QLabel(self.tr("Ko&mmentar:"), self)
        note_label.setBuddy(self.note)
        self.form.addRow(self.tr("Målsättningar:"), pair)
        self.form.addRow(self.tr("Samband:"), kinds)
        self.form.addRow(note_label, self.note)
        self._fields = {rules.FIELD_RELATION_KIND: self.synergy, rules.FIELD_NOTE: self.note}
        if relation is not None:
            self.add_history(
                services.change_log,
                RecordRef.of("objective_relation", relation.relation_id),
                f"{first.label} \u2194 {second.label}",
            )
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        programme = self._services.programme
        first, second = self._first.objective_id, self._second.objective_id
        if self.none.isChecked():
            if self._had_relation:
                with suppress(NotFoundError):  # already gone: what the user wanted
                    programme.remove_relation(first, second)
            return
        kind = "synergi" if self.synergy.isChecked() else "malkonflikt"
        programme.set_relation(first, second, kind, self.note.toPlainText())


class MatrixPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._cycle_id = 0
        self.model = RelationMatrixModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        tidy_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(56)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setAccessibleName(self.tr("Synergier och målkonflikter"))
        self.table.clicked.connect(self.edit_cell)
        self.table.activated.connect(self.edit_cell)
        self.empty = paragraph(
            self.tr("Lägg till minst två målsättningar under Programmet för att ange samband."),
            self,
            muted=True,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_model = RelationListModel(self)
        self.list = self.list_model.view(self)
        self.list.activated.connect(self._edit_listed)
        legend = QHBoxLayout()
        for kind in ("synergi", "malkonflikt"):
            sign = QLabel(f" {SIGNS[kind]} ", self)
            sign.setStyleSheet(
                f"background: {BACKGROUNDS[kind]}; color: {FOREGROUNDS[kind]}; "
                "font-weight: bold; padding: 4px 10px;"
            )
            sign.setAlignment(Qt.AlignmentFlag.AlignCenter)
            legend.addWidget(sign)
            legend.addWidget(QLabel(kind_names()[kind], self))
            legend.addSpacing(16)
        legend.addWidget(
            paragraph(
                self.tr("Klicka i en ruta för att ange eller ändra ett samband."), self, True
            ),
            1,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(legend)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.list, 2)

    def load(self, cycle_id: int) -> None:
        self._cycle_id = cycle_id
        programme = self._services.programme.programme(cycle_id) if cycle_id else None
        self.model.set_programme(programme)
        self.list_model.set_rows(list(programme.relations) if programme else [])
        self.table.resizeRowsToContents()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        few = self.model.rowCount() < 2
        self.empty.setVisible(few)
        self.table.setVisible(not few)
        self.list.setVisible(not few or self.list_model.rowCount() > 0)

    def edit_cell(self, index: QModelIndex) -> None:
        pair = self.model.pair(index)
        if pair is not None:
            self.edit_pair(*pair)

    def _edit_listed(self, index: QModelIndex) -> None:
        relation = self.list_model.relation_at(index)
        programme = self.model.programme
        if relation is None or programme is None:
            return
        first = programme.objective(relation.first_objective_id)
        second = programme.objective(relation.second_objective_id)
        if first and second:
            self.edit_pair(first, second)

    def edit_pair(self, first: ObjectiveInfo, second: ObjectiveInfo) -> None:
        programme = self.model.programme
        relation = (
            programme.relation(first.objective_id, second.objective_id) if programme else None
        )
        try:
            dialog = RelationDialog(self._services, first, second, relation, self)
        except AgendaError as error:
            show_error(self, str(error))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load(self._cycle_id)
