"""The network register: networks, contacts, participants, the network's meetings with
their calendar export, documents, unique names and removal with everything that hangs on
a network."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar
from network_builders import person
from sqlalchemy import func, select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings.agenda_rules import MAX_ATTACHMENT_BYTES
from agenda_desktop.core.services.commitments_types import CommitmentInput, EvidenceInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput, NetworkMeetingInput
from agenda_desktop.core.store.models import (
    CommitmentEvidence,
    FinancingCommitment,
    FinancingInvoice,
    Municipality,
    NetworkContact,
    NetworkDocument,
    NetworkMeeting,
    NetworkParticipant,
    Person,
)

GLOKALA = NetworkInput(
    "Glokala Sverige",
    organiser="Svenska FN-förbundet och SKR",
    organiser_kind="glokala",
    kind="partnerskap",
    start_date=date(2024, 1, 1),
    end_date=date(2027, 12, 31),
    website=" https://www.glokalasverige.se ",
    description="  Kommuner och regioner som sprider kunskap om Agenda 2030.  ",
)


def count(services: Services, model: type) -> int:
    with services.database.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_create_update_and_read_a_network(core_services: Services) -> None:
    contact = person(core_services, "Karin Lindqvist", "hållbarhetsstrateg")
    created = core_services.networks.create_network(
        NetworkInput(**{**GLOKALA.__dict__, "contact_person_id": contact})
    )
    assert created.name == "Glokala Sverige"
    assert created.organiser_kind_name == "Glokala Sverige"
    assert created.kind_name == "Partnerskap"
    assert created.website == "https://www.glokalasverige.se"
    assert created.description == "Kommuner och regioner som sprider kunskap om Agenda 2030."
    assert created.contact_person_name == "Karin Lindqvist"
    assert created.template is None and created.template_name == ""
    updated = core_services.networks.update_network(
        created.network_id,
        NetworkInput("Glokala Sverige 2024–2027", organiser_kind="glokala", kind="partnerskap"),
    )
    assert updated.name == "Glokala Sverige 2024–2027"
    assert updated.contact_person_id is None and updated.start_date is None
    assert core_services.networks.network(created.network_id) == updated


def test_networks_are_listed_in_swedish_order_with_counts(core_services: Services) -> None:
    for name in ("Öresundsnätverket", "Ale-nätverket", "Zeta", "Ängsnätverket"):
        core_services.networks.create_network(NetworkInput(name))
    network = core_services.networks.create_network(NetworkInput("Bredband"))
    commitments = core_services.commitments
    commitments.create_commitment(network.network_id, CommitmentInput("Ett", status="uppfylld"))
    commitments.create_commitment(
        network.network_id, CommitmentInput("Två", due_date=date(2026, 1, 31))
    )
    commitments.create_commitment(
        network.network_id, CommitmentInput("Tre", due_date=date(2026, 5, 1))
    )
    commitments.create_commitment(
        network.network_id, CommitmentInput("Fyra", due_date=date(2026, 4, 1), status="ej_aktuell")
    )
    rows = core_services.networks.networks(today=date(2026, 3, 1))
    assert [row.name for row in rows] == [
        "Ale-nätverket",
        "Bredband",
        "Zeta",
        "Ängsnätverket",
        "Öresundsnätverket",
    ]
    bredband = rows[1]
    assert (bredband.commitment_count, bredband.fulfilled_count, bredband.overdue_count) == (
        4,
        1,
        1,
    )
    assert bredband.next_due == date(2026, 1, 31)
    assert rows[0].commitment_count == 0 and rows[0].next_due is None


def test_network_names_are_unique_and_checked(core_services: Services) -> None:
    networks = core_services.networks
    first = networks.create_network(GLOKALA)
    with pytest.raises(ValidationError, match="finns redan ett nätverk som heter ”Glokala"):
        networks.create_network(NetworkInput("  glokala   SVERIGE "))
    other = networks.create_network(NetworkInput("Klimatkommunerna"))
    with pytest.raises(ValidationError, match="finns redan"):
        networks.update_network(other.network_id, NetworkInput("Glokala Sverige"))
    networks.update_network(first.network_id, NetworkInput("Glokala Sverige", kind="annat"))
    with pytest.raises(ValidationError, match="Nätverkets namn"):
        networks.create_network(NetworkInput("   "))
    with pytest.raises(ValidationError, match="Typ av organisatör"):
        networks.create_network(NetworkInput("X", organiser_kind="fn"))
    with pytest.raises(ValidationError, match="Typ av nätverk"):
        networks.create_network(NetworkInput("X", kind="klubb"))
    with pytest.raises(ValidationError, match="får inte vara före startdatumet"):
        networks.create_network(
            NetworkInput("X", start_date=date(2026, 5, 1), end_date=date(2026, 4, 30))
        )
    with pytest.raises(ValidationError, match="Vår kontaktperson"):
        networks.create_network(NetworkInput("X", contact_person_id=999))
    with pytest.raises(NotFoundError):
        networks.network(999)


def test_contacts_of_the_organiser(core_services: Services) -> None:
    network = core_services.networks.create_network(GLOKALA)
    anna = person(core_services, "Åsa Åberg", "processledare")
    bo = person(core_services, "Bo Andersson")
    first = core_services.networks.add_contact(network.network_id, anna, " processledare ")
    assert (first.name, first.role, first.title) == ("Åsa Åberg", "processledare", "processledare")
    core_services.networks.add_contact(network.network_id, bo)
    with pytest.raises(ValidationError, match="redan kontaktperson"):
        core_services.networks.add_contact(network.network_id, anna)
    with pytest.raises(ValidationError, match="personregistret"):
        core_services.networks.add_contact(network.network_id, 999)
    changed = core_services.networks.update_contact(first.contact_id, "samordnare")
    assert changed.role == "samordnare"
    info = core_services.networks.network(network.network_id)
    assert [c.name for c in info.contacts] == ["Bo Andersson", "Åsa Åberg"]
    core_services.networks.remove_contact(first.contact_id)
    assert [c.name for c in core_services.networks.network(network.network_id).contacts] == [
        "Bo Andersson"
    ]
    assert count(core_services, Person) == 2  # the person stays in the register
    with pytest.raises(NotFoundError):
        core_services.networks.remove_contact(first.contact_id)


def test_participants(core_services: Services) -> None:
    network = core_services.networks.create_network(GLOKALA)
    with core_services.database.unit_of_work() as session:
        kommun = session.scalars(
            select(Municipality).where(Municipality.kind == "kommun").order_by(Municipality.id)
        ).first()
        assert kommun is not None
        kommun_id, kommun_name = kommun.id, kommun.name
    by_id = core_services.networks.add_participant(network.network_id, "", kommun_id)
    assert (by_id.name, by_id.municipality_id) == (kommun_name, kommun_id)
    named = core_services.networks.add_participant(network.network_id, " Länsstyrelsen  X ")
    assert named.name == "Länsstyrelsen X" and named.municipality_id is None
    with pytest.raises(ValidationError, match="finns redan bland deltagarna"):
        core_services.networks.add_participant(network.network_id, "länsstyrelsen x")
    with pytest.raises(ValidationError, match="kommunregistret"):
        core_services.networks.add_participant(network.network_id, "Påhittad", "9999")
    with pytest.raises(ValidationError, match="Deltagare"):
        core_services.networks.add_participant(network.network_id, "  ")
    info = core_services.networks.network(network.network_id)
    assert {p.name for p in info.participants} == {kommun_name, "Länsstyrelsen X"}
    core_services.networks.remove_participant(named.participant_id)
    assert len(core_services.networks.network(network.network_id).participants) == 1


def test_meetings_and_their_calendar(core_services: Services) -> None:
    networks = core_services.networks
    network = networks.create_network(NetworkInput("SKR, Styra med Agenda 2030", organiser="SKR"))
    second = networks.add_meeting(
        network.network_id,
        NetworkMeetingInput(
            date(2026, 11, 12),
            time(9, 30),
            time(15, 0),
            "SKR, Hornsgatan 20, Stockholm",
            "Nätverksträff 2: prioriteringar",
            "Ta med nulägesanalysen.",
        ),
    )
    first = networks.add_meeting(
        network.network_id, NetworkMeetingInput(date(2026, 9, 24), title="Startträff")
    )
    info = networks.network(network.network_id)
    assert [m.meeting_id for m in info.meetings] == [first.meeting_id, second.meeting_id]
    with pytest.raises(ValidationError, match="Sluttid"):
        networks.add_meeting(
            network.network_id, NetworkMeetingInput(date(2026, 9, 1), time(10), time(9))
        )
    stamp = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    text = networks.meetings_calendar(network.network_id, stamp=stamp)
    assert "\r\n" in text
    calendar = Calendar.from_ical(text)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert [str(e["SUMMARY"]) for e in events] == [
        "SKR, Styra med Agenda 2030: Startträff",
        "SKR, Styra med Agenda 2030: Nätverksträff 2: prioriteringar",
    ]
    assert events[0]["DTSTART"].dt == date(2026, 9, 24)  # all day: no time given
    assert str(events[1]["LOCATION"]) == "SKR, Hornsgatan 20, Stockholm"
    assert "Ta med nulägesanalysen." in str(events[1]["DESCRIPTION"])
    assert "X-WR-CALNAME:SKR\\, Styra med Agenda 2030\r\n" in text
    one = networks.meetings_calendar(network.network_id, second.meeting_id, stamp=stamp)
    uids = [str(c["UID"]) for c in Calendar.from_ical(one).walk() if c.name == "VEVENT"]
    assert uids == [str(events[1]["UID"])]  # the same meeting, the same UID
    assert uids[0] != str(events[0]["UID"])
    moved = networks.update_meeting(
        second.meeting_id, NetworkMeetingInput(date(2026, 11, 19), title="Flyttad träff")
    )
    assert moved.held_on == date(2026, 11, 19)
    again = networks.meetings_calendar(network.network_id, second.meeting_id, stamp=stamp)
    assert str(next(c for c in Calendar.from_ical(again).walk("VEVENT"))["UID"]) == uids[0]
    other = networks.create_network(NetworkInput("Annat nätverk"))
    with pytest.raises(ValidationError, match="hör inte till nätverket"):
        networks.meetings_calendar(other.network_id, second.meeting_id)
    networks.remove_meeting(first.meeting_id)
    assert len(networks.network(network.network_id).meetings) == 1
    with pytest.raises(NotFoundError):
        networks.update_meeting(first.meeting_id, NetworkMeetingInput(date(2026, 1, 1)))


def test_documents_are_copied_in_by_file_name(core_services: Services, tmp_path: Path) -> None:
    networks = core_services.networks
    network = networks.create_network(GLOKALA)
    path = tmp_path / "överenskommelse.pdf"
    path.write_bytes(b"%PDF-1.4 demo")
    document = networks.add_document(network.network_id, path, " Överenskommelse ")
    assert document.filename == "överenskommelse.pdf"
    assert document.title == "Överenskommelse"
    assert document.media_type == "application/pdf"
    assert document.size == 13
    assert document.sha256 == hashlib.sha256(b"%PDF-1.4 demo").hexdigest()
    path.unlink()  # the database keeps its own copy
    assert networks.document_content(document.document_id) == (
        "överenskommelse.pdf",
        b"%PDF-1.4 demo",
    )
    assert [d.title for d in networks.network(network.network_id).documents] == ["Överenskommelse"]
    with pytest.raises(ValidationError, match="finns inte"):
        networks.add_document(network.network_id, tmp_path / "saknas.pdf")
    networks.remove_document(document.document_id)
    assert networks.network(network.network_id).documents == ()
    with pytest.raises(NotFoundError):
        networks.document_content(document.document_id)


def test_a_too_large_document_is_refused(core_services: Services, tmp_path: Path) -> None:
    network = core_services.networks.create_network(GLOKALA)
    big = tmp_path / "film.mp4"
    with open(big, "wb") as handle:  # sparse: the size is checked before reading
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match=r"Dokument: ”film.mp4” är 25,0 MB; .* högst 25 MB"):
        core_services.networks.add_document(network.network_id, big)
    assert count(core_services, NetworkDocument) == 0


def test_removing_a_network_removes_what_hangs_on_it(
    core_services: Services, tmp_path: Path
) -> None:
    networks = core_services.networks
    keep = networks.create_network(NetworkInput("Behålls"))
    kept_commitment = core_services.commitments.create_commitment(
        keep.network_id, CommitmentInput("Finns kvar")
    )
    network = networks.create_network(GLOKALA)
    networks.add_contact(network.network_id, person(core_services, "Anna Åberg"))
    networks.add_participant(network.network_id, "Region Exempellän")
    networks.add_meeting(network.network_id, NetworkMeetingInput(date(2026, 9, 24)))
    path = tmp_path / "program.txt"
    path.write_text("Program", encoding="utf-8")
    document = networks.add_document(network.network_id, path)
    commitment = core_services.commitments.create_commitment(
        network.network_id, CommitmentInput("Sprida kunskap")
    )
    core_services.commitments.add_evidence(
        commitment.commitment_id, EvidenceInput("dokument", document_id=document.document_id)
    )
    with core_services.database.unit_of_work() as session:
        financing = FinancingCommitment(network_id=network.network_id, title="Samfinansiering")
        financing.invoices.append(FinancingInvoice(year=2026, amount_excl_vat=1, amount_incl_vat=1))
        session.add(financing)
    networks.remove_network(network.network_id)
    models = (NetworkContact, NetworkParticipant, NetworkMeeting, NetworkDocument)
    for model in (*models, FinancingCommitment, FinancingInvoice):
        assert count(core_services, model) == 0, model
    assert count(core_services, CommitmentEvidence) == 0
    assert count(core_services, Person) == 1
    assert [n.name for n in networks.networks()] == ["Behålls"]
    assert core_services.commitments.commitment(kept_commitment.commitment_id).text == "Finns kvar"
    with pytest.raises(NotFoundError):
        networks.remove_network(network.network_id)


def test_templates_are_offered(core_services: Services) -> None:
    (template,) = core_services.networks.templates()
    assert template.key == "skr_styra"
    assert template.name == "SKR utvecklingsnätverk Styra med Agenda 2030"
    assert (template.organiser, template.organiser_kind, template.kind) == (
        "SKR",
        "skr",
        "utvecklingsnatverk",
    )
    assert (template.commitment_count, template.expectation_count) == (5, 5)
    with pytest.raises(ValidationError, match="Mall"):
        core_services.networks.create_from_template("okand", NetworkInput(""))
