"""Prioriterade mål: the 17 global goals, checked when prioritised, each with a rationale.

The table shows every goal so that the choice is made with the whole in view (the goals
are integrated and indivisible); the rationale of the selected goal is edited beside it,
and saved from the version it was filled from (another officer's save meanwhile is shown
to the user to choose from, never overwritten unseen).
"""

from __future__ import annotations

from dataclasses import dataclass

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
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import UNSAVED_VERSION, PriorityInfo
from agenda_desktop.core.services.reference import GoalInfo
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.steering.programme_dialogs import text_box
from agenda_desktop.gui.style import paragraph, tidy_table

Index = QModelIndex | QPersistentModelIndex
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PriorityRow:
    goal: GoalInfo
    priority: PriorityInfo | None  # None: the goal is not prioritised

    @property
    def prioritised(self) -> bool:
        return self.priority is not None

    @property
    def rationale(self) -> str:
        return self.priority.rationale if self.priority else ""


class PrioritiesModel(QAbstractTableModel):
    """One row per global goal: Mål (checkable) and Motivering."""

    toggled = Signal(int, bool)  # goal number, now prioritised

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PriorityRow] = []

    def set_rows(self, rows: list[PriorityRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Mål"), self.tr("Motivering"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == GOAL_ROLE:
            return row.goal.number
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.goal.number}  {goal_name(row.goal)}"
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.prioritised else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(row.goal.colour)
            if role == Qt.ItemDataRole.UserRole:  # sorting: by number
                return row.goal.number
        if column == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(row.rationale.split())
            if role == Qt.ItemDataRole.ToolTipRole and row.rationale:
                return row.rationale
            if role == Qt.ItemDataRole.UserRole:
                return row.rationale.casefold()
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit(self.rows[index.row()].goal.number, checked)
        return True


class PrioritiesPanel(QWidget):
    """The goals table and the rationale editor of the selected goal."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._cycle_id = 0
        self._goals = services.reference.goals()
        self.model = PrioritiesModel(self)
        self.model.toggled.connect(self.set_prioritised)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        tidy_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 340)
        self.table.setAccessibleName(self.tr("Prioriterade mål"))
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)

        self.editor_title = QLabel(self)
        self.editor_title.setWordWrap(True)
        font = self.editor_title.font()
        font.setBold(True)
        self.editor_title.setFont(font)
        self.rationale = text_box(self, lines=8)
        self.rationale.setPlaceholderText(
            self.tr("Varför ska kommunen arbeta med målet först? T.ex. vad nulägesanalysen visade.")
        )
        rationale_label = QLabel(self.tr("&Motivering:"), self)
        rationale_label.setBuddy(self.rationale)
        self.save_button = QPushButton(self.tr("&Spara motiveringen"), self)
        self.save_button.clicked.connect(self.save_rationale)
        self.history_button = QPushButton(self.tr("Historik…"), self)
        self.history_button.setToolTip(self.tr("Vem som ändrat motiveringen, när och vad"))
        self.history_button.clicked.connect(self.show_history)

        editor = QVBoxLayout()
        editor.addWidget(self.editor_title)
        editor.addWidget(rationale_label)
        editor.addWidget(self.rationale, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.save_button)
        editor.addLayout(buttons)

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addSpacing(16)
        body.addLayout(editor, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Kryssa för de mål som kommunen ska arbeta med först, utifrån "
                    "nulägesanalysen, och skriv varför. Målen hänger ihop: se till helheten."
                ),
                self,
                muted=True,
            )
        )
        layout.addLayout(body, 1)

    def load(self, cycle_id: int) -> None:
        self._cycle_id = cycle_id
        chosen = (
            {p.goal_number: p for p in self._services.programme.priorities(cycle_id)}
            if cycle_id
            else {}
        )
        self.model.set_rows([PriorityRow(goal, chosen.get(goal.number)) for goal in self._goals])
        self._show_selected()

    def _selected_row(self) -> PriorityRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        number = index.data(GOAL_ROLE)
        return next((r for r in self.model.rows if r.goal.number == number), None)

    def select_goal(self, number: int) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(GOAL_ROLE) == number:
                self.table.selectRow(row)
                return

    def _show_selected(self, *_: object) -> None:
        row = self._selected_row()
        enabled = row is not None and bool(self._cycle_id)
        self.rationale.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.history_button.setEnabled(enabled and row is not None and row.prioritised)
        if row is None:
            self.editor_title.setText(
                self.tr("Välj ett mål i tabellen för att skriva motiveringen.")
            )
            self.rationale.setPlainText("")
            return
        self.editor_title.setText(
            self.tr("Mål %1: %2")
            .replace("%1", str(row.goal.number))
            .replace("%2", goal_name(row.goal))
        )
        self.rationale.setPlainText(row.rationale)
        self.save_button.setText(
            self.tr("&Spara motiveringen")
            if row.prioritised
            else self.tr("&Prioritera med motiveringen")
        )

    def save_rationale(self) -> None:
        row = self._selected_row()
        if row is None or not self._cycle_id:
            return
        self._set(row, self.rationale.toPlainText())

    def show_history(self) -> None:
        row = self._selected_row()
        if row is not None and row.priority is not None:
            record = RecordRef.of("priority_goal", row.priority.priority_id)
            show_history(self, self._services.change_log, record, self.editor_title.text())

    def set_prioritised(self, number: int, prioritised: bool) -> None:
        if not self._cycle_id:
            return
        row = next(r for r in self.model.rows if r.goal.number == number)
        if prioritised:
            self._set(row, row.rationale)
            return
        if row.rationale.strip() and not confirm(
            self,
            self.tr("Mål %1 prioriteras inte längre, och motiveringen tas bort.").replace(
                "%1", str(number)
            ),
            self.tr("Ta bort prioriteringen?"),
        ):
            return
        try:
            self._services.programme.remove_priority(self._cycle_id, number)
        except AgendaError as error:
            show_error(self, str(error))
        self._reload_keeping(number)

    def _set(self, row: PriorityRow, rationale: str) -> None:
        """Prioritise the row's goal with ``rationale``, from the version the row was read
        at (UNSAVED_VERSION when it was not prioritised then); the table is reloaded once
        saved, and left as it is when nothing was."""
        number = row.goal.number
        try:
            saved = save_resolving_conflicts(
                self,
                row.priority.version if row.priority else UNSAVED_VERSION,
                lambda expected: self._services.programme.set_priority(
                    self._cycle_id, number, rationale, expected
                ),
            )
        except AgendaError as error:
            show_error(self, str(error))
            return
        if saved is not None:
            self._reload_keeping(number)

    def _reload_keeping(self, number: int) -> None:
        self.load(self._cycle_id)
        self.select_goal(number)
