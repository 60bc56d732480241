"""Närvaro: each member of the body with a kind chooser, substitutes and for whom, other
participants with role and items, and the quorum (beslutsförhet) shown clearly on top."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AttendanceInput, MemberInOffice
from agenda_desktop.gui.meetings.attendance_dialog import OtherParticipantDialog
from agenda_desktop.gui.meetings.meeting_models import (
    ROW_ROLE,
    OthersTableModel,
)
from agenda_desktop.gui.meetings.vocabulary_names import attendance_kind_names, role_names
from agenda_desktop.gui.messages import show_warning

SERVING = "tjanstgorande_ersattare"
QUORATE_STYLE = "font-weight: bold; color: #2b8a3e;"
NOT_QUORATE_STYLE = "font-weight: bold; color: #c92a2a;"


class AttendancePanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id: int | None = None
        self._read_only = True
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        self.members_box = QGroupBox(self.tr("Organets ledamöter och ersättare"), self)
        self.members_grid = QGridLayout()
        inner = QWidget(self)
        inner.setLayout(self.members_grid)
        scroll = QScrollArea(self.members_box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        box_layout = QVBoxLayout(self.members_box)
        box_layout.addWidget(scroll)
        self.kind_choosers: dict[int, QComboBox] = {}
        self.serving_choosers: dict[int, QComboBox] = {}
        self.others = OthersTableModel(self)
        self.others_view = QTableView(self)
        self.others_view.setModel(self.others)
        self.others_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.others_view.verticalHeader().hide()
        self.others_view.horizontalHeader().setStretchLastSection(True)
        self.others_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.others_view.setMaximumHeight(150)
        others_label = QLabel(self.tr("Öv&riga deltagare:"), self)
        others_label.setBuddy(self.others_view)
        self.add_other_button = QPushButton(self.tr("&Lägg till deltagare …"), self)
        self.edit_other_button = QPushButton(self.tr("Ändra d&eltagare …"), self)
        self.remove_other_button = QPushButton(self.tr("Ta bort &deltagare"), self)
        self.add_other_button.clicked.connect(self.add_other)
        self.edit_other_button.clicked.connect(lambda: self.edit_other())
        self.others_view.doubleClicked.connect(self.edit_other)
        self.remove_other_button.clicked.connect(self.remove_other)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_other_button)
        buttons.addWidget(self.edit_other_button)
        buttons.addWidget(self.remove_other_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.members_box, 1)
        layout.addWidget(others_label)
        layout.addWidget(self.others_view)
        layout.addLayout(buttons)

    def show_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self._clear_grid()
        if meeting_id is None:
            self._read_only = True
            self.others.set_rows([])
            self.quorum_label.clear()
        else:
            meetings = self._services.meetings
            self._read_only = meetings.meeting(meeting_id).is_adjusted
            self._fill_grid(meetings.members_in_office(meeting_id))
            self._refresh()
        self.add_other_button.setEnabled(not self._read_only)
        self.edit_other_button.setEnabled(not self._read_only)
        self.remove_other_button.setEnabled(not self._read_only)

    def _clear_grid(self) -> None:
        while self.members_grid.count():
            taken = self.members_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.kind_choosers.clear()
        self.serving_choosers.clear()

    def _fill_grid(self, members: list[MemberInOffice]) -> None:
        roles = role_names()
        voting = [m for m in members if m.is_voting]
        headers = [self.tr("Namn"), self.tr("Roll"), self.tr("Närvaro"), self.tr("Tjänstgör för")]
        for column, text in enumerate(headers):
            self.members_grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        if not members:
            empty = self.tr("Organet har inga ledamöter detta datum. Lägg in dem under Organ.")
            self.members_grid.addWidget(QLabel(empty, self), 1, 0, 1, 4)
        for row, member in enumerate(members, start=1):
            party = f" ({member.party})" if member.party else ""
            name = QLabel("&" + f"{member.name}{party}".replace("&", "&&"), self)
            kind = QComboBox(self)
            kind.addItem(self.tr("– ej angivet –"), "")
            for code, text in attendance_kind_names().items():
                if code != "ovrig":
                    kind.addItem(text, code)
            name.setBuddy(kind)
            serving = QComboBox(self)
            serving.addItem("", None)
            for other in voting:
                if other.person_id != member.person_id:
                    serving.addItem(other.name, other.person_id)
            serving.setEnabled(False)
            self.members_grid.addWidget(name, row, 0)
            self.members_grid.addWidget(QLabel(roles.get(member.role, member.role), self), row, 1)
            self.members_grid.addWidget(kind, row, 2)
            self.members_grid.addWidget(serving, row, 3)
            self.kind_choosers[member.person_id] = kind
            self.serving_choosers[member.person_id] = serving
            person_id = member.person_id
            kind.activated.connect(lambda _i, p=person_id: self._kind_chosen(p))
            serving.activated.connect(lambda _i, p=person_id: self._kind_chosen(p))
        self.members_grid.setRowStretch(len(members) + 1, 1)

    def _refresh(self) -> None:
        """Show the recorded attendance in the choosers, the others and the quorum."""
        if self._meeting_id is None:
            return
        groups = self._services.meetings.attendance(self._meeting_id)
        recorded = {row.person_id: row for group in groups for row in group.rows}
        for person_id, kind in self.kind_choosers.items():
            row = recorded.get(person_id)
            code = row.kind if row else ""
            kind.setCurrentIndex(max(0, kind.findData(code)))
            kind.setEnabled(not self._read_only)
            serving = self.serving_choosers[person_id]
            served = row.serving_for_id if row else None
            serving.setCurrentIndex(max(0, serving.findData(served)) if served else 0)
            serving.setEnabled(code == SERVING and not self._read_only)
        self.others.set_rows(row for row in recorded.values() if row.kind == "ovrig")
        quorum = self._services.meetings.quorum(self._meeting_id)
        self.quorum_label.setText(quorum.sentence)
        self.quorum_label.setStyleSheet(QUORATE_STYLE if quorum.is_quorate else NOT_QUORATE_STYLE)

    def choose(self, person_id: int, kind: str, serving_for: int | None = None) -> None:
        """Set a member's chooser(s) and save, as the user would."""
        chooser = self.kind_choosers[person_id]
        chooser.setCurrentIndex(chooser.findData(kind))
        if serving_for is not None:
            serving = self.serving_choosers[person_id]
            serving.setCurrentIndex(serving.findData(serving_for))
        self._kind_chosen(person_id)

    def _kind_chosen(self, person_id: int) -> None:
        if self._meeting_id is None:
            return
        kind = str(self.kind_choosers[person_id].currentData())
        serving = self.serving_choosers[person_id]
        serving.setEnabled(kind == SERVING)
        served = serving.currentData()
        if kind == SERVING and served is None:
            serving.setFocus()  # saved once the member served for is chosen
            return
        try:
            if kind:
                data = AttendanceInput(person_id, kind, served if kind == SERVING else None)
                self._services.meetings.set_attendance(self._meeting_id, data)
            else:
                self._services.meetings.clear_attendance(self._meeting_id, person_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self._refresh()

    def add_other(self) -> None:
        meeting_id = self._meeting_id
        if meeting_id is None:
            return
        meetings = self._services.meetings
        dialog = OtherParticipantDialog(
            meetings.people(),
            len(meetings.items(meeting_id)),
            lambda data: meetings.set_attendance(meeting_id, data),
            self,
        )
        if dialog.exec():
            self._refresh()

    def edit_other(self, index: QModelIndex | None = None) -> None:
        """Ändra deltagare: the chosen (or double-clicked) participant's role and items."""
        if index is None:
            index = self.others_view.currentIndex()
        meeting_id = self._meeting_id
        if meeting_id is None or self._read_only or not index.isValid():
            return
        row = self.others.data(index, ROW_ROLE)
        if row is None:
            return
        meetings = self._services.meetings
        dialog = OtherParticipantDialog(
            meetings.people(),
            len(meetings.items(meeting_id)),
            lambda data: meetings.set_attendance(meeting_id, data),
            self,
            current=row,
        )
        if dialog.exec():
            self._refresh()

    def remove_other(self) -> None:
        index = self.others_view.currentIndex()
        if self._meeting_id is None or not index.isValid():
            return
        row = self.others.data(index, ROW_ROLE)
        try:
            self._services.meetings.clear_attendance(self._meeting_id, row.person_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self._refresh()
