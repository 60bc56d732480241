"""Long work off the GUI thread: a QObject worker moved to a QThread, with progress and cancel.

A :class:`Task` runs one job, a plain function ``job(progress, cancel) -> result`` that
calls the Qt-free services. The worker reports progress through a queued signal and hands
the result (or the exception) back to the GUI thread, which decides what to show; the GUI
thread never waits for the work.

Running tasks are kept in a module-level set until they finish, so a dialog that is
closed mid-import cannot destroy a thread that is still running (Qt aborts the process
when a running QThread is destroyed).
"""

from __future__ import annotations

import atexit
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal, Slot

from agenda_desktop.core.progress import Cancelled, CancelToken, ProgressCallback

Job = Callable[[ProgressCallback, CancelToken], Any]

# Progress arrives every few thousand rows; more than ~20 updates a second only costs
# the GUI thread time without the user seeing any difference.
PROGRESS_INTERVAL_S = 0.05

_running: set[Task] = set()


class _Worker(QObject):
    """Runs the job in the worker thread; only signals cross back to the GUI thread."""

    progressed = Signal(int, int, str)
    done = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, job: Job, cancel: CancelToken) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel
        self._last_report = 0.0

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress, self._cancel)
        except Exception as error:  # handed to the GUI thread, which shows it
            self.done.emit(None, error)
        else:
            self.done.emit(result, None)

    def _progress(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._last_report < PROGRESS_INTERVAL_S and 0 < done < total:
            return
        self._last_report = now
        # Signal(int) is a C int: clamp so a huge count can never overflow it.
        self.progressed.emit(min(done, 2**31 - 1), min(total, 2**31 - 1), what)


class Task(QObject):
    """One job in its own thread.

    Signals:
        progressed(int, int, str): done, total (0 when unknown) and what is being done.
        succeeded(object): the job's result.
        cancelled(): the user cancelled; the services rolled everything back.
        failed(object): the exception the job raised (an AgendaError carries Swedish text).
        finished(): after any of the three above.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    finished = Signal()

    def __init__(self, job: Job) -> None:
        # No parent: the task must outlive a widget that is closed while it runs.
        super().__init__()
        self.cancel_token = CancelToken()
        self._thread = QThread()
        self._worker = _Worker(job, self.cancel_token)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.done.connect(self._finish)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next check; ``cancelled`` follows."""
        self.cancel_token.cancel()

    @Slot(object, object)
    def _finish(self, result: object, error: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self._running = False
        _running.discard(self)
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


def running_tasks() -> int:
    return len(_running)


def wait_for_tasks(timeout_ms: int = 10_000) -> bool:
    """Process events until every task has finished (tests, closing the app).

    Returns:
        True when none is left running.
    """
    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        QCoreApplication.processEvents()
        time.sleep(0.005)
    return not _running


@atexit.register
def _stop_all() -> None:
    """Cancel what still runs at exit and let the threads end before Qt is torn down."""
    for task in list(_running):
        task.cancel()
        task._thread.quit()
        task._thread.wait(5_000)
