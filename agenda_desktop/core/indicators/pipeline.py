"""The import pipeline: analyse a file into a preview, then apply it.

``inspection.inspect_file`` -> :class:`FileInfo` (sheets, header rows, layout, sample);
``analyse`` -> :class:`ImportPreview` (counts and problems; nothing written);
``apply`` -> :class:`ImportResult` (all values in one transaction, or nothing).

All three are Qt-free and meant to run in a worker thread: they report through a
ProgressCallback and stop at the next chunk when the CancelToken is cancelled.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Final

from agenda_desktop.core.indicators.collector_pause import cycle_collector_paused
from agenda_desktop.core.indicators.extract import Extractor
from agenda_desktop.core.indicators.headers import HeaderGuess, find_header, signature
from agenda_desktop.core.indicators.inspection import (
    Rows,
    choose_sheet,
    remember_mapping,
    remembered_mappings,
    title_of,
)
from agenda_desktop.core.indicators.layout import Choices, Plan, make_plan
from agenda_desktop.core.indicators.local_kpis import (
    confirmed_ids,
    create_local_kpis,
    read_descriptions,
    unknown_kpis,
)
from agenda_desktop.core.indicators.model import (
    Field,
    ImportBlockedError,
    ImportPreview,
    ImportRequest,
    ImportResult,
    Layout,
)
from agenda_desktop.core.indicators.problems import ProblemCollector
from agenda_desktop.core.indicators.reading import open_workbook
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.indicators.staged import Staged
from agenda_desktop.core.indicators.store import (
    Diff,
    compare,
    write,
)
from agenda_desktop.core.indicators.store_fingerprint import fingerprint, fingerprint_aside
from agenda_desktop.core.progress import CancelToken, ProgressCallback, no_progress
from agenda_desktop.core.store.database import Database

DISTINCT_SLICE: Final = 50_000


@dataclass
class Analysis:
    """What analyse() keeps for apply(): the checked values, how they compared with the
    database and the database's fingerprint then, and the file's size and time."""

    staged: Staged
    plan: Plan
    stamp: tuple[int, int]
    local_ids: dict[str, str]
    diff: Diff
    fingerprint: tuple[object, ...]


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


# -- analyse -----------------------------------------------------------------------------


def analyse(
    database: Database,
    request: ImportRequest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportPreview:
    """Read and check the whole sheet and count what an import would do; write nothing.

    Raises:
        ImportFileError: the file cannot be read.
        Cancelled: the user cancelled.
    """
    with cycle_collector_paused():
        return _analyse(database, request, progress, cancel or CancelToken())


def _analyse(
    database: Database, request: ImportRequest, progress: ProgressCallback, cancel: CancelToken
) -> ImportPreview:
    progress(0, 0, "Öppnar filen")
    with database.unit_of_work() as session:
        catalogue = Catalogue.load(session)
        mappings = remembered_mappings(session)
    stamp = _stamp(request.path) if request.path.exists() else (0, 0)
    with open_workbook(request.path) as workbook:
        sheet, height, head, rest = choose_sheet(workbook, request.sheet)
        guess = find_header(head, catalogue.municipality_by_name, request.header_row)
        headers = {index: cell.text for index, cell in enumerate(guess.cells)} if guess else {}
        problems = ProblemCollector(request.path.name, sheet, headers)
        if guess is None:
            problems.add("empty_sheet", "Bladet är tomt: det finns inga rader att importera.")
            return _empty_preview(request, sheet, problems)
        local_ids, local_problems = confirmed_ids(request.local_kpis, catalogue)
        for message in local_problems:
            problems.add("local_kpi_invalid", message)
        choices, notices = _choices(
            request, guess, catalogue, mappings, local_ids, problems, head, sheet
        )
        data = [item for item in head if item[0] > guess.row]
        plan = make_plan(guess, choices, catalogue, data)
        plan.notices[:0] = notices
        for code, message in plan.problems:
            problems.add(code, message)
        extractor = Extractor(plan, catalogue, problems, local_ids)
        if not plan.problems:
            extractor.run(chain(head, rest), height, progress, cancel)
        staged = extractor.staged
        if not plan.problems and not len(staged) and not extractor.rejected:
            problems.add(
                "no_values",
                f"Bladet har inga värden under rubrikraden (rad {guess.row}). "
                "Kontrollera att rätt blad och rubrikrad är valda.",
            )
        descriptions = read_descriptions(workbook, sheet) if extractor.unknown_kpis else {}
    diff, stored = Diff(new=[]), ()
    if len(staged):
        with fingerprint_aside(database, staged.kpi_ids) as stored_fingerprint:
            with database.unit_of_work() as session:
                diff = compare(session, staged, progress, cancel)
            stored = stored_fingerprint()
    notices_out = [*plan.notices, *_extraction_notices(extractor)]
    unknown = unknown_kpis(
        extractor.unknown_kpis,
        problems.grouped_counts("unknown_kpi"),
        extractor.kpi_titles,
        descriptions,
    )
    periods = sorted(_distinct(staged.period))
    return ImportPreview(
        request=request,
        file_name=request.path.name,
        sheet=sheet,
        layout=plan.layout,
        header_row=plan.header_row,
        columns=plan.columns,
        new=diff.new_count(len(staged)),
        changed=len(diff.changed),
        unchanged=diff.unchanged,
        rejected=extractor.rejected,
        missing=extractor.missing,
        problems=problems.finish(),
        problem_count=problems.count,
        unknown_kpis=unknown,
        needs_mapping=plan.needs_mapping,
        needs_kpi=plan.needs_kpi,
        needs_municipality=plan.needs_municipality,
        notices=tuple(notices_out),
        kpis=len(_distinct(staged.kpi)),
        municipalities=len(_distinct(staged.municipality)),
        periods=(periods[0], periods[-1]) if periods else None,
        staged=Analysis(staged, plan, stamp, local_ids, diff, stored),
    )


def _distinct(codes: Sequence[int]) -> set[int]:
    """The distinct codes of a staged column, a slice at a time: one set() over 870 000
    values holds the GIL for tens of milliseconds, and the GUI thread waits meanwhile."""
    found: set[int] = set()
    for start in range(0, len(codes), DISTINCT_SLICE):
        found.update(codes[start : start + DISTINCT_SLICE])
    return found


def _choices(
    request: ImportRequest,
    guess: HeaderGuess,
    catalogue: Catalogue,
    mappings: Mapping[str, Mapping[int, Field]],
    local_ids: Mapping[str, str],
    problems: ProblemCollector,
    head: Rows,
    sheet: str,
) -> tuple[Choices, list[str]]:
    notices = []
    mapping: Mapping[int, Field] = request.mapping
    if not mapping:
        mapping = mappings.get(signature(guess.cells), {})
        if mapping:
            notices.append("Kolumnerna tolkas som förra gången (sparad kolumnkoppling).")
    kpi = None
    if request.kpi_id:
        kpi = catalogue.kpi(request.kpi_id) or local_ids.get(request.kpi_id.strip())
        if kpi is None:
            problems.add(
                "unknown_kpi_choice", f"Det valda nyckeltalet ”{request.kpi_id}” finns inte."
            )
    municipality = None
    if request.municipality_id:
        municipality = catalogue.municipality(request.municipality_id)
        if municipality is None:
            problems.add(
                "unknown_municipality_choice",
                f"Den valda kommunen ”{request.municipality_id}” finns inte i kommunlistan.",
            )
    hint = catalogue.kpi_in_text(title_of(head, guess)) or catalogue.kpi_in_text(sheet)
    return Choices(mapping, kpi, municipality, hint), notices


def _extraction_notices(extractor: Extractor) -> list[str]:
    notices = []
    if extractor.ignored_rows:
        count = len(extractor.ignored_rows)
        notices.append(
            f"{count} rad{'er' if count != 1 else ''} utan värden lästes inte "
            f"(t.ex. rad {extractor.ignored_rows[0]}): anteckningar eller tomma rader."
        )
    repeated = extractor.identical_duplicates
    if repeated:
        notices.append(
            f"{repeated} rad{'er' if repeated != 1 else ''} upprepade ett värde med exakt samma "
            "innehåll och räknades en gång."
        )
    return notices


def _empty_preview(request: ImportRequest, sheet: str, problems: ProblemCollector) -> ImportPreview:
    return ImportPreview(
        request, request.path.name, sheet, Layout.UNKNOWN, None, (), 0, 0, 0, 0, 0,
        problems.finish(), problems.count, (), False, False, False, (), 0, 0, None, None,
    )  # fmt: skip


# -- apply -------------------------------------------------------------------------------


def apply(
    database: Database,
    request: ImportRequest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    preview: ImportPreview | None = None,
) -> ImportResult:
    """Import the file in one transaction: every value or none.

    Args:
        database: the open database.
        request: what to import.
        progress: called every few thousand rows.
        cancel: checked between chunks; cancelling rolls everything back.
        preview: the preview of the same request, to reuse its checked values; it is
            analysed again when missing, made for another request, or the file changed.

    Raises:
        ImportBlockedError: the file has problems (every problem blocks); nothing written.
        ImportFileError: the file cannot be read.
        Cancelled: the user cancelled; nothing written.
    """
    with cycle_collector_paused():
        return _apply(database, request, progress, cancel or CancelToken(), preview)


def _apply(
    database: Database,
    request: ImportRequest,
    progress: ProgressCallback,
    cancel: CancelToken,
    preview: ImportPreview | None,
) -> ImportResult:
    analysis = preview.staged if preview is not None else None
    if (
        preview is None
        or preview.request != request
        or not isinstance(analysis, Analysis)
        or not request.path.exists()
        or analysis.stamp != _stamp(request.path)
    ):
        preview = analyse(database, request, progress, cancel)
        analysis = preview.staged
    if not preview.can_apply:
        raise ImportBlockedError(preview)
    assert isinstance(analysis, Analysis)
    staged = analysis.staged
    source = request.path.name
    # store.write checks the foreign keys of kpi_value itself (see bulk_unit_of_work)
    with database.bulk_unit_of_work(vouched=("kpi_value",)) as session:
        created = create_local_kpis(
            session,
            request.local_kpis,
            staged.kpi_ids,
            source,
            {
                staged.kpi_ids[code]
                for code, gender in zip(staged.kpi, staged.gender, strict=True)
                if gender
            }
            if request.local_kpis
            else (),
        )
        if request.mapping and request.remember_mapping:
            remember_mapping(
                session,
                analysis.plan.signature,
                [c.header for c in analysis.plan.columns],
                request.mapping,
            )
        diff = analysis.diff
        if fingerprint(session, staged.kpi_ids) != analysis.fingerprint:
            diff = compare(session, staged, progress, cancel)  # changed since the preview
        now = datetime.now()
        history = write(session, staged, diff, source, now, progress, cancel)
        cancel.check()
        progress(len(staged), len(staged), "Sparar")
    return ImportResult(
        file_name=source,
        sheet=preview.sheet,
        new=diff.new_count(len(staged)),
        changed=len(diff.changed),
        unchanged=diff.unchanged,
        missing=sum(1 for reason in staged.reason if reason is not None),
        history_rows=history,
        local_kpis_created=created,
        finished_at=now,
    )
