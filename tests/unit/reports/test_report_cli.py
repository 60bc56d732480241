"""``agenda-desktop report`` run as a real process on a demo database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from agenda_desktop.core.demo import build_demo


def run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "agenda_desktop", "report", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def test_report_command_writes_the_pdf(tmp_path: Path) -> None:
    database = tmp_path / "demo.agenda"
    build_demo(database)
    out = tmp_path / "nulägesanalys.pdf"
    done = run(
        "nulagesanalys",
        "--out",
        str(out),
        "--database",
        str(database),
        "--cycle",
        "Mandatperioden 2019–2022",
        "--diarienummer",
        "KS 2026/5",
        "--utan-ordlista",
    )
    assert done.returncode == 0, done.stderr
    assert "sparades i" in done.stdout and "Nulägesanalys" in done.stdout
    first = PdfReader(out).pages[0].extract_text()
    assert "Mandatperioden 2019–2022" in first and "KS 2026/5" in first

    latest = tmp_path / "bokslut.pdf"
    done = run(
        "hallbarhetsbokslut", "--out", str(latest), "--database", str(database), "--cycle", "2"
    )
    assert done.returncode == 0, done.stderr
    assert "Mandatperioden 2023–2026" in PdfReader(latest).pages[0].extract_text()


def test_report_command_explains_problems_in_swedish(tmp_path: Path) -> None:
    database = tmp_path / "demo.agenda"
    build_demo(database)
    out = tmp_path / "x.pdf"

    done = run("okänd", "--out", str(out), "--database", str(database))
    assert done.returncode == 2 and "finns inte; välj en av: nulagesanalys" in done.stderr

    done = run("program", "--out", str(out), "--database", str(database), "--cycle", "Nej")
    assert done.returncode == 2
    assert (
        "Styrcykeln ”Nej” finns inte" in done.stderr and "Mandatperioden 2023–2026" in done.stderr
    )

    done = run("program", "--out", str(tmp_path / "saknas" / "x.pdf"), "--database", str(database))
    assert done.returncode == 2 and "finns inte" in done.stderr

    fresh = run("program", "--out", str(out), "--database", str(tmp_path / "ny.agenda"))
    assert fresh.returncode == 2 and "styrcykel" in fresh.stderr
    assert not out.exists()

    help_text = run("--help")
    assert help_text.returncode == 0 and "hallbarhetsbokslut" in help_text.stdout
