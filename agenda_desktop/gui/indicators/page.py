"""Nyckeltal: the indicator list beside the selected indicator's page, and the actions
Importera…, Exportera… and Nytt lokalt nyckeltal….

The page reads the selected indicator in a worker (see :mod:`.page_data`), so clicking
through the list never stalls; a newer selection makes an older read's result moot.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.progress import CancelToken, ProgressCallback
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.detail_panel import IndicatorDetailPanel
from agenda_desktop.gui.indicators.list_panel import IndicatorListPanel
from agenda_desktop.gui.indicators.page_data import IndicatorPageData, load_page_data
from agenda_desktop.gui.indicators.worker import Task
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.settings import AppSettings
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface

LIST_WIDTH = 540


def _load_job(
    services: Services,
    kpi_id: str,
    municipality_id: str | None,
    chosen: tuple[str, ...],
    generation: int,
    _progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[int, IndicatorPageData]:
    return generation, load_page_data(services, kpi_id, municipality_id, chosen, cancel)


class IndicatorsPage(QWidget):
    """The Nyckeltal page."""

    def __init__(
        self, services: Services, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-indicators")
        self._services = services
        self._settings = settings
        self._generation = 0
        self._task: Task | None = None
        self._municipality_id = self._our_municipality()

        self.import_button = QPushButton(self.tr("&Importera…"), self)
        self.import_button.setToolTip(self.tr("Läs in värden från Excel, OpenDocument eller CSV"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("E&xportera…"), self)
        self.export_button.setToolTip(self.tr("Spara värden som en Excel-fil"))
        self.export_button.clicked.connect(self.open_export)
        self.new_button = QPushButton(self.tr("&Nytt lokalt nyckeltal…"), self)
        self.new_button.clicked.connect(self.open_new_indicator)

        self.list = IndicatorListPanel(services, self)
        self.detail = IndicatorDetailPanel(services, self)
        self.list.currentChanged.connect(self._load)
        self.detail.changed.connect(self._indicator_changed)
        self.detail.chosenChanged.connect(self.reload_current)
        self.detail.deleted.connect(self._indicator_deleted)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(heading(self.tr("Nyckeltal"), self), 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN // 2, PAGE_MARGIN // 2, PAGE_MARGIN // 2, 8)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        page_surface(self)

        if not self.list.current_id and self.list.proxy.rowCount():
            first = self.list.proxy.summary(0)
            if first is not None:
                self.list.select(first.id)

    # -- loading -----------------------------------------------------------------------

    def _our_municipality(self) -> str | None:
        profile = self._services.organisation.profile()
        return profile.municipality_id if profile else None

    @property
    def loading(self) -> bool:
        return self._task is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The list keeps its width (titles readable); the indicator gets the rest.
            self._sized = True
            total = self.splitter.width()
            self.splitter.setSizes([min(LIST_WIDTH, total * 42 // 100), total])
        # Inställningar may have changed the municipality while another page was shown.
        municipality = self._our_municipality()
        if municipality != self._municipality_id:
            self._municipality_id = municipality
            self.list.reload()
            self.reload_current()

    def reload_current(self) -> None:
        self._load(self.list.current_id)

    def _load(self, kpi_id: str) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()  # its result would be thrown away anyway
            self._task = None
        if not kpi_id:
            self.detail.clear()
            return
        job = partial(
            _load_job,
            self._services,
            kpi_id,
            self._municipality_id,
            tuple(self.detail.chosen),
            self._generation,
        )
        task = Task(job)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._load_failed)
        self._task = task
        task.start()

    def _loaded(self, result: object) -> None:
        generation, data = result if isinstance(result, tuple) else (-1, None)
        if generation != self._generation or not isinstance(data, IndicatorPageData):
            return
        self._task = None
        self.detail.show_data(data)

    def _load_failed(self, error: object) -> None:
        self._task = None
        if isinstance(error, AgendaError):
            show_error(self, str(error))
            self.list.reload()
        elif isinstance(error, BaseException):
            raise error  # a bug: let the application's exception hook report it

    def _indicator_changed(self, _kpi_id: str) -> None:
        self.list.reload()
        self.reload_current()

    def _indicator_deleted(self, _kpi_id: str) -> None:
        self.list.reload()  # the row is gone, so the selection and the page are cleared
        self.detail.clear()

    # -- actions -----------------------------------------------------------------------

    def open_import(self) -> None:
        from agenda_desktop.gui.indicators.import_dialog import ImportDialog

        dialog = ImportDialog(self._services, self)
        dialog.exec()
        if dialog.imported is not None:
            self.list.reload()
            self.reload_current()
        dialog.deleteLater()

    def open_export(self) -> None:
        from agenda_desktop.gui.indicators.export_dialog import ExportDialog

        dialog = ExportDialog(
            self._services,
            self.list.current_id or None,
            [summary.id for summary in self.list.visible_indicators()],
            self,
        )
        dialog.exec()
        dialog.deleteLater()

    def open_new_indicator(self) -> None:
        from agenda_desktop.gui.indicators.local_indicator_dialog import LocalIndicatorDialog

        dialog = LocalIndicatorDialog(self._services, self)
        if dialog.exec() and dialog.created is not None:
            self.list.reload()
            self.list.select(dialog.created.id)
        dialog.deleteLater()
