"""Step 5, Följ upp och analysera: the follow-ups of a cycle and, for the chosen one, the
outcomes against baseline and target, the actions, the analysis and the maturity.

The page is a view over ``FollowUpService``: it loads one complete snapshot
(``follow_up``) and stores everything the officers edited with one ``save`` (Spara).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.follow_up_types import (
    FollowUpChanges,
    FollowUpDetail,
    FollowUpSummary,
)
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.messages import confirm, show_error, show_warning
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice
from agenda_desktop.gui.steering.follow_up_dialogs import NewFollowUpDialog, kind_names
from agenda_desktop.gui.steering.follow_up_outcome_section import OutcomeSection
from agenda_desktop.gui.steering.follow_up_review import (
    ActionSummaryView,
    AnalysisTexts,
    MaturitySection,
)
from agenda_desktop.gui.style import (
    MUTED_INK,
    PAGE_MARGIN,
    SECTION_SPACING,
    heading,
    page_surface,
    paragraph,
)

LIST_WIDTH = 250
EMPTY, DETAIL = 0, 1


class FollowUpDetailView(QWidget):
    """Everything about one follow-up, top to bottom, with Spara at the end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", self, level=2)
        self.subtitle = paragraph("", self, muted=True)
        self.outcomes = OutcomeSection(self)
        self.action_summary = ActionSummaryView(self)
        self.analysis = AnalysisTexts(self)
        self.maturity = MaturitySection(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        for section in (self.outcomes, self.action_summary, self.analysis, self.maturity):
            layout.addWidget(section)
            layout.addSpacing(SECTION_SPACING // 2)
        layout.addStretch(1)

    def show_detail(self, detail: FollowUpDetail) -> None:
        summary = detail.summary
        self.title.setText(f"{kind_names()[summary.kind]} {summary.year}")
        self.subtitle.setText(
            self.tr("%1 · utfall till och med %2")
            .replace("%1", detail.cycle_name)
            .replace("%2", str(summary.year))
        )
        self.outcomes.show_objectives(detail.objectives)
        self.action_summary.show_summary(detail.actions)
        self.analysis.what_moved.setPlainText(detail.what_moved)
        self.analysis.what_to_change.setPlainText(detail.what_to_change)
        self.maturity.show_criteria(detail.criteria, summary.maturity, summary.published_on)

    def changes(self) -> FollowUpChanges:
        return FollowUpChanges(
            what_moved=self.analysis.what_moved.toPlainText(),
            what_to_change=self.analysis.what_to_change.toPlainText(),
            maturity=self.maturity.maturity(),
            published_on=self.maturity.published_date(),
            criteria=self.maturity.ticked(),
            objective_comments=self.outcomes.collected_comments(),
        )


class FollowUpPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-follow-up")
        self._services = services
        self.choice = CycleChoice.of(services)
        self.detail: FollowUpDetail | None = None
        # What the form showed when loaded, to notice unsaved edits when leaving it.
        self._loaded: FollowUpChanges | None = None
        self._shown_id = 0

        self.cycle_bar = CycleBar(services, self)
        self.no_cycle = paragraph(
            self.tr(
                "Ni har ingen styrcykel ännu. Starta en med Ny styrcykel… ovan eller på "
                "Översikt; uppföljningen görs sedan per år och per mandatperiod."
            ),
            self,
        )
        list_label = QLabel(self.tr("&Uppföljningar:"), self)
        self.list = QListWidget(self)
        list_label.setBuddy(self.list)
        self.list.setAccessibleName(self.tr("Uppföljningar"))
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&Ny uppföljning…"), self)
        self.new_button.clicked.connect(self.new_follow_up)
        self.delete_button = QPushButton(self.tr("Ta &bort…"), self)
        self.delete_button.clicked.connect(self.delete_follow_up)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(list_label)
        side.addWidget(self.list, 1)
        side.addWidget(self.new_button)
        side.addWidget(self.delete_button)
        self.side = QWidget(self)
        self.side.setLayout(side)
        self.side.setFixedWidth(LIST_WIDTH)

        self.view = FollowUpDetailView()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.view)
        page_surface(self.view)
        # Spara stays in sight below the long form.
        self.save_button = QPushButton(self.tr("&Spara"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self.tr("Hist&orik…"), self)
        self.history_button.setToolTip(self.tr("Vem som ändrat uppföljningen, när och vad"))
        self.history_button.clicked.connect(self.show_history)
        self.saved_note = QLabel(self)
        self.saved_note.setStyleSheet(f"color: {MUTED_INK};")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 8, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.history_button)
        detail_page = QWidget(self)
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.scroll_area, 1)
        detail_layout.addLayout(buttons)
        self.empty = paragraph(
            self.tr(
                "Det finns ingen uppföljning i den här styrcykeln ännu. Välj Ny uppföljning… "
                "för att följa upp ett år eller hela mandatperioden."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(detail_page)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.side)
        body.addWidget(self.stack, 1)
        self.body = QWidget(self)
        self.body.setLayout(body)
        body.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN // 2)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Följ upp och analysera"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Följ upp minst en gång om året: hur indikatorerna ligger till mot "
                    "målvärdena, hur åtgärderna går, vad som har rört sig och varför, och vad "
                    "ni behöver ändra. Publicera resultatet för invånarna."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.cycle_bar)
        layout.addWidget(self.no_cycle)
        layout.addWidget(self.body, 1)
        page_surface(self)
        self.setTabOrder(self.list, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.scroll_area)
        self.setTabOrder(self.scroll_area, self.save_button)
        self.setTabOrder(self.save_button, self.history_button)
        self.choice.changed.connect(self.reload)
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self, *_: object, keep: int | None = None) -> None:
        """Read the chosen cycle's follow-ups again and show ``keep`` (or the first)."""
        cycle_id = self.choice.cycle_id
        self.no_cycle.setVisible(cycle_id == 0)
        self.body.setVisible(cycle_id != 0)
        self.list.blockSignals(True)
        self.list.clear()
        names = kind_names()
        chosen_row = 0
        for row, summary in enumerate(self._services.follow_up.follow_ups(cycle_id)):
            text = f"{names[summary.kind]} {summary.year}"
            if summary.published_on is None:
                text += "\n" + self.tr("Inte publicerad")
            else:
                text += "\n" + self.tr("Publicerad %1").replace(
                    "%1", summary.published_on.isoformat()
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.follow_up_id)
            self.list.addItem(item)
            if summary.follow_up_id == keep:
                chosen_row = row
        self.list.blockSignals(False)
        self.delete_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(chosen_row)
            self._chosen(self.list.currentItem())
        else:
            self._offer_to_save()
            self.detail, self._shown_id, self._loaded = None, 0, None
            self.stack.setCurrentIndex(EMPTY)

    def chosen_id(self) -> int:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0

    def _chosen(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is None:
            return
        follow_up_id = int(item.data(Qt.ItemDataRole.UserRole))
        if follow_up_id != self._shown_id:
            self._offer_to_save()
        try:
            self.detail = self._services.follow_up.follow_up(follow_up_id, date.today())
        except AgendaError as error:
            show_error(self, str(error))
            return
        self.view.show_detail(self.detail)
        self._shown_id = follow_up_id
        self._loaded = self.view.changes()
        self.saved_note.setText("")
        self.stack.setCurrentIndex(DETAIL)

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.view.changes() != self._loaded

    def _offer_to_save(self) -> None:
        """Before another follow-up replaces the form: save its edits if the user wants."""
        if not self._shown_id or not self.has_unsaved_changes() or self.detail is None:
            return
        summary = self.detail.summary
        name = f"{kind_names()[summary.kind]} {summary.year}"
        question = self.tr("Ni har ändringar i %1 som inte är sparade. Spara dem nu?").replace(
            "%1", name
        )
        if confirm(self, question, self.tr("Spara ändringarna")):
            self._store(self._shown_id, summary.version)
        self._loaded = None

    # -- actions ------------------------------------------------------------------------------

    def new_follow_up(self) -> None:
        cycle = next((c for c in self.choice.cycles() if c.cycle_id == self.choice.cycle_id), None)
        if cycle is None:
            return
        dialog = NewFollowUpDialog(self._services.follow_up, cycle, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id:
            self.reload(keep=dialog.created_id)
        dialog.deleteLater()

    def save(self) -> None:
        follow_up_id = self.chosen_id()
        if self.detail is None or self.detail.summary.follow_up_id != follow_up_id:
            return  # nothing shown, or it could not be read
        if self._store(follow_up_id, self.detail.summary.version) is None:
            return  # refused, or the user went back after a conflict: the form stays
        # Read again, so that the form holds the new version for the next save.
        self.reload(keep=follow_up_id)
        self.saved_note.setText(self.tr("Sparat %1.").replace("%1", date.today().isoformat()))

    def _store(self, follow_up_id: int, version: int) -> FollowUpSummary | None:
        """Save the form's changes, made from ``version``; on another officer's save in
        between, the user chooses what to keep. None when nothing was saved."""
        changes = self.view.changes()
        service = self._services.follow_up
        try:
            return save_resolving_conflicts(
                self, version, lambda expected: service.save(follow_up_id, changes, expected)
            )
        except AgendaError as error:
            show_warning(self, str(error))
            return None

    def history_record(self) -> RecordRef | None:
        """The follow-up shown, as the change log names it."""
        if self.detail is None:
            return None
        return RecordRef.of("follow_up", self.detail.summary.follow_up_id)

    def show_history(self) -> None:
        record = self.history_record()
        if record is None or self.detail is None:
            return
        summary = self.detail.summary
        title = f"{kind_names()[summary.kind]} {summary.year}"
        show_history(self, self._services.change_log, record, title)

    def delete_follow_up(self) -> None:
        follow_up_id = self.chosen_id()
        item = self.list.currentItem()
        if not follow_up_id or item is None:
            return
        name = item.text().split("\n")[0]
        question = self.tr(
            "Ta bort %1 med dess analys, mognadsbedömning och kommentarer? Det går inte att ångra."
        ).replace("%1", name)
        if not confirm(self, question, self.tr("Ta bort uppföljningen")):
            return
        try:
            self._services.follow_up.delete(follow_up_id)
        except AgendaError as error:
            show_error(self, str(error))
        self._shown_id, self._loaded = 0, None
        self.reload()
