"""The checked values of a file, held column by column in memory between analyse and apply.

Keys are held as small codes (an index into ``kpi_ids`` / ``municipality_ids``), values as
a list of floats; about 90 bytes a value, so 870 000 values take some 80 MB. The code
columns are lists, not arrays: their ints are the shared ones of the key caches (8 bytes a
value each), and a list takes a chunk of them at C speed, an array one by one.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from agenda_desktop.core.indicators.resolve import GENDERS


def make_key(kpi: int, municipality: int, period: int, gender: int) -> int:
    """One int for a value's key (codes, not ids): small in memory, fast in a dict."""
    return ((kpi * 4096 + municipality) * 4096 + period) * 4 + gender


@dataclass
class Staged:
    """The checked values of a file, column by column; ``index`` maps a key to a position."""

    kpi_ids: list[str] = field(default_factory=list)
    municipality_ids: list[str] = field(default_factory=list)
    kpi: list[int] = field(default_factory=list)
    municipality: list[int] = field(default_factory=list)
    period: list[int] = field(default_factory=list)
    gender: list[int] = field(default_factory=list)
    value: list[float | None] = field(default_factory=list)
    reason: list[str | None] = field(default_factory=list)
    count: list[float | None] = field(default_factory=list)
    status: list[str | None] = field(default_factory=list)
    row: array[int] = field(default_factory=lambda: array("i"))
    index: dict[int, int] = field(default_factory=dict)
    has_count: bool = False
    has_status: bool = False

    def __len__(self) -> int:
        return len(self.value)

    def key_at(self, position: int) -> tuple[str, str, int, str]:
        return (
            self.kpi_ids[self.kpi[position]],
            self.municipality_ids[self.municipality[position]],
            self.period[position],
            GENDERS[self.gender[position]],
        )

    def rows(self, positions: list[int] | None = None) -> Iterator[tuple[Any, ...]]:
        """(kpi_id, municipality_id, period, gender, value, reason, count, status) tuples."""
        counts = self.count if self.has_count else repeat(None)
        statuses = self.status if self.has_status else repeat(None)
        if positions is None:
            return zip(  # counts and statuses may be endless repeat(None)
                map(self.kpi_ids.__getitem__, self.kpi),
                map(self.municipality_ids.__getitem__, self.municipality),
                self.period,
                map(GENDERS.__getitem__, self.gender),
                self.value,
                self.reason,
                counts,
                statuses,
                strict=False,
            )
        return (
            (
                *self.key_at(position),
                self.value[position],
                self.reason[position],
                self.count[position] if self.has_count else None,
                self.status[position] if self.has_status else None,
            )
            for position in positions
        )
