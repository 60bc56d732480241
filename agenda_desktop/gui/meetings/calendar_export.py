"""Saving meetings as a calendar file (.ics) for Outlook: the bodies' meetings and the
networks' meeting dates alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.gui.messages import show_error, show_information


def export_calendar(
    parent: QWidget, make_text: Callable[[], str], suggested: str, path: Path | None, saved: str
) -> None:
    """Write the calendar ``make_text`` returns to ``path`` (None: ask, suggesting
    ``suggested`` in the home folder), then say ``saved`` ("%1" the path)."""
    from agenda_desktop.core.meetings.ics import write_calendar

    translate = QCoreApplication.translate
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("CalendarExport", "Exportera till kalender"),
            str(Path.home() / suggested), translate("CalendarExport", "Kalender (*.ics)"),
        )  # fmt: skip
        if not chosen:
            return
        path = Path(chosen)
    try:
        write_calendar(path, make_text())
    except AgendaError as error:
        show_error(parent, str(error))
        return
    show_information(
        parent, saved.replace("%1", str(path)), translate("CalendarExport", "Exporterat")
    )
