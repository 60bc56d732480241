"""Keep Python's cyclic garbage collector out of the import's hot loops.

A big import holds lists of 870 000 values and creates a container per row; every full
collection then walks all of it, which made the extraction some 50 % slower and held the
GIL for tens of milliseconds at a time (the GUI thread stalled meanwhile). The import's
own loops create no reference cycles, so the collector is paused while they run and
resumed after; reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested and concurrent blocks
    share one pause; the collector is enabled again, if it was, when the last ends)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
