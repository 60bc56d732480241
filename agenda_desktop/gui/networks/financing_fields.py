"""The fields of the financing editors: an amount typed the Swedish way, an optional year,
the "+25 % moms" button and the searchable picker of the deciding protocol paragraph."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks import financing_rules as rules
from agenda_desktop.core.networks.financing_money import (
    format_amount,
    incl_from_excl,
    ore_from_text,
)
from agenda_desktop.core.services.protocols import ProtocolService

SEARCH_DELAY_MS = 250
MAX_HITS = 200
NO_YEAR = rules.MIN_YEAR - 1


class MoneyEdit(QLineEdit):
    """An amount in kronor typed the Swedish way; ``ore`` reads it (None when blank)."""

    def __init__(self, ore: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("t.ex. 41 250,00"))
        self.set_ore(ore)

    def set_ore(self, ore: int | None) -> None:
        self.setText(format_amount(ore) if ore is not None else "")

    def ore(self, field: str) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        found = ore_from_text(text)
        if found is None:
            message = self.tr("”%1” är inte ett belopp; skriv t.ex. 12 345,50 eller 12345 kr.")
            raise ValidationError(field, message.replace("%1", text))
        return found


def year_edit(year: int | None, parent: QWidget, optional: bool = True) -> QSpinBox:
    """A year field; an optional one shows "Ej angivet" at its lowest value."""
    edit = QSpinBox(parent)
    edit.setRange(NO_YEAR if optional else rules.MIN_YEAR, rules.MAX_YEAR)
    if optional:
        edit.setSpecialValueText(QCoreApplication.translate("FinancingDialogs", "Ej angivet"))
    edit.setValue(year if year is not None else (NO_YEAR if optional else date.today().year))
    return edit


def year_of(edit: QSpinBox) -> int | None:
    return None if edit.value() == NO_YEAR else edit.value()


def vat_button(excl: MoneyEdit, incl: MoneyEdit, field: str, parent: QWidget) -> QPushButton:
    """ "Beräkna inkl. moms": fills the amount with VAT from the one without (+25 %)."""
    text = QCoreApplication.translate("FinancingDialogs", "Beräkna inkl. moms (+25 %)")
    button = QPushButton(text, parent)

    def fill() -> None:
        try:
            amount = excl.ore(field)
        except ValidationError:
            return
        if amount is not None:
            incl.set_ore(incl_from_excl(amount))

    button.clicked.connect(fill)
    return button


class ParagraphPicker(QWidget):
    """Beslutsparagraf: a search field over the protocols and the paragraphs found."""

    def __init__(
        self, protocols: ProtocolService, item_id: int | None, label: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._protocols = protocols
        self._current: tuple[int, str] | None = (item_id, label) if item_id is not None else None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Sök paragraf på rubrik, beslut eller diarienr…"))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Beslutsparagraf"))
        self.choice.setMinimumContentsLength(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(self._timer.start)
        self.load()

    def load(self) -> None:
        self._timer.stop()
        if self.choice.count():  # keep what the user chose (or "Ingen paragraf")
            chosen = self.item_id()
            self._current = (chosen, self.choice.currentText()) if chosen is not None else None
        hits = self._protocols.search(self.search.text())[:MAX_HITS]
        self.choice.clear()
        self.choice.addItem(self.tr("Ingen paragraf"), None)
        if self._current is not None and all(h.item_id != self._current[0] for h in hits):
            self.choice.addItem(self._current[1], self._current[0])
        for hit in hits:
            number = f"§ {hit.number}" if hit.number is not None else self.tr("utan §")
            text = f"{hit.body_name} {hit.held_on.isoformat()} {number} – {hit.title}"
            self.choice.addItem(text, hit.item_id)
        wanted = self._current[0] if self._current is not None else None
        self.choice.setCurrentIndex(max(0, self.choice.findData(wanted)) if wanted else 0)

    def item_id(self) -> int | None:
        data = self.choice.currentData()
        return data if isinstance(data, int) else None

    def choose(self, item_id: int | None) -> None:
        index = self.choice.findData(item_id) if item_id is not None else 0
        self.choice.setCurrentIndex(max(0, index))
