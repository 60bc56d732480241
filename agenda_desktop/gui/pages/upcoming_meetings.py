"""Kommande möten on Översikt: the next meetings of every body, with a way to them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agenda_desktop.core.services.meetings import MeetingService
from agenda_desktop.gui.style import INK, MUTED_INK, paragraph

SHOWN = 5


class UpcomingMeetingsPanel(QWidget):
    """The nearest meetings (date, time, body, place); ``pageRequested("meetings")``."""

    pageRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(
        self, meetings: MeetingService, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._today = today
        self._body: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        upcoming = self._meetings.upcoming(self._today or date.today(), SHOWN)
        self._body = QWidget(self)
        grid = QGridLayout(self._body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.rows = []
        if not upcoming:
            grid.addWidget(
                paragraph(self.tr("Inga möten är inplanerade ännu."), self._body, muted=True),
                0, 0,
            )  # fmt: skip
        for row, meeting in enumerate(upcoming):
            when = meeting.held_on.isoformat()
            if meeting.starts_at is not None:
                when += " " + meeting.starts_at.strftime("%H:%M")
            cells = (when, meeting.body_name, meeting.place)
            self.rows.append(" · ".join(cells))
            for column, text in enumerate(cells):
                label = QLabel(text, self._body)
                label.setStyleSheet(f"color: {INK if column < 2 else MUTED_INK};")
                grid.addWidget(label, row, column)
        button = QPushButton(self.tr("Gå till Möten och protokoll"), self._body)
        button.clicked.connect(lambda: self.pageRequested.emit("meetings"))
        grid.addWidget(button, max(len(upcoming), 1), 0)
        grid.setColumnStretch(2, 1)
        self._layout.addWidget(self._body)
