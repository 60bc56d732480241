"""Nätverk och åtaganden, the whole page: the empty state, the SKR network from its
template, the leadership decision linked to its protocol paragraph and its status moving
when the protocol is adjusted, the list's counts, and removing a network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.bodies_types import BodyInput, PersonInput
from agenda_desktop.core.services.commitments_types import CommitmentInfo, CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.services.protocols_types import DecisionInput, SignatoryInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.networks.commitment_models import CommitmentColumn
from agenda_desktop.gui.networks.evidence_dialog import EvidenceDialog
from agenda_desktop.gui.networks.network_contact_dialogs import ContactDialog, ParticipantDialog
from agenda_desktop.gui.networks.network_dialog import NetworkDialog
from agenda_desktop.gui.networks.network_list import SUMMARY_ROLE
from agenda_desktop.gui.networks.page import NetworksPage

HELD_ON = date(2026, 3, 10)
ADJUSTED_ON = date(2026, 3, 17)
# Worded so that the template does not find it by itself: the officer links it.
TITLE = "Anmälan till SKR:s nätverk för hållbar styrning"
CLAUSES = (
    "att kommunen deltar i SKR:s nätverk 2026–2027",
    "att utse kommundirektören till kontaktperson",
)


@pytest.fixture
def services(fresh_database: Database) -> Services:
    return Services.for_database(fresh_database)


def _open(qtbot: QtBot, services: Services) -> NetworksPage:
    page = NetworksPage(services)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _fill_then_save(fill: Callable[[Any], None]) -> Callable[[QDialog], int]:
    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog._save()  # type: ignore[attr-defined]
        return dialog.result()

    return exec_


def _board_meeting(services: Services) -> tuple[int, int]:
    """Kommunstyrelsen's meeting with the paragraph about joining, drawn up and signed but
    not adjusted yet: (meeting id, item id)."""
    body = services.bodies.create_body(
        BodyInput("Kommunstyrelsen", kind="styrelse", numbering="lopande", numbering_start=41)
    )
    secretary, adjuster = (
        services.bodies.create_person(PersonInput(name)).person_id
        for name in ("Anna Ek", "Bo Lind")
    )
    meeting = services.meetings.create_meeting(
        body.body_id, MeetingInput(HELD_ON, place="Sessionssalen")
    )
    item = services.meetings.add_item(
        meeting.meeting_id, AgendaItemInput(TITLE, diarienummer="KS 2026/12")
    )
    services.protocols.draw_up(meeting.meeting_id)
    services.protocols.set_decision(item.item_id, DecisionInput("", list(CLAUSES)))
    services.protocols.set_signatories(
        meeting.meeting_id, SignatoryInput(secretary, [adjuster], "Kommunhuset", ADJUSTED_ON)
    )
    return meeting.meeting_id, item.item_id


def _leadership_decision(page: NetworksPage) -> CommitmentInfo:
    found = next(c for c in page.commitments.model.rows() if c.template_key == "beslut")
    assert page.commitments.select_commitment(found.commitment_id)
    current = page.commitments.current_commitment()
    assert current is not None
    return current


def _status_of(page: NetworksPage, commitment_id: int) -> str:
    tab = page.commitments
    row = tab.model.row_of(commitment_id)
    assert row is not None
    return str(tab.model.index(row, CommitmentColumn.STATUS).data())


def _list_lines(page: NetworksPage) -> list[str]:
    model = page.list.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_skr_network_from_its_template_to_a_kept_leadership_decision(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, item_id = _board_meeting(services)
    page = _open(qtbot, services)
    assert page.stack.currentWidget() is page.empty

    def from_template(dialog: NetworkDialog) -> None:
        assert dialog.template is not None and dialog.template.currentData() == "skr_styra"
        assert "5 utfästelser och 5 förväntningar" in dialog.template_help.text()
        dialog.start.set_day(date(2099, 1, 15))  # nothing is late in this test

    monkeypatch.setattr(NetworkDialog, "exec", _fill_then_save(from_template))
    page.add_skr_button.click()

    assert page.stack.currentWidget() is page.detail
    assert page.title.text() == "SKR utvecklingsnätverk Styra med Agenda 2030"
    rows = page.commitments.model.rows()
    assert [c.kind for c in rows] == ["utfastelse"] * 5 + ["forvantning"] * 5
    assert _list_lines(page) == [
        "SKR utvecklingsnätverk Styra med Agenda 2030\nSKR · Utvecklingsnätverk\n0 av 10 uppfyllda"
    ]

    decision = _leadership_decision(page)
    assert decision.evidence == ()  # the title does not name the network: link it by hand

    def link(dialog: EvidenceDialog) -> None:
        dialog.choose_kind("paragraf")
        dialog.search.setText("hållbar styrning")
        dialog.load()
        texts = [dialog.candidates.item(n).text() for n in range(dialog.candidates.count())]
        found = [n for n, text in enumerate(texts) if TITLE in text]
        assert len(found) == 1
        dialog.candidates.setCurrentRow(found[0])

    monkeypatch.setattr(EvidenceDialog, "exec", _fill_then_save(link))
    page.tabs.setCurrentWidget(page.commitments)
    page.commitments.detail.add_button.click()
    linked = services.commitments.commitment(decision.commitment_id).evidence
    assert [piece.agenda_item_id for piece in linked] == [item_id]

    assert _status_of(page, decision.commitment_id) == "◐ Pågår"
    written = page.commitments.detail.evidence.item(0).text()
    assert f"Kommunstyrelsen 2026-03-10 § 44: {TITLE}" in written  # 41 + the 3 opening items
    assert "Ej justerat" in written

    # The protocol is adjusted on Möten och protokoll; back on this page the status moved.
    services.protocols.adjust(meeting_id, ADJUSTED_ON)
    page.hide()
    page.show()
    assert _status_of(page, decision.commitment_id) == "✔ Uppfylld"
    current = page.commitments.current_commitment()
    assert current is not None and current.commitment_id == decision.commitment_id
    assert "Uppfylld" in page.commitments.detail.status.text()
    written = page.commitments.detail.evidence.item(0).text()
    assert f"Kommunstyrelsen 2026-03-10 § 44: {TITLE}" in written
    assert "Justerat 2026-03-17" in written and "Diarienummer KS 2026/12" in written
    for clause in CLAUSES:
        assert clause in written
    page.commitments.detail.evidence.setCurrentRow(0)
    with qtbot.waitSignal(page.pageRequested) as going:  # "Gå till Möten och protokoll"
        page.commitments.detail.go_button.click()
    assert going.args == ["meetings"]
    assert _list_lines(page)[0].endswith("1 av 10 uppfyllda")


def test_the_list_remembers_the_chosen_network_and_follows_the_tabs(
    qtbot: QtBot, services: Services
) -> None:
    first = services.networks.create_network(NetworkInput(name="Agenda 2030-nätverket Väst"))
    second = services.networks.create_network(
        NetworkInput(name="Glokala Sverige", organiser="FN-förbundet", organiser_kind="glokala")
    )
    late = services.commitments.create_commitment(
        second.network_id,
        CommitmentInput("Rapportera till FN-förbundet", due_date=date(2020, 1, 1)),
    )
    page = _open(qtbot, services)
    assert page.network_id == first.network_id  # the first by name
    page.list.select(second.network_id)
    assert page.network_id == second.network_id and page.title.text() == "Glokala Sverige"
    row = page.list.model.row_of(second.network_id)
    assert row is not None
    summary = page.list.model.index(row, 0).data(SUMMARY_ROLE)
    assert summary.overdue_count == 1
    assert page.list.model.index(row, 0).data().endswith("0 av 1 uppfyllda\n⚠ 1 försenat")

    # A change saved in another tab reloads the counts and the commitments, keeping the choice.
    services.commitments.update_commitment(
        late.commitment_id, CommitmentInput(late.text, status="uppfylld")
    )
    page.documents.changed.emit()
    assert page.network_id == second.network_id
    assert page.list.current_id() == second.network_id
    assert page.list.model.index(row, 0).data().endswith("1 av 1 uppfyllda")
    assert _status_of(page, late.commitment_id) == "✔ Uppfylld (satt för hand)"


def test_removing_a_network_asks_first_and_says_what_goes_with_it(
    qtbot: QtBot, services: Services, message_boxes: Any
) -> None:
    network = services.networks.create_network(NetworkInput(name="Glokala Sverige"))
    page = _open(qtbot, services)
    assert page.network_id == network.network_id
    message_boxes.answer_yes = False
    page.list.remove_button.click()
    assert len(services.networks.networks()) == 1
    question = message_boxes.texts("question")[-1]
    for what in ("åtaganden", "möten", "dokument"):
        assert what in question
    message_boxes.answer_yes = True
    page.list.remove_button.click()
    assert services.networks.networks() == []
    assert page.stack.currentWidget() is page.empty
    assert page.network_id is None


def test_the_empty_state_offers_a_network_of_ones_own(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open(qtbot, services)
    assert page.stack.currentWidget() is page.empty
    assert not page.list.edit_button.isEnabled() and not page.list.remove_button.isEnabled()

    def own(dialog: NetworkDialog) -> None:
        assert dialog.template is not None and dialog.template.currentData() is None
        dialog.name.setText("Hållbara kommuner i Väst")

    monkeypatch.setattr(NetworkDialog, "exec", _fill_then_save(own))
    page.add_first_button.click()
    assert page.title.text() == "Hållbara kommuner i Väst"
    assert page.commitments.model.rowCount() == 0
    assert "Inga åtaganden ännu" in page.commitments.summary.text()


def test_overview_shows_the_facts_and_keeps_contacts_and_participants(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    karin = services.bodies.create_person(PersonInput("Karin Berg"))
    sara = services.bodies.create_person(PersonInput("Sara Lund", organisation="Region Väst"))
    services.networks.create_network(
        NetworkInput(
            name="Hållbara kommuner i Väst",
            organiser="Region Väst",
            organiser_kind="region",
            kind="partnerskap",
            start_date=date(2026, 1, 1),
            end_date=date(2027, 12, 31),
            contact_person_id=karin.person_id,
            website="example.se/vast",
        )
    )
    page = _open(qtbot, services)
    overview = page.overview
    assert overview.organiser.text() == "Region Väst (Region)"
    assert overview.kind.text() == "Partnerskap"
    assert overview.period.text() == "2026-01-01 – 2027-12-31"
    assert overview.contact_person.text() == "Karin Berg"
    assert 'href="https://example.se/vast"' in overview.website.text()
    assert overview.template.text() == "Ingen mall"

    def contact(dialog: ContactDialog) -> None:
        assert dialog.person is not None
        dialog.person.combo.setCurrentIndex(dialog.person.combo.findData(sara.person_id))
        dialog.role.setText("processledare")

    monkeypatch.setattr(ContactDialog, "exec", _fill_then_save(contact))
    with qtbot.waitSignal(overview.changed):
        overview.add_contact_button.click()
    assert overview.contact_model.rows()[0].role == "processledare"
    overview.contacts.selectRow(0)
    monkeypatch.setattr(
        ContactDialog, "exec", _fill_then_save(lambda dialog: dialog.role.setText("samordnare"))
    )
    overview.edit_contact_button.click()
    assert [(c.name, c.role) for c in overview.contact_model.rows()] == [
        ("Sara Lund", "samordnare")
    ]

    monkeypatch.setattr(
        ParticipantDialog, "exec", _fill_then_save(lambda dialog: dialog.choose("1401"))
    )
    overview.add_participant_button.click()
    assert [p.name for p in overview.participant_model.rows()] == ["Härryda"]

    overview.contacts.selectRow(0)
    overview.remove_contact_button.click()
    overview.participants.selectRow(0)
    overview.remove_participant_button.click()
    assert overview.contact_model.rowCount() == 0 and overview.participant_model.rowCount() == 0
    assert "personregistret" in message_boxes.texts("question")[0]


def test_a_joint_financing_is_listed_by_its_financing() -> None:
    from agenda_desktop.core.services.networks_types import NetworkSummary
    from agenda_desktop.gui.networks.network_list import progress_text

    row = NetworkSummary(
        3, "Samfinansiering", "SKR", "samfinansiering", "", None, None, 0, 0, 0, None
    )
    assert progress_text(row) == "Inga åtaganden ännu"
    assert progress_text(replace(row, financing_count=1)) == "1 finansieringsåtagande"
    assert progress_text(replace(row, financing_count=2)) == "2 finansieringsåtaganden"
