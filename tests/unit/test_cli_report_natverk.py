"""``agenda-desktop report natverk``: the first network, one named by --network, and none."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from agenda_desktop.__main__ import main
from agenda_desktop.cli_report import EXIT_OK, EXIT_PROBLEMS, run_report_command
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation


def make_database(path: Path, *names: str) -> list[int]:
    """A database with a profile and the named networks; their ids in the given order."""
    database = open_database(DatabaseLocation.for_file(path)).database
    try:
        services = Services.for_database(database)
        services.organisation.save_profile(ProfileData("1401", "Exempelkommun", "KS"))
        return [services.networks.create_network(NetworkInput(name=n)).network_id for n in names]
    finally:
        database.close()


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_report_command(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def first_page(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_without_network_the_first_in_order_with_network_the_named(tmp_path: Path) -> None:
    database = tmp_path / "natverk.agenda"
    zeta, alfa = make_database(database, "Öresundsnätverket", "Åre-nätverket")
    out = tmp_path / "first.pdf"
    code, printed, problems = run("natverk", "--database", str(database), "--out", str(out))
    assert code == EXIT_OK, problems
    assert "Statusrapport för nätverket" in printed and "sparades i" in printed
    # Swedish order: Å before Ö, so the Åre network comes first
    assert "Åre-nätverket" in first_page(out) and "Öresundsnätverket" not in first_page(out)
    assert alfa != zeta

    named = tmp_path / "named.pdf"
    code, _printed, problems = run(
        "natverk",
        "--network",
        str(zeta),
        "--diarienummer",
        "KS 2026/7",
        "--database",
        str(database),
        "--out",
        str(named),
    )
    assert code == EXIT_OK, problems
    assert "Öresundsnätverket" in first_page(named) and "KS 2026/7" in first_page(named)


def test_no_network_is_a_clear_swedish_error(tmp_path: Path) -> None:
    database = tmp_path / "tom.agenda"
    make_database(database)
    out = tmp_path / "x.pdf"
    code, _printed, problems = run("natverk", "--database", str(database), "--out", str(out))
    assert code == EXIT_PROBLEMS
    assert "Det finns inget nätverk ännu" in problems
    assert not out.exists()

    code, _printed, problems = run(
        "natverk", "--network", "999", "--database", str(database), "--out", str(out)
    )
    assert code == EXIT_PROBLEMS and "999" in problems and not out.exists()


def test_the_main_entry_and_the_module_help(tmp_path: Path) -> None:
    database = tmp_path / "natverk.agenda"
    make_database(database, "Glokala Sverige")
    out = tmp_path / "main.pdf"
    assert main(["report", "natverk", "--database", str(database), "--out", str(out)]) == 0
    assert "Glokala Sverige" in first_page(out)

    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "agenda_desktop", "report", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0
    assert "natverk" in done.stdout and "--network" in done.stdout
