"""Dialoger: the cycle's activities above, the chosen one's details below.

This is the controller of the tab: it turns the user's gestures into dialogue service
calls and reloads what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.dialogue_types import (
    ActivitySummary,
    CommentInfo,
    DialogueSnapshot,
    RemissStatus,
)
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.messages import confirm, show_error, show_warning
from agenda_desktop.gui.steering.dialogue_detail import ActivityDetailPanel
from agenda_desktop.gui.steering.dialogue_dialogs import ActivityDialog, CommentDialog
from agenda_desktop.gui.steering.dialogue_models import (
    ROW_ROLE,
    SORT_ROLE,
    ActivityColumn,
    ActivityTableModel,
)
from agenda_desktop.gui.style import paragraph, tidy_table


class DialoguesTab(QWidget):
    """Activities of the chosen cycle with add/edit/delete, and the chosen one's details."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.cycle_id = 0
        self.snapshot: DialogueSnapshot | None = None
        self.today: Callable[[], date] = date.today  # tests fix the day

        self.new_button = QPushButton(self.tr("&Ny aktivitet…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra aktivitet…"), self)
        self.delete_button = QPushButton(self.tr("Ta bort a&ktivitet…"), self)
        self.new_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)

        self.activities = ActivityTableModel(self)
        self.activity_proxy = QSortFilterProxyModel(self)
        self.activity_proxy.setSourceModel(self.activities)
        self.activity_proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.activity_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActivityColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Dialogaktiviteter"))
        tidy_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActivityColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_activity)

        self.detail = ActivityDetailPanel(self)
        self.detail.add_comment_requested.connect(self.add_comment)
        self.detail.edit_comment_requested.connect(self.edit_comment)
        self.detail.delete_comment_requested.connect(self.delete_comment)
        self.detail.participants.save_requested.connect(self.save_participants)
        self.detail.participants.history_requested.connect(self.show_activity_history)
        self.nothing_chosen = paragraph(
            self.tr("Välj en aktivitet i listan för att se dess synpunkter och deltagare."),
            self,
            muted=True,
        )
        self.nothing_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.nothing_chosen)
        self.detail_stack.addWidget(self.detail)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.totals = QLabel(self)
        buttons.addWidget(self.totals)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.splitter)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def load(self, cycle_id: int) -> None:
        """Show the cycle's activities, keeping the chosen one when it is still there, or
        else choosing the first, so that the lower half never opens empty."""
        chosen = self.current_activity()
        self.cycle_id = cycle_id
        try:
            self.snapshot = self._services.dialogue.dialogue(cycle_id) if cycle_id else None
        except AgendaError as error:
            self.snapshot = None
            show_error(self, str(error))
        activities = [a.summary for a in self.snapshot.activities] if self.snapshot else []
        self.activities.set_rows(activities)
        self._show_totals()
        if chosen is not None:
            self.select_activity(chosen.activity_id)
        if not self.table.selectionModel().hasSelection() and activities:
            self.table.selectRow(0)
        self._selection_changed()

    def _show_totals(self) -> None:
        snapshot = self.snapshot
        if snapshot is None or not snapshot.activities:
            self.totals.setText("")
            return
        self.totals.setText(
            self.tr("%1 aktiviteter · %2 synpunkter · %3 obesvarade")
            .replace("%1", str(len(snapshot.activities)))
            .replace("%2", str(snapshot.comment_count))
            .replace("%3", str(snapshot.unanswered_count))
        )

    def current_activity(self) -> ActivitySummary | None:
        if not self.table.selectionModel().hasSelection():
            return None
        summary = self.table.currentIndex().data(ROW_ROLE)
        return summary if isinstance(summary, ActivitySummary) else None

    def select_activity(self, activity_id: int) -> None:
        row = self.activities.row_of(activity_id)
        if row is None:
            return
        index = self.activity_proxy.mapFromSource(self.activities.index(row, 0))
        self.table.selectRow(index.row())

    def _selection_changed(self, *_: QItemSelection) -> None:
        chosen = self.current_activity()
        detail = None
        if chosen is not None and self.snapshot is not None:
            detail = next(
                (a for a in self.snapshot.activities if a.activity_id == chosen.activity_id),
                None,
            )
        if detail is None:
            self.detail_stack.setCurrentWidget(self.nothing_chosen)
        else:
            self.detail.show_activity(detail, self._remiss(detail.summary))
            self.detail_stack.setCurrentWidget(self.detail)
        self._update_buttons()

    def _remiss(self, summary: ActivitySummary) -> RemissStatus | None:
        if not summary.is_remiss or summary.deadline is None:
            return None
        return self._services.dialogue.remiss_status(summary.activity_id, self.today())

    def _update_buttons(self) -> None:
        has_cycle = bool(self.cycle_id)
        chosen = self.current_activity() is not None
        self.new_button.setEnabled(has_cycle)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- activities ----------------------------------------------------------------------

    def add_activity(self) -> None:
        dialog = ActivityDialog(self._services, self.cycle_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.load(self.cycle_id)
            self.select_activity(dialog.saved.activity_id)

    def edit_activity(self) -> None:
        chosen = self.detail.detail if self.current_activity() else None
        if chosen is None:
            return
        dialog = ActivityDialog(self._services, self.cycle_id, chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load(self.cycle_id)

    def delete_activity(self) -> None:
        chosen = self.current_activity()
        if chosen is None:
            return
        text = self.tr(
            "Ta bort ”%1” med dess %2 synpunkter och deltagaruppgifter? Det går inte att ångra."
        )
        text = text.replace("%1", chosen.title).replace("%2", str(chosen.comment_count))
        if not confirm(self, text, self.tr("Ta bort aktivitet")):
            return
        self._run(lambda: self._services.dialogue.delete_activity(chosen.activity_id))
        self.table.clearSelection()
        self.load(self.cycle_id)

    def save_participants(self, counts: dict[tuple[str, str], int]) -> None:
        chosen, detail = self.current_activity(), self.detail.detail
        if chosen is None or detail is None or detail.activity_id != chosen.activity_id:
            return
        service = self._services.dialogue
        try:
            saved = save_resolving_conflicts(
                self,
                detail.version,
                lambda expected: service.set_participants(chosen.activity_id, counts, expected),
            )
        except AgendaError as error:
            show_warning(self, str(error))
        else:
            if saved is None:
                return  # the user went back after another officer's save: the grid stays
        # Read again: the grid shows what is stored and the activity's new version.
        self.load(self.cycle_id)

    def show_activity_history(self) -> None:
        """Historik of the chosen activity, its participants and its own changes."""
        chosen = self.current_activity()
        if chosen is not None:
            record = RecordRef.of("dialogue_activity", chosen.activity_id)
            show_history(self, self._services.change_log, record, chosen.title)

    # -- comments ------------------------------------------------------------------------

    def add_comment(self) -> None:
        self._open_comment(None)

    def edit_comment(self, comment: CommentInfo) -> None:
        self._open_comment(comment)

    def _open_comment(self, comment: CommentInfo | None) -> None:
        chosen = self.current_activity()
        if chosen is None or self.snapshot is None:
            return
        dialog = CommentDialog(self._services, self.snapshot, chosen.activity_id, comment, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.load(self.cycle_id)
            self.detail.select_comment(dialog.saved.comment_id)

    def delete_comment(self, comment: CommentInfo) -> None:
        excerpt = comment.text if len(comment.text) <= 80 else comment.text[:77] + "…"
        text = self.tr("Ta bort synpunkten ”%1”? Det går inte att ångra.").replace("%1", excerpt)
        if not confirm(self, text, self.tr("Ta bort synpunkt")):
            return
        self._run(lambda: self._services.dialogue.delete_comment(comment.comment_id))
        self.load(self.cycle_id)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except AgendaError as error:
            show_warning(self, str(error))
