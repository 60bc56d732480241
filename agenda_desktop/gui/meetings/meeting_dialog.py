"""Nytt möte / Ändra möte: date, start and end time, place and practical notes.

``MeetingTimeDialog`` holds the date, time and place fields, which the networks' meeting
dialog asks for in the same way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Protocol

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import agenda_rules as rules
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.services.meetings_types import MeetingInfo, MeetingInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
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


class TimedMeeting(Protocol):
    """What the shared fields show of a meeting being changed."""

    @property
    def held_on(self) -> date: ...
    @property
    def starts_at(self) -> time | None: ...
    @property
    def ends_at(self) -> time | None: ...
    @property
    def place(self) -> str: ...


class MeetingTimeDialog(SavingDialog):
    """A meeting dialog's first rows, Datum, Starttid and Sluttid, and its Plats field.

    ``start_hint`` and ``end_hint`` are the time fields' placeholders; the subclass adds
    its own rows and makes the place field with ``_place_field`` where it wants it.
    """

    def __init__(
        self,
        title: str,
        meeting: TimedMeeting | None,
        start_hint: str,
        end_hint: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(title, parent)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        day = meeting.held_on if meeting else date.today()
        self.held_on.setDate(QDate(day.year, day.month, day.day))
        self.starts_at = QLineEdit(self)
        self.starts_at.setPlaceholderText(start_hint)
        self.ends_at = QLineEdit(self)
        self.ends_at.setPlaceholderText(end_hint)
        if meeting is not None:
            self.starts_at.setText(f"{meeting.starts_at:%H:%M}" if meeting.starts_at else "")
            self.ends_at.setText(f"{meeting.ends_at:%H:%M}" if meeting.ends_at else "")
        self.form.addRow(self.tr("&Datum:"), self.held_on)
        self.form.addRow(self.tr("&Starttid:"), self.starts_at)
        self.form.addRow(self.tr("Slut&tid:"), self.ends_at)

    def _place_field(self, meeting: TimedMeeting | None) -> QComboBox:
        """An editable place, offering Digitalt and Digitalt via Teams."""
        place = QComboBox(self)
        place.setEditable(True)
        place.addItems(["", self.tr("Digitalt"), self.tr("Digitalt via Teams")])
        if meeting is not None:
            place.setCurrentText(meeting.place)
        return place

    def _day(self) -> date:
        day = self.held_on.date()
        return date(day.year(), day.month(), day.day())

    def _time(self, field: str, editor: QLineEdit) -> time | None:
        try:
            return parse_time(editor.text())
        except ValueError:
            raise ValidationError(
                field, self.tr("skriv en tid som timmar och minuter, t.ex. 13:00.")
            ) from None


class MeetingDialog(MeetingTimeDialog):
    """Calls ``store`` with the typed meeting on Spara, and, for a change of ``meeting``,
    the version it began from (None for a new one); a refused value keeps it open. With
    ``change_log``, a change offers the meeting's history (Historik…)."""

    def __init__(
        self,
        store: Callable[[MeetingInput, ExpectedVersion | None], object],
        meeting: MeetingInfo | None = None,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        title = self.tr("Nytt möte") if meeting is None else self.tr("Ändra möte")
        super().__init__(title, meeting, self.tr("t.ex. 13:00"), self.tr("t.ex. 15:30"), parent)
        self._store = store
        self._meeting = meeting
        self.place = self._place_field(meeting)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("t.ex. Fika från 12.30. Ta med budgetunderlaget."))
        self.notes.setMaximumHeight(90)
        if meeting is not None:
            self.notes.setPlainText(meeting.notes)
        self.form.addRow(self.tr("&Plats:"), self.place)
        self.form.addRow(self.tr("Praktiska &anteckningar:"), self.notes)
        self._fields = {
            rules.FIELD_DATE: self.held_on,
            rules.FIELD_START: self.starts_at,
            rules.FIELD_END: self.ends_at,
            rules.FIELD_PLACE: self.place,
            rules.FIELD_NOTES: self.notes,
        }
        if meeting is not None and change_log is not None:
            title = self.tr("Möte %1").replace("%1", meeting.held_on.isoformat())
            self.add_history(change_log, RecordRef.of("meeting", meeting.meeting_id), title)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        data = MeetingInput(
            held_on=self._day(),
            starts_at=self._time(rules.FIELD_START, self.starts_at),
            ends_at=self._time(rules.FIELD_END, self.ends_at),
            place=self.place.currentText(),
            notes=self.notes.toPlainText(),
        )
        meeting = self._meeting
        self._store(data, self.expected(meeting.version) if meeting is not None else None)
