"""Build the one-folder bundle: tests, translations, PyInstaller, then the bundle's self-test.

    python packaging/build.py [--skip-tests]        (``python3 dev.py build`` runs this)

1. ``python -m pytest`` headless (skipped with ``--skip-tests``, for CI jobs that just ran it);
2. ``resources/translations/*.ts`` compiled to ``.qm`` where the ``.qm`` is missing or older;
3. PyInstaller on ``packaging/agenda_desktop.spec`` into ``dist/`` (work files in ``build/``);
4. the built program started with ``--self-test``; the build fails when the self-test fails.

Only the standard library is imported here; PyInstaller and pytest run as subprocesses of the
interpreter that runs this script (the project's virtual environment).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "agenda_desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
TRANSLATIONS = ROOT / "resources" / "translations"
NAME = "agenda-desktop"
APP_BUNDLE = "Agenda Desktop.app"
SELF_TEST_REPORT = "AGENDA_DESKTOP_SELF_TEST_REPORT"  # see agenda_desktop/selftest.py
SELF_TEST_TIMEOUT_S = 300


class BuildError(Exception):
    """A step failed; the message says which."""


def say(text: str, stream: TextIO | None = None) -> None:
    """Write a line of progress (stdout) or of failure (``sys.stderr``)."""
    target = stream or sys.stdout
    target.write(text if text.endswith("\n") else text + "\n")
    target.flush()


def step(title: str) -> None:
    say(f"\n== {title}")


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    """Run a command in the repository; raise BuildError when it fails."""
    printable = " ".join(str(part) for part in command)
    say(f"$ {printable}")
    if subprocess.run([str(part) for part in command], cwd=ROOT, env=env).returncode != 0:
        raise BuildError(f"misslyckades: {printable}")


def run_tests() -> None:
    step("Tester")
    run(sys.executable, "-m", "pytest", env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def lrelease() -> str:
    """pyside6-lrelease next to this interpreter (the virtual environment), else on PATH."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise BuildError("pyside6-lrelease saknas (installera PySide6 i byggmiljön)")
    return found


def compile_translations() -> None:
    """Compile every .ts whose .qm is missing or older (the .qm files are not committed)."""
    step("Översättningar")
    stale = [
        source
        for source in sorted(TRANSLATIONS.glob("*.ts"))
        if not source.with_suffix(".qm").exists()
        or source.with_suffix(".qm").stat().st_mtime < source.stat().st_mtime
    ]
    for source in stale:
        run(lrelease(), "-silent", source, "-qm", source.with_suffix(".qm"))
    say(f"{len(stale)} kompilerade, {len(list(TRANSLATIONS.glob('*.qm')))} .qm-filer totalt")


def freeze() -> None:
    step("PyInstaller")
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", DIST, "--workpath", WORK, SPEC,
    )  # fmt: skip


def frozen_program() -> Path:
    """The program inside the bundle: in the .app on macOS, else in the one-folder."""
    if sys.platform == "darwin":
        return DIST / APP_BUNDLE / "Contents" / "MacOS" / NAME
    return DIST / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def self_test() -> None:
    """Start the built program with --self-test; its report comes through a file, because
    a windowed program on Windows has no stdout."""
    step("Självtest av det byggda programmet")
    program = frozen_program()
    if not program.exists():
        raise BuildError(f"{program} finns inte efter bygget")
    with tempfile.TemporaryDirectory(prefix="agenda-desktop-build-") as folder:
        report = Path(folder) / "sjalvtest.txt"
        environment = dict(os.environ, **{SELF_TEST_REPORT: str(report)})
        say(f"$ {program} --self-test")
        try:
            result = subprocess.run(
                [str(program), "--self-test"],
                env=environment,
                capture_output=True,
                text=True,
                timeout=SELF_TEST_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as error:
            raise BuildError(f"självtestet svarade inte inom {SELF_TEST_TIMEOUT_S} s") from error
        lines = report.read_text(encoding="utf-8") if report.exists() else ""
        say(lines or result.stdout + result.stderr)
        if result.returncode != 0:
            if result.stderr and lines:  # e.g. a crash before the report: show the trace too
                say(result.stderr, sys.stderr)
            raise BuildError(f"självtestet misslyckades (kod {result.returncode})")
    say(f"Klart: {program.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-tests", action="store_true", help="kör inte testsviten (CI har just kört den)"
    )
    arguments = parser.parse_args(argv)
    try:
        if not arguments.skip_tests:
            run_tests()
        compile_translations()
        freeze()
        self_test()
    except BuildError as error:
        say(f"\nBygget avbröts: {error}", sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
