"""Benchmark the indicator import against its floor, measured in the same run.

The file: a long-layout .xlsx of 290 kommuner x 50 KPIs x 20 years x T/K/M (870 000
values), written once with xlsxwriter (constant_memory) and cached in the temp folder
(``--fresh`` writes it again).

Measured, each in its own subprocess so that its peak memory (ru_maxrss) is its own:

- the floor: the fastest raw read (python-calamine ``iter_rows``; fastexcel to Arrow when
  fastexcel and pyarrow are installed) plus a raw sqlite3 ``executemany`` of the 870 000
  rows into a WITHOUT ROWID table keyed on the four key columns, in one transaction;
- our full import (analyse + apply) into a fresh, migrated database;
- re-importing the unchanged file into that database (analyse + apply, nothing written);
- loading one municipality's 50 KPIs x 20 years x 3 genders from the store (median).

Goals (issue 4): full import <= 2x floor and < 800 MB; unchanged re-import <= 1.5x
floor; one municipality < 10 ms.

The import parses a sheet this big in parts on every core (core/indicators/xlsx_parts.py)
while the floor's reads use one: other processes busy on the machine slow the import's
wall time more than the floor's, so the cpu column (all threads' time) is printed too.

Run:  .venv/bin/python -m pip install -e ".[bench]"   (fastexcel for the honest floor)
      .venv/bin/python bench/import_benchmark.py [--fresh] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "agenda_desktop_import_bench"
BIG_FILE = CACHE / "long_290x50x20x3.xlsx"
HEADER = ["KPI-id", "Kommun-id", "Kommun", "År", "Kön", "Värde"]
YEARS = range(2005, 2025)
GOAL_FULL = 2.0
GOAL_REIMPORT = 1.5
GOAL_MEMORY_MB = 800
GOAL_LOAD_MS = 10.0


def _reference(name: str) -> list[dict[str, str]]:
    from agenda_desktop.core.reference.files import reference_folder

    with (reference_folder() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def dimensions() -> tuple[list[tuple[str, str]], list[str]]:
    """290 kommuner (id, name) and 50 gender-split KPI ids of the shipped catalogue."""
    municipalities = [
        (row["id"], row["title"])
        for row in _reference("kolada_municipalities.csv")
        if row["type"] == "K"
    ]
    kpis = [
        row["id"] for row in _reference("kolada_kpis.csv") if row["is_divided_by_gender"] == "1"
    ][:50]
    assert len(municipalities) == 290 and len(kpis) == 50
    return municipalities, kpis


def value_rows() -> list[tuple[Any, ...]]:
    """The 870 000 rows (kpi, municipality id, name, year, gender, value); 1 % missing."""
    municipalities, kpis = dimensions()
    random_numbers = random.Random(2030)
    rows = []
    for municipality_id, name in municipalities:
        for kpi in kpis:
            for year in YEARS:
                for gender in "TKM":
                    draw = random_numbers.random()
                    value: Any = round(draw * 1000, 1) if draw > 0.01 else ".."
                    rows.append((kpi, municipality_id, name, year, gender, value))
    return rows


def write_file(path: Path) -> None:
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part.xlsx")
    workbook = xlsxwriter.Workbook(str(partial), {"constant_memory": True})
    sheet = workbook.add_worksheet("Nyckeltal")
    sheet.write_row(0, 0, HEADER)
    for number, row in enumerate(value_rows(), start=1):
        sheet.write_string(number, 0, row[0])
        sheet.write_string(number, 1, row[1])
        sheet.write_string(number, 2, row[2])
        sheet.write_number(number, 3, row[3])
        sheet.write_string(number, 4, row[4])
        if isinstance(row[5], str):
            sheet.write_string(number, 5, row[5])
        else:
            sheet.write_number(number, 5, row[5])
    workbook.close()
    partial.replace(path)


# -- measurements, each run in a subprocess ---------------------------------------------


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure_read_calamine(path: Path) -> dict[str, Any]:
    import python_calamine

    start, cpu = time.perf_counter(), time.process_time()
    sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Nyckeltal")
    rows = sum(1 for _ in sheet.iter_rows())
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "rows": rows,
    }


def measure_read_fastexcel(path: Path) -> dict[str, Any]:
    import fastexcel

    start, cpu = time.perf_counter(), time.process_time()
    batch = fastexcel.read_excel(str(path)).load_sheet(0).to_arrow()
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "rows": batch.num_rows,
    }


def measure_insert_raw(folder: Path) -> dict[str, Any]:
    import sqlite3

    rows = [
        (kpi, municipality, year, gender, value if isinstance(value, float) else None)
        for kpi, municipality, _name, year, gender, value in value_rows()
    ]
    path = folder / "floor.sqlite"
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(
        "CREATE TABLE v (kpi_id TEXT, municipality_id TEXT, period INTEGER, gender TEXT, "
        "value REAL, PRIMARY KEY (kpi_id, municipality_id, period, gender)) WITHOUT ROWID"
    )
    start, cpu = time.perf_counter(), time.process_time()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO v VALUES (?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    connection.close()
    path.unlink()
    return {"seconds": seconds, "cpu": cpu, "rows": len(rows)}


def _open(database_path: Path) -> Any:
    from agenda_desktop.core.startup import open_database
    from agenda_desktop.core.store.location import DatabaseLocation

    return open_database(DatabaseLocation.for_file(database_path)).database


def measure_import(path: Path, database_path: Path) -> dict[str, Any]:
    from agenda_desktop.core.indicators.model import ImportRequest
    from agenda_desktop.core.services.indicator_import import IndicatorImportService

    database = _open(database_path)  # migrated, reference data loaded: not timed
    service = IndicatorImportService(database)
    request = ImportRequest(path)
    start, cpu = time.perf_counter(), time.process_time()
    preview = service.analyse(request)
    analysed = time.perf_counter() - start
    if not preview.can_apply:
        raise SystemExit(f"the benchmark file has problems: {preview.problems[:3]}")
    result = service.apply(request, preview=preview)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    database.close()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "analyse": analysed,
        "new": result.new,
        "changed": result.changed,
        "unchanged": result.unchanged,
    }


def measure_load(database_path: Path) -> dict[str, Any]:
    """One municipality's 50 KPIs x 20 years x T/K/M through the store's query
    (municipality_series, in a unit of work), and the same rows by a bare sqlite3 cursor."""
    import sqlite3

    from agenda_desktop.core.services.indicator_queries import municipality_series

    database = _open(database_path)
    _municipalities, kpis = dimensions()
    times, floor = [], []
    rows = 0
    for _ in range(60):
        start = time.perf_counter()
        with database.unit_of_work() as session:
            found = municipality_series(session, "1435", kpis)
        times.append(time.perf_counter() - start)
    rows = sum(len(points) for series in found.values() for points in series.values())
    database.close()
    connection = sqlite3.connect(database_path)
    marks = ",".join("?" * len(kpis))
    sql = (
        "SELECT kpi_id, gender, period, value, missing_reason FROM kpi_value "
        f"WHERE municipality_id = ? AND kpi_id IN ({marks}) ORDER BY kpi_id, period"
    )
    for _ in range(60):
        start = time.perf_counter()
        connection.execute(sql, ["1435", *kpis]).fetchall()
        floor.append(time.perf_counter() - start)
    connection.close()
    return {
        "seconds": statistics.median(times[10:]),
        "floor": statistics.median(floor[10:]),
        "rows": rows,
    }


MEASURES = {
    "read_calamine": lambda a: measure_read_calamine(Path(a.file)),
    "read_fastexcel": lambda a: measure_read_fastexcel(Path(a.file)),
    "insert_raw": lambda a: measure_insert_raw(Path(a.folder)),
    "import": lambda a: measure_import(Path(a.file), Path(a.db)),
    "load": lambda a: measure_load(Path(a.db)),
}


def run_measure(name: str, **options: str) -> dict[str, Any] | None:
    command = [sys.executable, __file__, "--measure", name]
    for key, value in options.items():
        command += [f"--{key}", value]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  ({name} failed: {done.stderr.strip().splitlines()[-1:]})")
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _has_fastexcel() -> bool:
    try:
        import fastexcel  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _line(
    label: str, seconds: float, cpu: float | None, peak: float | None, rest: str = ""
) -> None:
    memory = f"{peak:5.0f} MB" if peak is not None else " " * 8
    processor = f"{cpu:6.2f} s" if cpu is not None else " " * 8
    print(f"{label:<42} {seconds:6.2f} s {processor} {memory}  {rest}")


def one_round(folder: Path) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    file = str(BIG_FILE)
    for name in ("read_calamine", "read_fastexcel", "insert_raw"):
        if name == "read_fastexcel" and not _has_fastexcel():
            continue
        found = run_measure(name, file=file, folder=str(folder))
        if found:
            results[name] = found
    database = folder / "bench.agenda"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    for name in ("import", "reimport"):
        found = run_measure("import", file=file, db=str(database))
        if found:
            results[name] = found
    found = run_measure("load", db=str(database))
    if found:
        results["load"] = found
    return results


def report(rounds: list[dict[str, dict[str, Any]]]) -> None:
    def median(name: str, key: str = "seconds") -> float | None:
        values = [item[name][key] for item in rounds if name in item and key in item[name]]
        return statistics.median(values) if values else None

    labels = {
        "read_calamine": "read: python-calamine iter_rows",
        "read_fastexcel": "read: fastexcel -> Arrow (needs pyarrow)",
    }
    reads = {name: median(name) or 0.0 for name in labels if median(name)}
    fastest = min(reads, key=lambda name: reads[name])
    insert, insert_cpu = median("insert_raw") or 0.0, median("insert_raw", "cpu") or 0.0
    floor = reads[fastest] + insert
    floor_cpu = (median(fastest, "cpu") or 0.0) + insert_cpu
    size = BIG_FILE.stat().st_size >> 20
    print(f"\n{len(rounds)} round(s), medians; {BIG_FILE} ({size} MB)")
    print(f"{'':42} {'wall':>8} {'cpu':>8} {'peak':>8}")
    for name in reads:
        _line(labels[name], reads[name], median(name, "cpu"), median(name, "peak_mb"))
    _line("insert: sqlite3 executemany, WITHOUT ROWID", insert, insert_cpu, None)
    _line(f"floor = {fastest.removeprefix('read_')} read + insert", floor, floor_cpu, None)
    full = median("import")
    if full is not None:
        peak = median("import", "peak_mb") or 0.0
        cpu = median("import", "cpu") or 0.0
        ok = full <= GOAL_FULL * floor and peak < GOAL_MEMORY_MB
        _line(
            "full import (analyse + apply), fresh db",
            full,
            cpu,
            peak,
            f"{full / floor:.2f}x floor (cpu {cpu / floor_cpu:.2f}x); goal <= {GOAL_FULL}x "
            f"and < {GOAL_MEMORY_MB} MB: {'OK' if ok else 'MISSED'}",
        )
    again = median("reimport")
    if again is not None:
        cpu = median("reimport", "cpu") or 0.0
        item = rounds[-1]["reimport"]
        _line(
            "re-import, unchanged file",
            again,
            cpu,
            median("reimport", "peak_mb"),
            f"{again / floor:.2f}x floor (cpu {cpu / floor_cpu:.2f}x); goal <= {GOAL_REIMPORT}x: "
            f"{'OK' if again <= GOAL_REIMPORT * floor else 'MISSED'} "
            f"(new {item['new']}, changed {item['changed']})",
        )
    load = median("load")
    if load is not None:
        load_ms, floor_ms = load * 1000, (median("load", "floor") or 0.0) * 1000
        rows = rounds[-1]["load"]["rows"]
        print(
            f"{'one municipality (municipality_series)':<42} {load_ms:6.2f} ms"
            f"{'':18}  {rows} values; floor (bare cursor) {floor_ms:.2f} ms; "
            f"goal < {GOAL_LOAD_MS:.0f} ms: {'OK' if load_ms < GOAL_LOAD_MS else 'MISSED'}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="write the file again")
    parser.add_argument("--repeat", type=int, default=1, help="rounds (medians are printed)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        result = MEASURES[arguments.measure](arguments)
        result["peak_mb"] = _peak_mb()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result.setdefault("cpu", usage.ru_utime + usage.ru_stime)
        print(json.dumps(result))
        return 0
    if arguments.fresh or not BIG_FILE.exists():
        start = time.perf_counter()
        write_file(BIG_FILE)
        print(f"wrote {BIG_FILE} in {time.perf_counter() - start:.1f} s")
    rounds = []
    with tempfile.TemporaryDirectory(prefix="agenda_bench_") as folder:
        for number in range(arguments.repeat):
            print(f"round {number + 1} of {arguments.repeat} …", flush=True)
            rounds.append(one_round(Path(folder)))
    report(rounds)
    print(f"(machine: {os.cpu_count()} cores; other load on the machine skews every figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
