"""The headless command ``agenda-desktop import FILE``: preview, then import if clean.

Prints the preview's counts and every problem in Swedish. Imports when there are no
problems (exit code 0); otherwise changes nothing and exits with 2. ``--dry-run`` only
prints the preview.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from agenda_desktop import APP_ID, DATABASE_SUFFIX
from agenda_desktop.cli_parser import SwedishArgumentParser
from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.model import (
    LAYOUT_LABELS,
    ImportBlockedError,
    ImportPreview,
    ImportRequest,
    LocalKpi,
)
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation, resolve_location

EXIT_OK = 0
EXIT_PROBLEMS = 2


def build_import_parser() -> argparse.ArgumentParser:
    parser = SwedishArgumentParser(
        prog=f"{APP_ID} import",
        description=(
            "Importera nyckeltalsvärden från en Excel-, OpenDocument- eller CSV-fil. "
            "Visar vad som skulle ändras och importerar bara om filen saknar problem."
        ),
    )
    parser.add_argument("file", metavar="FIL", help="filen att importera (.xlsx, .xls, .ods, .csv)")
    parser.add_argument("--sheet", metavar="BLAD", help="bladet att läsa (annars väljs det)")
    parser.add_argument(
        "--header-row", metavar="RAD", type=int, help="rubrikradens nummer (annars hittas den)"
    )
    parser.add_argument("--kpi", metavar="ID", help="nyckeltalet, för blad som bara har ett")
    parser.add_argument(
        "--municipality",
        metavar="KOD",
        help="kommunen, för blad med en rad per nyckeltal och för blocket ”Kommunen”",
    )
    parser.add_argument(
        "--create-local-kpis",
        action="store_true",
        help="skapa okända nyckeltal som lokala, med namn och enhet från filens blad ”Nyckeltal”",
    )
    parser.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle ändras")
    parser.add_argument(
        "--save-problems", metavar="FIL", help="spara problemlistan (.csv eller .txt)"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--database", metavar="SÖKVÄG", help=f"databasfilen (*{DATABASE_SUFFIX})")
    where.add_argument("--database-url", metavar="URL", help="adress till en delad databas")
    return parser


def run_import_command(
    argv_rest: list[str],
    location: DatabaseLocation | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run ``agenda-desktop import`` with the arguments after ``import``.

    Args:
        argv_rest: the arguments after the word ``import``.
        location: the database chosen by the main command line, if any; ``--database``
            or ``--database-url`` here win, then the environment, then the default file.
        out: where the report goes (standard output).
        err: where errors go (standard error).

    Returns:
        0 when the file was imported (or, with --dry-run, has no problems); 2 when it has
        problems or cannot be read, and nothing was changed.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    arguments = build_import_parser().parse_args(argv_rest)

    if arguments.database or arguments.database_url or location is None:
        location = resolve_location(arguments.database, arguments.database_url)
    try:
        database = open_database(location).database
    except AgendaError as error:
        err.write(f"{error}\n")
        return EXIT_PROBLEMS
    try:
        service = IndicatorImportService(database)
        request = ImportRequest(
            Path(arguments.file),
            sheet=arguments.sheet,
            header_row=arguments.header_row,
            kpi_id=arguments.kpi,
            municipality_id=arguments.municipality,
        )
        out.write(f"Databas: {location.describe()}\n")
        preview = service.analyse(request)
        if arguments.create_local_kpis and preview.unknown_kpis:
            confirmations = tuple(
                LocalKpi(kpi.key, kpi.suggested_title, kpi.suggested_unit)
                for kpi in preview.unknown_kpis
            )
            request = replace(request, local_kpis=confirmations)
            preview = service.analyse(request)
        _report(preview, out)
        if arguments.save_problems and preview.problems:
            saved = service.save_problems(preview.problems, Path(arguments.save_problems))
            out.write(f"Problemlistan sparades i {saved}.\n")
        if not preview.can_apply:
            out.write(
                "Importen gjordes inte: rätta problemen och försök igen. Ingenting har ändrats.\n"
            )
            return EXIT_PROBLEMS
        if arguments.dry_run:
            out.write("Provkörning: ingenting har ändrats.\n")
            return EXIT_OK
        result = service.apply(request, preview=preview)
    except ImportBlockedError as error:
        _report(error.preview, out)
        err.write(f"{error}\n")
        return EXIT_PROBLEMS
    except AgendaError as error:
        err.write(f"{error}\n")
        return EXIT_PROBLEMS
    finally:
        database.close()
    out.write(
        f"Importen är klar: {result.new} nya och {result.changed} ändrade värden sparades "
        f"({result.unchanged} oförändrade).\n"
    )
    if result.local_kpis_created:
        out.write(f"Nya lokala nyckeltal: {', '.join(result.local_kpis_created)}.\n")
    return EXIT_OK


def _report(preview: ImportPreview, out: TextIO) -> None:
    layout = LAYOUT_LABELS[preview.layout]
    header = f", rubrikrad {preview.header_row}" if preview.header_row else ""
    out.write(f"Fil: {preview.file_name}, blad ”{preview.sheet}” ({layout}){header}\n")
    out.write(f"  Nya värden:        {preview.new}\n")
    out.write(f"  Ändrade värden:    {preview.changed}\n")
    out.write(f"  Oförändrade värden: {preview.unchanged}\n")
    out.write(f"  Avvisade värden:   {preview.rejected}\n")
    out.write(f"  Saknade värden (sparas med orsak, aldrig som 0): {preview.missing}\n")
    for notice in preview.notices:
        out.write(f"Obs: {notice}\n")
    for unknown in preview.unknown_kpis:
        title = f" ({unknown.suggested_title})" if unknown.suggested_title else ""
        out.write(
            f"Okänt nyckeltal: {unknown.key}{title}, {unknown.values} värden. "
            "Använd --create-local-kpis för att skapa det som lokalt nyckeltal.\n"
        )
    if preview.problem_count:
        out.write(f"Problem ({preview.problem_count}):\n")
        for problem in preview.problems:
            out.write(f"  {problem}\n")
        hidden = preview.problem_count - len(preview.problems)
        if hidden > 0:
            out.write(f"  … och {hidden} problem till (spara listan med --save-problems).\n")
