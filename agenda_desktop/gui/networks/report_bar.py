"""The chosen network's status report: preview, print or save it as PDF, or export the
commitments to Excel.

The PDF is built by ``core.reports.build_report`` (kind ``natverk``) in a worker thread
with progress and cancel, as on the Rapporter page; preview and printing render the
finished file (``gui.reports.printing``). The Excel export is quick and runs at once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.messages import show_information, show_warning
from agenda_desktop.gui.reports.diarienummer import DiarienummerEdit
from agenda_desktop.gui.reports.runner import PREVIEW, PRINT, SAVE, ReportRunner, RunnerTexts
from agenda_desktop.gui.reports.save_path import ask_save_path, with_suffix

if TYPE_CHECKING:
    from agenda_desktop.core.reports.build import ReportResult

REPORT_KIND = "natverk"


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

        self.diarienummer = DiarienummerEdit(self)
        self.diarienummer.setPlaceholderText(self.tr("t.ex. KS 2026/123"))
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

        texts = RunnerTexts(
            cancel=self.tr("&Avbryt"),
            building=self.tr("Skapar statusrapporten …"),
            cancelled=self.tr("Avbrutet."),
            failed=self.tr("Statusrapporten kunde inte skapas"),
            failed_because=self.tr("Statusrapporten kunde inte skapas: %1"),
        )
        self.runner = ReportRunner(self, services, texts, self._saved, "agenda-natverk-")
        self.runner.built.connect(self.built)
        self.runner.running_changed.connect(lambda _running: self._update_buttons())
        self.progress = self.runner.progress

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(number_row)
        layout.addLayout(buttons)
        layout.addLayout(self.runner.row)

        self.preview_button.clicked.connect(lambda: self.start(PREVIEW))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.excel_button.clicked.connect(lambda: self.export_excel())
        self.diarienummer.prefill(self._services.organisation.profile())
        self._update_buttons()

    @property
    def dialog(self) -> QDialog | None:
        """The preview or print dialog last opened."""
        return self.runner.dialog

    # --- state ---

    def show_network(self, network_id: int | None) -> None:
        """The network whose report the buttons make; None disables them."""
        self._network_id = network_id
        self.diarienummer.prefill(self._services.organisation.profile())
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._network_id is not None and not self.runner.running
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        self.excel_button.setEnabled(ready)

    def _network_name(self) -> str:
        if self._network_id is None:
            return ""
        try:
            return self._services.networks.network(self._network_id).name
        except AgendaError:
            return ""

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        network = "".join("-" if c in '/\\:*?"<>|' else c for c in self._network_name())
        name = f"Statusrapport {network} {date.today().isoformat()}"
        return ask_save_path(self, title, name, suffix, file_filter)

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
        self.start(SAVE, with_suffix(path, ".pdf"))

    def start(self, purpose: str, path: Path | None = None) -> None:
        """Build the report in a worker, then preview, print or confirm the save."""
        if self.runner.running or self._network_id is None:
            return
        self.runner.build(
            purpose,
            REPORT_KIND,
            path,
            diarienummer=self.diarienummer.number(),
            network_id=self._network_id,
        )

    def cancel(self) -> None:
        self.runner.cancel()

    def _saved(self, result: ReportResult) -> None:
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
        if network_id is None or self.runner.running:
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
