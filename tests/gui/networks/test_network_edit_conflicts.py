"""Two officers edit one network, financing commitment, invoice or network meeting: the
second save shows both versions and saves what the user chooses; each editor offers the
record's history, and Översikt the network's, with its contacts and participants."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from edit_conflicts import answer_conflict, second_officer
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.bodies_types import PersonInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import (
    FinancingInfo,
    FinancingInput,
    InvoiceInput,
)
from agenda_desktop.core.services.networks_types import (
    NetworkInfo,
    NetworkInput,
    NetworkMeetingInput,
)
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import ChangeLogDialog
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.networks.financing_dialogs import FinancingDialog, InvoiceDialog
from agenda_desktop.gui.networks.financing_tab import FinancingTab
from agenda_desktop.gui.networks.network_contact_dialogs import ContactDialog
from agenda_desktop.gui.networks.network_dialog import NetworkDialog
from agenda_desktop.gui.networks.network_meeting_dialog import NetworkMeetingDialog
from agenda_desktop.gui.networks.network_meetings_tab import NetworkMeetingsTab
from agenda_desktop.gui.networks.network_overview_tab import NetworkOverviewTab

NAME = "Hållbara kommuner i Fyrbodal"


@pytest.fixture
def services(fresh_database: Database) -> Services:
    services = Services.for_database(fresh_database)
    services.database.actor = "Anna Berg"
    services.organisation.save_profile(ProfileData("1435", "Tanums kommun", "KS"))
    return services


@pytest.fixture
def network(services: Services) -> NetworkInfo:
    return services.networks.create_network(NetworkInput(NAME, "Fyrbodal", website="https://a.se"))


def _network_form(info: NetworkInfo, **changes: Any) -> NetworkInput:
    filled = {f.name: getattr(info, f.name) for f in dataclasses.fields(NetworkInput)}
    return NetworkInput(**(filled | changes))


def _history_texts(dialog: SavingDialog) -> list[str]:
    return [b.text() for b in dialog.buttons.buttons() if b.text() == "Historik…"]


def _financing(services: Services, network: NetworkInfo) -> FinancingInfo:
    created = services.financing.create_financing(
        network.network_id, FinancingInput("Samfinansiering 2026–2027", first_year=2026,
                                           last_year=2027, source="bilaga 1"),
    )  # fmt: skip
    services.financing.add_invoice(
        created.financing_id, InvoiceInput(2026, 100_000, 125_000, reference="F-1")
    )
    return services.financing.financing(created.financing_id)


def test_the_network_dialog_shows_both_versions_and_saves_the_choice(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    dialog = NetworkDialog(services, network)
    qtbot.addWidget(dialog)
    assert _history_texts(dialog) == ["Historik…"]
    dialog.organiser.setText("Fyrbodals kommunalförbund")
    dialog.website.setText("https://fyrbodal.se")
    with second_officer(services.database) as bo:
        bo.networks.update_network(
            network.network_id,
            _network_form(network, organiser="Fyrbodal AB", description="Bos beskrivning"),
            ExpectedVersion(network.version),
        )

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["organiser"].choosable
        assert (fields["organiser"].label, fields["organiser"].saved_text) == (
            "Organisatör", "Fyrbodal AB",
        )  # fmt: skip
        assert not fields["description"].changed_by_me  # Bo's, kept without asking
        conflict.accept()  # the user's own organiser

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    saved = services.networks.network(network.network_id)
    assert (saved.organiser, saved.website, saved.description) == (
        "Fyrbodals kommunalförbund", "https://fyrbodal.se", "Bos beskrivning",
    )  # fmt: skip
    assert dialog.saved is not None and dialog.saved.version == saved.version == 3


def test_a_financing_commitment_keeps_the_saved_values_when_the_user_chooses_them(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    began = _financing(services, network)
    dialog = FinancingDialog(services, network.network_id, began)
    qtbot.addWidget(dialog)
    assert _history_texts(dialog) == ["Historik…"]
    dialog.source.setText("bilaga 2")
    dialog.note.setPlainText("Min anteckning")
    with second_officer(services.database) as bo:
        bo.financing.update_financing(
            began.financing_id,
            FinancingInput(began.title, first_year=2026, last_year=2027, source="bilaga 3"),
            ExpectedVersion(began.version),
        )

    def choose(conflict: EditConflictDialog) -> None:
        assert [f.field for f in conflict.conflict.fields if f.choosable] == ["source"]
        conflict.all_saved.click()
        conflict.accept()

    answer_conflict(choose)
    dialog._save()
    stored = services.financing.financing(began.financing_id)
    assert (stored.source, stored.note) == ("bilaga 3", "Min anteckning")


def test_marking_an_invoice_paid_after_another_change_asks_then_holds_the_new_version(
    qtbot: QtBot, services: Services, network: NetworkInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    financing = _financing(services, network)
    (invoice,) = financing.invoices
    tab = FinancingTab(services)
    qtbot.addWidget(tab)
    tab.show_network(network.network_id)
    tab.invoices.select_invoice(invoice.invoice_id)
    with second_officer(services.database) as bo:
        bo.financing.update_invoice(
            invoice.invoice_id,
            InvoiceInput(2026, 100_000, 125_000, paid_on=date(2026, 5, 4), reference="F-1b"),
            ExpectedVersion(invoice.version),
        )

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["paid_on"].choosable and fields["paid_on"].saved_text == "2026-05-04"
        conflict.accept()  # today, as the user marked it

    answered = answer_conflict(choose)
    with qtbot.waitSignal(tab.changed):
        tab.invoices.paid_button.click()
    assert len(answered) == 1
    shown = tab.invoices.current_invoice()
    assert shown is not None
    assert (shown.paid_on, shown.reference, shown.version) == (date.today(), "F-1b", 3)

    # The panel holds the new version: the next edit saves without a question.
    def edit(dialog: InvoiceDialog) -> int:
        assert _history_texts(dialog) == ["Historik…"]
        dialog.reference.setText("F-1c")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(InvoiceDialog, "exec", edit)
    with qtbot.waitSignal(tab.changed):
        tab.invoices.edit_button.click()
    assert len(answered) == 1
    assert services.financing.financing(financing.financing_id).invoices[0].reference == "F-1c"


def test_a_network_meeting_edit_asks_and_offers_its_history(
    qtbot: QtBot, services: Services, network: NetworkInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    began = services.networks.add_meeting(
        network.network_id, NetworkMeetingInput(date(2027, 2, 3), place="Uddevalla", title="Träff")
    )
    tab = NetworkMeetingsTab(services, today=date(2027, 1, 1))
    qtbot.addWidget(tab)
    tab.show_network(network.network_id)
    with second_officer(services.database) as bo:
        bo.networks.update_meeting(
            began.meeting_id,
            NetworkMeetingInput(date(2027, 2, 3), place="Trollhättan", title="Träff"),
            ExpectedVersion(began.version),
        )
    answered = answer_conflict(lambda conflict: conflict.accept())

    def change(dialog: NetworkMeetingDialog) -> int:
        assert _history_texts(dialog) == ["Historik…"]
        dialog.place.setCurrentText("Vänersborg")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(NetworkMeetingDialog, "exec", change)
    with qtbot.waitSignal(tab.changed):
        tab.edit_button.click()
    assert len(answered) == 1
    (saved,) = services.networks.network(network.network_id).meetings
    assert (saved.place, saved.version) == ("Vänersborg", 3)


def test_the_history_buttons_are_offered_when_editing_only(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    financing = _financing(services, network)
    dialogs: list[SavingDialog] = [
        NetworkDialog(services),
        FinancingDialog(services, network.network_id),
        InvoiceDialog(services.financing, financing, None, None, services.change_log),
        NetworkMeetingDialog(lambda _data, _expected: None, None, None, services.change_log),
        ContactDialog(services, network.network_id),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert _history_texts(dialog) == [], type(dialog).__name__


def test_the_overview_shows_the_networks_history_with_its_parts(
    qtbot: QtBot, services: Services, network: NetworkInfo
) -> None:
    person = services.bodies.create_person(PersonInput("Åsa Åberg")).person_id
    contact = services.networks.add_contact(network.network_id, person, "processledare")
    with second_officer(services.database) as bo:
        bo.networks.add_participant(network.network_id, "Region Exempel")
        bo.networks.update_network(
            network.network_id, _network_form(network, website="https://b.se"),
            ExpectedVersion(network.version),
        )  # fmt: skip
    edit = ContactDialog(services, network.network_id, contact)
    qtbot.addWidget(edit)
    assert _history_texts(edit) == ["Historik…"]
    tab = NetworkOverviewTab(services)
    qtbot.addWidget(tab)
    tab.show_network(None)
    assert not tab.history_button.isEnabled()
    tab.show_network(network.network_id)
    assert tab.history_button.isEnabled() and tab.history_button.text() == "Hi&storik…"
    rows: list[list[str]] = []

    def read_and_close() -> None:
        log = QApplication.activeModalWidget()
        if not isinstance(log, ChangeLogDialog):
            QTimer.singleShot(20, read_and_close)
            return
        model = log.model
        rows.extend(
            [model.index(r, c).data() for c in range(1, 5)] for r in range(model.rowCount())
        )
        log.accept()

    QTimer.singleShot(0, read_and_close)
    tab.history_button.click()
    assert [row[:2] for row in rows] == [
        ["Bo Ek", "Ändrad"], ["Bo Ek", "Skapad"], ["Anna Berg", "Skapad"], ["Anna Berg", "Skapad"],
    ]  # fmt: skip
    assert [row[2].split(":")[0] for row in rows] == ["", "Deltagare", "Kontaktperson", ""]
    assert "Roll: processledare" in rows[2][3]
    assert rows[0][3] == "Webbplats: https://a.se → https://b.se"
