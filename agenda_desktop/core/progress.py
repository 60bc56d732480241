"""Progress and cancellation for long work (imports, reports), run by a GUI worker thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from agenda_desktop.core.errors import AgendaError

# done, total, what is being done (Swedish, for the progress dialog)
ProgressCallback = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _what: str) -> None:
    """The progress callback of headless and test runs."""


class Cancelled(AgendaError):
    """The user cancelled; the work was rolled back and nothing changed."""

    def __init__(self) -> None:
        super().__init__("Avbrutet. Ingenting har ändrats.")


class CancelToken:
    """Set from the GUI thread, checked by the worker between chunks of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop."""
        if self._event.is_set():
            raise Cancelled()
