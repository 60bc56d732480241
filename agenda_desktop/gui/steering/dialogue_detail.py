"""The chosen activity: what, when and for whom; the remiss banner; its comments and
participants under two tabs.

The panel only shows and asks; :class:`.dialogue_tab.DialoguesTab` calls the service.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.dialogue_types import ActivityDetail, CommentInfo, RemissStatus
from agenda_desktop.gui.steering.dialogue_display import (
    day_text,
    kind_names,
    remiss_banner_text,
)
from agenda_desktop.gui.steering.dialogue_models import (
    ROW_ROLE,
    CommentColumn,
    CommentFilter,
    CommentTableModel,
)
from agenda_desktop.gui.steering.dialogue_participants import ParticipantsGrid
from agenda_desktop.gui.style import heading, paragraph, tidy_table

BANNER_STYLE = (
    "background: #fff4e6; color: #5c3200; border: 1px solid #f0c38a;"
    " border-radius: 4px; padding: 8px 12px;"
)
LATE_BANNER_STYLE = (
    "background: #fff0f0; color: #7d1a1a; border: 1px solid #e8a3a3;"
    " border-radius: 4px; padding: 8px 12px;"
)


class ActivityDetailPanel(QWidget):
    """Shows one ActivityDetail; signals say what the user asked for."""

    add_comment_requested = Signal()
    edit_comment_requested = Signal(object)  # CommentInfo
    delete_comment_requested = Signal(object)  # CommentInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ActivityDetail | None = None
        self.title = heading("", self, level=2)
        self.meta = paragraph("", self, muted=True)
        self.description = paragraph("", self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

        self.comments = CommentTableModel(self)
        self.comment_filter = CommentFilter(self)
        self.comment_filter.setSourceModel(self.comments)
        self.comment_table = QTableView(self)
        self.comment_table.setModel(self.comment_filter)
        self.comment_table.setSortingEnabled(True)
        self.comment_table.sortByColumn(CommentColumn.RECEIVED, Qt.SortOrder.AscendingOrder)
        self.comment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comment_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comment_table.setWordWrap(True)
        self.comment_table.verticalHeader().hide()
        self.comment_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.comment_table.setAlternatingRowColors(True)
        self.comment_table.doubleClicked.connect(self._edit_current)
        tidy_table(self.comment_table)
        header = self.comment_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (CommentColumn.TEXT, 300),
            (CommentColumn.SENDER, 150),
            (CommentColumn.RECEIVED, 100),
            (CommentColumn.CONCERNS, 170),
            (CommentColumn.STATUS, 100),
        ):
            self.comment_table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Ny &synpunkt…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra synpunkt…"), self)
        self.delete_button = QPushButton(self.tr("Ta &bort synpunkt…"), self)
        self.only_unanswered = QCheckBox(self.tr("Visa bara &obesvarade"), self)
        self.add_button.clicked.connect(self.add_comment_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.only_unanswered.toggled.connect(self.comment_filter.set_only_unanswered)
        self.comment_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.comment_filter.modelReset.connect(self._update_buttons)
        self.comment_filter.layoutChanged.connect(self._update_buttons)

        comment_buttons = QHBoxLayout()
        comment_buttons.addWidget(self.add_button)
        comment_buttons.addWidget(self.edit_button)
        comment_buttons.addWidget(self.delete_button)
        comment_buttons.addStretch(1)
        comment_buttons.addWidget(self.only_unanswered)
        comments_page = QWidget(self)
        comments_layout = QVBoxLayout(comments_page)
        comments_layout.addLayout(comment_buttons)
        comments_layout.addWidget(self.comment_table, 1)

        self.participants = ParticipantsGrid(self)
        participants_page = QWidget(self)
        participants_layout = QVBoxLayout(participants_page)
        participants_layout.addWidget(
            paragraph(
                self.tr(
                    "Hur många deltog, efter kön och ålder? Då syns om dialogen nådde de "
                    "grupper som nulägesanalysen pekade ut."
                ),
                participants_page,
                muted=True,
            )
        )
        participants_layout.addWidget(self.participants)
        participants_layout.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(comments_page, self.tr("Synpunkter"))
        self.tabs.addTab(participants_page, self.tr("Deltagare"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.description)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def show_activity(self, detail: ActivityDetail, remiss: RemissStatus | None) -> None:
        self.detail = detail
        summary = detail.summary
        self.title.setText(summary.title)
        self.title.setAccessibleName(summary.title)
        parts = [kind_names().get(summary.kind, summary.kind)]
        if summary.held_on:
            parts.append(day_text(summary.held_on))
        if summary.target_group:
            parts.append(self.tr("Målgrupp: %1").replace("%1", summary.target_group))
        self.meta.setText(" · ".join(parts))
        self.description.setText(detail.description)
        self.description.setVisible(bool(detail.description))
        self.show_remiss(remiss)
        self.comments.set_rows(detail.comments)
        self.participants.set_counts(detail.participant_grid())
        locale = QLocale()
        self.tabs.setTabText(
            0,
            self.tr("Synpunkter (%1)").replace("%1", locale.toString(summary.comment_count)),
        )
        self.tabs.setTabText(
            1,
            self.tr("Deltagare (%1)").replace("%1", locale.toString(summary.participant_count)),
        )
        self._update_buttons()

    def show_remiss(self, remiss: RemissStatus | None) -> None:
        self.banner.setVisible(remiss is not None)
        self.only_unanswered.setVisible(remiss is not None or self._has_answered())
        if remiss is None:
            return
        self.banner.setText(remiss_banner_text(remiss))
        late = remiss.past_deadline and remiss.unanswered_count > 0
        self.banner.setStyleSheet(LATE_BANNER_STYLE if late else BANNER_STYLE)

    def _has_answered(self) -> bool:
        return self.detail is not None and any(not c.is_unanswered for c in self.detail.comments)

    def current_comment(self) -> CommentInfo | None:
        index = self.comment_table.currentIndex()
        if not index.isValid() or not self.comment_table.selectionModel().hasSelection():
            return None
        comment = index.data(ROW_ROLE)
        return comment if isinstance(comment, CommentInfo) else None

    def select_comment(self, comment_id: int) -> None:
        for row in range(self.comment_filter.rowCount()):
            comment = self.comment_filter.index(row, 0).data(ROW_ROLE)
            if isinstance(comment, CommentInfo) and comment.comment_id == comment_id:
                self.comment_table.selectRow(row)
                return

    def _edit_current(self) -> None:
        comment = self.current_comment()
        if comment is not None:
            self.edit_comment_requested.emit(comment)

    def _delete_current(self) -> None:
        comment = self.current_comment()
        if comment is not None:
            self.delete_comment_requested.emit(comment)

    def _update_buttons(self) -> None:
        chosen = self.current_comment() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
