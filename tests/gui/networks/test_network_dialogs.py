"""The editors of the network page: a network (with a template), a contact person, a
participant and a commitment, through real widgets on a real database file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.networks import vocabulary
from agenda_desktop.core.services.bodies_types import PersonInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInfo, NetworkInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.meetings.people_dialogs import PersonDialog
from agenda_desktop.gui.networks import commitment_models
from agenda_desktop.gui.networks.commitment_dialog import CommitmentDialog
from agenda_desktop.gui.networks.network_contact_dialogs import ContactDialog, ParticipantDialog
from agenda_desktop.gui.networks.network_dialog import (
    NetworkDialog,
    network_kind_names,
    organiser_kind_names,
)


@pytest.fixture
def services(fresh_database: Database) -> Services:
    return Services.for_database(fresh_database)


@pytest.fixture
def network(services: Services) -> NetworkInfo:
    return services.networks.create_network(
        NetworkInput(name="Glokala Sverige", organiser="FN-förbundet", organiser_kind="glokala")
    )


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    return dialog


def test_the_interface_names_every_code_of_the_vocabularies() -> None:
    pairs = [
        (organiser_kind_names(), vocabulary.ORGANISER_KINDS),
        (network_kind_names(), vocabulary.NETWORK_KINDS),
        (commitment_models.status_names(), vocabulary.COMMITMENT_STATUSES),
        (commitment_models.kind_names(), vocabulary.COMMITMENT_KINDS),
        (commitment_models.evidence_kind_names(), vocabulary.EVIDENCE_KINDS),
        (commitment_models.evidence_state_names(), vocabulary.EVIDENCE_STATES),
    ]
    for shown, stored in pairs:
        assert shown == stored  # Swedish interface: the same words as the core's
    assert set(commitment_models.STATUS_SYMBOLS) == set(vocabulary.COMMITMENT_STATUSES)
    assert len(set(commitment_models.STATUS_SYMBOLS.values())) == 5  # never colour alone


def test_the_skr_template_prefills_and_says_what_it_fills_in(
    qtbot: QtBot, services: Services
) -> None:
    dialog = NetworkDialog(services, None, template="skr_styra")
    _show(qtbot, dialog)
    template = services.networks.templates()[0]
    assert dialog.template is not None and dialog.template.currentData() == template.key
    assert dialog.name.text() == template.name
    assert dialog.organiser.text() == "SKR"
    assert dialog.organiser_kind.currentData() == "skr"
    assert dialog.kind.currentData() == "utvecklingsnatverk"
    assert dialog.template_help.text() == (
        "Fyller i 5 utfästelser och 5 förväntningar och kopplar belägg som redan finns."
    )
    dialog.template.setCurrentIndex(0)  # Ingen mall
    assert "tomt nätverk" in dialog.template_help.text()
    dialog.start.set_day(date(2026, 2, 1))
    dialog.choose_template("skr_styra")
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.template == "skr_styra"
    assert len(services.commitments.commitments(dialog.saved.network_id)) == 10


def test_a_name_typed_by_hand_is_kept_when_a_template_is_chosen(
    qtbot: QtBot, services: Services
) -> None:
    dialog = NetworkDialog(services)
    _show(qtbot, dialog)
    dialog.name.setText("Vårt eget SKR-nätverk")
    dialog.choose_template("skr_styra")
    assert dialog.name.text() == "Vårt eget SKR-nätverk"
    assert dialog.organiser.text() == "SKR"


def test_a_network_without_template_and_a_change(qtbot: QtBot, services: Services) -> None:
    person = services.bodies.create_person(PersonInput("Karin Berg", organisation="Exempelkommun"))
    dialog = NetworkDialog(services)
    _show(qtbot, dialog)
    dialog.name.setText("Hållbara kommuner i Väst")
    dialog.organiser.setText("Region Väst")
    dialog.organiser_kind.setCurrentIndex(dialog.organiser_kind.findData("region"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("partnerskap"))
    dialog.start.set_day(date(2026, 1, 1))
    dialog.end.set_day(date(2027, 12, 31))
    dialog.contact.combo.setCurrentIndex(dialog.contact.combo.findData(person.person_id))
    dialog.website.setText("https://example.se/natverk")
    dialog._save()
    saved = dialog.saved
    assert saved is not None and saved.template is None
    assert (saved.organiser_kind, saved.kind) == ("region", "partnerskap")
    assert (saved.start_date, saved.end_date) == (date(2026, 1, 1), date(2027, 12, 31))
    assert saved.contact_person_name == "Karin Berg"
    assert services.commitments.commitments(saved.network_id) == []

    edit = NetworkDialog(services, saved)
    _show(qtbot, edit)
    assert edit.template is None  # a template only fills in a new network
    assert edit.contact.person_id() == person.person_id
    edit.description.setPlainText("Ett regionalt nätverk.")
    edit._save()
    assert services.networks.network(saved.network_id).description == "Ett regionalt nätverk."


def test_a_refused_value_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, services: Services
) -> None:
    dialog = NetworkDialog(services)
    _show(qtbot, dialog)
    dialog.name.setText("Ett nätverk")
    dialog.start.set_day(date(2026, 6, 1))
    dialog.end.set_day(date(2026, 1, 1))
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert "slutdatumet" in dialog.error.text() and not dialog.error.isHidden()
    dialog.end.set_day(None)
    dialog.contact.combo.setEditText("Någon som inte finns")
    dialog._save()
    assert dialog.saved is None and "personregistret" in dialog.error.text()
    assert dialog.name.text() == "Ett nätverk"  # nothing typed is lost


def test_new_person_from_the_network_dialog(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(person_dialog: PersonDialog) -> int:
        person_dialog.name.setText("Lena Holm")
        person_dialog._save()
        return person_dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill_and_save)
    dialog = NetworkDialog(services)
    _show(qtbot, dialog)
    dialog.contact.new_person.click()
    assert dialog.contact.combo.currentText() == "Lena Holm"
    assert dialog.contact.person_id() is not None


def test_contact_person_added_and_role_changed(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    person = services.bodies.create_person(PersonInput("Sara Lund", organisation="SKR"))
    dialog = ContactDialog(services, network.network_id)
    _show(qtbot, dialog)
    dialog._save()
    assert dialog.saved is None and "personregistret" in dialog.error.text()
    assert dialog.person is not None
    dialog.person.combo.setCurrentIndex(dialog.person.combo.findData(person.person_id))
    dialog.role.setText("processledare")
    dialog._save()
    assert dialog.saved is not None and dialog.saved.role == "processledare"

    change = ContactDialog(services, network.network_id, dialog.saved)
    _show(qtbot, change)
    assert change.person is None  # only the role changes
    change.role.setText("samordnare")
    change._save()
    contacts = services.networks.network(network.network_id).contacts
    assert [(c.name, c.role) for c in contacts] == [("Sara Lund", "samordnare")]


def test_participants_from_the_municipality_list_or_by_name(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    dialog = ParticipantDialog(services, network.network_id)
    _show(qtbot, dialog)
    dialog._save()
    assert dialog.saved is None and "välj en kommun" in dialog.error.text()
    dialog.search.setText("härryda")
    assert dialog.proxy.rowCount() == 1
    dialog.choose("1401")
    dialog._save()
    assert dialog.saved is not None
    assert (dialog.saved.name, dialog.saved.municipality_id) == ("Härryda", "1401")

    other = ParticipantDialog(services, network.network_id)
    _show(qtbot, other)
    other.choose("1401")
    other.other.setText("Länsstyrelsen i Västra Götalands län")
    assert other.chosen() is None  # a typed name replaces the choice in the list
    other._save()
    participants = services.networks.network(network.network_id).participants
    assert {(p.name, p.municipality_id) for p in participants} == {
        ("Härryda", "1401"),
        ("Länsstyrelsen i Västra Götalands län", None),
    }


def test_commitment_dialog_saves_every_field(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    person = services.bodies.create_person(PersonInput("Omar Said"))
    unit = services.action_plan.add_unit("Kommunledningsförvaltningen", "forvaltning")
    dialog = CommitmentDialog(services, network.network_id)
    _show(qtbot, dialog)
    assert dialog.status.currentData() is None
    assert "följer beläggen" in dialog.status_help.text()
    dialog._save()
    assert dialog.saved is None and "skriv vad som utlovas" in dialog.error.text()
    dialog.text.setPlainText("Rapportera till nätverket varje halvår")
    dialog.kind.setCurrentIndex(dialog.kind.findData("forvantning"))
    dialog.person.setCurrentIndex(dialog.person.findData(person.person_id))
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit.unit_id))
    dialog.due.set_day(date(2099, 6, 30))
    dialog.status.setCurrentIndex(dialog.status.findData("ej_aktuell"))
    assert "står kvar" in dialog.status_help.text()
    dialog.note.setPlainText("Efter dialog med SKR.")
    dialog._save()
    saved = dialog.saved
    assert saved is not None
    expected: dict[str, Any] = {
        "kind": "forvantning",
        "responsible_name": "Omar Said",
        "responsible_unit_name": "Kommunledningsförvaltningen",
        "due_date": date(2099, 6, 30),
        "manual_status": "ej_aktuell",
        "status": "ej_aktuell",
        "note": "Efter dialog med SKR.",
    }
    assert {key: getattr(saved, key) for key in expected} == expected
    assert commitment_models.status_text(saved) == "– Ej aktuell (satt för hand)"

    edit = CommitmentDialog(services, network.network_id, saved)
    _show(qtbot, edit)
    assert edit.status.currentData() == "ej_aktuell"
    edit.status.setCurrentIndex(0)  # back to automatic
    edit._save()
    assert edit.saved is not None and edit.saved.manual_status is None
    assert edit.saved.status == "ej_paborjad"
