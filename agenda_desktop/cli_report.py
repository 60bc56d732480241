"""The headless command ``agenda-desktop report KIND --out FILE.pdf``.

Builds one of the printed reports (``core/reports``) for the latest steering cycle, or
the one ``--cycle`` names, and prints where it was saved. A meeting's documents
(``kallelse``, ``protokoll``, ``handout``) are built for the meeting ``--meeting`` names,
or else the most recent meeting that has one (an agenda; for ``protokoll`` a protocol).
A network's status report (``natverk``) is built for the network ``--network`` names, or
else the first network in the register's order.
Exit code 0 when the file was written, 2 when it could not be (nothing is left behind).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from agenda_desktop import APP_ID, DATABASE_SUFFIX
from agenda_desktop.cli_parser import SwedishArgumentParser, SwedishHelpFormatter
from agenda_desktop.core.errors import AgendaError, NotFoundError
from agenda_desktop.core.reports.registry import (
    ALL_KINDS,
    MEETING_KINDS,
    NETWORK_KINDS,
    REPORT_KINDS,
)
from agenda_desktop.core.store.location import DatabaseLocation, resolve_location

if TYPE_CHECKING:
    from agenda_desktop.core.services.container import Services

EXIT_OK = 0
EXIT_PROBLEMS = 2


def build_report_parser() -> argparse.ArgumentParser:
    kinds = "\n".join(f"  {kind.key:<20}{kind.title}" for kind in REPORT_KINDS)
    kinds += "\n\nMötesdokument (med --meeting):\n"
    kinds += "\n".join(f"  {kind.key:<20}{kind.title}" for kind in MEETING_KINDS)
    kinds += "\n\nNätverk (med --network):\n"
    kinds += "\n".join(f"  {kind.key:<20}{kind.title}" for kind in NETWORK_KINDS)
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
    parser.add_argument(
        "--meeting",
        metavar="ID",
        type=int,
        help="mötets nummer, för kallelse, protokoll och handout (annars det senaste mötet)",
    )
    parser.add_argument(
        "--network",
        metavar="ID",
        type=int,
        help="nätverkets nummer, för natverk (annars det första nätverket)",
    )
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
    keys = [kind.key for kind in ALL_KINDS]
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
        meeting_id = network_id = cycle_id = None
        if arguments.kind in {kind.key for kind in MEETING_KINDS}:
            meeting_id = arguments.meeting or find_meeting(services, arguments.kind)
        elif arguments.kind in {kind.key for kind in NETWORK_KINDS}:
            network_id = arguments.network or find_network(services)
        elif arguments.cycle:
            cycle_id = find_cycle(services, arguments.cycle)
        result = build_report(
            services,
            arguments.kind,
            Path(arguments.out),
            cycle_id=cycle_id,
            diarienummer=arguments.diarienummer,
            include_glossary=not arguments.utan_ordlista,
            meeting_id=meeting_id,
            network_id=network_id,
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


def find_meeting(services: Services, kind_key: str) -> int:
    """The most recent meeting with an agenda (with a protocol, for ``protokoll``).

    Raises:
        NotFoundError: there is no such meeting.
    """
    from agenda_desktop.core.reports.kinds.meeting_data import latest_meeting_id

    with_protocol = kind_key == "protokoll"
    meeting_id = latest_meeting_id(services.database, with_protocol=with_protocol)
    if meeting_id is None:
        what = "ett protokoll" if with_protocol else "en dagordning"
        raise NotFoundError(f"Det finns inget möte med {what} ännu. Ange mötet med --meeting ID.")
    return meeting_id


def find_network(services: Services) -> int:
    """The first network in the register's order (by name).

    Raises:
        NotFoundError: there is no network.
    """
    networks = services.networks.networks()
    if not networks:
        raise NotFoundError(
            "Det finns inget nätverk ännu. Lägg till nätverket under Nätverk och åtaganden "
            "först, eller ange det med --network ID."
        )
    return networks[0].network_id
