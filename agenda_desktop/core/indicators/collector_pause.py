"""Pause Python's cycle collector while a big import builds and drops millions of objects.

Reading 870 000 rows makes some two million lists and tuples that live for one chunk;
each allocation counts toward the next collection, and the collections that follow walk
every object the process holds (the ORM's, the GUI's). That was some 2 s of a big
import, spent finding no cycles: the import's own objects are freed by reference
counting the moment they are dropped. So the collector is off while an import reads,
compares and writes, and on again (if it was on) when the last such block ends; the
cycles anything else makes meanwhile are collected then.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # blocks inside cycle_collector_paused(), in any thread
_was_enabled = False


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Keep the cycle collector off for the block; blocks may nest and overlap."""
    global _holders, _was_enabled
    with _lock:
        if not _holders:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if not _holders and _was_enabled:
                gc.enable()
