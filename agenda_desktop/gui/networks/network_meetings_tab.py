"""Möten, a tab of a network: the network's meeting dates (not a body of ours, so no
agenda or protocol), edited here and exported to a calendar (.ics) for Outlook."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkMeetingInfo, NetworkMeetingInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.meetings.calendar_export import export_calendar
from agenda_desktop.gui.messages import confirm, show_warning
from agenda_desktop.gui.networks.network_meeting_dialog import NetworkMeetingDialog
from agenda_desktop.gui.networks.network_part_tab import NetworkPartTab
from agenda_desktop.gui.row_table_model import AnyIndex, RowTableModel, selected_row
from agenda_desktop.gui.style import MUTED_INK, fitted_table

ROW_ROLE = Qt.ItemDataRole.UserRole


def time_text(meeting: NetworkMeetingInfo) -> str:
    """ "09:30–12:00", "09:30", or "Heldag" when no time is set."""
    if meeting.starts_at is None:
        return QCoreApplication.translate("NetworkMeetingsTab", "Heldag")
    text = f"{meeting.starts_at:%H:%M}"
    if meeting.ends_at is not None:
        text += f"–{meeting.ends_at:%H:%M}"
    return text


class NetworkMeetingTableModel(RowTableModel[NetworkMeetingInfo]):
    """The meetings by date: Datum, Tid, Plats, Rubrik, and whether it is ahead or past."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> Sequence[str]:
        translate = QCoreApplication.translate
        return [
            translate("NetworkMeetingsTab", "Datum"),
            translate("NetworkMeetingsTab", "Tid"),
            translate("NetworkMeetingsTab", "Plats"),
            translate("NetworkMeetingsTab", "Rubrik"),
            translate("NetworkMeetingsTab", "När"),
        ]

    def is_past(self, meeting: NetworkMeetingInfo) -> bool:
        return meeting.held_on < (self.today or date.today())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self.rows[index.row()]
        if role == ROW_ROLE:
            return meeting
        if role == Qt.ItemDataRole.ForegroundRole and self.is_past(meeting):
            return QColor(MUTED_INK)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        when = (
            translate("NetworkMeetingsTab", "Har varit")
            if self.is_past(meeting)
            else translate("NetworkMeetingsTab", "Kommande")
        )
        values = (meeting.held_on.isoformat(), time_text(meeting), meeting.place, meeting.title,
                  when)  # fmt: skip
        return values[index.column()]


class NetworkMeetingsTab(NetworkPartTab):
    """The chosen network's meeting dates; ``changed`` after every saved change."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(services, parent)
        self.model = NetworkMeetingTableModel(self, today)
        self.view = QTableView(self)
        fitted_table(self.view, self.model, 3)
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_meeting())
        label = QLabel(self.tr("Nätverkets &mötesdatum:"), self)
        label.setBuddy(self.view)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_INK};")

        self.add_button = QPushButton(self.tr("&Ny…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort"), self)
        self.export_button = QPushButton(self.tr("Exportera till &kalender (.ics)…"), self)
        self.export_all_button = QPushButton(self.tr("Exportera a&lla (.ics)…"), self)
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.remove_button.clicked.connect(self.remove_meeting)
        self.export_button.clicked.connect(lambda: self.export_meeting())
        self.export_all_button.clicked.connect(lambda: self.export_all())

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_all_button)
        self._lay_out(label, self.view, self.empty, buttons)

    # -- showing -----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        previous = self.current_meeting()
        wanted = select if select is not None else (previous.meeting_id if previous else None)
        meetings = self._network_part(lambda network: network.meetings)
        self.model.set_rows(meetings)
        ids = [meeting.meeting_id for meeting in meetings]
        if wanted in ids:
            self.view.selectRow(ids.index(wanted))
        elif meetings:
            upcoming = [i for i, m in enumerate(meetings) if not self.model.is_past(m)]
            self.view.selectRow(upcoming[0] if upcoming else len(meetings) - 1)
        if self.network_id is None:
            self.empty.setText(self.tr("Välj ett nätverk för att se dess mötesdatum."))
        elif not meetings:
            self.empty.setText(self.tr("Inga mötesdatum ännu. Lägg till dem med ”Ny…”."))
        self.empty.setVisible(not meetings)
        self._update_buttons()

    def current_meeting(self) -> NetworkMeetingInfo | None:
        meeting: NetworkMeetingInfo | None = selected_row(self.view, ROW_ROLE)
        return meeting

    def _update_buttons(self) -> None:
        chosen = self.current_meeting() is not None
        self.add_button.setEnabled(self.network_id is not None)
        for button in (self.edit_button, self.remove_button, self.export_button):
            button.setEnabled(chosen)
        self.export_all_button.setEnabled(self.model.rowCount() > 0)

    # -- changing ----------------------------------------------------------------------

    def add_meeting(self) -> None:
        network_id = self.network_id
        if network_id is None:
            return
        created: list[int] = []

        def store(data: NetworkMeetingInput, _expected: ExpectedVersion | None) -> None:
            created.append(self._services.networks.add_meeting(network_id, data).meeting_id)

        dialog = NetworkMeetingDialog(store, parent=self)
        if dialog.exec() and created:
            self.reload(created[-1])
            self.changed.emit()
        dialog.deleteLater()

    def edit_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return

        def store(data: NetworkMeetingInput, expected: ExpectedVersion | None) -> None:
            self._services.networks.update_meeting(meeting.meeting_id, data, expected)

        dialog = NetworkMeetingDialog(store, meeting, self, self._services.change_log)
        if dialog.exec():
            self.reload(meeting.meeting_id)
            self.changed.emit()
        dialog.deleteLater()

    def remove_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        question = self.tr("Ta bort nätverksträffen %1?").replace(
            "%1", f"{meeting.held_on.isoformat()} {meeting.title}".strip()
        )
        if not confirm(self, question, self.tr("Ta bort mötesdatum")):
            return
        try:
            self._services.networks.remove_meeting(meeting.meeting_id)
        except AgendaError as error:
            show_warning(self, str(error))
            self.reload()
            return
        self.reload()
        self.changed.emit()

    # -- calendar ----------------------------------------------------------------------

    def export_meeting(self, path: Path | None = None) -> None:
        """The chosen meeting as an .ics file (``path`` None: ask where)."""
        meeting, network_id = self.current_meeting(), self.network_id
        if meeting is None or network_id is None:
            return
        self._export(
            lambda: self._services.networks.meetings_calendar(network_id, meeting.meeting_id),
            f"natverkstraff-{meeting.held_on.isoformat()}.ics", path,
        )  # fmt: skip

    def export_all(self, path: Path | None = None) -> None:
        """Every meeting of the network as one .ics file (``path`` None: ask where)."""
        network_id = self.network_id
        if network_id is None:
            return
        self._export(lambda: self._services.networks.meetings_calendar(network_id),
                     "natverkstraffar.ics", path)  # fmt: skip

    def _export(self, make_text: Callable[[], str], suggested: str, path: Path | None) -> None:
        saved = self.tr(
            "Kalenderfilen sparades i %1. Öppna den i Outlook för att lägga in träffarna."
        )
        export_calendar(self, make_text, suggested, path, saved)
