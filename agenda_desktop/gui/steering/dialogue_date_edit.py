"""A date field that may be left empty ("ej angivet"), written 2026-11-22."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# The lowest date stands for "no date": Qt then shows the special value text instead.
_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose lowest value means "no date".

    A click on an empty field starts from today (not from the year 1900 that stands for
    "empty"); Delete empties it again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(self.tr("Ej angivet"))
        self.setToolTip(self.tr("Skriv eller välj ett datum; Delete tömmer fältet."))
        self.set_day(None)

    def set_day(self, day: date | None) -> None:
        if day is None:
            self.setDate(_EMPTY)
        else:
            self.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> date | None:
        value = self.date()
        if value == _EMPTY:
            return None
        return date(value.year(), value.month(), value.day())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.date() == _EMPTY:
            self.setDate(QDate.currentDate())
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_day(None)
            return
        if self.date() == _EMPTY and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)
