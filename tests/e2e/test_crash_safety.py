"""Crash safety: the process is killed (SIGKILL) in the middle of a large import and of
protocol adjustments; the database is then intact and holds all of the work or none of it.

Each kill is real: a subprocess of the app (the headless import, or crash_worker.py for
the adjustments) is killed at several moments, and the file is opened again the way the
app opens it (integrity check, WAL recovery). What each kill left is printed (``-s``).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from agenda_desktop.core.reference.files import reference_folder
from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")
KPIS = 10  # 290 kommuner x 10 KPIs x 20 years x T/K/M = 174 000 values
CACHE = Path(tempfile.gettempdir()) / "agenda_desktop_crash_tests"
# Kill points: the -wal file has grown to this part of its size at the commit (measured in
# an import that is not killed), so they do not depend on the machine's speed.
KILL_FRACTIONS = (0.0, 0.2, 0.4, 0.6, 0.8)
MEETINGS = 100
ADJUST_KILLS = (5, 23, 47, 71, 94)  # kill right after this many adjustments were reported
HOLD_AT = (1, 50)  # kill while this meeting's adjustment waits to commit


def _reference(name: str) -> list[dict[str, str]]:
    with (reference_folder() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_values_file(path: Path) -> int:
    """A long-layout .xlsx as in bench/import_benchmark.py, with KPIS indicators."""
    import xlsxwriter

    municipalities = [
        (row["id"], row["title"])
        for row in _reference("kolada_municipalities.csv")
        if row["type"] == "K"
    ]
    kpis = [r["id"] for r in _reference("kolada_kpis.csv") if r["is_divided_by_gender"] == "1"]
    numbers = random.Random(2030)
    partial = path.with_suffix(".part.xlsx")
    workbook = xlsxwriter.Workbook(str(partial), {"constant_memory": True})
    sheet = workbook.add_worksheet("Nyckeltal")
    sheet.write_row(0, 0, ["KPI-id", "Kommun-id", "Kommun", "År", "Kön", "Värde"])
    row = 0
    for municipality, name in municipalities:
        for kpi in kpis[:KPIS]:
            for year in range(2005, 2025):
                for gender in "TKM":
                    row += 1
                    sheet.write_string(row, 0, kpi)
                    sheet.write_string(row, 1, municipality)
                    sheet.write_string(row, 2, name)
                    sheet.write_number(row, 3, year)
                    sheet.write_string(row, 4, gender)
                    sheet.write_number(row, 5, round(numbers.random() * 1000, 1))
    workbook.close()
    partial.replace(path)
    return row


@pytest.fixture(scope="module")
def values_file() -> tuple[Path, int]:
    """The file to import, written once and kept in the temp folder between runs."""
    path = CACHE / f"long_290x{KPIS}x20x3.xlsx"
    expected = 290 * KPIS * 20 * 3
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        assert write_values_file(path) == expected
    return path, expected


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with reference data and no values, closed (one file)."""
    path = tmp_path_factory.mktemp("mall") / "mall.agenda"
    open_database(DatabaseLocation.for_file(path)).database.close()
    return path


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(template, target)
    return target


Start = Callable[..., "subprocess.Popen[str]"]


@pytest.fixture
def start() -> Iterator[Start]:
    """Start a Python process of the app (unbuffered output); none outlives the test."""
    started: list[subprocess.Popen[str]] = []

    def run(*arguments: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-u", *arguments],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        started.append(process)
        return process

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def read_until(stream: IO[str], marker: str) -> str:
    for line in stream:
        if line.startswith(marker):
            return line
    raise AssertionError(f"the process ended before printing {marker!r}")


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def intact_count(path: Path, table: str) -> int:
    """Open the file as the app does; check it fully; count the rows of ``table``."""
    database = open_database(DatabaseLocation.for_file(path)).database
    try:
        with database.engine.connect() as connection:
            check = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
            count = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
    finally:
        database.close()
    assert check == "ok", f"{path}: {check}"
    assert isinstance(count, int)
    return count


def wal_size(database: Path) -> int:
    try:
        return os.stat(f"{database}-wal").st_size
    except FileNotFoundError:
        return 0


def import_command(file: Path, database: Path) -> list[str]:
    return ["-m", "agenda_desktop", "import", str(file), "--database", str(database)]


@pytest.fixture(scope="module")
def peak_wal(
    values_file: tuple[Path, int], empty_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> int:
    """Import once without a kill: the size of the -wal file when the write commits."""
    file, expected = values_file
    database = fresh_copy(empty_database, tmp_path_factory.mktemp("hel"), "hel.agenda")
    peak = 0
    with subprocess.Popen(
        [sys.executable, "-u", *import_command(file, database)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        read_until(process.stdout, "  Saknade värden")
        while process.poll() is None:
            peak = max(peak, wal_size(database))
            time.sleep(0.002)
        process.stdout.read()
    assert process.returncode == 0
    assert intact_count(database, "kpi_value") == expected
    assert peak > 1_000_000  # the write spills to the -wal long before its commit
    return peak


@pytest.mark.parametrize("fraction", KILL_FRACTIONS)
def test_an_import_killed_while_writing_leaves_none_of_it(
    fraction: float,
    values_file: tuple[Path, int],
    empty_database: Path,
    peak_wal: int,
    tmp_path: Path,
    start: Start,
) -> None:
    file, expected = values_file
    database = fresh_copy(empty_database, tmp_path, "import.agenda")
    process = start(*import_command(file, database))
    assert process.stdout is not None
    read_until(process.stdout, "  Saknade värden")  # the preview is done: the write begins
    while wal_size(database) < fraction * peak_wal and process.poll() is None:
        time.sleep(0.002)
    written = wal_size(database)
    kill(process)  # fails if the import had already ended

    count = intact_count(database, "kpi_value")

    print(
        f"\nimport killed with the -wal at {written / 1e6:.1f} of {peak_wal / 1e6:.1f} MB: "
        f"{count} of {expected} values after reopening"
    )
    assert count == 0


def test_an_import_killed_right_after_its_commit_keeps_all_of_it(
    values_file: tuple[Path, int], empty_database: Path, tmp_path: Path, start: Start
) -> None:
    file, expected = values_file
    database = fresh_copy(empty_database, tmp_path, "import.agenda")
    process = start(*import_command(file, database))
    assert process.stdout is not None
    read_until(process.stdout, "Importen är klar")  # committed and closed
    written = wal_size(database)
    kill(process)

    count = intact_count(database, "kpi_value")

    print(f"\nimport killed after its commit (-wal {written / 1e6:.1f} MB): {count} values")
    assert count == expected


@pytest.fixture(scope="module")
def protocols(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MEETINGS drawn-up protocols with secretary and adjusters, ready to adjust."""
    path = tmp_path_factory.mktemp("protokoll") / "protokoll.agenda"
    built = subprocess.run(
        [sys.executable, str(WORKER), "build", str(path), str(MEETINGS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    return path


def adjusted_state(path: Path) -> tuple[int, int]:
    """(adjusted, untouched) meetings; every adjusted one must verify, every other one must
    carry neither a date nor a fingerprint."""
    intact_count(path, "meeting")
    database = open_database(DatabaseLocation.for_file(path)).database
    service = ProtocolService(database)
    adjusted = untouched = 0
    try:
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, adjusted_on, fingerprint FROM meeting ORDER BY id"
            ).all()
        for meeting_id, adjusted_on, fingerprint in rows:
            if adjusted_on is None:
                assert fingerprint is None, meeting_id
                untouched += 1
            else:
                assert service.verify(meeting_id).matches, meeting_id
                adjusted += 1
    finally:
        database.close()
    return adjusted, untouched


@pytest.fixture
def adjusting(protocols: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of the protocols, and the arguments that adjust them."""
    path = fresh_copy(protocols, tmp_path, "justering.agenda")
    return path, [str(WORKER), "adjust", str(path)]


@pytest.mark.parametrize("after", ADJUST_KILLS)
def test_adjustments_killed_partway_are_each_whole_or_absent(
    after: int, adjusting: tuple[Path, list[str]], start: Start
) -> None:
    path, arguments = adjusting
    process = start(*arguments)
    assert process.stdout is not None
    reported = 0
    for line in process.stdout:
        if line.startswith("adjusted "):
            reported += 1
            if reported == after:
                break
    kill(process)  # somewhere inside the next adjustment

    adjusted, untouched = adjusted_state(path)

    print(f"\nadjustment killed after {reported} reported: {adjusted} adjusted, {untouched} not")
    assert adjusted + untouched == MEETINGS
    assert adjusted in (reported, reported + 1)  # the next one committed, or not at all


@pytest.mark.parametrize("hold", HOLD_AT)
def test_an_adjustment_killed_before_its_commit_is_not_there(
    hold: int, adjusting: tuple[Path, list[str]], start: Start
) -> None:
    path, arguments = adjusting
    process = start(*arguments, str(hold))
    assert process.stdout is not None
    read_until(process.stdout, f"holding {hold}")  # its UPDATE has run; COMMIT has not
    kill(process)

    adjusted, untouched = adjusted_state(path)

    print(f"\nadjustment of meeting {hold} killed before COMMIT: {adjusted} adjusted")
    assert (adjusted, untouched) == (hold - 1, MEETINGS - hold + 1)
