"""The headless command ``agenda-desktop report KIND --out FILE.pdf``.

Builds one of the printed reports (``core/reports``) for the latest steering cycle, or
the one ``--cycle`` names, and prints where it was saved. Exit code 0 when the file was
written, 2 when it could not be (nothing is left behind).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from agenda_desktop import APP_ID, DATABASE_SUFFIX
from agenda_desktop.cli_parser import SwedishArgumentParser, SwedishHelpFormatter
from agenda_desktop.core.errors import AgendaError, NotFoundError
from agenda_desktop.core.reports.registry import REPORT_KINDS
from agenda_desktop.core.store.location import DatabaseLocation, resolve_location

if TYPE_CHECKING:
    from agenda_desktop.core.services.container import Services

EXIT_OK = 0
EXIT_PROBLEMS = 2


def build_report_parser() -> argparse.ArgumentParser:
    kinds = "\n".join(f"  {kind.key:<20}{kind.title}" for kind in REPORT_KINDS)
    parser = SwedishArgumentParser(
        prog=f"{APP_ID} report",
        description=(
            "Skapa en rapport som PDF-fil, för den senaste styrcykeln om inget annat anges."
        ),
        epilog=f"Rapporter:\n{kinds}",
    )
    parser.formatter_class = _KeepEpilog
    parser.add_argument("kind", metavar="RAPPORT", help="rapporten, se listan nedan")
    parser.add_argument("--out", metavar="FIL", required=True, help="PDF-filen att skapa")
    parser.add_argument("--cycle", metavar="ID|NAMN", help="styrcykelns nummer eller namn")
    parser.add_argument("--diarienummer", metavar="DNR", default="", help="t.ex. ”KS 2026/123”")
    parser.add_argument(
        "--utan-ordlista", action="store_true", help="utan bilagan med kommunens ordlista"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--database", metavar="SÖKVÄG", help=f"databasfilen (*{DATABASE_SUFFIX})")
    where.add_argument("--database-url", metavar="URL", help="adress till en delad databas")
    return parser


class _KeepEpilog(argparse.RawDescriptionHelpFormatter, SwedishHelpFormatter):
    """Swedish help that keeps the epilog's list of reports on separate lines."""


def run_report_command(
    argv_rest: list[str],
    location: DatabaseLocation | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run ``agenda-desktop report`` with the arguments after ``report``.

    Returns:
        0 when the PDF was written; 2 when it was not (the reason is on ``err``).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_report_parser()
    arguments = parser.parse_args(argv_rest)
    keys = [kind.key for kind in REPORT_KINDS]
    if arguments.kind not in keys:
        parser.error(f"rapporten ”{arguments.kind}” finns inte; välj en av: {', '.join(keys)}")
    if arguments.database or arguments.database_url or location is None:
        location = resolve_location(arguments.database, arguments.database_url)

    from agenda_desktop.core.reports.build import build_report
    from agenda_desktop.core.services.container import Services
    from agenda_desktop.core.startup import open_database

    try:
        database = open_database(location).database
    except AgendaError as error:
        err.write(f"{error}\n")
        return EXIT_PROBLEMS
    try:
        services = Services.for_database(database)
        cycle_id = find_cycle(services, arguments.cycle) if arguments.cycle else None
        result = build_report(
            services,
            arguments.kind,
            Path(arguments.out),
            cycle_id=cycle_id,
            diarienummer=arguments.diarienummer,
            include_glossary=not arguments.utan_ordlista,
        )
    except AgendaError as error:
        err.write(f"{error}\n")
        return EXIT_PROBLEMS
    finally:
        database.close()
    out.write(f"Rapporten ”{result.title}” sparades i {result.path} ({result.pages} sidor).\n")
    return EXIT_OK


def find_cycle(services: Services, wanted: str) -> int:
    """The id of the cycle with this number or name (case and spaces do not matter).

    Raises:
        NotFoundError: no such cycle; the message lists the cycles there are.
    """
    cycles = services.cycle.cycles()
    text = " ".join(wanted.split()).casefold()
    for cycle in cycles:
        if text == str(cycle.cycle_id) or text == cycle.name.casefold():
            return cycle.cycle_id
    listed = "; ".join(f"{c.cycle_id} ”{c.name}”" for c in cycles) or "inga"
    raise NotFoundError(f"Styrcykeln ”{wanted}” finns inte. Styrcykler i databasen: {listed}.")
