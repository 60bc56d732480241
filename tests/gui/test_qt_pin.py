"""Guard against PySide6 6.12.0 on CPython 3.11, which drops a reference to True on every
Python-side ``Signal(bool).emit(True)`` until the interpreter aborts (bool_dealloc).

pyproject.toml pins PySide6 below 6.12; an upgrade that brings the bug back fails here
(by the refcount check, or by aborting the test run) instead of in an officer's hands.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

EMITS = 20_000


class Emitter(QObject):
    fired = Signal(bool)


def test_emitting_true_many_times_keeps_true_alive() -> None:
    emitter = Emitter()
    received = [0]

    def count(value: bool) -> None:
        assert value is True
        received[0] += 1

    emitter.fired.connect(count)
    before = sys.getrefcount(True)
    for _ in range(EMITS):
        emitter.fired.emit(True)
    after = sys.getrefcount(True)
    assert received[0] == EMITS
    if sys.version_info < (3, 12):  # True is immortal from 3.12 on: its count means nothing
        assert abs(after - before) < 100, f"True lost {before - after} references"
