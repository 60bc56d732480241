"""Lägg till (or Ändra) deltagare: an övrig deltagare with a role and, optionally, the items
attended."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import attendance_rules as rules
from agenda_desktop.core.services.meetings_types import (
    AttendanceInput,
    AttendanceRow,
    PersonChoice,
)
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog


class OtherParticipantDialog(SavingDialog):
    def __init__(
        self,
        people: list[PersonChoice],
        item_count: int,
        store: Callable[[AttendanceInput], object],
        parent: QWidget | None = None,
        current: AttendanceRow | None = None,
    ) -> None:
        """``current``: the participant to change (the person stays; role and items change)."""
        title = self.tr("Ändra deltagare") if current else self.tr("Lägg till deltagare")
        super().__init__(title, parent)
        self._store = store
        self.person = QComboBox(self)
        for person in people:
            extra = f", {person.organisation}" if person.organisation else ""
            self.person.addItem(f"{person.name}{extra}", person.person_id)
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("t.ex. kommundirektör, föredragande"))
        self.from_item = QSpinBox(self)
        self.to_item = QSpinBox(self)
        for box in (self.from_item, self.to_item):
            box.setRange(0, max(item_count, 0))
            box.setSpecialValueText(self.tr("hela mötet"))
        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Roll:"), self.role)
        self.form.addRow(self.tr("&Från punkt:"), self.from_item)
        self.form.addRow(self.tr("&Till punkt:"), self.to_item)
        self._fields = {
            rules.FIELD_ROLE: self.role,
            rules.FIELD_ITEMS: self.from_item,
        }
        if current is not None:
            index = self.person.findData(current.person_id)
            if index < 0:
                self.person.addItem(current.name, current.person_id)
                index = self.person.count() - 1
            self.person.setCurrentIndex(index)
            self.person.setEnabled(False)
            self.role.setText(current.role)
            self.from_item.setValue(current.from_item or 0)
            self.to_item.setValue(current.to_item or 0)
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            raise ValidationError(
                self.tr("Person"), self.tr("lägg först in personen under Organ och personer.")
            )
        self._store(
            AttendanceInput(
                person_id=int(person_id),
                kind="ovrig",
                role=self.role.text(),
                from_item=self.from_item.value() or None,
                to_item=self.to_item.value() or None,
            )
        )
