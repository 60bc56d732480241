"""Run every importer on one file in a child process and print what happened as JSON.

``python hostile_runner.py DATABASE FILE ITEM_ID NETWORK_ID`` runs, in order: the
indicator preview (inspect, analyse, and apply when the preview is clean), the financing
amount sheet reader, an attachment and a network document. Each outcome is "ok" or the
app's own error with its message; any other exception is printed as "crash" with its
traceback. The database checksum around the imports and the peak RSS are printed too.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.model import ImportRequest
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.networks.financing_sheet import read_amount_sheet
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation


def checksum(database_path: Path) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(database_path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}:{''.join(rows)}".encode())
    return digest.hexdigest()


def outcome(action: Callable[[], object]) -> dict[str, object]:
    started = time.monotonic()
    try:
        action()
        result: dict[str, object] = {"outcome": "ok"}
    except AgendaError as error:
        result = {"outcome": type(error).__name__, "message": str(error)}
    except Exception:
        result = {"outcome": "crash", "message": traceback.format_exc()}
    result["seconds"] = round(time.monotonic() - started, 2)
    return result


def peak_memory_mb() -> int:
    """This process's own peak memory. Linux's ru_maxrss survives exec, so a child started
    from a big parent (a long pytest run) would report the parent's size; the high-water
    mark of /proc/self/status (VmHWM) belongs to this program alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> None:
    database_path, file = Path(sys.argv[1]), Path(sys.argv[2])
    item_id, network_id = int(sys.argv[3]), int(sys.argv[4])
    database = open_database(DatabaseLocation.for_file(database_path)).database
    services = Services.for_database(database)
    importer = services.indicator_import
    report: dict[str, object] = {}
    before = checksum(database_path)

    def indicator_import() -> None:
        importer.inspect(file)
        request = ImportRequest(file)
        preview = importer.analyse(request)
        if preview.can_apply:
            importer.apply(request, preview=preview)

    def financing() -> None:
        with database.unit_of_work() as session:
            catalogue = Catalogue.load(session)
        read_amount_sheet(file, catalogue, None)

    report["indicator_import"] = outcome(indicator_import)
    report["financing_sheet"] = outcome(financing)
    report["unchanged"] = checksum(database_path) == before
    report["attachment"] = outcome(lambda: services.meetings.add_attachment(item_id, file))
    report["network_document"] = outcome(
        lambda: services.networks.add_document(network_id, file, "Dokument")
    )
    database.close()
    report["peak_rss_mb"] = peak_memory_mb()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
