"""Översikt, a tab of a network: the facts, our contact person, the organiser's contact
people (with their roles) and the other participants of the network, and "Historik…":
who changed the network, its contacts, participants and documents, when and what."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import (
    NetworkContactInfo,
    NetworkInfo,
    ParticipantInfo,
)
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.networks.network_contact_dialogs import ContactDialog, ParticipantDialog
from agenda_desktop.gui.networks.network_dialog import network_kind_names, organiser_kind_names
from agenda_desktop.gui.steering.dialogue_models import ROW_ROLE, RowsModel
from agenda_desktop.gui.style import heading, page_surface, paragraph, rows_table


class ContactTableModel(RowsModel[NetworkContactInfo]):
    def headers(self) -> list[str]:
        return [self.tr("Namn"), self.tr("Roll"), self.tr("Organisation"), self.tr("E-post")]

    def cell(self, row: NetworkContactInfo, column: int) -> tuple[str, Any]:
        texts = (row.name, row.role, row.organisation, row.email)
        return texts[column], texts[column]


class ParticipantTableModel(RowsModel[ParticipantInfo]):
    def headers(self) -> list[str]:
        return [self.tr("Deltagare"), self.tr("Kommunkod")]

    def cell(self, row: ParticipantInfo, column: int) -> tuple[str, Any]:
        text = row.name if column == 0 else (row.municipality_id or "")
        return text, text


def _table(model: RowsModel[Any], name: str, parent: QWidget) -> QTableView:
    table = rows_table(parent, name, model)
    table.setMinimumHeight(150)
    return table


def _chosen(table: QTableView) -> object:
    if not table.selectionModel().hasSelection():
        return None
    return table.currentIndex().data(ROW_ROLE)


class NetworkOverviewTab(QWidget):
    """The facts of the network and its people; ``changed`` after each saved change."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._network: NetworkInfo | None = None
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.organiser = self._fact(self.tr("Organisatör:"))
        self.kind = self._fact(self.tr("Typ av nätverk:"))
        self.period = self._fact(self.tr("Period:"))
        self.contact_person = self._fact(self.tr("Vår kontaktperson:"))
        self.website = self._fact(self.tr("Webbplats:"))
        self.website.setOpenExternalLinks(True)
        self.template = self._fact(self.tr("Mall:"))
        self.description = paragraph("", self)
        self.history_button = QPushButton(self.tr("Hi&storik…"), self)
        self.history_button.setToolTip(
            self.tr("Vem som ändrat nätverket, dess kontaktpersoner, deltagare och dokument")
        )
        self.history_button.clicked.connect(self.show_history)

        self.contact_model = ContactTableModel(self)
        self.contacts = _table(
            self.contact_model, self.tr("Kontaktpersoner hos organisatören"), self
        )
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.doubleClicked.connect(self.edit_contact)
        self.add_contact_button = QPushButton(self.tr("Lägg &till…"), self)
        self.edit_contact_button = QPushButton(self.tr("Ändra &roll…"), self)
        self.remove_contact_button = QPushButton(self.tr("Ta &bort"), self)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.contacts.selectionModel().selectionChanged.connect(self._update_buttons)

        self.participant_model = ParticipantTableModel(self)
        self.participants = _table(self.participant_model, self.tr("Andra deltagare"), self)
        participant_header = self.participants.horizontalHeader()
        participant_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        participant_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_participant_button = QPushButton(self.tr("Lägg till &deltagare…"), self)
        self.remove_participant_button = QPushButton(self.tr("Ta bort d&eltagare"), self)
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.participants.selectionModel().selectionChanged.connect(self._update_buttons)

        content = QWidget(self)
        page_surface(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addLayout(self.facts, 1)
        top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.description)
        people = QHBoxLayout()
        people.setSpacing(24)
        people.addLayout(
            self._section(
                self.tr("Kontaktpersoner hos organisatören"),
                self.contacts,
                [self.add_contact_button, self.edit_contact_button, self.remove_contact_button],
            ),
            3,
        )
        people.addLayout(
            self._section(
                self.tr("Andra deltagare"),
                self.participants,
                [self.add_participant_button, self.remove_participant_button],
            ),
            2,
        )
        layout.addLayout(people, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update_buttons()

    def _fact(self, label: str) -> QLabel:
        value = QLabel(self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.facts.addRow(label, value)
        return value

    def _section(self, title: str, table: QTableView, buttons: list[QPushButton]) -> QVBoxLayout:
        section = QVBoxLayout()
        section.setSpacing(6)
        label = heading(title, self, level=2)
        label.setWordWrap(False)  # short; wrapping made Qt reserve a second line
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        section.addWidget(label)
        section.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        section.addLayout(row)
        return section

    # -- showing -----------------------------------------------------------------------

    def show_network(self, network_id: int | None) -> None:
        self._network = self._services.networks.network(network_id) if network_id else None
        network = self._network
        none = self.tr("Ej angiven")
        if network is None:
            for label in (self.organiser, self.kind, self.period, self.contact_person):
                label.setText("")
            self.website.setText("")
            self.template.setText("")
            self.description.setText("")
            self.contact_model.set_rows([])
            self.participant_model.set_rows([])
            self._update_buttons()
            return
        kind_of_organiser = organiser_kind_names().get(
            network.organiser_kind, network.organiser_kind_name
        )
        organiser = network.organiser or none
        if network.organiser and network.organiser != kind_of_organiser:
            organiser = f"{network.organiser} ({kind_of_organiser})"
        self.organiser.setText(organiser)
        self.kind.setText(network_kind_names().get(network.kind, network.kind_name))
        self.period.setText(self._period(network))
        self.contact_person.setText(network.contact_person_name or self.tr("Ingen vald"))
        if network.website:
            url = network.website
            href = url if "://" in url else f"https://{url}"
            self.website.setText(f'<a href="{escape(href)}">{escape(url)}</a>')
        else:
            self.website.setText(none)
        self.template.setText(network.template_name or self.tr("Ingen mall"))
        self.description.setText(network.description)
        self.description.setVisible(bool(network.description))
        self.contact_model.set_rows(network.contacts)
        self.participant_model.set_rows(network.participants)
        self._update_buttons()

    def _period(self, network: NetworkInfo) -> str:
        start, end = network.start_date, network.end_date
        if start is None and end is None:
            return self.tr("Ej angiven")
        if end is None:
            return self.tr("från %1").replace("%1", start.isoformat() if start else "")
        if start is None:
            return self.tr("till och med %1").replace("%1", end.isoformat())
        return f"{start.isoformat()} – {end.isoformat()}"

    def current_contact(self) -> NetworkContactInfo | None:
        found = _chosen(self.contacts)
        return found if isinstance(found, NetworkContactInfo) else None

    def current_participant(self) -> ParticipantInfo | None:
        found = _chosen(self.participants)
        return found if isinstance(found, ParticipantInfo) else None

    def _update_buttons(self) -> None:
        shown = self._network is not None
        self.history_button.setEnabled(shown)
        self.add_contact_button.setEnabled(shown)
        self.add_participant_button.setEnabled(shown)
        self.edit_contact_button.setEnabled(self.current_contact() is not None)
        self.remove_contact_button.setEnabled(self.current_contact() is not None)
        self.remove_participant_button.setEnabled(self.current_participant() is not None)

    def _reload(self) -> None:
        self.show_network(self._network.network_id if self._network else None)
        self.changed.emit()

    def show_history(self) -> None:
        """The network's history, with its contacts, participants and documents."""
        network = self._network
        if network is None:
            return
        record = RecordRef.of("network", network.network_id)
        show_history(self, self._services.change_log, record, network.name)

    # -- contacts and participants -----------------------------------------------------

    def add_contact(self) -> None:
        if self._network is not None:
            self._open(ContactDialog(self._services, self._network.network_id, None, self))

    def edit_contact(self) -> None:
        contact = self.current_contact()
        if self._network is not None and contact is not None:
            self._open(ContactDialog(self._services, self._network.network_id, contact, self))

    def add_participant(self) -> None:
        if self._network is not None:
            self._open(ParticipantDialog(self._services, self._network.network_id, self))

    def _open(self, dialog: ContactDialog | ParticipantDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._reload()

    def remove_contact(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        text = self.tr("Ta bort %1 som kontaktperson? Personen finns kvar i personregistret.")
        if confirm(self, text.replace("%1", contact.name), self.tr("Ta bort kontaktperson")):
            self._remove(lambda: self._services.networks.remove_contact(contact.contact_id))

    def remove_participant(self) -> None:
        participant = self.current_participant()
        if participant is None:
            return
        text = self.tr("Ta bort %1 ur listan över deltagare?").replace("%1", participant.name)
        if confirm(self, text, self.tr("Ta bort deltagare")):
            self._remove(
                lambda: self._services.networks.remove_participant(participant.participant_id)
            )

    def _remove(self, remove: Callable[[], None]) -> None:
        try:
            remove()
        except AgendaError as error:
            show_error(self, str(error))
        self._reload()
