"""Building a PDF report off the GUI thread, for the Rapporter page and the network's
report bar: a progress row (bar, status, Avbryt) under the owner's buttons, the worker
``Task``, and then the print preview, the print dialog or the owner's "saved" message.

The owner passes its own translated texts (``RunnerTexts``), so each keeps its wording.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.progress import CancelToken, ProgressCallback
from agenda_desktop.gui.indicators.worker import Task
from agenda_desktop.gui.messages import show_error, show_warning
from agenda_desktop.gui.reports.printing import open_window_modal

if TYPE_CHECKING:
    from agenda_desktop.core.reports.build import ReportResult
    from agenda_desktop.core.services.container import Services

PREVIEW, PRINT, SAVE = "preview", "print", "save"


@dataclass(frozen=True)
class RunnerTexts:
    """The owner's words, translated in its own context."""

    cancel: str  # the button that cancels the build
    building: str  # the status while the report is built
    cancelled: str  # the status after the user cancelled
    failed: str  # the title of the warning when the report could not be made
    failed_because: str  # the message for an unexpected error, "%1" the error


class ReportRunner(QObject):
    """Builds one report at a time in a worker, with the progress row ``row`` to lay out.

    After a build it previews or prints the PDF, or (when saving) calls ``saved``.

    Signals:
        built(object): a ``ReportResult`` after each successful build.
        running_changed(bool): a build started or ended; the owner enables its buttons.
    """

    built = Signal(object)
    running_changed = Signal(bool)

    def __init__(
        self,
        owner: QWidget,
        services: Services,
        texts: RunnerTexts,
        saved: Callable[[ReportResult], None],
        folder_prefix: str,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._services = services
        self._texts = texts
        self._saved = saved
        self._task: Task | None = None
        self._folder = tempfile.TemporaryDirectory(prefix=folder_prefix, ignore_cleanup_errors=True)
        self.running = False
        self.dialog: QDialog | None = None  # the preview or print dialog last opened

        self.progress = QProgressBar(owner)
        self.progress.setTextVisible(False)
        self.status = QLabel(owner)
        self.cancel_button = QPushButton(texts.cancel, owner)
        self.cancel_button.clicked.connect(self.cancel)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.progress, 1)
        self.row.addWidget(self.status, 1)
        self.row.addWidget(self.cancel_button)
        self._show_running(False)

    def build(self, purpose: str, kind: str, path: Path | None, **options: Any) -> None:
        """Build the report ``kind`` with ``build_report``'s ``options`` into ``path`` (None:
        a temporary file, to preview or print), then preview, print or say it is saved."""
        if self.running:
            return
        from agenda_desktop.core.reports.build import build_report

        services, out = self._services, path or Path(self._folder.name) / f"{kind}.pdf"

        def job(progress: ProgressCallback, cancel: CancelToken) -> object:
            return build_report(services, kind, out, progress=progress, cancel=cancel, **options)

        task = Task(job)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(lambda result: self._succeeded(purpose, result))
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self.status.setText(self._texts.cancelled))
        task.finished.connect(self._finished)
        self._task = task
        self._set_running(True)
        self.status.setText(self._texts.building)
        task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _show_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.status.setVisible(running)
        self.cancel_button.setVisible(running)
        self.progress.setRange(0, 0)

    def _set_running(self, running: bool) -> None:
        self._show_running(running)
        self.running_changed.emit(running)

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(what)

    def _finished(self) -> None:
        self._task = None
        self._set_running(False)

    def _failed(self, error: object) -> None:
        if isinstance(error, AgendaError):
            show_warning(self._owner, str(error), self._texts.failed)
        else:
            show_error(self._owner, self._texts.failed_because.replace("%1", str(error)))

    def _succeeded(self, purpose: str, result: object) -> None:
        from agenda_desktop.core.reports.build import ReportResult
        from agenda_desktop.gui.reports.printing import preview_dialog, print_dialog

        assert isinstance(result, ReportResult)
        self.built.emit(result)
        if purpose == PREVIEW:
            self.dialog = open_window_modal(preview_dialog(result.path, self._owner), self.dialog)
        elif purpose == PRINT:
            self.dialog = open_window_modal(print_dialog(result.path, self._owner), self.dialog)
        else:
            self._saved(result)
