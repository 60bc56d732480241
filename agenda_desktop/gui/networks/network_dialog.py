"""Nytt nätverk / Ändra nätverk: name, organiser, kind, period, our contact person, website
and description; a new network may start from a template ("Mall") that fills in its
commitments and expectations and links the evidence the app already holds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks import input_rules as rules
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInfo, NetworkInput, TemplateInfo
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.meetings.people_dialogs import PersonDialog
from agenda_desktop.gui.steering.dialogue_date_edit import OptionalDateEdit


def organiser_kind_names() -> dict[str, str]:
    """The names of ``ORGANISER_KINDS``."""
    return {
        "skr": QCoreApplication.translate("NetworkDisplay", "SKR"),
        "region": QCoreApplication.translate("NetworkDisplay", "Region"),
        "lansstyrelse": QCoreApplication.translate("NetworkDisplay", "Länsstyrelse"),
        "glokala": QCoreApplication.translate("NetworkDisplay", "Glokala Sverige"),
        "kommun": QCoreApplication.translate("NetworkDisplay", "Annan kommun"),
        "annan": QCoreApplication.translate("NetworkDisplay", "Annan organisatör"),
    }


def network_kind_names() -> dict[str, str]:
    """The names of ``NETWORK_KINDS``."""
    return {
        "utvecklingsnatverk": QCoreApplication.translate("NetworkDisplay", "Utvecklingsnätverk"),
        "partnerskap": QCoreApplication.translate("NetworkDisplay", "Partnerskap"),
        "samfinansiering": QCoreApplication.translate("NetworkDisplay", "Samfinansiering"),
        "annat": QCoreApplication.translate("NetworkDisplay", "Annat"),
    }


def _combo(names: dict[str, str], chosen: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in names.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class PersonChoice(QWidget):
    """A person of the shared register (or none), searchable, with "Ny person…"."""

    def __init__(self, services: Services, none_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._none_text = none_text
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.new_person = QPushButton(self.tr("N&y person…"), self)
        self.new_person.clicked.connect(self.add_person)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_person)
        self.setFocusProxy(self.combo)

    def fill(self, person_id: int | None) -> None:
        self.combo.clear()
        if self._none_text:
            self.combo.addItem(self._none_text, None)
        for person in self._services.bodies.people():
            label = f"{person.name}, {person.organisation}" if person.organisation else person.name
            self.combo.addItem(label, person.person_id)
        index = self.combo.findData(person_id) if person_id is not None else -1
        if index < 0 and self._none_text:
            index = 0
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")

    def add_person(self) -> None:
        dialog = PersonDialog(self._services.bodies, None, self)
        if dialog.exec() == PersonDialog.DialogCode.Accepted and dialog.saved:
            self.fill(dialog.saved.person_id)

    def has_unknown_name(self) -> bool:
        """Whether a name is written that is not a person of the register."""
        return (
            bool(self.combo.currentText().strip())
            and self.combo.findText(self.combo.currentText()) < 0
        )

    def person_id(self) -> int | None:
        """The person whose name is written in the field; None for none or an unknown name."""
        index = self.combo.findText(self.combo.currentText())
        data = self.combo.itemData(index) if index >= 0 else None
        return data if isinstance(data, int) else None


class NetworkDialog(SavingDialog):
    def __init__(
        self,
        services: Services,
        network: NetworkInfo | None = None,
        parent: QWidget | None = None,
        template: str | None = None,
    ) -> None:
        title = self.tr("Ändra nätverk") if network else self.tr("Nytt nätverk")
        super().__init__(title, parent)
        self._services = services
        self._network = network
        self.saved: NetworkInfo | None = None
        self._prefilled_name = ""
        self.template: QComboBox | None = None
        self.template_help = QLabel(self)
        self.template_help.setWordWrap(True)
        self.template_help.setObjectName("templateHelp")
        self._templates: dict[str, TemplateInfo] = {}
        if network is None:
            self.template = QComboBox(self)
            self.template.addItem(self.tr("Ingen mall"), None)
            for info in services.networks.templates():
                self._templates[info.key] = info
                self.template.addItem(info.name, info.key)
            self.form.addRow(self.tr("&Mall:"), self.template)
            self.form.addRow("", self.template_help)
        self.name = QLineEdit(network.name if network else "", self)
        self.name.setPlaceholderText(self.tr("t.ex. Styra med Agenda 2030"))
        self.organiser = QLineEdit(network.organiser if network else "", self)
        self.organiser.setPlaceholderText(self.tr("t.ex. SKR eller Region Exempel"))
        self.organiser_kind = _combo(
            organiser_kind_names(), network.organiser_kind if network else "annan", self
        )
        self.kind = _combo(
            network_kind_names(), network.kind if network else "utvecklingsnatverk", self
        )
        self.start = OptionalDateEdit(self)
        self.start.set_day(network.start_date if network else None)
        self.end = OptionalDateEdit(self)
        self.end.set_day(network.end_date if network else None)
        period = QHBoxLayout()
        period.addWidget(self.start)
        to_label = QLabel(self.tr("t.o.m."), self)
        period.addWidget(to_label)
        period.addWidget(self.end)
        period.addStretch(1)
        self.contact = PersonChoice(services, self.tr("(ingen kontaktperson)"), self)
        self.contact.fill(network.contact_person_id if network else None)
        self.website = QLineEdit(network.website if network else "", self)
        self.website.setPlaceholderText("https://")
        self.description = QPlainTextEdit(network.description if network else "", self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.form.addRow(self.tr("&Namn:"), self.name)
        self.form.addRow(self.tr("&Organisatör:"), self.organiser)
        self.form.addRow(self.tr("Slag av &organisatör:"), self.organiser_kind)
        self.form.addRow(self.tr("&Typ av nätverk:"), self.kind)
        start_label = QLabel(self.tr("&Period från:"), self)
        start_label.setBuddy(self.start)
        self.form.addRow(start_label, period)
        contact_label = QLabel(self.tr("Vår &kontaktperson:"), self)
        contact_label.setBuddy(self.contact.combo)
        self.form.addRow(contact_label, self.contact)
        self.form.addRow(self.tr("&Webbplats:"), self.website)
        self.form.addRow(self.tr("&Beskrivning:"), self.description)
        self._fields = {
            rules.FIELD_NAME: self.name,
            rules.FIELD_ORGANISER: self.organiser,
            rules.FIELD_ORGANISER_KIND: self.organiser_kind,
            rules.FIELD_KIND: self.kind,
            rules.FIELD_START: self.start,
            rules.FIELD_END: self.end,
            rules.FIELD_CONTACT_PERSON: self.contact,
            rules.FIELD_WEBSITE: self.website,
        }
        if self.template is not None:
            self._fields[rules.FIELD_TEMPLATE] = self.template
        if self.template is not None:
            self.template.currentIndexChanged.connect(self._template_chosen)
            if template is not None:
                self.choose_template(template)
            self._template_chosen()
        if network is not None:
            self.add_history(
                services.change_log, RecordRef.of("network", network.network_id), network.name
            )
        self.resize(600, self.sizeHint().height())

    def choose_template(self, key: str) -> None:
        if self.template is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(key)))

    def chosen_template(self) -> TemplateInfo | None:
        key = self.template.currentData() if self.template is not None else None
        return self._templates.get(key) if isinstance(key, str) else None

    def _template_chosen(self) -> None:
        info = self.chosen_template()
        if info is None:
            self.template_help.setText(
                self.tr("Ett tomt nätverk; lägg till åtagandena själva under fliken Åtaganden.")
            )
            return
        text = self.tr(
            "Fyller i %1 utfästelser och %2 förväntningar och kopplar belägg som redan finns."
        )
        text = text.replace("%1", str(info.commitment_count))
        self.template_help.setText(text.replace("%2", str(info.expectation_count)))
        if not self.name.text().strip() or self.name.text() == self._prefilled_name:
            self.name.setText(info.name)
            self._prefilled_name = info.name
        self.organiser.setText(info.organiser)
        self.organiser_kind.setCurrentIndex(
            max(0, self.organiser_kind.findData(info.organiser_kind))
        )
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))

    def save(self) -> None:
        if self.contact.has_unknown_name():
            raise ValidationError(
                rules.FIELD_CONTACT_PERSON,
                self.tr("välj en person ur personregistret, eller lägg till en ny person."),
            )
        data = NetworkInput(
            name=self.name.text(),
            organiser=self.organiser.text(),
            organiser_kind=str(self.organiser_kind.currentData()),
            kind=str(self.kind.currentData()),
            start_date=self.start.day(),
            end_date=self.end.day(),
            contact_person_id=self.contact.person_id(),
            website=self.website.text(),
            description=self.description.toPlainText(),
        )
        networks = self._services.networks
        template = self.chosen_template()
        if self._network is not None:
            self.saved = networks.update_network(
                self._network.network_id, data, self.expected(self._network.version)
            )
        elif template is not None:
            self.saved = networks.create_from_template(template.key, data)
        else:
            self.saved = networks.create_network(data)
