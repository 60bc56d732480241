"""Who signs the protocol: secretary, adjusters in order, place and day of adjustment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.services.protocols_types import Choice, Protocol, SignatoryInput

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "Ej bestämd"
ADJUSTER_FIELDS = 2


class SignatoryBox(QGroupBox):
    """The signature block of the protocol; ``save_requested`` asks the panel to store it."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Underskrifter och justering"))
        self.secretary = QComboBox(self)
        self.adjusters = [QComboBox(self) for _ in range(ADJUSTER_FIELDS)]
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("t.ex. Kommunhuset"))
        self.adjustment_date = QDateEdit(self)
        self.adjustment_date.setCalendarPopup(True)
        self.adjustment_date.setDisplayFormat("yyyy-MM-dd")
        self.adjustment_date.setMinimumDate(NO_DATE)
        self.adjustment_date.setSpecialValueText(self.tr("Ej bestämd"))
        self.save = QPushButton(self.tr("Spara justeringsuppgi&fter"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Sekr&eterare:"), self.secretary)
        form.addRow(self.tr("Justerare &1:"), self.adjusters[0])
        form.addRow(self.tr("Justerare &2:"), self.adjusters[1])
        form.addRow(self.tr("Justerings&plats:"), self.place)
        form.addRow(self.tr("Justeringsda&g:"), self.adjustment_date)
        form.addRow(self.save)
        self.save.clicked.connect(self.save_requested.emit)

    def set_people(self, people: list[Choice]) -> None:
        for combo in (self.secretary, *self.adjusters):
            combo.clear()
            combo.addItem(self.tr("(ingen)"), None)
            for person in people:
                combo.addItem(person.name, person.id)

    def set_protocol(self, protocol: Protocol) -> None:
        _choose(self.secretary, protocol.secretary.id if protocol.secretary else None)
        for index, combo in enumerate(self.adjusters):
            person = protocol.adjusters[index] if index < len(protocol.adjusters) else None
            _choose(combo, person.id if person else None)
        self.place.setText(protocol.adjustment_place)
        day = protocol.adjustment_date
        self.adjustment_date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        read_only = protocol.is_adjusted
        for combo in (self.secretary, *self.adjusters):
            combo.setEnabled(not read_only)
        self.place.setReadOnly(read_only)
        self.adjustment_date.setReadOnly(read_only)
        self.save.setEnabled(not read_only)

    def signatories(self) -> SignatoryInput:
        secretary = self.secretary.currentData()
        adjusters = [combo.currentData() for combo in self.adjusters]
        return SignatoryInput(
            secretary_id=secretary if isinstance(secretary, int) else None,
            adjuster_ids=tuple(a for a in adjusters if isinstance(a, int)),
            adjustment_place=self.place.text(),
            adjustment_date=self.chosen_date(),
        )

    def chosen_date(self) -> date | None:
        chosen = self.adjustment_date.date()
        if chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())


def _choose(combo: QComboBox, person_id: int | None) -> None:
    index = combo.findData(person_id) if person_id is not None else 0
    combo.setCurrentIndex(max(index, 0))
