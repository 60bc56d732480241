"""Importera belopp: read a recommendation's per-municipality amount sheet, show every row
with our municipality's row chosen and marked, list the problems with their place, and
take the chosen row's amounts as the commitment's yearly amounts.

Nothing is written until "Använd beloppen"; a sheet with problems elsewhere can still be
used when the chosen row is fine (the service refuses a row whose amount is wrong).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.networks.financing_rules import FIELD_ROW
from agenda_desktop.core.services.financing import FinancingService
from agenda_desktop.core.services.financing_types import FinancingInfo, FinancingSheet
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.messages import show_warning
from agenda_desktop.gui.networks.financing_models import SheetRowsModel, money_text
from agenda_desktop.gui.style import rows_table


class FinancingImportDialog(SavingDialog):
    def __init__(
        self,
        financing_service: FinancingService,
        financing: FinancingInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Importera belopp per kommun"), parent)
        self._service = financing_service
        self._financing = financing
        self.sheet: FinancingSheet | None = None
        self.saved: FinancingInfo | None = None
        about = QLabel(
            self.tr(
                "Välj kalkylarket med rekommendationens belopp per kommun (en rad per "
                "kommun). Vår kommuns rad är förvald; välj en annan rad om den inte "
                "hittades. Beloppen blir åtagandets belopp per år för ”%1”."
            ).replace("%1", financing.title),
            self,
        )
        about.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Välj fil…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.model = SheetRowsModel(self)
        self.table = rows_table(self, self.tr("Rader i bladet"), self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in ((0, 50), (1, 180), (2, 90), (3, 130), (4, 130)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(260)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)
        self.table.doubleClicked.connect(self._save)
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problem i bladet"))
        self.problems.setMaximumHeight(140)
        self.form.addRow(about)
        self.form.addRow(file_row)
        self.form.addRow(self.table)
        self.form.addRow(self.chosen_label)
        self.form.addRow(self.problems_label)
        self.form.addRow(self.problems)
        self._fields = {FIELD_ROW: self.table}
        self.use_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.use_button.setText(self.tr("Använd beloppen"))
        self.show_sheet(None)
        self.resize(820, 640)

    # -- reading -----------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Ask for a file and read it; False when nothing was chosen or it could not be read."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Välj kalkylark med belopp per kommun"),
            folder,
            self.tr("Kalkylblad (*.xlsx *.xls *.ods *.csv)"),
        )
        return bool(chosen) and self.open_file(Path(chosen))

    def open_file(self, path: Path) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = self._service.read_amount_sheet(path)
        except AgendaError as error:
            QGuiApplication.restoreOverrideCursor()
            show_warning(self, str(error), self.tr("Filen kunde inte läsas"))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.show_sheet(sheet)
        return True

    def show_sheet(self, sheet: FinancingSheet | None) -> None:
        self.sheet = sheet
        self.error.hide()
        if sheet is None:
            self.file_label.setText(self.tr("Ingen fil vald."))
            self.model.set_sheet((), (), None)
        else:
            text = self.tr("%1, blad ”%2”: %3 rader").replace("%1", sheet.file)
            self.file_label.setText(
                text.replace("%2", sheet.sheet).replace("%3", str(len(sheet.rows)))
            )
            self.model.set_sheet(sheet.rows, sheet.problems, sheet.own_row)
        problems = sheet.problems if sheet is not None else ()
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(f"⚠ {problem}")
        self.problems.setVisible(bool(problems))
        self.problems_label.setVisible(bool(problems))
        self.problems_label.setText(
            self.tr("Problem i bladet (%1):").replace("%1", str(len(problems)))
        )
        if sheet is not None and sheet.own_row is not None:
            self.table.selectRow(sheet.own_row)
            self.table.scrollTo(self.model.index(sheet.own_row, 0))
        else:
            self.table.clearSelection()
        self._row_chosen()

    # -- choosing ----------------------------------------------------------------------

    def chosen_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _row_chosen(self) -> None:
        index = self.chosen_row()
        self.use_button.setEnabled(index is not None)
        if self.sheet is None or index is None:
            self.chosen_label.setText(
                self.tr("Välj den rad vars belopp ska användas.") if self.sheet else ""
            )
            return
        row = self.sheet.rows[index]
        text = self.tr("Vald: rad %1, %2 – %3 exkl. moms, %4 inkl. moms.")
        text = text.replace("%1", str(row.row)).replace("%2", row.municipality_name)
        text = text.replace("%3", money_text(row.excl_vat) or "–")
        text = text.replace("%4", money_text(row.incl_vat) or "–")
        if row.excl_vat is not None and row.incl_vat is None:
            text += " " + self.tr("Beloppet inkl. moms räknas fram som exkl. moms + 25 %.")
        if index != self.sheet.own_row:
            text += " " + self.tr("Obs! Det är inte vår kommuns rad.")
        self.chosen_label.setText(text)

    def choose_row(self, index: int) -> None:
        self.table.selectRow(index)

    def save(self) -> None:
        index = self.chosen_row()
        if self.sheet is None or index is None:
            raise ValidationError(FIELD_ROW, self.tr("välj en rad i bladet."))
        self.saved = self._service.apply_sheet_row(
            self._financing.financing_id,
            self.sheet,
            index,
            self.expected(self._financing.version),
        )
