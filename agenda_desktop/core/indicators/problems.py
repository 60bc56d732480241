"""Collect the problems of an import, and save the list for the user (.csv or .txt)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from agenda_desktop.core.indicators.model import Problem
from agenda_desktop.core.indicators.numbers import column_letter

MAX_PROBLEMS: Final = 5_000  # kept for the list; all are counted
EXPECTED_NUMBER: Final = (
    "Förväntat: ett tal som 12,5 eller 1 234, eller tomt, ”-” (bortfall), "
    "”.” (ej tillämplig) eller ”..” (sekretess) när värdet saknas."
)


class ProblemCollector:
    """Problems of one file and sheet; repeated key problems are reported once each."""

    def __init__(self, file: str, sheet: str, headers: dict[int, str]) -> None:
        self.file = file
        self.sheet = sheet
        self.headers = headers
        self.problems: list[Problem] = []
        self.count = 0
        # (code, text) -> index in problems and how often it occurred, for key problems
        self._grouped: dict[tuple[str, str], list[int]] = {}

    def add(
        self, code: str, message: str, row: int | None = None, column: int | None = None
    ) -> None:
        """Add a problem at a cell (column is 0-based), a row, or the whole sheet."""
        self.count += 1
        if len(self.problems) >= MAX_PROBLEMS:
            return
        self.problems.append(self._make(code, message, row, column))

    def add_grouped(self, code: str, text: str, message: str, row: int, column: int | None) -> None:
        """Add a problem once per distinct ``text`` (an unknown KPI, say), counting rows."""
        key = (code, text)
        seen = self._grouped.get(key)
        if seen is not None:
            seen[1] += 1
            return
        self.count += 1
        self._grouped[key] = [len(self.problems), 1]
        self.problems.append(self._make(code, message, row, column))

    def grouped_counts(self, code: str) -> dict[str, int]:
        """How many rows each distinct text of a grouped problem occurred on."""
        return {text: seen[1] for (kind, text), seen in self._grouped.items() if kind == code}

    def finish(self) -> tuple[Problem, ...]:
        """The problems, with "(på N rader)" added to the grouped ones."""
        problems = list(self.problems)
        for (_code, _text), (index, times) in self._grouped.items():
            if times > 1:
                problem = problems[index]
                problems[index] = Problem(
                    problem.file,
                    problem.sheet,
                    problem.row,
                    problem.column,
                    problem.header,
                    f"{problem.message} Förekommer på {times} rader; den första visas.",
                    problem.code,
                )
        return tuple(problems)

    def _make(self, code: str, message: str, row: int | None, column: int | None) -> Problem:
        return Problem(
            self.file,
            self.sheet,
            row,
            None if column is None else column_letter(column),
            None if column is None else (self.headers.get(column) or None),
            message,
            code,
        )


def save_problems(problems: Iterable[Problem], path: Path) -> Path:
    """Save the problem list where the user chose: a .csv file (opens in Excel, semicolons,
    UTF-8 with BOM) or, for any other suffix, a plain text file.

    Returns:
        The path written.
    """
    items = list(problems)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["Fil", "Blad", "Rad", "Kolumn", "Rubrik", "Problem"])
            for problem in items:
                writer.writerow(
                    [
                        problem.file,
                        problem.sheet,
                        "" if problem.row is None else problem.row,
                        problem.column or "",
                        _safe(problem.header or ""),
                        _safe(problem.message),
                    ]
                )
        return path
    lines = [f"Problem vid import ({len(items)} st.)", ""]
    lines += [f"{problem.location}:\n    {problem.message}" for problem in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _safe(text: str) -> str:
    """Keep Excel from running a cell as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
