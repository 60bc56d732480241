"""The chosen meeting's documents: kallelse, protokoll and underlag printed or saved as PDF,
and the meeting or the body's year plan exported to a calendar (.ics) for Outlook."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.meetings.calendar_export import export_calendar
from agenda_desktop.gui.meetings.meetings_tab import MeetingsTab
from agenda_desktop.gui.messages import show_error, show_information


class MeetingDocumentsBar(QWidget):
    """Below the meetings: which document, and what to do with it."""

    def __init__(
        self, services: Services, meetings: MeetingsTab, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._meetings = meetings
        self._folder = Path(tempfile.mkdtemp(prefix="agenda-mote-"))
        self.dialog: QDialog | None = None
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Kallelse med dagordning"), "kallelse")
        self.kind.addItem(self.tr("Protokoll"), "protokoll")
        self.kind.addItem(self.tr("Underlag, en sida per ärende"), "handout")
        label = QLabel(self.tr("&Dokument:"), self)
        label.setBuddy(self.kind)
        self.preview_button = QPushButton(self.tr("&Förhandsgranska och skriv ut…"), self)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Spara som &PDF…"), self)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.calendar_button = QPushButton(self.tr("Mötet till &kalender…"), self)
        self.calendar_button.clicked.connect(lambda: self.export_meeting())
        self.year_button = QPushButton(self.tr("Å&rsplan till kalender…"), self)
        self.year_button.clicked.connect(lambda: self.export_year())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.kind)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.year_button)

    def build(self, out_path: Path) -> Path | None:
        """Write the chosen document of the chosen meeting; None (after saying why) if not."""
        from agenda_desktop.core.reports.build import build_report

        meeting = self._meetings.current_meeting()
        if meeting is None:
            show_error(self, self.tr("Välj ett möte i listan först."))
            return None
        try:
            build_report(self._services, str(self.kind.currentData()), out_path,
                         meeting_id=meeting.meeting_id)  # fmt: skip
        except AgendaError as error:
            show_error(self, str(error))
            return None
        return out_path

    def preview(self) -> None:
        from agenda_desktop.gui.reports.printing import open_window_modal, preview_dialog

        path = self.build(self._folder / f"{self.kind.currentData()}.pdf")
        if path is not None:
            self.dialog = open_window_modal(preview_dialog(path, self), self.dialog)

    def save_pdf(self, path: Path | None = None) -> None:
        meeting = self._meetings.current_meeting()
        if path is None:
            suggested = f"{self.kind.currentData()}-{meeting.held_on if meeting else ''}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Spara som PDF"), str(Path.home() / suggested), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        if self.build(path) is not None:
            show_information(
                self, self.tr("Dokumentet sparades i %1.").replace("%1", str(path)),
                self.tr("Sparat"),
            )  # fmt: skip

    def export_meeting(self, path: Path | None = None) -> None:
        from agenda_desktop.core.meetings.ics import meeting_calendar

        meeting = self._meetings.current_meeting()
        if meeting is None:
            show_error(self, self.tr("Välj ett möte i listan först."))
            return
        self._export(lambda: meeting_calendar(self._services.database, meeting.meeting_id),
                     f"mote-{meeting.held_on}.ics", path)  # fmt: skip

    def export_year(self, path: Path | None = None) -> None:
        from agenda_desktop.core.meetings.ics import body_year_calendar

        meeting = self._meetings.current_meeting()
        if meeting is None:
            show_error(self, self.tr("Välj ett möte i listan först."))
            return
        year = meeting.held_on.year
        self._export(
            lambda: body_year_calendar(self._services.database, meeting.body_id, year),
            f"arsplan-{year}.ics", path,
        )  # fmt: skip

    def _export(self, make_text: Callable[[], str], suggested: str, path: Path | None) -> None:
        saved = self.tr("Kalenderfilen sparades i %1. Öppna den i Outlook för att lägga in mötet.")
        export_calendar(self, make_text, suggested, path, saved)
