"""An inline progress bar with what is being done and "Avbryt", and the runner that feeds it
from a worker task."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from agenda_desktop.gui.indicators.worker import Job, Task
from agenda_desktop.gui.style import MUTED_INK


class ProgressRow(QWidget):
    """Shows progress while a task runs and a closing message after it.

    Signals:
        cancelRequested(): the user pressed Avbryt.
    """

    cancelRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setStyleSheet(f"color: {MUTED_INK};")
        self.bar = QProgressBar(self)
        self.bar.setMinimumWidth(160)
        self.bar.setMaximumWidth(260)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.stop()

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.text.setText(self.tr("Arbetar…"))

    def set_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.text.setText(f"{what} ({done * 100 // total} %)")
        else:
            self.bar.setRange(0, 0)
            self.text.setText(what)

    def set_text(self, text: str) -> None:
        self.text.setText(text)

    def stop(self, text: str = "") -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.text.setText(text)


class TaskRunner(QObject):
    """Runs a dialog's tasks one at a time and shows their progress in a ProgressRow.

    Signals:
        failed(object): the job raised this exception.
        idleChanged(): a task started or ended (the dialog enables its buttons again).
    """

    failed = Signal(object)
    idleChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, row: ProgressRow, cancelled_text: str, parent: QObject) -> None:
        super().__init__(parent)
        self.row = row
        self.task: Task | None = None
        self._cancelled_text = cancelled_text
        self._closing = ""
        row.cancelRequested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(self, job: Job, done: Callable[[object], None], text: str = "") -> Task:
        """Start ``job``; ``done`` gets its result (a bound method of a QObject)."""
        task = Task(job)
        task.progressed.connect(self.row.set_progress)
        task.succeeded.connect(done)
        task.failed.connect(self.failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        self.task = task
        self._closing = ""
        self.row.start()
        if text:
            self.row.set_text(text)
        self.idleChanged.emit()
        task.start()
        return task

    def cancel(self) -> None:
        """Ask the running task to stop at its next check."""
        if self.task is not None:
            self.task.cancel()
            self.row.set_text(self.tr("Avbryter…"))

    def _cancelled(self) -> None:
        self._closing = self._cancelled_text

    def _finished(self) -> None:
        self.task = None
        self.row.stop(self._closing)
        self.idleChanged.emit()
