"""The editors of financing commitments: a commitment (with its deciding paragraph) and an
invoice. Money is typed as Swedish text ("12 345,50" or "12345 kr"); text that is not an
amount is refused with a message naming the field, and the dialog stays open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks import financing_rules as rules
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing import FinancingService
from agenda_desktop.core.services.financing_types import (
    FinancingInfo,
    FinancingInput,
    InvoiceInfo,
    InvoiceInput,
)
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.networks.financing_fields import (
    MoneyEdit,
    ParagraphPicker,
    vat_button,
    year_edit,
    year_of,
)
from agenda_desktop.gui.networks.financing_models import decision_names
from agenda_desktop.gui.steering.dialogue_date_edit import OptionalDateEdit


class FinancingDialog(SavingDialog):
    """Ny rekommendation / Ändra rekommendation."""

    def __init__(
        self,
        services: Services,
        network_id: int,
        financing: FinancingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Ändra finansieringsåtagande")
            if financing
            else self.tr("Nytt finansieringsåtagande")
        )
        super().__init__(title, parent)
        self._financing = services.financing
        self._network_id = network_id
        self._info = financing
        self.saved: FinancingInfo | None = None
        f = financing
        self.title = QLineEdit(f.title if f else "", self)
        self.title.setPlaceholderText(self.tr("t.ex. Rekommendation om samfinansiering 2024–2027"))
        self.deadline = OptionalDateEdit(self)
        self.deadline.set_day(f.deadline if f else None)
        self.decision = QComboBox(self)
        for code, name in decision_names().items():
            self.decision.addItem(name, code)
        self.decision.setCurrentIndex(max(0, self.decision.findData(f.decision if f else None)))
        self.decided_on = OptionalDateEdit(self)
        self.decided_on.set_day(f.decided_on if f else None)
        self.paragraph = ParagraphPicker(
            services.protocols,
            f.decision_item_id if f else None,
            f.decision_reference if f else "",
            self,
        )
        self.first_year = year_edit(f.first_year if f else None, self)
        self.last_year = year_edit(f.last_year if f else None, self)
        period = QHBoxLayout()
        period.addWidget(self.first_year)
        period.addWidget(self.last_year)
        period.addStretch(1)
        self.yearly_excl = MoneyEdit(f.yearly_excl_vat if f else None, self)
        self.yearly_incl = MoneyEdit(f.yearly_incl_vat if f else None, self)
        incl_row = QHBoxLayout()
        incl_row.addWidget(self.yearly_incl, 1)
        self.compute_incl = vat_button(
            self.yearly_excl, self.yearly_incl, rules.FIELD_YEARLY_EXCL, self
        )
        incl_row.addWidget(self.compute_incl)
        self.source = QLineEdit(f.source if f else "", self)
        self.source.setPlaceholderText(self.tr("Var beloppet kommer ifrån, t.ex. bilaga 2"))
        self.note = QPlainTextEdit(f.note if f else "", self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4 + 16)
        self.form.addRow(self.tr("&Rekommendation:"), self.title)
        self.form.addRow(self.tr("Beslut &senast:"), self.deadline)
        self.form.addRow(self.tr("&Beslut:"), self.decision)
        self.form.addRow(self.tr("Besluts&datum:"), self.decided_on)
        self.form.addRow(self.tr("Beslutspara&graf:"), self.paragraph)
        period_label = QLabel(self.tr("&Period (första–sista år):"), self)
        period_label.setBuddy(self.first_year)
        self.form.addRow(period_label, period)
        self.form.addRow(self.tr("Per år &exkl. moms (kr):"), self.yearly_excl)
        incl_label = QLabel(self.tr("Per år &inkl. moms (kr):"), self)
        incl_label.setBuddy(self.yearly_incl)
        self.form.addRow(incl_label, incl_row)
        self.form.addRow(self.tr("&Källa:"), self.source)
        self.form.addRow(self.tr("&Anteckning:"), self.note)
        self._fields = {
            rules.FIELD_TITLE: self.title,
            rules.FIELD_DEADLINE: self.deadline,
            rules.FIELD_DECISION: self.decision,
            rules.FIELD_DECIDED_ON: self.decided_on,
            rules.FIELD_DECISION_ITEM: self.paragraph.choice,
            rules.FIELD_FIRST_YEAR: self.first_year,
            rules.FIELD_LAST_YEAR: self.last_year,
            rules.FIELD_YEARLY_EXCL: self.yearly_excl,
            rules.FIELD_YEARLY_INCL: self.yearly_incl,
        }
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        if financing is not None:
            self.add_history(
                services.change_log,
                RecordRef.of("financing_commitment", financing.financing_id),
                financing.title,
            )
        self.resize(640, self.sizeHint().height())

    def _decision_changed(self) -> None:
        decided = self.decision.currentData() is not None
        self.decided_on.setEnabled(decided)
        if decided and self.decided_on.day() is None:
            self.decided_on.set_day(date.today())
        if not decided:
            self.decided_on.set_day(None)

    def data(self) -> FinancingInput:
        decision = self.decision.currentData()
        return FinancingInput(
            title=self.title.text(),
            deadline=self.deadline.day(),
            decision=decision if isinstance(decision, str) else None,
            decided_on=self.decided_on.day(),
            decision_item_id=self.paragraph.item_id(),
            first_year=year_of(self.first_year),
            last_year=year_of(self.last_year),
            yearly_excl_vat=self.yearly_excl.ore(rules.FIELD_YEARLY_EXCL),
            yearly_incl_vat=self.yearly_incl.ore(rules.FIELD_YEARLY_INCL),
            source=self.source.text(),
            note=self.note.toPlainText(),
        )

    def save(self) -> None:
        data = self.data()
        if self._info is None:
            self.saved = self._financing.create_financing(self._network_id, data)
        else:
            self.saved = self._financing.update_financing(
                self._info.financing_id, data, self.expected(self._info.version)
            )


class InvoiceDialog(SavingDialog):
    """Ny faktura / Ändra faktura: year, amounts, expected and paid, invoice number. With
    ``change_log`` an edit offers the invoice's history."""

    def __init__(
        self,
        financing_service: FinancingService,
        financing: FinancingInfo,
        invoice: InvoiceInfo | None = None,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(self.tr("Ändra faktura") if invoice else self.tr("Ny faktura"), parent)
        self._service = financing_service
        self._financing = financing
        self._invoice = invoice
        self.saved: InvoiceInfo | None = None
        self.year = year_edit(invoice.year if invoice else _next_year(financing), self, False)
        excl = invoice.amount_excl_vat if invoice else financing.yearly_excl_vat
        incl = invoice.amount_incl_vat if invoice else financing.yearly_incl_vat
        self.excl = MoneyEdit(excl, self)
        self.incl = MoneyEdit(incl, self)
        incl_row = QHBoxLayout()
        incl_row.addWidget(self.incl, 1)
        self.compute_incl = vat_button(self.excl, self.incl, rules.FIELD_AMOUNT_EXCL, self)
        incl_row.addWidget(self.compute_incl)
        self.expected_on = OptionalDateEdit(self)
        self.expected_on.set_day(invoice.expected_on if invoice else None)
        self.paid_on = OptionalDateEdit(self)
        self.paid_on.set_day(invoice.paid_on if invoice else None)
        self.reference = QLineEdit(invoice.reference if invoice else "", self)
        self.reference.setPlaceholderText(self.tr("Fakturanummer eller OCR"))
        self.form.addRow(self.tr("&År:"), self.year)
        self.form.addRow(self.tr("Belopp &exkl. moms (kr):"), self.excl)
        incl_label = QLabel(self.tr("Belopp &inkl. moms (kr):"), self)
        incl_label.setBuddy(self.incl)
        self.form.addRow(incl_label, incl_row)
        self.form.addRow(self.tr("&Väntas:"), self.expected_on)
        self.form.addRow(self.tr("&Betald:"), self.paid_on)
        self.form.addRow(self.tr("&Fakturanummer:"), self.reference)
        self._fields = {
            rules.FIELD_YEAR: self.year,
            rules.FIELD_AMOUNT_EXCL: self.excl,
            rules.FIELD_AMOUNT_INCL: self.incl,
            rules.FIELD_EXPECTED_ON: self.expected_on,
            rules.FIELD_PAID_ON: self.paid_on,
            rules.FIELD_REFERENCE: self.reference,
        }
        if invoice is not None and change_log is not None:
            title = self.tr("Faktura %1, %2").replace("%1", str(invoice.year))
            self.add_history(
                change_log,
                RecordRef.of("financing_invoice", invoice.invoice_id),
                title.replace("%2", financing.title),
            )
        self.resize(520, self.sizeHint().height())

    def data(self) -> InvoiceInput:
        excl = self.excl.ore(rules.FIELD_AMOUNT_EXCL)
        incl = self.incl.ore(rules.FIELD_AMOUNT_INCL)
        if excl is None:
            raise ValidationError(rules.FIELD_AMOUNT_EXCL, self.tr("skriv fakturans belopp."))
        if incl is None:
            raise ValidationError(rules.FIELD_AMOUNT_INCL, self.tr("skriv fakturans belopp."))
        return InvoiceInput(
            year=self.year.value(),
            amount_excl_vat=excl,
            amount_incl_vat=incl,
            expected_on=self.expected_on.day(),
            paid_on=self.paid_on.day(),
            reference=self.reference.text(),
        )

    def save(self) -> None:
        data = self.data()
        if self._invoice is None:
            self.saved = self._service.add_invoice(self._financing.financing_id, data)
        else:
            self.saved = self._service.update_invoice(
                self._invoice.invoice_id, data, self.expected(self._invoice.version)
            )


def _next_year(financing: FinancingInfo) -> int:
    """The first year of the period without an invoice, else this year."""
    invoiced = {invoice.year for invoice in financing.invoices}
    if financing.first_year is not None and financing.last_year is not None:
        for year in range(financing.first_year, financing.last_year + 1):
            if year not in invoiced:
                return year
    return financing.first_year or date.today().year
