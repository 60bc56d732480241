"""Import indicator values from a spreadsheet: the use cases the import dialog and the
headless ``agenda-desktop import`` command call.

The dialog's flow, run in a worker thread (everything here is Qt-free)::

    service = IndicatorImportService(database)
    info = service.inspect(path)                       # sheets, header, layout, sample
    request = ImportRequest(path, sheet=info.default_sheet)
    preview = service.analyse(request, progress, cancel)
    # show preview.new/changed/unchanged/rejected and preview.problems;
    # if preview.needs_mapping: ask for a mapping (columns: preview.columns), then
    #   request = replace(request, mapping={0: Field.KPI, ...}) and analyse again;
    # if preview.unknown_kpis: ask for title and unit, then
    #   request = replace(request, local_kpis=(LocalKpi(key, title, unit), ...));
    # if preview.needs_kpi / needs_municipality: ask, set kpi_id / municipality_id.
    if preview.can_apply:
        result = service.apply(request, progress, cancel, preview=preview)

An import is all-or-nothing: every problem blocks it (apply raises ImportBlockedError),
and cancelling leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from agenda_desktop.core.indicators import inspection, pipeline
from agenda_desktop.core.indicators.model import (
    Field,
    FileInfo,
    ImportPreview,
    ImportRequest,
    ImportResult,
    Problem,
    SheetInfo,
)
from agenda_desktop.core.indicators.problems import save_problems
from agenda_desktop.core.indicators.resolve import Catalogue
from agenda_desktop.core.progress import CancelToken, ProgressCallback, no_progress
from agenda_desktop.core.store.database import Database


class IndicatorImportService:
    """Indicator import for one open database."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def inspect(self, path: Path) -> FileInfo:
        """The file's sheets with their header rows, layouts and first rows; reads no values.

        Raises:
            ImportFileError: the file is missing, of a kind we cannot read, or damaged.
        """
        with self._database.unit_of_work() as session:
            catalogue = Catalogue.load(session)
            mappings = inspection.remembered_mappings(session)
        return inspection.inspect_file(path, catalogue, mappings)

    def analyse(
        self,
        request: ImportRequest,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportPreview:
        """Check the whole sheet and count new, changed, unchanged and rejected values.

        Nothing is written. The preview holds the checked values, so that ``apply`` with
        the same request does not read the file again.

        Raises:
            ImportFileError: the file cannot be read.
            Cancelled: the user cancelled.
        """
        return pipeline.analyse(self._database, request, progress, cancel)

    def apply(
        self,
        request: ImportRequest,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        preview: ImportPreview | None = None,
    ) -> ImportResult:
        """Import every value of the sheet in one transaction, or none.

        New values are added, changed values updated with a history row each (old value,
        new value, when, file name), unchanged values left alone; confirmed local
        indicators are created and a confirmed column mapping is remembered.

        Raises:
            ImportBlockedError: the file has problems; nothing was written.
            ImportFileError: the file cannot be read.
            Cancelled: the user cancelled; nothing was written.
        """
        return pipeline.apply(self._database, request, progress, cancel, preview)

    def remember_mapping(self, sheet: SheetInfo, mapping: Mapping[int, Field]) -> None:
        """Remember a mapping the user confirmed, for sheets with the same header."""
        with self._database.unit_of_work() as session:
            inspection.remember_mapping(
                session,
                sheet.header_signature,
                [column.header for column in sheet.columns],
                mapping,
            )

    @staticmethod
    def save_problems(problems: Iterable[Problem], path: Path) -> Path:
        """Save the problem list as .csv (opens in Excel) or, for other suffixes, text."""
        return save_problems(problems, path)
