"""Möten: a body's meetings, and the chosen meeting's agenda, attendance and protocol.

The third sub-tab, "Protokoll", is a slot: ``set_protocol_panel`` puts the protocol panel
there (any widget with ``show_meeting(meeting_id)``), and it follows the chosen meeting.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import MeetingInfo, MeetingInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.meetings.agenda_panel import AgendaPanel
from agenda_desktop.gui.meetings.attendance_panel import AttendancePanel
from agenda_desktop.gui.meetings.meeting_dialog import MeetingDialog
from agenda_desktop.gui.meetings.meeting_models import ROW_ROLE, MeetingTableModel, state_names
from agenda_desktop.gui.messages import confirm, show_warning


class MeetingPanel(Protocol):
    def show_meeting(self, meeting_id: int) -> None: ...


class MeetingsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._protocol: MeetingPanel | None = None
        self.body = QComboBox(self)
        body_label = QLabel(self.tr("&Organ:"), self)
        body_label.setBuddy(self.body)
        self.body.currentIndexChanged.connect(self.reload_meetings)
        self.model = MeetingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.edit_meeting)
        meetings_label = QLabel(self.tr("&Möten:"), self)
        meetings_label.setBuddy(self.view)
        self.add_button = QPushButton(self.tr("&Nytt möte …"), self)
        self.edit_button = QPushButton(self.tr("&Ändra möte …"), self)
        self.delete_button = QPushButton(self.tr("Ta bort mö&tet"), self)
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.agenda = AgendaPanel(services, self)
        self.attendance = AttendancePanel(services, self)
        self.protocol_slot = QLabel(self.tr("Protokollet visas här."), self)
        self.protocol_slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QTabWidget(self)
        self.details.addTab(self.agenda, self.tr("Dagordning"))
        self.details.addTab(self.attendance, self.tr("Närvaro"))
        self.details.addTab(self.protocol_slot, self.tr("Protokoll"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(body_label)
        chooser.addWidget(self.body, 1)
        left_layout.addLayout(chooser)
        left_layout.addWidget(meetings_label)
        left_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(self._meeting_chosen)
        self.details.currentChanged.connect(self._detail_shown)
        self.reload_bodies()

    def set_protocol_panel(self, panel: QWidget) -> None:
        """Put the protocol panel (with ``show_meeting(meeting_id)``) in the third tab."""
        index = self.details.indexOf(self.protocol_slot)
        self.details.removeTab(index)
        self.protocol_slot.deleteLater()
        self.details.insertTab(index, panel, self.tr("Protokoll"))
        self._protocol = panel  # type: ignore[assignment]
        meeting = self.current_meeting()
        if meeting is not None and self._protocol is not None:
            self._protocol.show_meeting(meeting.meeting_id)

    def _detail_shown(self, _index: int) -> None:
        """The agenda may have changed since the protocol was shown: show it afresh."""
        meeting = self.current_meeting()
        shown: object = self.details.currentWidget()
        if meeting is not None and self._protocol is not None and shown is self._protocol:
            self._protocol.show_meeting(meeting.meeting_id)

    def reload_bodies(self) -> None:
        chosen = self.body.currentData()
        self.body.blockSignals(True)
        self.body.clear()
        for body in self._services.bodies.bodies():
            self.body.addItem(body.name, body.body_id)
        self.body.setCurrentIndex(max(0, self.body.findData(chosen)))
        self.body.blockSignals(False)
        self.reload_meetings()

    def current_body_id(self) -> int | None:
        data = self.body.currentData()
        return int(data) if data is not None else None

    def current_meeting(self) -> MeetingInfo | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def reload_meetings(self, select: int | None = None) -> None:
        previous = self.current_meeting()
        wanted = select if select is not None else (previous.meeting_id if previous else None)
        body_id = self.current_body_id()
        self.model.set_rows(self._services.meetings.meetings(body_id) if body_id else [])
        self.add_button.setEnabled(body_id is not None)
        rows = [m.meeting_id for m in self.model.rows]
        if rows:
            source_row = rows.index(wanted) if wanted in rows else 0
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            self.view.selectRow(index.row() if wanted in rows else 0)
        self._meeting_chosen()

    def _meeting_chosen(self) -> None:
        meeting = self.current_meeting()
        self.edit_button.setEnabled(meeting is not None)
        self.delete_button.setEnabled(meeting is not None and not meeting.is_adjusted)
        meeting_id = meeting.meeting_id if meeting else None
        if meeting is None:
            self.heading.setText(self.tr("Välj eller lägg till ett möte."))
        else:
            text = self.tr("%1 %2, %3 – %4")
            text = text.replace("%1", meeting.held_on.isoformat()).replace("%2", meeting.time_text)
            place = meeting.place or self.tr("plats ej angiven")
            text = text.replace("%3", place).replace("%4", state_names()[meeting.state])
            self.heading.setText(text)
        self.agenda.show_meeting(meeting_id)
        self.attendance.show_meeting(meeting_id)
        if self._protocol is not None and meeting_id is not None:
            self._protocol.show_meeting(meeting_id)

    def add_meeting(self) -> None:
        body_id = self.current_body_id()
        if body_id is None:
            return
        created: list[int] = []

        def store(data: MeetingInput, _expected: ExpectedVersion | None) -> None:
            created.append(self._services.meetings.create_meeting(body_id, data).meeting_id)

        if MeetingDialog(store, parent=self).exec() and created:
            self.reload_meetings(created[-1])

    def edit_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return

        def store(data: MeetingInput, expected: ExpectedVersion | None) -> None:
            self._services.meetings.update_meeting(meeting.meeting_id, data, expected)

        if MeetingDialog(store, meeting, self, self._services.change_log).exec():
            self.reload_meetings(meeting.meeting_id)

    def delete_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        question = self.tr("Ta bort mötet %1 med dagordning, bilagor och närvaro?")
        if not confirm(
            self, question.replace("%1", meeting.held_on.isoformat()), self.tr("Ta bort möte")
        ):
            return
        try:
            self._services.meetings.delete_meeting(meeting.meeting_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self.reload_meetings()
