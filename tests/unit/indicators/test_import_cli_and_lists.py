"""The headless command and the saved problem list."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from conftest import KPI_A
from sheet_writers import write_openpyxl

from agenda_desktop.cli_import import run_import_command
from agenda_desktop.core.indicators.model import Problem
from agenda_desktop.core.indicators.problems import save_problems
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation

HEADER = ["Nyckeltal", "Kommun", "År", "Värde"]


def _count(database_path: Path) -> int:
    database = open_database(DatabaseLocation.for_file(database_path)).database
    try:
        with database.engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM kpi_value").scalar_one())
    finally:
        database.close()


def test_a_clean_file_is_imported(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "ok.xlsx", {"Blad1": [HEADER, [KPI_A, "Tanum", 2020, 1.5]]})
    database = tmp_path / "kommun.agenda"
    out, err = io.StringIO(), io.StringIO()
    code = run_import_command([str(path), "--database", str(database)], None, out, err)
    assert code == 0, err.getvalue()
    report = out.getvalue()
    assert "Nya värden:" in report and "Importen är klar: 1 nya och 0 ändrade" in report
    assert _count(database) == 1
    out = io.StringIO()
    assert run_import_command([str(path), "--database", str(database)], None, out, err) == 0
    assert "Oförändrade värden: 1" in out.getvalue()


def test_a_file_with_problems_changes_nothing_and_exits_2(tmp_path: Path) -> None:
    rows = [HEADER, [KPI_A, "Tanum", 2020, 1.5], [KPI_A, "Tanum", 2021, "mycket"]]
    path = write_openpyxl(tmp_path / "fel.xlsx", {"Blad1": rows})
    database = tmp_path / "kommun.agenda"
    saved = tmp_path / "problem.txt"
    out, err = io.StringIO(), io.StringIO()
    arguments = [str(path), "--database", str(database), "--save-problems", str(saved)]
    assert run_import_command(arguments, None, out, err) == 2
    report = out.getvalue()
    assert "fel.xlsx, blad ”Blad1”, rad 3, kolumn D (Värde): ”mycket” är inte ett tal" in report
    assert "Importen gjordes inte" in report
    assert "rad 3, kolumn D" in saved.read_text(encoding="utf-8")
    assert _count(database) == 0


def test_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 inte en hel fil")
    err = io.StringIO()
    code = run_import_command(
        [str(path), "--database", str(tmp_path / "k.agenda")], None, io.StringIO(), err
    )
    assert code == 2
    assert "”trasig.xlsx” kunde inte läsas" in err.getvalue()


def test_local_kpis_can_be_created_from_the_file(tmp_path: Path) -> None:
    rows = [
        ["Nyckeltal-id", "Nyckeltal", "Kommun", "År", "Värde"],
        ["EK-1", "Trygghet", "Tanum", 2020, 80],
    ]
    path = write_openpyxl(tmp_path / "lokal.xlsx", {"Blad1": rows})
    database = tmp_path / "k.agenda"
    out, err = io.StringIO(), io.StringIO()
    assert run_import_command([str(path), "--database", str(database)], None, out, err) == 2
    assert "--create-local-kpis" in out.getvalue()
    # Without a unit in the file the confirmation is incomplete: still refused.
    arguments = [str(path), "--database", str(database), "--create-local-kpis"]
    assert run_import_command(arguments, None, io.StringIO(), err) == 2


PROBLEMS = [
    Problem("a.xlsx", "Blad1", 4, "E", "Värde", "”x” är inte ett tal.", "value_text"),
    Problem("a.xlsx", "Blad1", None, None, None, "=SUMMA(A1) ser ut som en formel", "other"),
]


def test_the_problem_list_saved_as_csv_opens_in_excel(tmp_path: Path) -> None:
    path = save_problems(PROBLEMS, tmp_path / "problem.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Fil", "Blad", "Rad", "Kolumn", "Rubrik", "Problem"]
    assert rows[1] == ["a.xlsx", "Blad1", "4", "E", "Värde", "”x” är inte ett tal."]
    assert rows[2][5] == "'=SUMMA(A1) ser ut som en formel"  # never run as a formula


def test_the_problem_list_saved_as_text(tmp_path: Path) -> None:
    text = save_problems(PROBLEMS, tmp_path / "problem.txt").read_text(encoding="utf-8")
    assert text.startswith("Problem vid import (2 st.)")
    assert "a.xlsx, blad ”Blad1”, rad 4, kolumn E (Värde):\n    ”x” är inte ett tal." in text
