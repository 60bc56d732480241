"""Dagordning: the chosen meeting's items in order, with add, edit, move and remove."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInfo, AgendaItemInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.meetings.agenda_item_dialog import AgendaItemDialog
from agenda_desktop.gui.meetings.meeting_models import ROW_ROLE, AgendaTableModel
from agenda_desktop.gui.messages import confirm, show_warning


class AgendaPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id: int | None = None
        self._read_only = False
        self.model = AgendaTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.edit_item)
        self.add_button = QPushButton(self.tr("&Ny punkt …"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra …"), self)
        self.up_button = QPushButton(self.tr("Flytta &upp"), self)
        self.down_button = QPushButton(self.tr("Flytta ne&d"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort"), self)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button.clicked.connect(self.remove_item)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        if meeting_id is None:
            self._read_only = True
            self.model.set_rows([])
        else:
            meeting = self._services.meetings.meeting(meeting_id)
            self._read_only = meeting.is_adjusted
            self.model.set_rows(self._services.meetings.items(meeting_id))
        self._update_buttons()

    def current_item(self) -> AgendaItemInfo | None:
        index = self.view.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.item_id == item_id:
                self.view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        editable = self._meeting_id is not None and not self._read_only
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(item is not None)
        self.up_button.setEnabled(editable and item is not None and item.can_move_up)
        self.down_button.setEnabled(editable and item is not None and item.can_move_down)
        self.remove_button.setEnabled(editable and item is not None and item.can_remove)

    def _reload(self, select: int | None = None) -> None:
        self.show_meeting(self._meeting_id)
        if select is not None:
            self.select_item(select)

    def add_item(self) -> None:
        meeting_id = self._meeting_id
        if meeting_id is None:
            return
        added: list[int] = []

        def store(data: AgendaItemInput, _expected: ExpectedVersion | None) -> None:
            added.append(self._services.meetings.add_item(meeting_id, data).item_id)

        dialog = AgendaItemDialog(self._services, store, parent=self)
        if dialog.exec():
            self._reload(added[-1] if added else None)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None:
            return

        def store(data: AgendaItemInput, expected: ExpectedVersion | None) -> None:
            self._services.meetings.update_item(item.item_id, data, expected)

        dialog = AgendaItemDialog(self._services, store, item, self._read_only, self)
        dialog.exec()
        self._reload(item.item_id)  # attachments may have changed even on Avbryt

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            self._services.meetings.move_item(item.item_id, step)
        except AgendaError as error:
            show_warning(self, str(error))
        self._reload(item.item_id)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        question = self.tr("Ta bort punkt %1, ”%2”, med dess bilagor?")
        question = question.replace("%1", str(item.position)).replace("%2", item.title)
        if not confirm(self, question, self.tr("Ta bort punkt")):
            return
        try:
            self._services.meetings.remove_item(item.item_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self._reload()
