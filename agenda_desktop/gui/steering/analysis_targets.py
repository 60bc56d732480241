"""The targets (delmål) of the chosen goal that have been assessed, and the dialog that
assesses one. Assessing a target is optional: most goals are assessed as a whole."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.analysis import AnalysisService
from agenda_desktop.core.services.analysis_types import GoalAnalysis, TargetAnalysis
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.services.reference import ReferenceService, TargetInfo
from agenda_desktop.core.steering.analysis_rules import FIELD_TARGET
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.row_table_model import RowTableModel
from agenda_desktop.gui.steering.analysis_evidence_view import SORT_ROLE, sortable_table
from agenda_desktop.gui.steering.analysis_fields import AssessmentFields
from agenda_desktop.gui.steering.analysis_texts import (
    LEVEL_MARKS,
    assessment_names,
    trend_names,
)
from agenda_desktop.gui.style import paragraph

TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def target_label(target: TargetInfo) -> str:
    return f"{target.code} {target.short_title_sv or target.title_en}"


class TargetColumn(IntEnum):
    CODE = 0
    TITLE = 1
    ASSESSMENT = 2
    TREND = 3


class TargetsModel(RowTableModel[TargetAnalysis]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Delmål"),
            self.tr("Rubrik"),
            self.tr("Bedömning"),
            self.tr("Trend"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = TargetColumn(index.column())
        if role == TARGET_ROLE:
            return row
        if role == SORT_ROLE and column == TargetColumn.CODE:
            return tuple(int(part) if part.isdigit() else 0 for part in row.code.split("."))
        if role == SORT_ROLE and column == TargetColumn.ASSESSMENT:
            return list(LEVEL_MARKS).index(row.assessment.assessment)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        code = row.assessment.assessment
        return {
            TargetColumn.CODE: row.code,
            TargetColumn.TITLE: row.title,
            TargetColumn.ASSESSMENT: f"{LEVEL_MARKS[code]}  {assessment_names()[code]}",
            TargetColumn.TREND: trend_names()[row.assessment.trend],
        }[column]


class TargetDialog(SavingDialog):
    """Bedöm delmål: choose a target of the goal (fixed when editing) and assess it."""

    def __init__(
        self,
        analysis: AnalysisService,
        change_log: ChangeLogService,
        cycle_id: int,
        targets: list[TargetInfo],
        existing: TargetAnalysis | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("TargetDialog", "Bedöm delmål")
            if existing is None
            else QCoreApplication.translate("TargetDialog", "Ändra bedömningen av delmålet")
        )
        super().__init__(title, parent)
        self._analysis = analysis
        self._cycle_id = cycle_id
        # 0 when the target was not assessed: one stored meanwhile by someone else is a
        # conflict, not overwritten
        self._version = existing.assessment.version if existing is not None else 0
        self.resize(720, 560)
        self.target = QComboBox(self)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(40)
        for target in targets:
            self.target.addItem(target_label(target), target.code)
            self.target.setItemData(
                self.target.count() - 1, target.title_en, Qt.ItemDataRole.ToolTipRole
            )
        # The combo cuts long UN texts; the whole text of the chosen target stands below.
        self.target_text = paragraph("", self, muted=True)
        self.target.currentIndexChanged.connect(
            lambda index: self.target_text.setText(
                str(self.target.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
            )
        )
        if existing is not None:
            self.target.setCurrentIndex(max(self.target.findData(existing.code), 0))
            self.target.setEnabled(False)
        self.fields = AssessmentFields(self, text_height=120)
        if existing is not None:
            self.fields.set_data(existing.assessment.data())
        self.form.addRow(self.tr("&Delmål:"), self.target)
        self.form.addRow("", self.target_text)
        self.target_text.setText(
            str(self.target.itemData(self.target.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")
        )
        self.form.addRow(self.fields)
        self._fields = {FIELD_TARGET: self.target, **self.fields.field_widgets}
        self.saved: TargetAnalysis | None = None
        if existing is not None and existing.assessment.assessment_id is not None:
            self.add_history(
                change_log,
                RecordRef.of("target_assessment", existing.assessment.assessment_id),
                self.tr("Delmål %1").replace("%1", existing.code),
            )

    def save(self) -> None:
        self.saved = self._analysis.save_target(
            self._cycle_id,
            str(self.target.currentData()),
            self.fields.data(),
            self.expected(self._version),
        )


class TargetsPanel(QWidget):
    """The assessed targets of one goal with Bedöm delmål…, Ändra… and Ta bort;
    ``changed`` carries the number of assessed targets after each change."""

    changed = Signal(int)

    def __init__(
        self,
        analysis: AnalysisService,
        reference: ReferenceService,
        change_log: ChangeLogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._analysis = analysis
        self._reference = reference
        self._change_log = change_log
        self._cycle_id = 0
        self._goal: GoalAnalysis | None = None
        self.model = TargetsModel(self)
        self.table: QTableView = sortable_table(self.model, self, TargetColumn.TITLE)
        self.table.doubleClicked.connect(lambda _index: self.edit_target())
        self.add_button = QPushButton(self.tr("Bedöm ett de&lmål…"), self)
        self.edit_button = QPushButton(self.tr("Än&dra…"), self)
        self.remove_button = QPushButton(self.tr("Ta bort bed&ömningen"), self)
        self.add_button.clicked.connect(self.add_target)
        self.edit_button.clicked.connect(self.edit_target)
        self.remove_button.clicked.connect(self.remove_target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Bedöm de delmål där läget skiljer sig från målet i stort, "
                    "eller där ni vill följa något särskilt."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def show_goal(self, cycle_id: int, goal: GoalAnalysis) -> None:
        self._cycle_id = cycle_id
        self._goal = goal
        self.model.set_rows(goal.targets)
        self._enable()

    def selected(self) -> TargetAnalysis | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = rows[0].data(TARGET_ROLE)
        return found if isinstance(found, TargetAnalysis) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self._goal is not None)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _reload(self) -> None:
        if self._goal is not None:
            self.show_goal(
                self._cycle_id, self._analysis.goal(self._cycle_id, self._goal.goal_number)
            )
            self.changed.emit(self.model.rowCount())

    def target_dialog(self, existing: TargetAnalysis | None = None) -> TargetDialog | None:
        """The dialog for a new or an existing target assessment (tests drive it directly)."""
        if self._goal is None:
            return None
        assessed = {target.code for target in self._goal.targets}
        targets = [
            target
            for target in self._reference.goal(self._goal.goal_number).targets
            if existing is not None or target.code not in assessed
        ]
        if not targets:
            return None
        return TargetDialog(
            self._analysis, self._change_log, self._cycle_id, targets, existing, self
        )

    def add_target(self) -> None:
        dialog = self.target_dialog()
        if dialog is None:
            QMessageBox.information(
                self, self.tr("Delmål"), self.tr("Alla delmål under målet är redan bedömda.")
            )
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._reload()

    def edit_target(self) -> None:
        chosen = self.selected()
        dialog = self.target_dialog(chosen) if chosen else None
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self._reload()

    def remove_target(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort bedömningen"),
            self.tr("Ta bort bedömningen av delmål %1?").replace("%1", chosen.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._analysis.remove_target(self._cycle_id, chosen.code)
        except AgendaError as error:
            QMessageBox.warning(self, self.tr("Ta bort bedömningen"), str(error))
        self._reload()
