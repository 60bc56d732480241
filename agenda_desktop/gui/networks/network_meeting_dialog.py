"""Ny nätverksträff / Ändra nätverksträff: date, optional start and end time, place, title
and notes of one of the network's meetings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from agenda_desktop.core.meetings.agenda_rules import (
    FIELD_DATE,
    FIELD_END,
    FIELD_PLACE,
    FIELD_START,
)
from agenda_desktop.core.networks.input_rules import FIELD_MEETING
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.services.networks_types import NetworkMeetingInfo, NetworkMeetingInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.meetings.meeting_dialog import MeetingTimeDialog


class NetworkMeetingDialog(MeetingTimeDialog):
    """Calls ``store`` with the typed meeting on Spara, and for an edit the version it
    began from (None for a new meeting); a refused value keeps it open. With
    ``change_log`` an edit offers the meeting's history."""

    def __init__(
        self,
        store: Callable[[NetworkMeetingInput, ExpectedVersion | None], object],
        meeting: NetworkMeetingInfo | None = None,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        title = self.tr("Ny nätverksträff") if meeting is None else self.tr("Ändra nätverksträff")
        start_hint = self.tr("t.ex. 09:30, tomt för heldag")
        super().__init__(title, meeting, start_hint, self.tr("t.ex. 12:00"), parent)
        self._store = store
        self._meeting = meeting
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("t.ex. Nätverksträff 3: prioriteringar"))
        self.place = self._place_field(meeting)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("t.ex. Läsa rapporten före träffen."))
        self.notes.setMaximumHeight(90)
        if meeting is not None:
            self.title.setText(meeting.title)
            self.notes.setPlainText(meeting.notes)
        self.form.addRow(self.tr("&Rubrik:"), self.title)
        self.form.addRow(self.tr("&Plats:"), self.place)
        self.form.addRow(self.tr("&Anteckningar:"), self.notes)
        self._fields = {
            FIELD_DATE: self.held_on,
            FIELD_START: self.starts_at,
            FIELD_END: self.ends_at,
            FIELD_PLACE: self.place,
            FIELD_MEETING: self.title,
        }
        if meeting is not None and change_log is not None:
            title = f"{meeting.held_on.isoformat()} {meeting.title}".strip()
            self.add_history(change_log, RecordRef.of("network_meeting", meeting.meeting_id), title)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        data = NetworkMeetingInput(
            held_on=self._day(),
            starts_at=self._time(FIELD_START, self.starts_at),
            ends_at=self._time(FIELD_END, self.ends_at),
            place=self.place.currentText().strip(),
            title=self.title.text().strip(),
            notes=self.notes.toPlainText(),
        )
        meeting = self._meeting
        self._store(data, self.expected(meeting.version) if meeting is not None else None)
