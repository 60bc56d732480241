"""The editor of one goal's assessment: the fields, "borde arbeta med", Spara, Ångra and
Historik.

It remembers whether the shown goal has unsaved edits, so the page can ask before the
user moves to another goal or cycle and nothing is lost silently. A save that meets
another officer's save of the same goal shows both versions for the user to choose from.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.services.analysis import AnalysisService
from agenda_desktop.core.services.analysis_types import GoalAnalysis
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.steering.analysis_rules import GoalAssessmentData
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.indicators.meta_dialogs import ERROR_STYLE
from agenda_desktop.gui.steering.analysis_fields import AssessmentFields
from agenda_desktop.gui.steering.analysis_texts import FLAG
from agenda_desktop.gui.style import MUTED_INK, heading


class GoalEditor(QWidget):
    """Edits the goal given to :meth:`show_goal`; ``saved`` carries the stored result."""

    saved = Signal(object)  # GoalAnalysis

    def __init__(
        self,
        analysis: AnalysisService,
        change_log: ChangeLogService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._analysis = analysis
        self._change_log = change_log
        self._cycle_id = 0
        self._goal: GoalAnalysis | None = None
        self._dirty = False
        self.title = heading("", self, level=2)
        self.fields = AssessmentFields(self)
        self.should_work_on = QCheckBox(
            self.tr("%1 B&orde arbeta med: ett mål vi inte arbetat med men borde").replace(
                "%1", FLAG
            ),
            self,
        )
        self.save_button = QPushButton(self.tr("&Spara"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Ångra &ändringarna"), self)
        self.history_button = QPushButton(self.tr("Histori&k…"), self)
        self.history_button.setToolTip(self.tr("Vem som ändrat bedömningen, när och vad"))
        self.status = QLabel(self)
        self.status.setStyleSheet(f"color: {MUTED_INK};")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.should_work_on)
        layout.addWidget(self.fields, 1)
        self.fields.changed.connect(self._edited)
        self.should_work_on.toggled.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.history_button.clicked.connect(self.show_history)
        self._show_state()

    @property
    def goal(self) -> GoalAnalysis | None:
        return self._goal

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def show_goal(self, cycle_id: int, goal: GoalAnalysis, name: str) -> None:
        """Show a goal as stored; any unsaved edits of the previous one are dropped."""
        self._cycle_id = cycle_id
        self._goal = goal
        self.title.setText(
            self.tr("Mål %1: %2").replace("%1", str(goal.goal_number)).replace("%2", name)
        )
        self.title.setAccessibleName(self.title.text())
        self.revert()

    def revert(self) -> None:
        if self._goal is None:
            return
        self.fields.set_data(self._goal.data())
        self.should_work_on.blockSignals(True)
        self.should_work_on.setChecked(self._goal.should_work_on)
        self.should_work_on.blockSignals(False)
        self.error.hide()
        self._dirty = False
        self._show_state()

    def save(self) -> bool:
        """Store the edits; on a refused value show why, focus the field and return False."""
        if self._goal is None:
            return False
        base = self.fields.data()
        data = GoalAssessmentData(
            base.assessment,
            base.trend,
            base.radighet,
            base.partners,
            base.roles,
            base.group_differences,
            base.analysis,
            self.should_work_on.isChecked(),
        )
        number = self._goal.goal_number
        try:
            stored = save_resolving_conflicts(
                self,
                self._goal.assessment.version,
                lambda expected: self._analysis.save_goal(self._cycle_id, number, data, expected),
            )
        except ValidationError as error:
            self._problem(str(error))
            self.fields.focus_field(error.field)
            return False
        except AgendaError as error:
            self._problem(str(error))
            return False
        if stored is None:
            self._problem(
                self.tr(
                    "Inget sparades. Det som någon annan sparade står kvar; dina ändringar "
                    "finns kvar i formuläret tills du sparar eller ångrar dem."
                )
            )
            return False
        self._goal = stored
        self.revert()
        self.saved.emit(stored)
        return True

    def history_record(self) -> RecordRef | None:
        """The shown goal's stored assessment, None before it is first saved."""
        found = self._goal.assessment.assessment_id if self._goal is not None else None
        return None if found is None else RecordRef.of("goal_assessment", found)

    def show_history(self) -> None:
        record = self.history_record()
        if record is None or self._goal is None:
            return
        show_history(self, self._change_log, record, self.title.text())

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _edited(self) -> None:
        self._dirty = True
        self._show_state()

    def _show_state(self) -> None:
        has_goal = self._goal is not None
        self.save_button.setEnabled(has_goal and self._dirty)
        self.revert_button.setEnabled(has_goal and self._dirty)
        self.history_button.setEnabled(self.history_record() is not None)
        if self._dirty:
            self.status.setText(self.tr("Ändringarna är inte sparade."))
        elif self._goal is not None and self._goal.assessment.updated_at is not None:
            moment = self._goal.assessment.updated_at
            qt_moment = QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute),
            )
            self.status.setText(
                self.tr("Senast sparad %1.").replace(
                    "%1", QLocale().toString(qt_moment, "yyyy-MM-dd HH:mm")
                )
            )
        else:
            self.status.setText(self.tr("Inte bedömt ännu i den här styrcykeln."))
