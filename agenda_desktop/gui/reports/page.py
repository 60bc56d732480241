"""Rapporter: choose a report, its cycle and diarienummer; preview, print or save it as PDF.

The PDF is built by ``core.reports.build_report`` in a worker thread (progress, cancel);
preview and printing render the finished file (see ``printing``).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.progress import CancelToken, ProgressCallback
from agenda_desktop.core.reports.registry import REPORT_KINDS, ReportKind
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.worker import Task
from agenda_desktop.gui.messages import show_error, show_information, show_warning
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW, PRINT, SAVE = "preview", "print", "save"


class ReportsPage(QWidget):
    """The Rapporter page.

    Signals:
        built(object): a ``ReportResult`` after each successful build (tests wait for it).
    """

    built = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._folder = tempfile.TemporaryDirectory(
            prefix="agenda-rapporter-", ignore_cleanup_errors=True
        )
        self._task: Task | None = None
        self._prefill = ""
        self.dialog: QDialog | None = None  # the preview or print dialog last opened
        page_surface(self)

        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName(self.tr("Rapporter"))
        for kind in REPORT_KINDS:
            item = QListWidgetItem(kind.title)
            item.setData(KIND_ROLE, kind.key)
            item.setToolTip(kind.description)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(280)
        self.kinds.setSpacing(3)
        self.kinds.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        kinds_label = QLabel(self.tr("&Rapport:"), self)
        kinds_label.setBuddy(self.kinds)

        self.title = heading("", self, level=2)
        self.description = paragraph("", self, muted=True)
        self.cycle = QComboBox(self)
        self.diarienummer = QLineEdit(self)
        self.diarienummer.setPlaceholderText(self.tr("t.ex. KS 2026/123"))
        self.diarienummer.setMaxLength(60)
        hint = paragraph(
            self.tr(
                "Skriv ärendets nummer efter prefixet. Lämnas bara prefixet kvar skrivs inget "
                "diarienummer ut."
            ),
            self,
            muted=True,
        )
        self.glossary = QCheckBox(self.tr("Ta med &ordlistan som bilaga"), self)
        self.glossary.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Styrcykel:"), self.cycle)
        form.addRow(self.tr("&Diarienummer:"), self.diarienummer)
        form.addRow("", hint)
        form.addRow("", self.glossary)

        self.preview_button = QPushButton(self.tr("&Förhandsgranska…"), self)
        self.print_button = QPushButton(self.tr("Skriv &ut…"), self)
        self.save_button = QPushButton(self.tr("Spara som &PDF…"), self)
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.status = QLabel(self)
        self.cancel_button = QPushButton(self.tr("&Avbryt"), self)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.cancel_button)
        self._set_running(False)

        details = QVBoxLayout()
        details.setSpacing(10)
        details.addWidget(self.title)
        details.addWidget(self.description)
        details.addSpacing(6)
        details.addLayout(form)
        details.addSpacing(6)
        details.addLayout(buttons)
        details.addLayout(progress_row)
        details.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(4)
        kinds_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        left.addWidget(kinds_label)
        left.addWidget(self.kinds, 1)
        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(left)
        body.addLayout(details, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Rapporter"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Skapa kommunens dokument för Agenda 2030 som PDF, med logotyp, datum, "
                    "diarienummer och sidnummer. Välj rapport och styrcykel, förhandsgranska, "
                    "skriv ut eller spara."
                ),
                self,
            )
        )
        layout.addLayout(body, 1)

        self.kinds.currentRowChanged.connect(self._show_kind)
        self.preview_button.clicked.connect(lambda: self.start(PREVIEW))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh()
        self.kinds.setCurrentRow(0)

    # --- state ---

    def refresh(self) -> None:
        """Reload the cycles and the diarienummer prefix (after settings changed)."""
        current = self.cycle.currentData()
        self.cycle.clear()
        for cycle in self._services.cycle.cycles():
            label = f"{cycle.name} ({cycle.start_year}–{cycle.end_year})"
            if str(cycle.start_year) in cycle.name and str(cycle.end_year) in cycle.name:
                label = cycle.name
            self.cycle.addItem(label, cycle.cycle_id)
        index = self.cycle.findData(current)
        self.cycle.setCurrentIndex(max(index, 0))
        profile = self._services.organisation.profile()
        prefill = f"{profile.diarie_prefix} {date.today().year}/" if profile else ""
        if self.diarienummer.text() in ("", self._prefill):
            self.diarienummer.setText(prefill)
        self._prefill = prefill
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Pick up cycles and the profile changed on other pages since the last visit."""
        if not self._running:
            self.refresh()
        super().showEvent(event)

    def selected_kind(self) -> ReportKind:
        return REPORT_KINDS[max(self.kinds.currentRow(), 0)]

    def _show_kind(self, row: int) -> None:
        kind = REPORT_KINDS[max(row, 0)]
        self.title.setText(kind.title)
        self.description.setText(kind.description)

    def _update_buttons(self) -> None:
        ready = self.cycle.count() > 0 and not self._running
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        if self.cycle.count() == 0:
            self.status.setText(self.tr("Starta en styrcykel på sidan Översikt först."))
            self.status.show()
        elif not self._running:
            self.status.hide()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.status.setVisible(running)
        self.progress.setRange(0, 0)
        if hasattr(self, "cycle"):
            self._update_buttons()

    def _diarienummer(self) -> str:
        text = self.diarienummer.text().strip()
        return "" if text == self._prefill.strip() else text

    # --- actions ---

    def save_pdf(self, path: Path | None = None) -> None:
        """Ask for a file name (unless given) and build the report into it."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = f"{self.selected_kind().title} {date.today().isoformat()}.pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Spara rapporten som PDF"),
                str(Path(folder) / name),
                self.tr("PDF-filer (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.start(SAVE, path)

    def start(self, purpose: str, path: Path | None = None) -> None:
        """Build the selected report in a worker, then preview, print or confirm the save."""
        if self._running or self.cycle.count() == 0:
            return
        from agenda_desktop.core.reports.build import build_report

        kind = self.selected_kind()
        out = path or Path(self._folder.name) / f"{kind.key}.pdf"
        services, cycle_id = self._services, self.cycle.currentData()
        number, glossary = self._diarienummer(), self.glossary.isChecked()

        def job(progress: ProgressCallback, cancel: CancelToken) -> object:
            return build_report(
                services,
                kind.key,
                out,
                cycle_id=cycle_id,
                diarienummer=number,
                include_glossary=glossary,
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
        self.status.setText(self.tr("Skapar rapporten …"))
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
            show_warning(self, str(error), self.tr("Rapporten kunde inte skapas"))
        else:
            show_error(
                self,
                self.tr("Rapporten kunde inte skapas: %1").replace("%1", str(error)),
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
                self.tr("Rapporten ”%1” sparades i %2 (%3 sidor).")
                .replace("%1", result.title)
                .replace("%2", str(result.path))
                .replace("%3", str(result.pages)),
                self.tr("Rapporten är sparad"),
            )
