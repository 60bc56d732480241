"""Who signs the protocol: secretary, any number of adjusters in order, place and day of
adjustment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.services.protocols_types import Choice, Protocol, SignatoryInput

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "Ej bestämd"
PERSON_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SignatoryBox(QGroupBox):
    """The signature block of the protocol; ``save_requested`` asks the panel to store it,
    ``history_requested`` to show the meeting's history."""

    save_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Underskrifter och justering"))
        self.secretary = QComboBox(self)
        # The adjusters in order: chosen in "Ny justerare", added to the list below it.
        self.adjusters = QListWidget(self)
        self.adjusters.setMaximumHeight(72)
        self.new_adjuster = QComboBox(self)
        self.add_adjuster = QPushButton(self.tr("L&ägg till"), self)
        self.remove_adjuster = QPushButton(self.tr("Stry&k"), self)
        self.remove_adjuster.setToolTip(self.tr("Ta bort den valda justeraren ur listan"))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("t.ex. Kommunhuset"))
        self.adjustment_date = QDateEdit(self)
        self.adjustment_date.setCalendarPopup(True)
        self.adjustment_date.setDisplayFormat("yyyy-MM-dd")
        self.adjustment_date.setMinimumDate(NO_DATE)
        self.adjustment_date.setSpecialValueText(self.tr("Ej bestämd"))
        self.save = QPushButton(self.tr("Spara justeringsuppgi&fter"), self)
        self.history = QPushButton(self.tr("Historik…"), self)
        self.history.setToolTip(
            self.tr(
                "Vem som ändrat mötet och protokollet, när och vad: även upprättande och justering"
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Sekr&eterare:"), self.secretary)
        form.addRow(self.tr("Justerare (&1, 2 …):"), self.adjusters)
        adding = QHBoxLayout()
        adding.addWidget(self.new_adjuster, 1)
        adding.addWidget(self.add_adjuster)
        adding.addWidget(self.remove_adjuster)
        form.addRow(self.tr("N&y justerare:"), adding)
        label = form.labelForField(adding)
        if isinstance(label, QLabel):
            label.setBuddy(self.new_adjuster)
        form.addRow(self.tr("Justerings&plats:"), self.place)
        form.addRow(self.tr("Justeringsda&g:"), self.adjustment_date)
        saving = QHBoxLayout()
        saving.addWidget(self.history)
        saving.addStretch(1)
        saving.addWidget(self.save)
        form.addRow(saving)
        self.save.clicked.connect(self.save_requested.emit)
        self.history.clicked.connect(self.history_requested.emit)
        self.add_adjuster.clicked.connect(self._add_chosen)
        self.remove_adjuster.clicked.connect(self._remove_current)

    def set_people(self, people: list[Choice]) -> None:
        self.secretary.clear()
        self.secretary.addItem(self.tr("(ingen)"), None)
        self.new_adjuster.clear()
        for person in people:
            self.secretary.addItem(person.name, person.id)
            self.new_adjuster.addItem(person.name, person.id)

    def set_protocol(self, protocol: Protocol) -> None:
        _choose(self.secretary, protocol.secretary.id if protocol.secretary else None)
        self.adjusters.clear()
        for person in protocol.adjusters:
            self.add_person(person.id, person.name)
        self.place.setText(protocol.adjustment_place)
        day = protocol.adjustment_date
        self.adjustment_date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        read_only = protocol.is_adjusted
        for widget in (self.secretary, self.new_adjuster, self.add_adjuster, self.remove_adjuster):
            widget.setEnabled(not read_only)
        self.place.setReadOnly(read_only)
        self.adjustment_date.setReadOnly(read_only)
        self.save.setEnabled(not read_only)

    def signatories(self) -> SignatoryInput:
        secretary = self.secretary.currentData()
        return SignatoryInput(
            secretary_id=secretary if isinstance(secretary, int) else None,
            adjuster_ids=tuple(self.adjuster_ids()),
            adjustment_place=self.place.text(),
            adjustment_date=self.chosen_date(),
        )

    def adjuster_ids(self) -> list[int]:
        """The listed adjusters' ids, in order."""
        ids = (self.adjusters.item(row).data(PERSON_ROLE) for row in range(self.adjusters.count()))
        return [person_id for person_id in ids if isinstance(person_id, int)]

    def add_person(self, person_id: int, name: str) -> None:
        """List an adjuster last (a person already listed is not listed twice)."""
        if person_id in self.adjuster_ids():
            return
        item = QListWidgetItem(f"{self.adjusters.count() + 1}. {name}")
        item.setData(PERSON_ROLE, person_id)
        item.setData(NAME_ROLE, name)
        self.adjusters.addItem(item)

    def _add_chosen(self) -> None:
        person_id = self.new_adjuster.currentData()
        if isinstance(person_id, int):
            self.add_person(person_id, self.new_adjuster.currentText())

    def _remove_current(self) -> None:
        row = self.adjusters.currentRow()
        if row < 0:
            return
        self.adjusters.takeItem(row)
        # Renumber what is left: the order is the order of signing.
        kept = [
            (self.adjusters.item(i).data(PERSON_ROLE), self.adjusters.item(i).data(NAME_ROLE))
            for i in range(self.adjusters.count())
        ]
        self.adjusters.clear()
        for person_id, name in kept:
            self.add_person(person_id, name)

    def chosen_date(self) -> date | None:
        chosen = self.adjustment_date.date()
        if chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())


def _choose(combo: QComboBox, person_id: int | None) -> None:
    index = combo.findData(person_id) if person_id is not None else 0
    combo.setCurrentIndex(max(index, 0))
