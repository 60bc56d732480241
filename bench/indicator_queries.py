"""How fast the indicator screens read the store, each figure beside its goal and floor.

Builds a database of 290 kommuner × 50 KPIs × 20 years × T/K/M (870 000 values) plus
Riket and the regions, then times what the screens ask for:

- one municipality's 50 KPIs × 20 years (3 000 values) through ``municipality_series``:
  goal < 10 ms; floor = the same rows fetched with a bare sqlite3 cursor;
- one KPI's comparison of all 290 kommuner for a year, against Riket, county and group;
- the indicator list: the whole catalogue, and filtered by a word;
- the Excel export (openpyxl, write-only) of one municipality and of one KPI for every area,
  with its rate in values per second (no goal: it runs in a worker with progress).

Run: ``.venv/bin/python bench/indicator_queries.py [--keep PATH]``
"""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from agenda_desktop.core.indicators.export import export_values
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation

YEARS = range(2005, 2025)
KPI_COUNT = 50
RUNS = 50
GOAL_MS = 10.0


def build(path: Path) -> tuple[str, list[str]]:
    """Create the database; returns one kommun's id and the KPI ids."""
    open_database(DatabaseLocation.for_file(path)).database.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")  # set-up only, not what is measured
    kpis = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM kpi WHERE gender_split = 1 AND retired = 0 ORDER BY id LIMIT ?",
            (KPI_COUNT,),
        )
    ]
    areas = [row[0] for row in connection.execute("SELECT id FROM municipality ORDER BY id")]
    rng = random.Random(1)
    stamp = "2026-01-01 00:00:00.000000"
    rows = (
        (kpi, area, year, gender, round(rng.uniform(0, 100), 1), None, None, None, "bench", stamp)
        for kpi in kpis
        for area in areas
        for year in YEARS
        for gender in "TKM"
    )
    with connection:
        connection.executemany(
            "INSERT INTO kpi_value (kpi_id, municipality_id, period, gender, value, "
            "missing_reason, count, status, source, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    connection.execute("ANALYZE")
    connection.close()
    return "2518", kpis


def timed(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median and best wall time in ms (one warm-up run first, garbage collector off)."""
    action()
    times = []
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            action()
            times.append((time.perf_counter() - start) * 1000)
    finally:
        gc.enable()
    return statistics.median(times), min(times)


def report(
    what: str,
    figure: tuple[float, float],
    floor: tuple[float, float] | None = None,
    goal: float | None = None,
) -> None:
    line = f"{what:<52} median {figure[0]:7.2f} ms  best {figure[1]:7.2f} ms"
    if floor is not None:
        line += f"  | floor {floor[0]:6.2f} ms ({figure[0] / floor[0]:.1f}×)"
    if goal is not None:
        line += f"  | goal < {goal:.0f} ms: {'OK' if figure[0] < goal else 'MISSED'}"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "bench.agenda"
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    municipality, kpis = build(path)
    print(f"built {path.name}: 870 000+ values in {time.perf_counter() - start:.1f} s")

    database = open_database(DatabaseLocation.for_file(path)).database
    indicators = Services.for_database(database).indicators
    loaded = indicators.municipality_series(municipality, kpis)
    count = sum(len(points) for series in loaded.values() for points in series.values())
    raw = sqlite3.connect(path)
    query = (
        "SELECT kpi_id, gender, period, value, missing_reason FROM kpi_value "
        f"WHERE municipality_id = ? AND kpi_id IN ({','.join('?' * len(kpis))})"
    )
    floor = timed(lambda: raw.execute(query, (municipality, *kpis)).fetchall())
    print(f"one municipality: {len(loaded)} KPIs, {count} values")
    report(
        "municipality_series (50 KPIs × 20 years × T/K/M)",
        timed(lambda: indicators.municipality_series(municipality, kpis)),
        floor,
        GOAL_MS,
    )
    report(
        "municipality_series, every KPI of the municipality",
        timed(lambda: indicators.municipality_series(municipality)),
    )
    report(
        "series (one KPI, 20 years × T/K/M)",
        timed(lambda: indicators.series(kpis[0], municipality)),
    )
    comparison = indicators.comparison(kpis[0], municipality)
    report(
        f"comparison ({len(comparison.kommuner)} kommuner, Riket, county, group)",
        timed(lambda: indicators.comparison(kpis[0], municipality), runs=20),
    )
    report(
        "list_indicators, whole catalogue (6 099)",
        timed(lambda: indicators.list_indicators(limit=None, municipality_id=municipality), 10),
    )
    report(
        "list_indicators, text 'trygg'",
        timed(lambda: indicators.list_indicators("trygg", municipality_id=municipality), 10),
    )
    report(
        "list_indicators, only with values",
        timed(
            lambda: indicators.list_indicators(only_with_values=True, municipality_id=municipality),
            10,
        ),
    )
    for what, kpi_ids, areas in [
        ("export one municipality", kpis, [municipality]),
        ("export one KPI, every area", [kpis[0]], None),
    ]:
        start = time.perf_counter()
        result = export_values(database, path.with_suffix(".xlsx"), kpi_ids, areas)
        seconds = time.perf_counter() - start
        print(
            f"{what + f' ({result.values} values)':<52} {seconds:7.2f} s"
            f"   {result.values / seconds:8.0f} values/s"
        )
    path.with_suffix(".xlsx").unlink(missing_ok=True)
    raw.close()
    database.close()
    folder.cleanup()


if __name__ == "__main__":
    main()
