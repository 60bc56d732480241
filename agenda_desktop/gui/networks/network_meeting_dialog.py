"""Ny nätverksträff / Ändra nätverksträff: date, optional start and end time, place, title
and notes of one of the network's meetings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings.agenda_rules import (
    FIELD_DATE,
    FIELD_END,
    FIELD_PLACE,
    FIELD_START,
)
from agenda_desktop.core.networks.input_rules import FIELD_MEETING
from agenda_desktop.core.services.networks_types import NetworkMeetingInfo, NetworkMeetingInput
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.meetings.meeting_dialog import parse_time


class NetworkMeetingDialog(SavingDialog):
    """Calls ``store`` with the typed meeting on Spara; a refused value keeps it open."""

    def __init__(
        self,
        store: Callable[[NetworkMeetingInput], object],
        meeting: NetworkMeetingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Ny nätverksträff") if meeting is None else self.tr("Ändra nätverksträff")
        super().__init__(title, parent)
        self._store = store
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        day = meeting.held_on if meeting else date.today()
        self.held_on.setDate(QDate(day.year, day.month, day.day))
        self.starts_at = QLineEdit(self)
        self.starts_at.setPlaceholderText(self.tr("t.ex. 09:30, tomt för heldag"))
        self.ends_at = QLineEdit(self)
        self.ends_at.setPlaceholderText(self.tr("t.ex. 12:00"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("t.ex. Nätverksträff 3: prioriteringar"))
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(["", self.tr("Digitalt"), self.tr("Digitalt via Teams")])
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("t.ex. Läsa rapporten före träffen."))
        self.notes.setMaximumHeight(90)
        if meeting is not None:
            self.starts_at.setText(f"{meeting.starts_at:%H:%M}" if meeting.starts_at else "")
            self.ends_at.setText(f"{meeting.ends_at:%H:%M}" if meeting.ends_at else "")
            self.title.setText(meeting.title)
            self.place.setCurrentText(meeting.place)
            self.notes.setPlainText(meeting.notes)
        self.form.addRow(self.tr("&Datum:"), self.held_on)
        self.form.addRow(self.tr("&Starttid:"), self.starts_at)
        self.form.addRow(self.tr("Slut&tid:"), self.ends_at)
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
        self.resize(460, self.sizeHint().height())

    def _time(self, field: str, editor: QLineEdit) -> time | None:
        try:
            return parse_time(editor.text())
        except ValueError:
            raise ValidationError(
                field, self.tr("skriv en tid som timmar och minuter, t.ex. 13:00.")
            ) from None

    def save(self) -> None:
        day = self.held_on.date()
        data = NetworkMeetingInput(
            held_on=date(day.year(), day.month(), day.day()),
            starts_at=self._time(FIELD_START, self.starts_at),
            ends_at=self._time(FIELD_END, self.ends_at),
            place=self.place.currentText().strip(),
            title=self.title.text().strip(),
            notes=self.notes.toPlainText(),
        )
        self._store(data)
