"""Importera: choose a file, check the preview, answer what the sheet leaves open, import.

Reading the file (inspect, analyse) and writing the values (apply) run in a worker with
progress and "Avbryt", so the window keeps painting through a file of a million values.
The flow follows :mod:`agenda_desktop.core.services.indicator_import`: nothing is written
before "Importera", and an import is all or nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.model import (
    FileInfo,
    ImportBlockedError,
    ImportPreview,
    ImportRequest,
    ImportResult,
    Layout,
)
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators import import_asking as asking
from agenda_desktop.gui.indicators.import_models import SampleModel, layout_names
from agenda_desktop.gui.indicators.import_results import ImportCounts, ProblemList
from agenda_desktop.gui.indicators.progress_row import ProgressRow, TaskRunner
from agenda_desktop.gui.indicators.worker import Task
from agenda_desktop.gui.messages import show_error, show_information
from agenda_desktop.gui.style import tidy_table


class ImportDialog(QDialog):
    """The import dialog.

    Attributes:
        info: the chosen file as inspected.
        request: what "Granska" and "Importera" use, with the user's answers.
        preview: the latest analysis (of ``request``, or an earlier one).
        imported: the result once the import is done.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera nyckeltal"))
        self.resize(980, 720)
        self._services = services
        self.info: FileInfo | None = None
        self.request: ImportRequest | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self._asked: set[str] = set()

        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Ingen fil vald"))
        self.path.setAccessibleName(self.tr("Fil"))
        self.choose_button = QPushButton(self.tr("&Välj fil…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Blad"))
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header_row = QSpinBox(self)
        self.header_row.setAccessibleName(self.tr("Rubrikrad"))
        self.header_row.setToolTip(self.tr("Raden med kolumnrubrikerna; ändra den om den är fel"))
        self.header_row.setRange(1, 1)
        self.header_row.valueChanged.connect(self._header_changed)
        self.layout_label = QLabel(self)

        self.sample = SampleModel(self)
        self.sample_view = QTableView(self)
        self.sample_view.setModel(self.sample)
        self.sample_view.setAccessibleName(self.tr("Förhandsvisning"))
        tidy_table(self.sample_view)
        header = self.sample_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(260)  # a long title line must not widen column A
        self.counts = ImportCounts(self)
        self.problems = ProblemList(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sample_view, self.tr("Förhandsvisning"))
        self.tabs.addTab(self.problems, self.tr("Problem"))

        self.mapping_button = QPushButton(self.tr("Koppla &kolumner…"), self)
        self.mapping_button.clicked.connect(self.ask_mapping)
        self.kpi_button = QPushButton(self.tr("Välj &nyckeltal…"), self)
        self.kpi_button.clicked.connect(self.ask_kpi)
        self.municipality_button = QPushButton(self.tr("Välj ko&mmun…"), self)
        self.municipality_button.clicked.connect(self.ask_municipality)
        self.local_button = QPushButton(self.tr("Skapa &lokala nyckeltal…"), self)
        self.local_button.clicked.connect(self.ask_local_kpis)

        self.progress = ProgressRow(self)
        self.runner = TaskRunner(self.progress, self.tr("Avbrutet. Ingenting har ändrats."), self)
        self.runner.failed.connect(self._failed)
        self.runner.idleChanged.connect(self._update)
        self.analyse_button = QPushButton(self.tr("&Granska"), self)
        self.analyse_button.clicked.connect(self.analyse)
        self.import_button = QPushButton(self.tr("&Importera"), self)
        self.import_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Stäng"), self)
        self.close_button.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Fil:"), self))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Blad:"), self)
        sheet_label.setBuddy(self.sheet)
        header_label = QLabel(self.tr("&Rubrikrad:"), self)
        header_label.setBuddy(self.header_row)
        for widget in (sheet_label, self.sheet, header_label, self.header_row):
            sheet_row.addWidget(widget)
        sheet_row.addSpacing(12)
        sheet_row.addWidget(self.layout_label, 1)
        answers = QHBoxLayout()
        for button in (
            self.mapping_button,
            self.kpi_button,
            self.municipality_button,
            self.local_button,
        ):
            answers.addWidget(button)
        answers.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.analyse_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(file_row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.counts)
        layout.addLayout(answers)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._update()

    # -- choosing ----------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj fil att importera"),
            folder,
            self.tr("Kalkylblad (*.xlsx *.xls *.ods *.csv)"),
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Inspect ``path`` in the worker: its sheets, header rows and first rows."""
        self.info = self.request = self.preview = None
        self._asked.clear()
        self.path.setText(str(path))
        service = self._services.indicator_import
        self.runner.run(
            lambda _progress, _cancel: service.inspect(path),
            self._inspected,
            self.tr("Läser filen…"),
        )

    def _inspected(self, info: object) -> None:
        assert isinstance(info, FileInfo)
        self.info = info
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for sheet in info.sheets:
            self.sheet.addItem(sheet.name, sheet.name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(info.default_sheet)))
        self.sheet.blockSignals(False)
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        if self.info is None or self.sheet.currentIndex() < 0:
            return
        sheet = self.info.sheet(str(self.sheet.currentData()))
        self.request = ImportRequest(self.info.path, sheet=sheet.name)
        self.preview = None
        self._asked.clear()
        self.header_row.blockSignals(True)
        self.header_row.setRange(1, max(1, sheet.rows, sheet.header_row or 1))
        self.header_row.setValue(sheet.header_row or 1)
        self.header_row.blockSignals(False)
        self.sample.set_sample(sheet.sample, sheet.columns, sheet.header_row, sheet.header_rows)
        self._show_layout(sheet.layout, sheet.header_row)
        self.counts.show_preview(None)
        self.problems.show_preview(None)
        self.tabs.setCurrentWidget(self.sample_view)
        self._update()

    def _header_changed(self, row: int) -> None:
        if self.request is None:
            return
        self.request = replace(self.request, header_row=row, mapping={})
        self.preview = None
        self._asked.clear()
        self.sample.set_header_row(row)
        self.sample.set_columns(())
        self.layout_label.setText(self.tr("Rubrikrad {row} vald: granska igen.").format(row=row))
        self.counts.show_preview(None)
        self._update()

    def _show_layout(self, layout: Layout, header_row: int | None) -> None:
        text = self.tr("Uppställning: {layout}").format(layout=layout_names()[layout])
        if header_row:
            text += self.tr(", rubriker på rad {row}").format(row=header_row)
        self.layout_label.setText(text)

    # -- analysing and importing -------------------------------------------------------

    def analyse(self) -> None:
        """Check the whole sheet in the worker; nothing is written."""
        request = self.request
        if request is None:
            return
        service = self._services.indicator_import
        self.runner.run(
            lambda progress, cancel: service.analyse(request, progress, cancel), self._analysed
        )

    def _analysed(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self._show_preview(preview)
        # Ask what the sheet leaves open, once each; the buttons ask again.
        for need, ask in (
            ("mapping", preview.needs_mapping and self.ask_mapping),
            ("kpi", preview.needs_kpi and self.ask_kpi),
            ("municipality", preview.needs_municipality and self.ask_municipality),
            ("local", bool(preview.unknown_kpis) and self.ask_local_kpis),
        ):
            if ask and need not in self._asked:
                self._asked.add(need)
                ask()
                return

    def _show_preview(self, preview: ImportPreview) -> None:
        self.counts.show_preview(preview)
        self.problems.show_preview(preview)
        self.sample.set_columns(preview.columns)
        self._show_layout(preview.layout, preview.header_row)
        label = self.tr("Problem ({count})").format(count=preview.problem_count)
        self.tabs.setTabText(self.tabs.indexOf(self.problems), label)
        if preview.problem_count:
            self.tabs.setCurrentWidget(self.problems)
        self._update()

    def apply(self) -> None:
        """Import every value in one transaction, in the worker."""
        request, preview = self.request, self.preview
        if request is None or preview is None or not self._can_apply():
            return
        service = self._services.indicator_import
        self.runner.run(
            lambda progress, cancel: service.apply(request, progress, cancel, preview=preview),
            self._applied,
        )

    def _applied(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.imported = result
        text = self.tr(
            "Importen är klar: {new} nya och {changed} ändrade värden sparades "
            "({unchanged} oförändrade)."
        ).format(new=result.new, changed=result.changed, unchanged=result.unchanged)
        if result.local_kpis_created:
            text += " " + self.tr("Nya lokala nyckeltal: {ids}.").format(
                ids=", ".join(result.local_kpis_created)
            )
        show_information(self, text, self.tr("Importen är klar"))
        self.accept()

    # -- the questions -----------------------------------------------------------------

    def _again(self, **changes: object) -> None:
        assert self.request is not None
        self.request = replace(self.request, **changes)  # type: ignore[arg-type]
        self.analyse()

    def ask_mapping(self) -> None:
        if self.info is not None and self.request is not None:
            found = asking.ask_mapping(self._services, self.info, self.request, self.preview, self)
            if found is not None:
                self._again(mapping=found)

    def ask_kpi(self) -> None:
        if self.info is not None and self.request is not None:
            found = asking.ask_kpi(self._services, self.info, self.request, self)
            if found:
                self._again(kpi_id=found)

    def ask_municipality(self) -> None:
        if self.request is not None:
            found = asking.ask_municipality(self._services, self.request, self)
            if found:
                self._again(municipality_id=found)

    def ask_local_kpis(self) -> None:
        if self.request is not None and self.preview is not None and self.preview.unknown_kpis:
            found = asking.ask_local_kpis(self.request, self.preview, self)
            if found is not None:
                self._again(local_kpis=found)

    # -- the worker --------------------------------------------------------------------

    @property
    def task(self) -> Task | None:
        return self.runner.task

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def cancel(self) -> None:
        """Stop the work at its next check; nothing has been written."""
        self.runner.cancel()

    def _failed(self, error: object) -> None:
        if isinstance(error, ImportBlockedError):
            self.preview = error.preview
            self._show_preview(error.preview)
        if isinstance(error, AgendaError):
            show_error(self, str(error))
        elif isinstance(error, BaseException):
            raise error

    def _can_apply(self) -> bool:
        preview = self.preview
        return (
            preview is not None
            and preview.can_apply
            and preview.request == self.request
            and preview.total > 0
        )

    def _update(self) -> None:
        idle = self.task is None
        has_request = self.request is not None
        preview = self.preview if self.preview and self.preview.request == self.request else None
        for widget in (self.choose_button, self.sheet, self.header_row):
            widget.setEnabled(idle and (has_request or widget is self.choose_button))
        self.analyse_button.setEnabled(idle and has_request)
        self.import_button.setEnabled(idle and self._can_apply())
        self.mapping_button.setEnabled(idle and has_request)
        self.kpi_button.setVisible(
            bool(preview and preview.needs_kpi) or bool(self.request and self.request.kpi_id)
        )
        self.municipality_button.setVisible(
            bool(preview and preview.needs_municipality)
            or bool(self.request and self.request.municipality_id)
        )
        self.local_button.setVisible(bool(preview and preview.unknown_kpis))
        for button in (self.kpi_button, self.municipality_button, self.local_button):
            button.setEnabled(idle)
        default = self.import_button if self._can_apply() else self.analyse_button
        default.setDefault(True)

    def reject(self) -> None:
        # Closing mid-import cancels it; the transaction is rolled back in the worker.
        self.runner.cancel()
        super().reject()
