"""Applying an import: all or nothing, re-imports that change nothing, history, cancel."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import HARRYDA, KPI_A, KPI_B, TANUM, Dump
from sheet_writers import write_csv, write_openpyxl
from sqlalchemy import text

from agenda_desktop.core.indicators import extract, store
from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.progress import Cancelled, CancelToken
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.store.database import Database

HEADER = ["Nyckeltal", "Kommun", "År", "Kön", "Värde", "Antal"]


def _rows(edits: dict[tuple[str, int, str], Any] | None = None) -> list[list[Any]]:
    rows: list[list[Any]] = [HEADER]
    for kpi in (KPI_A, KPI_B):
        for year in range(2015, 2025):
            for gender in "TKM":
                value: Any = float(year - 2000) + (0.5 if gender == "K" else 0)
                value = (edits or {}).get((kpi, year, gender), value)
                rows.append([kpi, "Tanum", year, gender, value, 10])
    return rows


def _write(path: Path, edits: dict[tuple[str, int, str], Any] | None = None) -> Path:
    write_openpyxl(path, {"Blad1": _rows(edits)})
    return path


def test_importing_the_same_file_twice_changes_nothing(
    tmp_path: Path, service: IndicatorImportService, dump: Callable[[], Dump]
) -> None:
    path = _write(tmp_path / "tanum.xlsx")
    first = service.apply(ImportRequest(path))
    assert (first.new, first.changed, first.unchanged, first.history_rows) == (60, 0, 0, 0)
    before = dump()
    preview = service.analyse(ImportRequest(path))
    assert (preview.new, preview.changed, preview.unchanged, preview.rejected) == (0, 0, 60, 0)
    again = service.apply(ImportRequest(path), preview=preview)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 60)
    assert dump() == before


def test_an_edited_file_changes_only_the_edited_values_and_keeps_history(
    tmp_path: Path,
    service: IndicatorImportService,
    dump: Callable[[], Dump],
    values: Callable[[], dict[Any, Any]],
) -> None:
    path = _write(tmp_path / "tanum.xlsx")
    service.apply(ImportRequest(path))
    before = values()
    edited = _write(
        tmp_path / "tanum-rättad.xlsx", {(KPI_A, 2020, "K"): 99.5, (KPI_B, 2024, "T"): ".."}
    )
    preview = service.analyse(ImportRequest(edited))
    assert (preview.new, preview.changed, preview.unchanged) == (0, 2, 58)
    result = service.apply(ImportRequest(edited), preview=preview)
    assert (result.changed, result.history_rows) == (2, 2)
    after = values()
    assert {key for key in after if after[key] != before[key]} == {
        (KPI_A, TANUM, 2020, "K"),
        (KPI_B, TANUM, 2024, "T"),
    }
    assert after[(KPI_A, TANUM, 2020, "K")] == (99.5, None, 10.0, None)
    assert after[(KPI_B, TANUM, 2024, "T")] == (None, "sekretess", 10.0, None)
    history = {row[1:5]: row for row in dump()["kpi_value_change"]}
    changed = history[(KPI_A, TANUM, 2020, "K")]
    assert changed[5:10] == (20.5, None, 99.5, None, "tanum-rättad.xlsx")
    assert changed[10] is not None  # when
    assert history[(KPI_B, TANUM, 2024, "T")][5:9] == (24.0, None, None, "sekretess")


def test_a_stale_preview_is_analysed_again(
    tmp_path: Path, service: IndicatorImportService, values: Callable[[], dict[Any, Any]]
) -> None:
    path = _write(tmp_path / "tanum.xlsx")
    preview = service.analyse(ImportRequest(path))
    _write(path, {(KPI_A, 2015, "T"): 1234.0})
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    result = service.apply(ImportRequest(path), preview=preview)
    assert result.new == 60
    assert values()[(KPI_A, TANUM, 2015, "T")][0] == 1234.0


def test_values_changed_after_the_preview_are_compared_again(
    tmp_path: Path,
    service: IndicatorImportService,
    new_database: Database,
    dump: Callable[[], Dump],
) -> None:
    path = _write(tmp_path / "tanum.xlsx")
    service.apply(ImportRequest(path))
    preview = service.analyse(ImportRequest(path))
    assert preview.changed == 0
    with new_database.unit_of_work() as session:  # someone else edits a value meanwhile
        session.execute(
            text(
                "UPDATE kpi_value SET value = 1, changed_at = '2099-01-01 00:00:00.000000' "
                "WHERE kpi_id = :kpi AND period = 2016 AND gender = 'M'"
            ),
            {"kpi": KPI_A},
        )
    result = service.apply(ImportRequest(path), preview=preview)
    assert (result.changed, result.history_rows) == (1, 1)
    (change,) = dump()["kpi_value_change"]
    assert change[1:9] == (KPI_A, TANUM, 2016, "M", 1.0, None, 16.0, None)


def test_cancel_while_reading_changes_nothing(
    tmp_path: Path,
    service: IndicatorImportService,
    dump: Callable[[], Dump],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "CHUNK_ROWS", 10)
    path = _write(tmp_path / "tanum.xlsx")
    token = CancelToken()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total, what))
        if done > 20:
            token.cancel()

    before = dump()
    with pytest.raises(Cancelled, match=re.escape("Avbrutet. Ingenting har ändrats.")):
        service.apply(ImportRequest(path), progress, token)
    assert dump() == before
    assert any(what.startswith("Läser rad") for _d, _t, what in seen)


def test_cancel_while_saving_rolls_everything_back(
    tmp_path: Path,
    service: IndicatorImportService,
    dump: Callable[[], Dump],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(store, "WRITE_CHUNK", 20)
    path = _write(tmp_path / "tanum.xlsx")
    request = ImportRequest(path)
    preview = service.analyse(request)
    token = CancelToken()

    def progress(done: int, _total: int, what: str) -> None:
        if what.startswith("Sparar") and done >= 20:
            token.cancel()

    before = dump()
    with pytest.raises(Cancelled):
        service.apply(request, progress, token, preview=preview)
    assert dump() == before
    assert service.apply(request, preview=preview).new == 60  # and it can be done again


def test_missing_values_are_stored_with_their_reason_never_as_zero(
    tmp_path: Path, service: IndicatorImportService, values: Callable[[], dict[Any, Any]]
) -> None:
    rows = [
        ["Nyckeltal", "Kommun", "År", "Värde"],
        [KPI_A, "Härryda", "2020", ""],
        [KPI_A, "Härryda", "2021", "-"],
        [KPI_A, "Härryda", "2022", "."],
        [KPI_A, "Härryda", "2023", ".."],
        [KPI_A, "Härryda", "2024", "0"],
    ]
    path = write_csv(tmp_path / "saknas.csv", rows)
    preview = service.analyse(ImportRequest(path))
    assert (preview.new, preview.missing) == (5, 4)
    service.apply(ImportRequest(path), preview=preview)
    stored = {key[2]: found[:2] for key, found in values().items() if key[1] == HARRYDA}
    assert stored == {
        2020: (None, "tom"),
        2021: (None, "bortfall"),
        2022: (None, "ej_tillampligt"),
        2023: (None, "sekretess"),
        2024: (0.0, None),
    }


def test_a_file_without_count_keeps_the_stored_count(
    tmp_path: Path, service: IndicatorImportService, values: Callable[[], dict[Any, Any]]
) -> None:
    service.apply(ImportRequest(_write(tmp_path / "med.xlsx")))
    rows = [["Nyckeltal", "Kommun", "År", "Kön", "Värde"], [KPI_A, "Tanum", 2015, "T", 7]]
    path = write_openpyxl(tmp_path / "utan.xlsx", {"Blad1": rows})
    result = service.apply(ImportRequest(path))
    assert result.changed == 1
    assert values()[(KPI_A, TANUM, 2015, "T")] == (7.0, None, 10.0, None)


def test_progress_is_reported_in_swedish(tmp_path: Path, service: IndicatorImportService) -> None:
    texts: list[str] = []
    service.apply(
        ImportRequest(_write(tmp_path / "t.xlsx")), lambda _d, _t, what: texts.append(what)
    )
    assert texts[0] == "Öppnar filen"
    assert "Raderna är lästa" in texts
    assert any(text.startswith("Sparar 60 nya värden") for text in texts)


def test_check_constraints_hold_again_after_an_import_and_after_a_cancel(
    tmp_path: Path,
    service: IndicatorImportService,
    new_database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bulk write skips kpi_value's CHECKs (its values are checked already); every
    other statement on any pooled connection must have them again."""
    path = _write(tmp_path / "tanum.xlsx")
    monkeypatch.setattr(store, "WRITE_CHUNK", 20)
    token = CancelToken()

    def progress(done: int, _total: int, what: str) -> None:
        if what.startswith("Sparar") and done >= 20:
            token.cancel()

    with pytest.raises(Cancelled):
        service.apply(ImportRequest(path), progress, token)
    _assert_checks_hold(new_database)
    assert service.apply(ImportRequest(path)).new == 60
    _assert_checks_hold(new_database)


def _assert_checks_hold(database: Database) -> None:
    bad = (
        "INSERT INTO kpi_value (kpi_id, municipality_id, period, gender, value, "
        "missing_reason, source, changed_at) VALUES (:kpi, :m, 1999, :gender, :value, "
        ":reason, 'x', '2024-01-01 00:00:00.000000')"
    )
    for gender, value, reason in (("X", 1.0, None), ("T", None, None), ("T", 1.0, "tom")):
        with pytest.raises(Exception, match=r"(?i)CHECK"), database.unit_of_work() as session:
            session.execute(
                text(bad),
                {"kpi": KPI_A, "m": TANUM, "gender": gender, "value": value, "reason": reason},
            )


def test_a_changed_status_or_count_is_found_when_the_file_has_them(
    tmp_path: Path, service: IndicatorImportService, values: Callable[[], dict[Any, Any]]
) -> None:
    header = ["Nyckeltal", "Kommun", "År", "Kön", "Värde", "Antal", "Status"]
    rows = [
        header,
        [KPI_A, "Tanum", 2015, "T", 7, 10, "prel"],
        [KPI_A, "Tanum", 2016, "T", 8, 11, ""],
    ]
    service.apply(ImportRequest(write_openpyxl(tmp_path / "a.xlsx", {"Blad1": rows})))
    rows[1][6], rows[2][5] = "slutlig", 12
    preview = service.analyse(ImportRequest(write_openpyxl(tmp_path / "b.xlsx", {"Blad1": rows})))
    assert (preview.new, preview.changed, preview.unchanged) == (0, 2, 0)
    service.apply(preview.request, preview=preview)
    assert values()[(KPI_A, TANUM, 2015, "T")] == (7.0, None, 10.0, "slutlig")
    assert values()[(KPI_A, TANUM, 2016, "T")] == (8.0, None, 12.0, None)
