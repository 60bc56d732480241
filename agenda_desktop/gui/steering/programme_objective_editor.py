"""The editor of one målsättning: its text and target year, the global goals and targets
it serves, and the indicators (with baseline and target) that follow it up.

The text and year are saved from the version they were filled from: when another officer
saved the målsättning meanwhile, the user chooses between both versions.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
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
from agenda_desktop.core.services.programme_types import ObjectiveIndicatorInfo, ObjectiveInfo
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.display import gender_names
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.row_table_model import RowTableModel
from agenda_desktop.gui.steering.check_list_dialog import Choice, choose
from agenda_desktop.gui.steering.programme_dialogs import OptionalYear, text_box
from agenda_desktop.gui.steering.programme_indicator_dialog import IndicatorDialog, number_text
from agenda_desktop.gui.style import heading, paragraph, tidy_table

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ObjectiveIndicatorModel(RowTableModel[ObjectiveIndicatorInfo]):
    """The indicators of one målsättning, baseline and target side by side."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nyckeltal"),
            self.tr("Kön"),
            self.tr("Utgångsvärde"),
            self.tr("År"),
            self.tr("Målvärde"),
            self.tr("Målår"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        values: tuple[object, ...] = (
            f"{row.kpi_id} {row.kpi_title}" + (f" ({row.unit})" if row.unit else ""),
            gender_names()[row.gender],
            row.baseline_value,
            row.baseline_year,
            row.target_value,
            row.target_year,
        )
        value = values[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return value if value is not None else float("-inf")
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in (2, 4):
                return number_text(value if isinstance(value, float) else None)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(values[0])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ObjectiveEditor(QWidget):
    """Shown beside the programme tree when a målsättning is selected."""

    changed = Signal(int)  # objective id, after any change was stored

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._objective: ObjectiveInfo | None = None
        self._form_version = 0  # the version the text and year were filled from
        self._goal_choices: list[Choice] | None = None

        self.title = heading("", self, level=2)
        self.text = text_box(self, lines=3)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 6 + 16)
        self.year = OptionalYear(self.tr("Inget målår"), self)
        self.save_button = QPushButton(self.tr("&Spara målsättningen"), self)
        self.save_button.clicked.connect(self.save_text)
        self.history_button = QPushButton(self.tr("Historik…"), self)
        self.history_button.setToolTip(self.tr("Vem som ändrat målsättningen, när och vad"))
        self.history_button.clicked.connect(self.show_history)
        self.links = paragraph("", self)
        self.links_button = QPushButton(self.tr("Välj &globala mål och delmål…"), self)
        self.links_button.clicked.connect(self.choose_links)

        self.model = ObjectiveIndicatorModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        tidy_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Nyckeltal som följer upp målsättningen"))
        self.table.doubleClicked.connect(self.edit_indicator)
        self.add_button = QPushButton(self.tr("Lägg till nyc&keltal…"), self)
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button = QPushButton(self.tr("Än&dra…"), self)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.remove_button = QPushButton(self.tr("Ta bort &nyckeltalet…"), self)
        self.remove_button.clicked.connect(self.remove_indicator)

        form = QFormLayout()
        text_label = QLabel(self.tr("&Hit vill vi:"), self)
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        year_row.addWidget(self.history_button)
        year_row.addWidget(self.save_button)
        year_label = QLabel(self.tr("Mål&år:"), self)
        year_label.setBuddy(self.year)
        form.addRow(year_label, year_row)
        links_row = QVBoxLayout()
        links_row.addWidget(self.links)
        links_buttons = QHBoxLayout()
        links_buttons.addWidget(self.links_button)
        links_buttons.addStretch(1)
        links_row.addLayout(links_buttons)
        form.addRow(self.tr("Globala mål:"), links_row)
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.add_button)
        indicator_buttons.addWidget(self.edit_button)
        indicator_buttons.addWidget(self.remove_button)
        indicator_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(heading(self.tr("Nyckeltal och målvärden"), self, level=2))
        layout.addWidget(self.table, 1)
        layout.addLayout(indicator_buttons)

    def show_objective(self, objective: ObjectiveInfo) -> None:
        same = (
            self._objective is not None and self._objective.objective_id == objective.objective_id
        )
        keep_edits = same and self.has_unsaved_edits()
        self._objective = objective
        self.title.setText(self.tr("Målsättning %1").replace("%1", objective.label))
        if not keep_edits:
            self._fill(objective)
        self.links.setText(self._links_text(objective))
        self.model.set_rows(list(objective.indicators))

    def _links_text(self, objective: ObjectiveInfo) -> str:
        if not objective.goals and not objective.targets:
            return self.tr("Inte kopplad till något globalt mål ännu.")
        goals = {g.number: g for g in self._services.reference.goals()}
        parts = [f"{n} {goal_name(goals[n])}" for n in objective.goals if n in goals]
        text = "; ".join(parts)
        if objective.targets:
            text += "\n" + self.tr("Delmål: %1").replace("%1", ", ".join(objective.targets))
        return text

    # -- text and year -------------------------------------------------------------------

    @property
    def objective_id(self) -> int | None:
        return None if self._objective is None else self._objective.objective_id

    def _fill(self, objective: ObjectiveInfo) -> None:
        self._objective = objective
        self._form_version = objective.version
        self.text.setPlainText(objective.text)
        self.year.set_year(objective.target_year)

    def has_unsaved_edits(self) -> bool:
        """The text or target year differs from what is stored."""
        objective = self._objective
        return objective is not None and (
            self.text.toPlainText() != objective.text or self.year.year() != objective.target_year
        )

    def save_before_leaving(self) -> bool:
        """Store edits before another item is shown (no reload); False when refused or when
        the user went back from a conflict with another officer's save."""
        if self._objective is None or not self.has_unsaved_edits():
            return True
        return self._store()

    def save_text(self) -> None:
        if self._objective is not None and self._store():
            self.changed.emit(self._objective.objective_id)

    def _store(self) -> bool:
        """Save the text and year from the version they were filled from; afterwards the
        form holds what was saved (with the user's choices after a conflict)."""
        objective = self._objective
        assert objective is not None
        text, year = self.text.toPlainText(), self.year.year()
        try:
            saved = save_resolving_conflicts(
                self,
                self._form_version,
                lambda expected: self._services.programme.update_objective(
                    objective.objective_id, text, year, expected
                ),
            )
        except AgendaError as error:
            show_error(self, str(error))
            return False
        if saved is None:
            return False  # nothing saved: the user's edits stay in the form
        self._fill(saved)
        self.text.document().setModified(False)
        return True

    def show_history(self) -> None:
        if self._objective is not None:
            record = RecordRef.of("objective", self._objective.objective_id)
            show_history(self, self._services.change_log, record, self.title.text())

    # -- goals and targets ---------------------------------------------------------------

    def _choices(self) -> list[Choice]:
        if self._goal_choices is None:
            choices: list[Choice] = []
            for goal in self._services.reference.goals():
                group = self.tr("Mål %1 %2").replace("%1", str(goal.number))
                group = group.replace("%2", goal_name(goal))
                choices.append(Choice(("goal", goal.number), self.tr("Hela målet"), group))
                for target in self._services.reference.goal(goal.number).targets:
                    label = target.code + " " + (target.short_title_sv or target.title_en)
                    choices.append(Choice(("target", target.code), label, group))
            self._goal_choices = choices
        return self._goal_choices

    def choose_links(self) -> None:
        if self._objective is None:
            return
        checked: list[Hashable] = [("goal", n) for n in self._objective.goals]
        checked += [("target", code) for code in self._objective.targets]
        keys = choose(self, self.tr("Globala mål och delmål"), self._choices(), checked)
        if keys is None:
            return
        pairs = [key for key in keys if isinstance(key, tuple)]
        goals = [int(value) for kind, value in pairs if kind == "goal"]
        targets = [str(value) for kind, value in pairs if kind == "target"]
        try:
            self._services.programme.set_objective_links(
                self._objective.objective_id, goals, targets
            )
        except AgendaError as error:
            show_error(self, str(error))
            return
        self.changed.emit(self._objective.objective_id)

    # -- indicators ----------------------------------------------------------------------

    def _selected_indicator(self) -> ObjectiveIndicatorInfo | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ObjectiveIndicatorInfo) else None

    def add_indicator(self) -> None:
        if self._objective is None:
            return
        dialog = IndicatorDialog(self._services, self._objective.objective_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit(self._objective.objective_id)

    def edit_indicator(self, *_: object) -> None:
        row = self._selected_indicator()
        if self._objective is None or row is None:
            return
        dialog = IndicatorDialog(self._services, self._objective.objective_id, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit(self._objective.objective_id)

    def remove_indicator(self) -> None:
        row = self._selected_indicator()
        if self._objective is None or row is None:
            return
        question = self.tr("Ta bort %1 från målsättning %2? Utgångsvärde och målvärde tas bort.")
        question = question.replace("%1", row.kpi_id).replace("%2", self._objective.label)
        if not confirm(self, question, self.tr("Ta bort nyckeltalet?")):
            return
        try:
            self._services.programme.remove_indicator(row.indicator_id)
        except AgendaError as error:
            show_error(self, str(error))
        self.changed.emit(self._objective.objective_id)
