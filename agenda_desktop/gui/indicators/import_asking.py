"""Ask the user what a sheet leaves open, with the dialogs of :mod:`.import_questions`.

Each function shows its dialog and returns the answer, or None when the user cancelled;
the import dialog puts the answer into its request and analyses again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.model import (
    Field,
    FileInfo,
    ImportPreview,
    ImportRequest,
    LocalKpi,
)
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.import_questions import (
    ChooseKpiDialog,
    ChooseMunicipalityDialog,
    ColumnMappingDialog,
    LocalKpiDialog,
    column_examples,
)
from agenda_desktop.gui.messages import show_error


def ask_mapping(
    services: Services,
    info: FileInfo,
    request: ImportRequest,
    preview: ImportPreview | None,
    parent: QWidget,
) -> dict[int, Field] | None:
    """Which column holds what; a confirmed mapping is remembered for the same header."""
    sheet = info.sheet(request.sheet)
    columns = preview.columns if preview else sheet.columns
    examples = column_examples(sheet.sample, request.header_row or sheet.header_row)
    dialog = ColumnMappingDialog(columns, examples, dict(request.mapping) or None, parent)
    try:
        if not dialog.exec():
            return None
        mapping = dialog.mapping()
    finally:
        dialog.deleteLater()
    # Only a mapping of the detected header row matches the sheet's remembered signature.
    if request.header_row in (None, sheet.header_row):
        try:
            services.indicator_import.remember_mapping(sheet, mapping)
        except AgendaError as error:
            show_error(parent, str(error))
    return mapping


def ask_kpi(
    services: Services, info: FileInfo, request: ImportRequest, parent: QWidget
) -> str | None:
    """Which indicator a sheet holds that does not name it."""
    dialog = ChooseKpiDialog(services, info.sheet(request.sheet).kpi_hint or "", parent)
    try:
        return dialog.kpi_id() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask_municipality(services: Services, request: ImportRequest, parent: QWidget) -> str | None:
    """Which municipality a sheet holds; our own is offered first."""
    profile = services.organisation.profile()
    default = request.municipality_id or (profile.municipality_id if profile else None)
    dialog = ChooseMunicipalityDialog(services, default, parent)
    try:
        return dialog.municipality_id() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask_local_kpis(
    request: ImportRequest, preview: ImportPreview, parent: QWidget
) -> tuple[LocalKpi, ...] | None:
    """Title and unit of each unknown indicator, added to those confirmed before."""
    dialog = LocalKpiDialog(preview.unknown_kpis, parent)
    try:
        if not dialog.exec():
            return None
        kept = {kpi.key: kpi for kpi in request.local_kpis}
        kept.update({kpi.key: kpi for kpi in dialog.local_kpis()})
        return tuple(kept.values())
    finally:
        dialog.deleteLater()
