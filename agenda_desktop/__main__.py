"""Command line: parse the arguments, then hand over to the GUI or to a headless command."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from agenda_desktop import APP_ID, DATABASE_SUFFIX, __version__
from agenda_desktop.cli_parser import SwedishArgumentParser


def build_parser() -> argparse.ArgumentParser:
    parser = SwedishArgumentParser(
        prog=APP_ID,
        description="Agenda Desktop – styr kommunens arbete med Agenda 2030.",
        epilog=(
            "Importera nyckeltal utan fönster: agenda-desktop import FIL [--help]. "
            "Skapa en rapport som PDF: agenda-desktop report RAPPORT --out FIL.pdf [--help]"
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="visa versionen"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database",
        metavar="SÖKVÄG",
        help=f"databasfil att öppna eller skapa (*{DATABASE_SUFFIX})",
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="SQLAlchemy-adress till en delad databas, t.ex. postgresql+psycopg://…",
    )
    where.add_argument(
        "--demo",
        metavar="SÖKVÄG",
        help="bygg exempeldatabasen (Exempelkommun) i filen och öppna den",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="kontrollera installationen utan fönster och avsluta (0 = allt fungerar)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["import"]:  # agenda-desktop import FILE [--sheet …]: headless import
        from agenda_desktop.cli_import import run_import_command

        return run_import_command(argv[1:])
    if argv[:1] == ["report"]:  # agenda-desktop report KIND --out FILE.pdf: headless report
        from agenda_desktop.cli_report import run_report_command

        return run_report_command(argv[1:])
    arguments = build_parser().parse_args(argv)
    if arguments.self_test:
        from agenda_desktop.selftest import run_self_test

        return run_self_test()

    from agenda_desktop.core.store.location import ENVIRONMENT_VARIABLE, resolve_location

    demo = Path(arguments.demo) if arguments.demo else None
    chosen = arguments.database or arguments.database_url or os.environ.get(ENVIRONMENT_VARIABLE)
    # Without a choice, the GUI reopens the database used last (or the default file).
    location = resolve_location(arguments.database, arguments.database_url) if chosen else None

    from agenda_desktop.gui.app import run

    return run(location=location, demo=demo)


if __name__ == "__main__":
    sys.exit(main())
