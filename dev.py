#!/usr/bin/env python3
"""Set up and run Agenda Desktop from a checkout, on Windows, macOS and Linux.

    python3 dev.py start [program arguments]   create .venv if needed, then start the app
    python3 dev.py test  [pytest arguments]    create .venv if needed, then lint, type-check
                                               and run every test headless
    python3 dev.py build                       create .venv if needed, then run the tests
                                               and build the one-folder bundle into dist/
    python3 dev.py translations                refresh the .ts sources from the code and
                                               the forms (then translate, then commit)

Only the standard library is used here, so the script runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".dev-stamp"
TRANSLATIONS = ROOT / "resources" / "translations"


def venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    suffix = ".exe" if os.name == "nt" else ""
    return folder / f"{name}{suffix}"


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    printable = " ".join(str(a) for a in args)
    print(f"$ {printable}", flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def ensure_environment(extras: str) -> None:
    """Create .venv and install the project when it is missing or pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit("Agenda Desktop kräver Python 3.11 eller senare / requires Python 3.11+")
    if not venv_bin("python").exists():
        print(f"Skapar virtuell miljö i {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        python = venv_bin("python")
        run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
        STAMP.write_text(wanted)
    build_translations()


def translation_sources() -> list[Path]:
    """Every file whose strings are translated: the GUI code and the Designer forms."""
    return sorted((ROOT / "agenda_desktop" / "gui").rglob("*.py")) + sorted(
        (ROOT / "ui").glob("*.ui")
    )


def update_translations() -> None:
    """Extract the strings into the .ts sources, keeping the translations already made."""
    lupdate = venv_bin("pyside6-lupdate")
    for language in ("en",):
        target = TRANSLATIONS / f"agenda_desktop_{language}.ts"
        sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
        options = ["-no-obsolete", "-locations", "none", "-source-language", "sv"]
        options += ["-target-language", language]
        run(lupdate, *options, *sources, "-ts", target)


def build_translations() -> None:
    """Compile the .ts sources into .qm files (the .qm files are never edited by hand)."""
    lrelease = venv_bin("pyside6-lrelease")
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        run(lrelease, "-silent", source, "-qm", target)


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "start"
    rest = sys.argv[2:]
    if command == "start":
        ensure_environment("dev")
        run(venv_bin("agenda-desktop"), *rest)
    elif command == "test":
        ensure_environment("dev,packaging")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        run(venv_bin("ruff"), "check", ".")
        run(venv_bin("ruff"), "format", "--check", ".")
        run(venv_bin("mypy"))
        run(venv_bin("python"), "-m", "pytest", *rest, env=env)
    elif command == "translations":
        ensure_environment("dev")
        update_translations()
    elif command == "build":
        ensure_environment("dev,packaging")
        run(venv_bin("python"), ROOT / "packaging" / "build.py", *rest)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
