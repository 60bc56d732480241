"""Bundle size and start-up time of the frozen app, each printed beside its floor and goal.

    .venv/bin/python bench/bundle_size_and_startup.py [--reuse] [--runs 5] [--no-startup]

Size. The floor is a bare PySide6 window (a QMainWindow with a label), frozen one-folder by
the same PyInstaller and PySide6 in a temporary folder during the same run: what any Qt
application costs. Goal: our one-folder bundle at most 60 MB above the floor. Both the
folder and a tar.gz of it (gzip -6, what a download or an installer roughly weighs) are
measured; the goal applies to the folder, i.e. the installed size. On Linux the wheels and
many Python builds carry DWARF debug information that Windows and macOS binaries do not
(there it lives in .pdb or .dSYM files), so a second line gives both sizes without it:
measured on stripped copies, the bundles themselves are left as they are.

Start-up. From process start until the main window has been shown and painted, with the
demo database (``--demo``, built by an unmeasured first run). The app is started with
``AGENDA_DESKTOP_EXIT_AFTER_SHOW=1``, on which it quits right after the first paint of its
main window; the time is measured here, until the process has ended. Floor: our app from
source. Goal: the frozen app at most 1.5 times the floor. The bare window's start is shown
for reference. Each figure is the median of ``--runs`` runs, after one warm-up run, so
the file cache is warm (a cold cache needs a reboot or root rights to drop it).

Our bundle is built with packaging/agenda_desktop.spec into dist/, or taken from there as
it is with ``--reuse``. Exits 1 when a goal is missed or a measurement failed; the size goal
is judged without DWARF where that is measured, i.e. as the bundle would be on Windows and
macOS.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "agenda_desktop.spec"
DIST = ROOT / "dist"
NAME = "agenda-desktop"
EXIT_AFTER_SHOW = "AGENDA_DESKTOP_EXIT_AFTER_SHOW"
SIZE_GOAL_MB = 60.0
START_GOAL_RATIO = 1.5
TIMEOUT_S = 60.0
MB = 1_000_000

FLOOR_SOURCE = textwrap.dedent(
    f'''
    """The floor: a bare PySide6 window; quits after its first paint when asked to."""
    import os
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


    class Label(QLabel):
        def paintEvent(self, event):
            super().paintEvent(event)
            if os.environ.get("{EXIT_AFTER_SHOW}") == "1":
                QTimer.singleShot(0, QApplication.instance().quit)


    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(Label("Golv"))
    window.show()
    sys.exit(app.exec())
    '''
)


class BenchError(Exception):
    """A measurement could not be made."""


@dataclass(frozen=True)
class Bundle:
    """A one-folder build: the folder, and the program inside it to start."""

    folder: Path
    program: Path


def program_in(dist: Path, name: str, app_name: str | None = None) -> Bundle:
    """Find the one-folder bundle ``name`` in ``dist`` and the program to start."""
    folder = dist / name
    if sys.platform == "win32":
        program = folder / f"{name}.exe"
    elif sys.platform == "darwin" and app_name and (dist / f"{app_name}.app").exists():
        program = dist / f"{app_name}.app" / "Contents" / "MacOS" / name
    else:
        program = folder / name
    if not program.exists():
        raise BenchError(f"{program} finns inte")
    return Bundle(folder, program)


def pyinstaller(*arguments: str | Path, cwd: Path) -> None:
    """Run PyInstaller from this interpreter; its log only when it fails."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", *map(str, arguments)]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError("PyInstaller misslyckades:\n" + result.stdout + result.stderr)


def build_ours(reuse: bool) -> Bundle:
    """Build our bundle into dist/ (or take the existing one with ``--reuse``)."""
    if not reuse:
        print("Bygger agenda-desktop (packaging/agenda_desktop.spec) …", flush=True)
        pyinstaller(
            "--distpath", DIST, "--workpath", ROOT / "build" / "pyinstaller", SPEC, cwd=ROOT
        )
    return program_in(DIST, NAME, app_name="Agenda Desktop")


def build_floor(work: Path) -> Bundle:
    """Freeze the bare window with PyInstaller's defaults, one folder, in ``work``."""
    print("Bygger golvet (tomt PySide6-fönster) …", flush=True)
    source = work / "floor.py"
    source.write_text(FLOOR_SOURCE, encoding="utf-8")
    windowed = [] if sys.platform.startswith("linux") else ["--windowed"]
    pyinstaller(
        "--onedir",
        *windowed,
        "--name", "floor",
        "--distpath", work / "dist",
        "--workpath", work / "build",
        "--specpath", work,
        source,
        cwd=work,
    )  # fmt: skip
    return program_in(work / "dist", "floor")


def folder_bytes(folder: Path) -> int:
    """The size of every file in ``folder``; symbolic links count as nothing."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def targz_bytes(folder: Path, work: Path) -> int:
    """The size of ``folder`` packed as tar.gz (gzip level 6, as ``tar czf`` does)."""
    archive = work / f"{folder.name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    size = archive.stat().st_size
    archive.unlink()
    return size


def debug_info_bytes(folder: Path, work: Path) -> int | None:
    """How much of ``folder`` is DWARF debug information (Linux, with binutils' strip).

    Returns:
        The bytes that ``strip --strip-debug`` would remove, or None where that is unknown.
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return None
    total = 0
    copy = work / "stripped"
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        done = subprocess.run([strip, "--strip-debug", "-o", str(copy), str(path)], check=False)
        if done.returncode == 0:
            total += max(0, path.stat().st_size - copy.stat().st_size)
    copy.unlink(missing_ok=True)
    return total


def start_environment(work: Path) -> dict[str, str]:
    """The environment of the started programs: quit after the first paint, own settings."""
    environment = dict(os.environ, **{EXIT_AFTER_SHOW: "1"})
    if sys.platform.startswith("linux"):
        if not (environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY")):
            environment.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Keep the user's own settings and recent files out of it (Linux only: Windows
        # keeps QSettings in the registry, macOS in ~/Library/Preferences).
        environment["XDG_CONFIG_HOME"] = str(work / "config")
        environment["XDG_DATA_HOME"] = str(work / "data")
    return environment


def time_start(command: list[str], environment: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it has ended (after its first paint).

    It runs in the checkout, so that ``-m agenda_desktop`` is this checkout's code.
    """
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(
            f"{command[0]} avslutades inte inom {TIMEOUT_S:.0f} s: hanterar appen "
            f"{EXIT_AFTER_SHOW}=1 (avsluta efter första målningen av huvudfönstret)?"
        ) from error
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise BenchError(
            f"{' '.join(command)} avslutades med kod {result.returncode}:\n{result.stderr[-2000:]}"
        )
    return elapsed


def median_start(label: str, command: list[str], environment: dict[str, str], runs: int) -> float:
    """The median start-up time of ``runs`` runs after one unmeasured warm-up run."""
    print(f"Mäter start: {label} …", flush=True)
    time_start(command, environment)
    return statistics.median(time_start(command, environment) for _ in range(runs))


def verdict(met: bool) -> str:
    return "uppfyllt" if met else "EJ UPPFYLLT"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="ta dist/agenda-desktop som den är")
    parser.add_argument("--runs", type=int, default=5, help="mätningar per program (median)")
    parser.add_argument("--no-startup", action="store_true", help="mät bara storleken")
    arguments = parser.parse_args(argv)

    failed = False
    with tempfile.TemporaryDirectory(prefix="agenda-desktop-bench-") as temporary:
        work = Path(temporary)
        ours = build_ours(arguments.reuse)
        floor = build_floor(work)

        print("Mäter storlek …", flush=True)
        ours_mb, floor_mb = folder_bytes(ours.folder) / MB, folder_bytes(floor.folder) / MB
        ours_gz, floor_gz = (
            targz_bytes(ours.folder, work) / MB,
            targz_bytes(floor.folder, work) / MB,
        )
        above = ours_mb - floor_mb
        size_met = above <= SIZE_GOAL_MB
        lines = [
            f"Storlek (mapp, tar.gz): agenda-desktop {ours_mb:.1f} MB, {ours_gz:.1f} MB | "
            f"golv {floor_mb:.1f} MB, {floor_gz:.1f} MB | skillnad {above:+.1f} MB, "
            f"{ours_gz - floor_gz:+.1f} MB | mål mappen ≤ golv {SIZE_GOAL_MB:+.0f} MB: "
            f"{verdict(size_met)}"
        ]
        ours_debug, floor_debug = (
            debug_info_bytes(ours.folder, work),
            debug_info_bytes(floor.folder, work),
        )
        if ours_debug is not None and floor_debug is not None:
            lean_ours, lean_floor = ours_mb - ours_debug / MB, floor_mb - floor_debug / MB
            lean_above = lean_ours - lean_floor
            size_met = lean_above <= SIZE_GOAL_MB
            lines.append(
                f"Storlek utan DWARF (som på Windows/macOS): agenda-desktop {lean_ours:.1f} MB | "
                f"golv {lean_floor:.1f} MB | skillnad {lean_above:+.1f} MB | "
                f"mål ≤ golv {SIZE_GOAL_MB:+.0f} MB: {verdict(size_met)}"
            )
        failed |= not size_met

        if not arguments.no_startup:
            environment = start_environment(work)
            try:
                frozen = median_start(
                    "fryst",
                    [str(ours.program), "--demo", str(work / "fryst.agenda")],
                    environment,
                    arguments.runs,
                )
                source = median_start(
                    "källkod",
                    [sys.executable, "-m", "agenda_desktop", "--demo", str(work / "kalla.agenda")],
                    environment,
                    arguments.runs,
                )
                bare = median_start(
                    "tomt fönster", [str(floor.program)], environment, arguments.runs
                )
            except BenchError as error:
                failed = True
                lines.append(f"Start: kunde inte mätas: {error}")
            else:
                ratio = frozen / source
                start_met = ratio <= START_GOAL_RATIO
                failed |= not start_met
                lines.append(
                    f"Start till visat huvudfönster (median av {arguments.runs}): "
                    f"fryst {frozen:.2f} s | golv (källkod) {source:.2f} s | kvot {ratio:.2f} | "
                    f"mål ≤ {START_GOAL_RATIO}×: {verdict(start_met)} | "
                    f"tomt fönster, fryst: {bare:.2f} s"
                )
    print()
    print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"FEL: {error}", file=sys.stderr)
        sys.exit(2)
