"""Nytt möte / Ändra möte: date, start and end time, place and practical notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import agenda_rules as rules
from agenda_desktop.core.services.meetings_types import MeetingInfo, MeetingInput
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog


def parse_time(text: str) -> time | None:
    """ "13:00", "13.00", "1300" or "13"; None when empty; ValueError when not a time."""
    cleaned = text.strip().replace(".", ":")
    if not cleaned:
        return None
    if ":" not in cleaned:
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}" if len(cleaned) > 2 else f"{cleaned}:00"
    hours, _sep, minutes = cleaned.partition(":")
    return time(int(hours), int(minutes))


class MeetingDialog(SavingDialog):
    """Calls ``store`` with the typed meeting on Spara; a refused value keeps it open."""

    def __init__(
        self,
        store: Callable[[MeetingInput], object],
        meeting: MeetingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Nytt möte") if meeting is None else self.tr("Ändra möte")
        super().__init__(title, parent)
        self._store = store
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        day = meeting.held_on if meeting else date.today()
        self.held_on.setDate(QDate(day.year, day.month, day.day))
        self.starts_at = QLineEdit(self)
        self.starts_at.setPlaceholderText(self.tr("t.ex. 13:00"))
        self.ends_at = QLineEdit(self)
        self.ends_at.setPlaceholderText(self.tr("t.ex. 15:30"))
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(["", self.tr("Digitalt"), self.tr("Digitalt via Teams")])
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("t.ex. Fika från 12.30. Ta med budgetunderlaget."))
        self.notes.setMaximumHeight(90)
        if meeting is not None:
            self.starts_at.setText(f"{meeting.starts_at:%H:%M}" if meeting.starts_at else "")
            self.ends_at.setText(f"{meeting.ends_at:%H:%M}" if meeting.ends_at else "")
            self.place.setCurrentText(meeting.place)
            self.notes.setPlainText(meeting.notes)
        self.form.addRow(self.tr("&Datum:"), self.held_on)
        self.form.addRow(self.tr("&Starttid:"), self.starts_at)
        self.form.addRow(self.tr("Slut&tid:"), self.ends_at)
        self.form.addRow(self.tr("&Plats:"), self.place)
        self.form.addRow(self.tr("Praktiska &anteckningar:"), self.notes)
        self._fields = {
            rules.FIELD_DATE: self.held_on,
            rules.FIELD_START: self.starts_at,
            rules.FIELD_END: self.ends_at,
            rules.FIELD_PLACE: self.place,
            rules.FIELD_NOTES: self.notes,
        }
        self.resize(440, self.sizeHint().height())

    def _time(self, field: str, editor: QLineEdit) -> time | None:
        try:
            return parse_time(editor.text())
        except ValueError:
            raise ValidationError(
                field, self.tr("skriv en tid som timmar och minuter, t.ex. 13:00.")
            ) from None

    def save(self) -> None:
        day = self.held_on.date()
        data = MeetingInput(
            held_on=date(day.year(), day.month(), day.day()),
            starts_at=self._time(rules.FIELD_START, self.starts_at),
            ends_at=self._time(rules.FIELD_END, self.ends_at),
            place=self.place.currentText(),
            notes=self.notes.toPlainText(),
        )
        self._store(data)
