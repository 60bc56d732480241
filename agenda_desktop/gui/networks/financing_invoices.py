"""The invoices of one financing commitment: the table (with "⚠ förfallen" on an overdue
one) and Ny faktura…, Ändra faktura…, Ta bort faktura… and Markera betald.

``changed`` carries the commitment's id after each saved change; the tab then reloads and
gives the panel the commitment again, and the panel keeps the invoice that was chosen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import ChangeLogService
from agenda_desktop.core.services.financing import FinancingService
from agenda_desktop.core.services.financing_types import FinancingInfo, InvoiceInfo, InvoiceInput
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.messages import confirm, show_warning
from agenda_desktop.gui.networks.financing_dialogs import InvoiceDialog
from agenda_desktop.gui.networks.financing_models import ROW_ROLE, InvoiceTableModel
from agenda_desktop.gui.style import rows_table


def financing_table(
    parent: QWidget, name: str, model: QAbstractItemModel, widths: tuple[int, ...]
) -> QTableView:
    """A read-only table of whole rows, one chosen at a time."""
    table = rows_table(parent, name, model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


class InvoicesPanel(QWidget):
    changed = Signal(int)  # the financing commitment's id

    def __init__(
        self,
        financing_service: FinancingService,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = financing_service
        self._change_log = change_log  # for an invoice's history in its editor
        self._financing: FinancingInfo | None = None
        self._keep: int | None = None  # the invoice to choose after the next reload
        self.model = InvoiceTableModel(self)
        self.table = financing_table(
            self, self.tr("Fakturor"), self.model, (70, 150, 150, 190, 110)
        )
        self.table.doubleClicked.connect(self.edit_invoice)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        label = QLabel(self.tr("Fa&kturor:"), self)
        label.setBuddy(self.table)
        self.new_button = QPushButton(self.tr("Ny fak&tura…"), self)
        self.edit_button = QPushButton(self.tr("Ändra &faktura…"), self)
        self.remove_button = QPushButton(self.tr("Ta bort fakt&ura…"), self)
        self.paid_button = QPushButton(self.tr("&Markera betald"), self)
        self.new_button.clicked.connect(self.add_invoice)
        self.edit_button.clicked.connect(self.edit_invoice)
        self.remove_button.clicked.connect(self.remove_invoice)
        self.paid_button.clicked.connect(self.mark_paid)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button, self.paid_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_financing(None)

    def show_financing(self, financing: FinancingInfo | None) -> None:
        """Show the commitment's invoices, keeping the chosen invoice when it is still there."""
        chosen = self.current_invoice()
        keep = self._keep if self._keep is not None else (chosen.invoice_id if chosen else None)
        self._keep = None
        self._financing = financing
        self.model.set_rows(financing.invoices if financing else ())
        if keep is not None:
            self.select_invoice(keep)
        self._update_buttons()

    def current_invoice(self) -> InvoiceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, InvoiceInfo) else None

    def select_invoice(self, invoice_id: int) -> None:
        for row, invoice in enumerate(self.model.rows()):
            if invoice.invoice_id == invoice_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        invoice = self.current_invoice()
        self.new_button.setEnabled(self._financing is not None)
        self.edit_button.setEnabled(invoice is not None)
        self.remove_button.setEnabled(invoice is not None)
        self.paid_button.setEnabled(invoice is not None and invoice.paid_on is None)

    # -- actions -----------------------------------------------------------------------

    def add_invoice(self) -> None:
        self._open(None)

    def edit_invoice(self) -> None:
        invoice = self.current_invoice()
        if invoice is not None:
            self._open(invoice)

    def _open(self, invoice: InvoiceInfo | None) -> None:
        financing = self._financing
        if financing is None:
            return
        dialog = InvoiceDialog(self._service, financing, invoice, self, self._change_log)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._keep = dialog.saved.invoice_id
            self.changed.emit(financing.financing_id)

    def remove_invoice(self) -> None:
        financing, invoice = self._financing, self.current_invoice()
        if financing is None or invoice is None:
            return
        text = self.tr("Ta bort fakturan för %1?").replace("%1", str(invoice.year))
        if not confirm(self, text, self.tr("Ta bort faktura")):
            return
        try:
            self._service.remove_invoice(invoice.invoice_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self.changed.emit(financing.financing_id)

    def mark_paid(self) -> None:
        """Mark the chosen invoice paid today (Ändra faktura… sets another day); when
        someone else changed the invoice since it was shown, the user chooses."""
        financing, invoice = self._financing, self.current_invoice()
        if financing is None or invoice is None:
            return
        data = InvoiceInput(
            year=invoice.year,
            amount_excl_vat=invoice.amount_excl_vat,
            amount_incl_vat=invoice.amount_incl_vat,
            expected_on=invoice.expected_on,
            paid_on=date.today(),
            reference=invoice.reference,
        )
        try:
            saved = save_resolving_conflicts(
                self,
                invoice.version,
                lambda expected: self._service.update_invoice(invoice.invoice_id, data, expected),
            )
        except AgendaError as error:
            show_warning(self, str(error))
            return
        if saved is not None:
            self.changed.emit(financing.financing_id)
