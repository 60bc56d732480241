"""Rapporter: choose a report, its cycle and diarienummer; preview, print or save it as PDF.

The PDF is built by ``core.reports.build_report`` in a worker thread (progress, cancel);
preview and printing render the finished file (see ``printing``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.reports.registry import REPORT_KINDS, ReportKind
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.messages import show_information
from agenda_desktop.gui.reports.diarienummer import DiarienummerEdit
from agenda_desktop.gui.reports.runner import PREVIEW, PRINT, SAVE, ReportRunner, RunnerTexts
from agenda_desktop.gui.reports.save_path import ask_save_path, with_suffix
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph

if TYPE_CHECKING:
    from agenda_desktop.core.reports.build import ReportResult

KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportsPage(QWidget):
    """The Rapporter page.

    Signals:
        built(object): a ``ReportResult`` after each successful build (tests wait for it).
    """

    built = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
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
        self.diarienummer = DiarienummerEdit(self)
        self.diarienummer.setPlaceholderText(self.tr("t.ex. KS 2026/123"))
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

        texts = RunnerTexts(
            cancel=self.tr("&Avbryt"),
            building=self.tr("Skapar rapporten …"),
            cancelled=self.tr("Avbrutet."),
            failed=self.tr("Rapporten kunde inte skapas"),
            failed_because=self.tr("Rapporten kunde inte skapas: %1"),
        )
        self.runner = ReportRunner(self, services, texts, self._saved, "agenda-rapporter-")
        self.runner.built.connect(self.built)
        self.runner.running_changed.connect(lambda _running: self._update_buttons())
        self.progress, self.status = self.runner.progress, self.runner.status

        details = QVBoxLayout()
        details.setSpacing(10)
        details.addWidget(self.title)
        details.addWidget(self.description)
        details.addSpacing(6)
        details.addLayout(form)
        details.addSpacing(6)
        details.addLayout(buttons)
        details.addLayout(self.runner.row)
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
        self.diarienummer.prefill(self._services.organisation.profile())
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Pick up cycles and the profile changed on other pages since the last visit."""
        if not self.runner.running:
            self.refresh()
        super().showEvent(event)

    def selected_kind(self) -> ReportKind:
        return REPORT_KINDS[max(self.kinds.currentRow(), 0)]

    def _show_kind(self, row: int) -> None:
        kind = REPORT_KINDS[max(row, 0)]
        self.title.setText(kind.title)
        self.description.setText(kind.description)

    def _update_buttons(self) -> None:
        ready = self.cycle.count() > 0 and not self.runner.running
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(ready)
        if self.cycle.count() == 0:
            self.status.setText(self.tr("Starta en styrcykel på sidan Översikt först."))
            self.status.show()
        elif not self.runner.running:
            self.status.hide()

    @property
    def dialog(self) -> QDialog | None:
        """The preview or print dialog last opened."""
        return self.runner.dialog

    # --- actions ---

    def save_pdf(self, path: Path | None = None) -> None:
        """Ask for a file name (unless given) and build the report into it."""
        if path is None:
            path = ask_save_path(
                self,
                self.tr("Spara rapporten som PDF"),
                f"{self.selected_kind().title} {date.today().isoformat()}",
                ".pdf",
                self.tr("PDF-filer (*.pdf)"),
            )
            if path is None:
                return
        self.start(SAVE, with_suffix(path, ".pdf"))

    def start(self, purpose: str, path: Path | None = None) -> None:
        """Build the selected report in a worker, then preview, print or confirm the save."""
        if self.runner.running or self.cycle.count() == 0:
            return
        self.runner.build(
            purpose,
            self.selected_kind().key,
            path,
            cycle_id=self.cycle.currentData(),
            diarienummer=self.diarienummer.number(),
            include_glossary=self.glossary.isChecked(),
        )

    def cancel(self) -> None:
        self.runner.cancel()

    def _saved(self, result: ReportResult) -> None:
        show_information(
            self,
            self.tr("Rapporten ”%1” sparades i %2 (%3 sidor).")
            .replace("%1", result.title)
            .replace("%2", str(result.path))
            .replace("%3", str(result.pages)),
            self.tr("Rapporten är sparad"),
        )
