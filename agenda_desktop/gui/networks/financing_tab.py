"""Finansiering: the network's financing commitments (recommendations adopted or declined
by a deadline, our yearly amount with and without VAT, the period), and below, the chosen
one's invoices, its totals, decision and where the amount came from.

The amounts can be imported from the recommendation's sheet of amounts per municipality
("Importera belopp…"). ``changed`` is emitted after every saved change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingInfo
from agenda_desktop.gui.messages import confirm, show_warning
from agenda_desktop.gui.networks.financing_dialogs import FinancingDialog
from agenda_desktop.gui.networks.financing_import_dialog import FinancingImportDialog
from agenda_desktop.gui.networks.financing_invoices import InvoicesPanel, financing_table
from agenda_desktop.gui.networks.financing_models import (
    ROW_ROLE,
    FinancingColumn,
    FinancingTableModel,
    decision_names,
    money_text,
    period_text,
)
from agenda_desktop.gui.style import paragraph


class FinancingTab(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._financing = services.financing
        self._network_id: int | None = None

        self.model = FinancingTableModel(self)
        self.table = financing_table(
            self,
            self.tr("Finansieringsåtaganden"),
            self.model,
            (260, 100, 150, 80, 130, 130, 120),
        )
        # The recommendation's title takes the room left; the figures are as wide as they
        # need, so that no column is cut and no horizontal scroll bar appears.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in FinancingColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == FinancingColumn.TITLE
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        # Invoiced and paid are written out in the line under the table, for the chosen one.
        self.table.setColumnHidden(FinancingColumn.INVOICED, True)
        self.table.setColumnHidden(FinancingColumn.PAID, True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_financing)
        self.table.selectionModel().selectionChanged.connect(self._financing_chosen)
        label = QLabel(self.tr("&Finansieringsåtaganden:"), self)
        label.setBuddy(self.table)
        self.new_button = QPushButton(self.tr("&Ny…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort…"), self)
        self.import_button = QPushButton(self.tr("&Importera belopp…"), self)
        self.new_button.clicked.connect(self.add_financing)
        self.edit_button.clicked.connect(self.edit_financing)
        self.remove_button.clicked.connect(self.remove_financing)
        self.import_button.clicked.connect(self.import_amounts)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(label)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)

        self.summary = paragraph("", self)
        self.decision_line = paragraph("", self, muted=True)
        self.source_line = paragraph("", self, muted=True)
        self.invoices = InvoicesPanel(self._financing, self, self._services.change_log)
        self.invoices.changed.connect(self._saved)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.decision_line)
        bottom_layout.addWidget(self.source_line)
        bottom_layout.addWidget(self.invoices, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter, 1)
        self.show_network(None)

    # -- loading -----------------------------------------------------------------------

    def show_network(self, network_id: int | None) -> None:
        """Show the network's financing commitments (None: nothing chosen)."""
        self._network_id = network_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        chosen = self.current_financing()
        keep = select_id if select_id is not None else (chosen.financing_id if chosen else None)
        rows: list[FinancingInfo] = []
        if self._network_id is not None:
            try:
                rows = self._financing.financings(self._network_id)
            except AgendaError:
                rows = []  # the network was removed meanwhile; the page reloads the list
        index = next((i for i, row in enumerate(rows) if row.financing_id == keep), 0)
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the invoice panel keeps its choice over the reload
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(index)
        selection.blockSignals(False)
        self._financing_chosen()

    def current_financing(self) -> FinancingInfo | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, FinancingInfo) else None

    def _financing_chosen(self, *_args: object) -> None:
        financing = self.current_financing()
        self.invoices.show_financing(financing)
        self._describe(financing)
        self._update_buttons()

    def _describe(self, financing: FinancingInfo | None) -> None:
        if financing is None:
            self.summary.setText(
                self.tr("Inget finansieringsåtagande valt.") if self._network_id is not None else ""
            )
            self.decision_line.setText("")
            self.source_line.setText("")
            return
        parts = []
        if financing.total_excl_vat is not None or financing.total_incl_vat is not None:
            text = self.tr("Totalt %1: %2 exkl. moms, %3 inkl. moms.").replace(
                "%1", period_text(financing.first_year, financing.last_year)
            )
            text = text.replace("%2", money_text(financing.total_excl_vat) or "–")
            parts.append(text.replace("%3", money_text(financing.total_incl_vat) or "–"))
        paid = self.tr("Fakturerat %1, varav betalt %2.").replace(
            "%1", money_text(financing.invoiced_incl_vat)
        )
        parts.append(paid.replace("%2", money_text(financing.paid_incl_vat)))
        self.summary.setText(" ".join(parts))
        decision = decision_names().get(financing.decision, financing.decision_name)
        if financing.decided_on is not None:
            decision += f" {financing.decided_on.isoformat()}"
        if financing.decision_reference:
            decision += f" ({financing.decision_reference})"
        self.decision_line.setText(self.tr("Beslut: %1").replace("%1", decision))
        self.source_line.setText(
            self.tr("Källa: %1").replace("%1", financing.source)
            if financing.source
            else self.tr("Källa: ej angiven.")
        )

    def _update_buttons(self, *_args: object) -> None:
        network = self._network_id is not None
        financing = self.current_financing() is not None
        self.new_button.setEnabled(network)
        for button in (self.edit_button, self.remove_button, self.import_button):
            button.setEnabled(financing)

    def _saved(self, financing_id: int | None = None) -> None:
        self.reload(financing_id)
        self.changed.emit()

    # -- financing commitments ---------------------------------------------------------

    def add_financing(self) -> None:
        if self._network_id is None:
            return
        dialog = FinancingDialog(self._services, self._network_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._saved(dialog.saved.financing_id)

    def edit_financing(self) -> None:
        financing = self.current_financing()
        if financing is None or self._network_id is None:
            return
        dialog = FinancingDialog(self._services, self._network_id, financing, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._saved(dialog.saved.financing_id)

    def remove_financing(self) -> None:
        financing = self.current_financing()
        if financing is None:
            return
        if financing.invoices:
            text = self.tr("Ta bort ”%1” med dess fakturor (%2 st.)?").replace(
                "%2", str(len(financing.invoices))
            )
        else:
            text = self.tr("Ta bort ”%1”?")
        text = text.replace("%1", financing.title)
        if not confirm(self, text, self.tr("Ta bort finansieringsåtagande")):
            return
        try:
            self._financing.remove_financing(financing.financing_id)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        self._saved()

    def import_amounts(self) -> None:
        financing = self.current_financing()
        if financing is None:
            return
        dialog = FinancingImportDialog(self._financing, financing, self)
        if not dialog.choose_file():
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._saved(dialog.saved.financing_id)
