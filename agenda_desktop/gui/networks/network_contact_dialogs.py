"""The small editors of the Översikt tab: a contact person on the organiser's side (a
person of the shared register with a role), and another participant of the network (a
municipality or region from the reference data, or any other name)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QWidget

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks import input_rules as rules
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkContactInfo, ParticipantInfo
from agenda_desktop.core.services.reference import MunicipalityInfo
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.municipality_model import (
    INFO_ROLE,
    MunicipalityFilter,
    MunicipalityListModel,
)
from agenda_desktop.gui.networks.network_dialog import PersonChoice


class ContactDialog(SavingDialog):
    """Lägg till kontaktperson (pick or create a person, give a role) / Ändra roll."""

    def __init__(
        self,
        services: Services,
        network_id: int,
        contact: NetworkContactInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Ändra roll") if contact else self.tr("Lägg till kontaktperson")
        super().__init__(title, parent)
        self._services = services
        self._network_id = network_id
        self._contact = contact
        self.saved: NetworkContactInfo | None = None
        self.person: PersonChoice | None = None
        if contact is None:
            self.person = PersonChoice(services, "", self)
            self.person.fill(None)
            editor = self.person.combo.lineEdit()
            if editor is not None:
                editor.setPlaceholderText(self.tr("Skriv för att söka i personregistret"))
            person_label = QLabel(self.tr("&Person:"), self)
            person_label.setBuddy(self.person.combo)
            self.form.addRow(person_label, self.person)
            self._fields[rules.FIELD_CONTACT] = self.person
        else:
            self.form.addRow(self.tr("Person:"), QLabel(contact.name, self))
        self.role = QLineEdit(contact.role if contact else "", self)
        self.role.setPlaceholderText(self.tr("t.ex. processledare"))
        self.form.addRow(self.tr("&Roll:"), self.role)
        self._fields[rules.FIELD_ROLE] = self.role
        if contact is not None:  # a part of the network: also in the network's history
            record = RecordRef.of("network_contact", contact.contact_id)
            self.add_history(services.change_log, record, contact.name)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        networks = self._services.networks
        if self._contact is not None:
            self.saved = networks.update_contact(self._contact.contact_id, self.role.text())
            return
        person_id = self.person.person_id() if self.person is not None else None
        if person_id is None:
            raise ValidationError(
                rules.FIELD_CONTACT,
                self.tr("välj en person ur personregistret, eller lägg till en ny person."),
            )
        self.saved = networks.add_contact(self._network_id, person_id, self.role.text())


class ParticipantDialog(SavingDialog):
    """Lägg till deltagare: a municipality or region picked from the list, or a name."""

    def __init__(self, services: Services, network_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lägg till deltagare"), parent)
        self._services = services
        self._network_id = network_id
        self.saved: ParticipantInfo | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Sök på namn eller kommunkod"))
        self.model = MunicipalityListModel(self)
        self.model.set_municipalities(services.reference.municipalities(kinds=("kommun", "region")))
        self.proxy = MunicipalityFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setMinimumHeight(200)
        self.list.setAccessibleName(self.tr("Kommuner och regioner"))
        self.list.doubleClicked.connect(self._save)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("t.ex. Länsstyrelsen i Exempellän"))
        self.other.textChanged.connect(self._other_typed)
        hint = QLabel(
            self.tr(
                "Välj en kommun eller region i listan, eller skriv namnet på en annan "
                "organisation nedan."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.form.addRow(self.tr("S&ök:"), self.search)
        self.form.addRow(self.tr("&Kommun eller region:"), self.list)
        self.form.addRow(self.tr("&Annan deltagare:"), self.other)
        self._fields = {
            rules.FIELD_PARTICIPANT: self.other,
            rules.FIELD_MUNICIPALITY: self.list,
        }
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Lägg till"))
        self.resize(480, 520)

    def _other_typed(self, text: str) -> None:
        if text.strip():
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())

    def choose(self, municipality_id: str) -> None:
        index = self.proxy.index_of(municipality_id)
        if index.isValid():
            self.list.setCurrentIndex(index)

    def chosen(self) -> MunicipalityInfo | None:
        if not self.list.selectionModel().hasSelection():
            return None
        found = self.list.currentIndex().data(INFO_ROLE)
        return found if isinstance(found, MunicipalityInfo) else None

    def save(self) -> None:
        networks = self._services.networks
        other = self.other.text()
        municipality = self.chosen()
        if other.strip():
            self.saved = networks.add_participant(self._network_id, other)
        elif municipality is None:
            raise ValidationError(
                rules.FIELD_PARTICIPANT,
                self.tr("välj en kommun eller region i listan, eller skriv ett namn."),
            )
        else:
            self.saved = networks.add_participant(
                self._network_id, municipality.name, municipality.id
            )
