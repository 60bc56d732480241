"""The chosen network's status report: preview, print or save it as PDF, or export the
commitments to Excel.

The PDF is built by ``core.reports.build_report`` (kind ``natverk``) in a worker thread
with progress and cancel, as on the Rapporter page; preview and printing render the
finished file (``gui.reports.printing``). The Excel export is quick and runs at once.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.progress import CancelToken, ProgressCallback
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.worker import Task
from agenda_desktop.gui.messages import show_error, show_information, show_warning

REPORT_KIND = "natverk"
PREVIEW, PRINT, SAVE = "preview", "print", "save"


class NetworkReportBar(QWidget):
    """Buttons for the shown network's status report, with a progress row while it builds.

    Signals:
        built(object): a ``ReportResult`` after each successful build (tests wait for it).
        exported(object): the ``Path`` of each Excel file written.
    """

    built = Signal(object)
    exported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._network_id: int | None = None
        self._task: Task | None = None
        self._running = False
        self._prefill = ""
        self._folder = tempfile.TemporaryDirectory(
            prefix="agenda-natverk-", ignore_cleanup_errors=True
        )
        self.dialog: QDialog | None = None  # the preview or print dialog last opened

        self.diarienummer = QLineEdit(self)
        self.diarienummer.setPlaceholderText(self.tr("t.ex. KS 2026/123"))
        self.diarienummer.setMaxLength(60)
        self.diarienummer.setMaximumWidth(160)
        self.diarienummer.setToolTip(
            self.tr("Lämnas bara prefixet kvar skrivs inget diarienummer ut.")
        )
        label = QLabel(self.tr("Statusrapport, &diarienummer:"), self)
        label.setBuddy(self.diarienummer)
        self.preview_button = QPushButton(self.tr("&Förhandsgranska…"), self)
        self.print_button = QPushButton(self.tr("Skriv &ut…"), self)
        self.save_button = QPushButton(self.tr("Spara som &PDF…"), self)
        self.excel_button = QPushButton(self.tr("Exportera till &Excel…"), self)
        # Two rows, so that the bar never makes the page wider than a laptop screen.
        number_row = QHBoxLayout()
        number_row.setContentsMargins(0, 0, 0, 0)
        number_row.addStretch(1)
        number_row.addWidget(label)
        number_row.addWidget(self.diarienummer)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addWidget(self.excel_button)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.status = QLabel(self)
        self.cancel_button = QPushButton(self.tr("&Avbryt"), self)
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(number_row)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)

        self.preview_button.clicked.connect(lambda: self.start(PREVIEW))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.excel_button.clicked.connect(lambda: self.export_excel())
        self.cancel_button.clicked.connect(self.cancel)
        self._prefill_diarienummer()
        self._set_running(False)

    # --- state ---

    def show_network(self, network_id: int | None) -> None:
        """The network whose report the buttons make; None disables them."""
        self._network_id = network_id
        self._prefill_diarienummer()
        self._update_buttons()

    def _prefill_diarienummer(self) -> None:
        profile = self._services.organisation.profile()
        prefill = f"{profile.diarie_prefix} {date.today().year}/" if profile else ""
        if self.diarienummer.text() in ("", self._prefill):
            self.diarienummer.setText(prefill)
        self._prefill = prefill

    def _diarienummer(self) -> str:
        text = self.diarienummer.text().strip()
        return "" if text == self._prefill.strip() else text

    def _update_buttons(self) -> None:
        ready = self._network_id is not None and not self._running
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        self.excel_button.setEnabled(ready)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.status.setVisible(running)
        self.cancel_button.setVisible(running)
        self.progress.setRange(0, 0)
        self._update_buttons()

    def _network_name(self) -> str:
        if self._network_id is None:
            return ""
        try:
            return self._services.networks.network(self._network_id).name
        except AgendaError:
            return ""

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        network = "".join("-" if c in '/\\:*?"<>|' else c for c in self._network_name())
        name = f"Statusrapport {network} {date.today().isoformat()}{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # --- the PDF ---

    def save_pdf(self, path: Path | None = None) -> None:
        """Ask for a file name (unless given) and build the report into it."""
        if self._network_id is None:
            return
        if path is None:
            path = self._ask_path(
                self.tr("Spara statusrapporten som PDF"), ".pdf", self.tr("PDF-filer (*.pdf)")
            )
            if path is None:
                return
        elif path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.start(SAVE, path)

    def start(self, purpose: str, path: Path | None = None) -> None:
        """Build the report in a worker, then preview, print or confirm the save."""
        if self._running or self._network_id is None:
            return
        from agenda_desktop.core.reports.build import build_report

        out = path or Path(self._folder.name) / f"{REPORT_KIND}.pdf"
        services, network_id, number = self._services, self._network_id, self._diarienummer()

        def job(progress: ProgressCallback, cancel: CancelToken) -> object:
            return build_report(
                services,
                REPORT_KIND,
                out,
                diarienummer=number,
                network_id=network_id,
                progress=progress,
                cancel=cancel,
            )

        task = Task(job)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(lambda result: self._succeeded(purpose, result))
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self.status.setText(self.tr("Avbrutet.")))
        task.finished.connect(self._finished)
        self._task = task
        self._set_running(True)
        self.status.setText(self.tr("Skapar statusrapporten …"))
        task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(what)

    def _finished(self) -> None:
        self._task = None
        self._set_running(False)

    def _failed(self, error: object) -> None:
        if isinstance(error, AgendaError):
            show_warning(self, str(error), self.tr("Statusrapporten kunde inte skapas"))
        else:
            show_error(
                self, self.tr("Statusrapporten kunde inte skapas: %1").replace("%1", str(error))
            )

    def _open(self, dialog: QDialog) -> None:
        """Show a dialog modal to the window without blocking (tests close it themselves)."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _succeeded(self, purpose: str, result: object) -> None:
        from agenda_desktop.core.reports.build import ReportResult
        from agenda_desktop.gui.reports.printing import preview_dialog, print_dialog

        assert isinstance(result, ReportResult)
        self.built.emit(result)
        if purpose == PREVIEW:
            self._open(preview_dialog(result.path, self))
        elif purpose == PRINT:
            self._open(print_dialog(result.path, self))
        else:
            show_information(
                self,
                self.tr("Statusrapporten sparades i %1 (%2 sidor).")
                .replace("%1", str(result.path))
                .replace("%2", str(result.pages)),
                self.tr("Statusrapporten är sparad"),
            )

    # --- Excel ---

    def export_excel(self, path: Path | None = None) -> None:
        """Ask for a file name (unless given) and export the commitments to it."""
        from agenda_desktop.core.networks.excel_export import export_network

        network_id = self._network_id
        if network_id is None or self._running:
            return
        if path is None:
            path = self._ask_path(
                self.tr("Exportera åtagandena till Excel"), ".xlsx", self.tr("Excel-filer (*.xlsx)")
            )
            if path is None:
                return
        today = date.today()
        try:
            network = self._services.networks.network(network_id)
            commitments = self._services.commitments.commitments(network_id, today)
            financings = self._services.financing.financings(network_id, today)
            export_network(network, commitments, financings, path, today)
        except AgendaError as error:
            show_warning(self, str(error), self.tr("Exporten misslyckades"))
            return
        self.exported.emit(path)
        show_information(
            self,
            self.tr("Nätverkets åtaganden (%1 st.) sparades i %2.")
            .replace("%1", str(len(commitments)))
            .replace("%2", str(path)),
            self.tr("Åtagandena är exporterade"),
        )
