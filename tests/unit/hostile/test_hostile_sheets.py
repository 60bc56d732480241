"""Hostile and broken files fed to every importer: the indicator import, the financing
amount sheet and attachments / network documents.

Each crafted file runs in its own child process (hostile_runner.py) with a 30 s limit;
each importer must end with the app's own error naming the file, or a normal result,
never a traceback or a crash; the child's peak memory must stay under 800 MB, and the
indicator and financing imports must leave the database as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import hostile_files as crafted
import pytest

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models.meetings import Body

pytestmark = pytest.mark.sqlite_only

RUNNER = Path(__file__).with_name("hostile_runner.py")
TIME_LIMIT_S = 30
MEMORY_LIMIT_MB = 800
# kind: (file name, builder); a builder needing the bomb gets it as its argument
SIMPLE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "random_xlsx": ("slump.xlsx", crafted.random_bytes),
    "random_xls": ("slump.xls", crafted.random_bytes),
    "random_ods": ("slump.ods", crafted.random_bytes),
    "random_csv": ("slump.csv", crafted.random_bytes),
    "empty_xlsx": ("tom.xlsx", crafted.empty),
    "empty_csv": ("tom.csv", crafted.empty),
    "truncated_xlsx": ("avkortad.xlsx", crafted.truncated_xlsx),
    "zip_not_a_sheet": ("inget_ark.xlsx", crafted.zip_not_a_sheet),
    "billion_laughs": ("skratt.xlsx", crafted.billion_laughs),
    "external_entity": ("extern.xlsx", crafted.external_entity),
    "huge_extent": ("vidd.xlsx", crafted.huge_extent),
    "huge_extent_unusual": ("vidd_ovanlig.xlsx", crafted.huge_extent_unusual),
    "ods_repeated": ("upprepad.ods", crafted.ods_repeated),
    "formulas": ("formler.xlsx", crafted.formulas),
    "long_string": ("lang_text.xlsx", crafted.long_string),
    "long_string_inline": ("lang_text_inline.xlsx", crafted.long_string_inline),
    "shared_string_amplified": ("delad_text.xlsx", crafted.shared_string_amplified),
    "csv_200_mb_one_line": ("en_rad.csv", crafted.csv_one_line(200 << 20)),
    **{
        "csv_" + name.removesuffix(".csv"): (name, crafted.csv_text(data))
        for name, data in crafted.CRAFTED_CSV.items()
    },
}
BOMBS: dict[str, tuple[str, Callable[[Path], Callable[[Path], None]] | None]] = {
    "zip_bomb": ("bomb.xlsx", None),
    "zip_bomb_declared_4_gb": ("bomb_4gb.xlsx", crafted.declared_bomb),
    "zip_bomb_lying_size": ("bomb_ljuger.xlsx", crafted.lying_bomb),
}
OUTCOMES: dict[str, dict[str, object]] = {}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int, int, Path]]:
    """A database with a meeting item and a network, and the zip bomb (built once)."""
    folder = tmp_path_factory.mktemp("hostile")
    database_path = folder / "mall.agenda"
    database = open_database(DatabaseLocation.for_file(database_path)).database
    services = Services.for_database(database)
    with database.unit_of_work() as session:
        body = Body(name="Beredningen", kind="utskott")
        session.add(body)
        session.flush()
        body_id = body.id
    meeting = services.meetings.create_meeting(body_id, MeetingInput(date(2025, 3, 12)))
    item = services.meetings.add_item(meeting.meeting_id, AgendaItemInput("Bilagor"))
    network = services.networks.create_network(NetworkInput("Glokala Sverige"))
    database.close()
    bomb = folder / "bomb.xlsx"
    crafted.zip_bomb(bomb)
    yield database_path, item.item_id, network.network_id, bomb
    if OUTCOMES:
        print("\nHostile files:", json.dumps(OUTCOMES, ensure_ascii=False, indent=1))


def run_all_importers(
    prepared: tuple[Path, int, int, Path], tmp_path: Path, file: Path
) -> dict[str, object]:
    template, item_id, network_id, _bomb = prepared
    database = tmp_path / "db.agenda"
    shutil.copyfile(template, database)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run(
            [sys.executable, str(RUNNER), str(database), str(file), str(item_id), str(network_id)],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT_S,
            env=environment,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{file.name}: the importers did not finish within {TIME_LIMIT_S} s")
    assert done.returncode == 0, f"{file.name}: the child died ({done.returncode}): {done.stderr}"
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def check_report(kind: str, file: Path, report: dict[str, object]) -> None:
    OUTCOMES[kind] = {
        key: (value["outcome"] if isinstance(value, dict) else value)
        for key, value in report.items()
    }
    assert report["unchanged"], f"{file.name}: an import changed the database"
    assert int(str(report["peak_rss_mb"])) < MEMORY_LIMIT_MB, f"{file.name}: {report}"
    for importer in ("indicator_import", "financing_sheet", "attachment", "network_document"):
        result = report[importer]
        assert isinstance(result, dict)
        assert result["outcome"] != "crash", f"{file.name} / {importer}: {result['message']}"
        if result["outcome"] != "ok":
            assert result["outcome"] in {"ImportFileError", "ValidationError"}, result
            assert file.name in str(result["message"]), result
        assert float(str(result["seconds"])) < TIME_LIMIT_S


@pytest.mark.parametrize("kind", sorted(SIMPLE))
def test_a_crafted_file_ends_with_a_clear_message(
    kind: str, prepared: tuple[Path, int, int, Path], tmp_path: Path
) -> None:
    name, build = SIMPLE[kind]
    file = tmp_path / name
    build(file)
    try:
        check_report(kind, file, run_all_importers(prepared, tmp_path, file))
    finally:
        file.unlink(missing_ok=True)  # the 200 MB CSV does not stay on disk


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_a_zip_bomb_is_refused_without_expanding_it(
    kind: str, prepared: tuple[Path, int, int, Path], tmp_path: Path
) -> None:
    name, variant = BOMBS[kind]
    bomb = prepared[3]
    file = tmp_path / name
    (variant(bomb) if variant else lambda path: shutil.copyfile(bomb, path))(file)
    report = run_all_importers(prepared, tmp_path, file)
    check_report(kind, file, report)
    for importer in ("indicator_import", "financing_sheet"):
        result = report[importer]
        assert isinstance(result, dict) and result["outcome"] == "ImportFileError", result
        assert "zip-bomb" in str(result["message"]) or "MB" in str(result["message"]), result
