"""Nulägesanalys, step 1 of the steering cycle: where the municipality stands on each goal.

The 17 goals as tiles coloured by assessment; choosing one opens its editor beside its
evidence (linked indicators, dialogue comments) and its assessed targets. Edits are
never dropped silently: moving to another goal or cycle with unsaved edits asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.analysis_types import GoalAnalysis
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.vocabulary import COMMENT_STATUSES, DIALOGUE_KINDS
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.steering.analysis_compare import CompareDialog
from agenda_desktop.gui.steering.analysis_editor import GoalEditor
from agenda_desktop.gui.steering.analysis_evidence_view import (
    CommentColumn,
    CommentEvidenceModel,
    IndicatorColumn,
    IndicatorEvidenceModel,
    sortable_table,
)
from agenda_desktop.gui.steering.analysis_targets import TargetsPanel
from agenda_desktop.gui.steering.analysis_tiles import GoalOverview
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph

FIRST_GOAL = 1


class AnalysisPage(QWidget):
    """The Nulägesanalys page."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-analysis")
        self._services = services
        self._choice = CycleChoice.of(services)
        self._cycle_id = 0
        self._names = {goal.number: goal_name(goal) for goal in services.reference.goals()}

        self.cycle_bar = CycleBar(services, self)
        self.compare_button = QPushButton(self.tr("&Jämför med…"), self)
        self.compare_button.setToolTip(
            self.tr("Jämför bedömningarna med en annan styrcykels nulägesanalys, mål för mål")
        )
        self.compare_button.clicked.connect(self.open_compare)
        self.empty = paragraph(
            self.tr(
                "Nulägesanalysen görs för en styrcykel, oftast en mandatperiod. Starta "
                "den första, så kan ni börja bedöma var kommunen står i förhållande till "
                "de 17 målen."
            ),
            self,
        )
        start_button = QPushButton(self.tr("Starta en st&yrcykel…"), self)
        start_button.clicked.connect(self.cycle_bar.start_new_cycle)
        empty_state = QWidget(self)
        empty_layout = QVBoxLayout(empty_state)
        empty_layout.setContentsMargins(0, 24, 0, 0)
        empty_layout.setSpacing(12)
        empty_layout.addWidget(heading(self.tr("Ingen styrcykel ännu"), self, level=2))
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.overview = GoalOverview(self)
        self.overview.ask_to_leave = self.confirm_leave
        self.overview.goal_chosen.connect(self._show_goal)
        self.editor = GoalEditor(services.analysis, services.change_log, self)
        self.editor.saved.connect(self._saved)
        editor_scroll = QScrollArea(self)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        page_surface(self.editor)

        self.indicators = IndicatorEvidenceModel(self)
        # The dialogue page owns the interface names of these vocabularies; until it
        # offers them, the comments show the core's Swedish names.
        self.comments = CommentEvidenceModel(
            lambda code: DIALOGUE_KINDS.get(code, code),
            lambda code: COMMENT_STATUSES.get(code, code),
            self,
        )
        self.indicator_table = sortable_table(self.indicators, self, IndicatorColumn.INDICATOR)
        self.comment_table = sortable_table(self.comments, self, CommentColumn.COMMENT)
        self.targets = TargetsPanel(
            services.analysis, services.reference, services.change_log, self
        )
        self.targets.changed.connect(self._targets_changed)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.indicator_table, "")
        self.tabs.addTab(self.comment_table, "")
        self.tabs.addTab(self.targets, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(editor_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(14)
        content_layout.addWidget(self.overview)
        content_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty_state)
        self.stack.addWidget(content)

        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(heading(self.tr("Nulägesanalys"), self))
        top.addWidget(self.cycle_bar, 1)
        top.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN // 2, PAGE_MARGIN // 2, PAGE_MARGIN // 2, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Var står kommunen i förhållande till de 17 globala målen? Välj ett mål, "
                    "bedöm läget med stöd av nyckeltal och dialoger och spara."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.stack, 1)
        page_surface(self)
        self._choice.changed.connect(self._cycle_changed)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The editor gets a bit less than half; the evidence tables need the width.
            self._sized = True
            total = self.splitter.width()
            self.splitter.setSizes([total * 44 // 100, total - total * 44 // 100])

    # -- loading -----------------------------------------------------------------------

    @property
    def cycle_id(self) -> int:
        return self._cycle_id

    def reload(self) -> None:
        """Read the chosen cycle's analysis again and show the current goal."""
        self._cycle_id = self._choice.cycle_id
        has_cycle = self._cycle_id > 0
        self.stack.setCurrentIndex(1 if has_cycle else 0)
        self.compare_button.setEnabled(has_cycle and len(self._choice.cycles()) > 1)
        if not has_cycle:
            return
        try:
            analysis = self._services.analysis.analysis(self._cycle_id)
        except AgendaError as error:
            self.empty.setText(str(error))
            self.stack.setCurrentIndex(0)
            return
        self.overview.show_goals(analysis.goals, self._names)
        number = self.overview.current() or FIRST_GOAL
        self.overview.set_current(number)
        self._show(analysis.goal(number))

    def _cycle_changed(self, _cycle_id: int) -> None:
        if self.editor.is_dirty and not self._ask_to_save(allow_cancel=False):
            QMessageBox.warning(
                self,
                self.tr("Osparade ändringar"),
                self.tr("Ändringarna kunde inte sparas: %1").replace(
                    "%1", self.editor.error.text()
                ),
            )
        self.reload()

    def _show_goal(self, number: int) -> None:
        self._show(self._services.analysis.goal(self._cycle_id, number))

    def _show(self, goal: GoalAnalysis) -> None:
        self.editor.show_goal(self._cycle_id, goal, self._names[goal.goal_number])
        self.targets.show_goal(self._cycle_id, goal)
        evidence = self._services.analysis.evidence(self._cycle_id, goal.goal_number)
        self.indicators.set_rows(evidence.indicators)
        self.comments.set_rows(evidence.comments)
        self.tabs.setTabText(
            0, self.tr("Nyckeltal (%1)").replace("%1", str(len(evidence.indicators)))
        )
        self.tabs.setTabText(
            1, self.tr("Synpunkter från dialoger (%1)").replace("%1", str(len(evidence.comments)))
        )
        self._targets_changed(len(goal.targets))
        if not evidence.municipality_id:
            self.tabs.setTabToolTip(
                0, self.tr("Välj kommun under Inställningar för att se kommunens värden.")
            )

    def _targets_changed(self, count: int) -> None:
        self.tabs.setTabText(2, self.tr("Delmål (%1)").replace("%1", str(count)))

    def _saved(self, goal: GoalAnalysis) -> None:
        self.overview.show_goals((goal,), self._names)

    # -- unsaved edits -----------------------------------------------------------------

    def confirm_leave(self) -> bool:
        """True when the page may show something else: no unsaved edits, or the user chose
        to save (and it worked) or to drop them. The main window may call this too."""
        if not self.editor.is_dirty:
            return True
        return self._ask_to_save(allow_cancel=True)

    def _ask_to_save(self, allow_cancel: bool) -> bool:
        goal = self.editor.goal
        number = goal.goal_number if goal else 0
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if allow_cancel:
            buttons |= QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(
            self,
            self.tr("Osparade ändringar"),
            self.tr(
                "Ni har ändrat bedömningen av mål %1 utan att spara. Spara ändringarna?"
            ).replace("%1", str(number)),
            buttons,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.No:
            self.editor.revert()
            return True
        return False

    # -- actions -----------------------------------------------------------------------

    def open_compare(self) -> None:
        if self._cycle_id:
            CompareDialog(self._services, self._cycle_id, self._names, self).exec()
