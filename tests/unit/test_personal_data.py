"""Personal data (GDPR): the register extract and anonymising a person who has left,
on a real SQLite file through the services.

Anna Berg sits in Kommunstyrelsen (and sat in Miljönämnden before), attended and
adjusted a meeting whose protocol is adjusted, had meddelat förhinder at a draft meeting
where Karin Öst served for her, is the rapporteur of a draft item, our contact person
and a contact of a network, and responsible for a commitment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from agenda_desktop.core.reports.kinds.meeting_data import load_meeting
from agenda_desktop.core.reports.kinds.protokoll import _head_facts
from agenda_desktop.core.services import personal_data_removal
from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput
from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import (
    AgendaItemInput,
    AttendanceInput,
    MeetingInput,
)
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.services.protocols_types import SignatoryInput
from agenda_desktop.core.store.models import ChangeLogEntry, Membership, Person

TODAY = date(2026, 5, 4)
ADJUSTED_DAY = date(2026, 2, 10)
DRAFT_DAY = date(2026, 9, 1)


@dataclass(frozen=True)
class World:
    anna: int
    karin: int
    adjusted_meeting: int
    draft_meeting: int
    network: int


def _person(
    services: Services, name: str, organisation: str = "", title: str = "", email: str = ""
) -> int:
    data = PersonInput(name, organisation=organisation, title=title, email=email)
    return services.bodies.create_person(data).person_id


def _seat(
    services: Services,
    body_id: int,
    person_id: int,
    role: str,
    start: date,
    end: date | None = None,
) -> None:
    services.bodies.add_membership(body_id, MembershipInput(person_id, role, start, end))


@pytest.fixture
def world(core_services: Services) -> World:
    s = core_services
    board = s.bodies.create_body(BodyInput("Kommunstyrelsen", kind="styrelse")).body_id
    earlier = s.bodies.create_body(BodyInput("Miljönämnden", kind="namnd")).body_id
    anna = s.bodies.create_person(
        PersonInput(
            "Anna Berg",
            party="S",
            organisation="Exempelkommun",
            title="kommunalråd",
            email="anna.berg@exempel.se",
        )
    ).person_id
    chair = _person(s, "Olle Ek", organisation="Exempelkommun")
    karin = _person(s, "Karin Öst", organisation="Exempelkommun")
    secretary = _person(s, "Camilla Ström", title="kommunsekreterare")
    _seat(s, board, anna, "ledamot", date(2023, 1, 1))
    _seat(s, board, chair, "ordforande", date(2023, 1, 1))
    _seat(s, board, karin, "ersattare", date(2023, 1, 1))
    _seat(s, earlier, anna, "ledamot", date(2019, 1, 1), date(2022, 12, 31))

    adjusted = s.meetings.create_meeting(
        board, MeetingInput(ADJUSTED_DAY, time(9, 0), time(12, 0), "Sessionssalen")
    ).meeting_id
    s.meetings.add_item(adjusted, AgendaItemInput("Budget 2027", rapporteur="Anna Berg"))
    for person_id in (anna, chair):
        s.meetings.set_attendance(adjusted, AttendanceInput(person_id, "narvarande"))
    s.protocols.draw_up(adjusted)
    s.protocols.set_signatories(adjusted, SignatoryInput(secretary, [anna]))
    s.protocols.adjust(adjusted, date(2026, 2, 14))

    draft = s.meetings.create_meeting(board, MeetingInput(DRAFT_DAY)).meeting_id
    s.meetings.add_item(draft, AgendaItemInput("Skolskjuts", rapporteur="Anna Berg"))
    s.meetings.set_attendance(draft, AttendanceInput(anna, "forhinder"))
    s.meetings.set_attendance(
        draft, AttendanceInput(karin, "tjanstgorande_ersattare", serving_for_id=anna)
    )
    s.protocols.set_signatories(draft, SignatoryInput(secretary, [anna]))

    network = s.networks.create_network(
        NetworkInput("Styra med Agenda 2030", organiser="SKR", contact_person_id=anna)
    ).network_id
    s.networks.add_contact(network, anna, "processledare")
    s.commitments.create_commitment(
        network, CommitmentInput("Rapportera läget varje halvår", responsible_person_id=anna)
    )
    return World(anna, karin, adjusted, draft, network)


def test_person_data_holds_every_group(core_services: Services, world: World) -> None:
    record = core_services.personal_data.person_data(world.anna, TODAY)

    assert record.person.email == "anna.berg@exempel.se"
    assert [(m.body_name, m.role_name) for m in record.memberships] == [
        ("Miljönämnden", "Ledamot"),
        ("Kommunstyrelsen", "Ledamot"),
    ]
    hows = {(a.meeting.held_on, a.how, a.meeting.adjusted) for a in record.attendance}
    assert (ADJUSTED_DAY, "Närvarande", True) in hows
    assert (DRAFT_DAY, "Meddelat förhinder", False) in hows
    assert (DRAFT_DAY, "Ersattes av Karin Öst (tjänstgörande ersättare)", False) in hows
    assert {(r.meeting.held_on, r.role) for r in record.protocol_roles} == {
        (ADJUSTED_DAY, "Justerare"),
        (DRAFT_DAY, "Justerare"),
    }
    assert {r.role for r in record.network_roles} == {
        "Vår kontaktperson",
        "Kontaktperson hos arrangören (processledare)",
    }
    assert [c.text for c in record.commitments] == ["Rapportera läget varje halvår"]
    rapporteur = [m for m in record.mentions if m.field == "Föredragande"]
    assert {m.in_adjusted_protocol for m in rapporteur} == {True, False}
    assert all("Anna Berg" in m.snippet for m in rapporteur)


def test_export_reads_back_in_excel_and_json(
    core_services: Services, world: World, tmp_path: Path
) -> None:
    target = tmp_path / "Personuppgifter Anna Berg.xlsx"

    files = core_services.personal_data.export_person_data(world.anna, target, TODAY)

    workbook = load_workbook(files.workbook, read_only=True)
    assert workbook.sheetnames == [
        "Person",
        "Uppdrag",
        "Möten",
        "Protokollroller",
        "Nätverk",
        "Åtaganden",
        "Nämns i text",
        "Ändringslogg",
    ]
    cells = {
        title: [
            [c for c in row if c is not None] for row in workbook[title].iter_rows(values_only=True)
        ]
        for title in workbook.sheetnames
    }
    assert ["E-post", "anna.berg@exempel.se"] in cells["Person"]
    assert ["Kommunstyrelsen", "Ledamot", "Socialdemokraterna", "2023-01-01"] in cells["Uppdrag"]
    assert ["Kommunstyrelsen", "2026-02-10", "Närvarande", "ja"] in cells["Möten"]
    assert any("processledare" in str(row) for row in cells["Nätverk"])
    assert any("Rapportera läget" in str(row) for row in cells["Åtaganden"])
    assert any("Föredragande" in row for row in cells["Nämns i text"])
    workbook.close()

    content = json.loads(Path(files.json).read_text(encoding="utf-8"))
    assert files.json.endswith(".json")
    assert content["Person"]["Namn"] == "Anna Berg"
    assert {row["Organ"] for row in content["Uppdrag"]} == {"Kommunstyrelsen", "Miljönämnden"}
    assert {row["Hur"] for row in content["Möten"]} >= {"Närvarande", "Meddelat förhinder"}
    assert content["Nämns i text"][0]["Kopplad"] == "Nämns i text"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_the_extract_holds_what_the_change_log_says_about_the_person(
    core_services: Services, world: World, tmp_path: Path
) -> None:
    """Anna is made responsible for a commitment, then her record is edited, and she
    herself (as the actor) adds a body: all three are in the extract's change log."""
    s = core_services
    other = s.commitments.create_commitment(
        world.network, CommitmentInput("Dela erfarenheter med nätverket")
    ).commitment_id
    s.commitments.update_commitment(
        other, CommitmentInput("Dela erfarenheter med nätverket", responsible_person_id=world.anna)
    )
    s.bodies.update_person(
        world.anna,
        PersonInput(
            "Anna Berg",
            party="S",
            organisation="Exempelkommun",
            title="kommunstyrelsens ordförande",
            email="anna.berg@exempel.se",
        ),
    )
    s.database.actor = "Anna Berg"
    s.bodies.create_body(BodyInput("Byggnadsnämnden", kind="namnd"))
    s.database.actor = '=HYPERLINK("x")'
    s.bodies.create_body(BodyInput("Kulturnämnden", kind="namnd"))  # not about Anna
    s.networks.add_contact(world.network, world.karin, "kontakt")  # not about Anna either

    record = s.personal_data.person_data(world.anna, TODAY)

    about = [(c.record_kind, c.record_label, c.action_name) for c in record.change_log]
    assert ("Person", "Anna Berg", "Skapad") in about
    assert ("Person", "Anna Berg", "Ändrad") in about
    assert ("Åtagande", "Dela erfarenheter med nätverket", "Ändrad") in about
    assert ("Organ", "Byggnadsnämnden", "Skapad") in about
    assert not any("Kulturnämnden" in label or "Karin Öst" in label for _k, label, _a in about)
    assert [c.changed_at for c in record.change_log] == sorted(
        c.changed_at for c in record.change_log
    )
    made_responsible = next(
        c for c in record.change_log if c.record_label == "Dela erfarenheter med nätverket"
    )
    assert made_responsible.summary == "Ansvarig: – → Anna Berg"

    files = s.personal_data.export_person_data(world.anna, tmp_path / "utdrag.xlsx", TODAY)

    sheet = load_workbook(files.workbook, read_only=True)["Ändringslogg"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["När", "Vem", "Vad", "Uppgift", "Ändringar"]
    assert any(
        row[2:]
        == ["Ändrad", "Åtagande: Dela erfarenheter med nätverket", "Ansvarig: – → Anna Berg"]
        for row in rows
    )
    edited = next(row for row in rows if row[2] == "Ändrad" and row[3] == "Person: Anna Berg")
    assert "kommunalråd → kommunstyrelsens ordförande" in edited[4]
    assert len(edited[0]) == 16 and edited[0][4] == "-" and edited[0][13] == ":"
    assert next(row[1:4] for row in rows if row[3] == "Organ: Byggnadsnämnden") == [
        "Anna Berg",
        "Skapad",
        "Organ: Byggnadsnämnden",
    ]
    content = json.loads(Path(files.json).read_text(encoding="utf-8"))
    logged = content["Ändringslogg"]
    assert len(logged) == len(record.change_log) == len(rows) - 1
    assert {"När", "Vem", "Vad", "Uppgift", "Ändringar"} == set(logged[0])
    assert any(row["Ändringar"] == "Ansvarig: – → Anna Berg" for row in logged)


def test_the_change_log_sheet_keeps_formula_like_text_as_text(
    core_services: Services, world: World, tmp_path: Path
) -> None:
    s = core_services
    s.database.actor = '=HYPERLINK("x")'
    s.bodies.update_person(world.anna, PersonInput("Anna Berg", title="kommunalråd"))

    files = s.personal_data.export_person_data(world.anna, tmp_path / "x.xlsx", TODAY)

    sheet = load_workbook(files.workbook)["Ändringslogg"]
    actor = next(row[1] for row in sheet.iter_rows(min_row=2) if row[1].value.startswith("="))
    assert actor.value == '=HYPERLINK("x")'
    assert actor.data_type == "s"


def test_export_keeps_formula_like_text_as_text(core_services: Services, tmp_path: Path) -> None:
    person_id = _person(core_services, "Eva Lund", title='=HYPERLINK("x")')

    files = core_services.personal_data.export_person_data(person_id, tmp_path / "x.xlsx")

    sheet = load_workbook(files.workbook)["Person"]
    title = next(row for row in sheet.iter_rows() if row[0].value == "Titel")[1]
    assert title.value == '=HYPERLINK("x")'
    assert title.data_type == "s"


def test_anonymising_keeps_the_adjusted_protocol_and_removes_the_rest(
    core_services: Services, world: World
) -> None:
    s = core_services
    canonical = s.protocols.canonical_text(world.adjusted_meeting)
    printed = _head_facts(load_meeting(s.database, world.adjusted_meeting))

    summary = s.personal_data.anonymise_person(world.anna, TODAY)

    assert summary.done and not summary.person_deleted
    assert [ref.held_on for ref in summary.adjusted_protocols] == [ADJUSTED_DAY]
    assert "1 justerade protokoll nämner personen" in summary.kept[0]
    assert "allmänna handlingar" in summary.kept[0]
    assert s.protocols.verify(world.adjusted_meeting).matches
    assert s.protocols.canonical_text(world.adjusted_meeting) == canonical
    assert _head_facts(load_meeting(s.database, world.adjusted_meeting)) == printed

    record = s.personal_data.person_data(world.anna, TODAY)
    assert (record.person.name, record.person.party, record.person.organisation) == (
        "Anna Berg",
        "S",
        "Exempelkommun",
    )
    assert record.person.email == "" and record.person.title == ""
    assert [(m.body_name, m.end_date) for m in record.memberships] == [("Kommunstyrelsen", TODAY)]
    assert [a.meeting.held_on for a in record.attendance] == [ADJUSTED_DAY]
    assert [r.meeting.held_on for r in record.protocol_roles] == [ADJUSTED_DAY]
    assert record.network_roles == () and record.commitments == ()
    assert {m.in_adjusted_protocol for m in record.mentions} == {True, False}  # unchanged

    draft = [row for group in s.meetings.attendance(world.draft_meeting) for row in group.rows]
    assert [(row.person_id, row.kind, row.serving_for_id) for row in draft] == [
        (world.karin, "tjanstgorande_ersattare", None)
    ]
    assert s.networks.network(world.network).contact_person_id is None


def test_preview_changes_nothing_and_says_why(core_services: Services, world: World) -> None:
    before = core_services.personal_data.person_data(world.anna, TODAY)

    preview = core_services.personal_data.preview_anonymisation(world.anna, TODAY)

    assert not preview.done
    assert core_services.personal_data.person_data(world.anna, TODAY) == before
    removed = "\n".join(preview.removed)
    assert "Miljönämnden" in removed
    assert "Närvaron vid Kommunstyrelsen 2026-09-01" in removed
    assert "Karin Öst" in removed
    assert "e-postadressen" in removed and "titeln" in removed
    assert any("avslutas 2026-05-04" in line for line in preview.kept)


def test_a_person_nothing_adjusted_names_is_removed_entirely(
    core_services: Services, world: World
) -> None:
    s = core_services
    bo = _person(s, "Bo Ek", email="bo@exempel.se")
    body = s.bodies.bodies()[0].body_id
    _seat(s, body, bo, "adjungerad", date(2024, 1, 1))
    s.meetings.set_attendance(world.draft_meeting, AttendanceInput(bo, "ovrig", role="gäst"))
    s.networks.add_contact(world.network, bo, "kontakt")

    summary = s.personal_data.anonymise_person(bo, TODAY)

    assert summary.person_deleted and summary.kept == ()
    assert all(p.name != "Bo Ek" for p in s.bodies.people())
    with s.database.unit_of_work() as session:
        assert session.get(Person, bo) is None
        assert session.query(Membership).filter_by(person_id=bo).count() == 0


def test_the_change_log_keeps_neither_name_nor_address_of_an_anonymised_person(
    core_services: Services, world: World
) -> None:
    """Before: the log holds Bo's name and address (his record, the network's contact
    list). After: "(anonymiserad)" stands in their place, also in what the anonymising
    itself logged."""
    s = core_services
    bo = _person(s, "Bo Ek", email="bo@exempel.se")
    s.networks.add_contact(world.network, bo, "kontakt")

    def logged() -> str:
        with s.database.unit_of_work() as session:
            rows = session.scalars(select(ChangeLogEntry)).all()
            return "\n".join(f"{r.record_label} {r.actor} {r.changes}" for r in rows)

    assert "Bo Ek" in logged() and "bo@exempel.se" in logged()
    summary = s.personal_data.anonymise_person(bo, TODAY)
    assert any("ändringsloggen" in line for line in summary.removed)
    text = logged()
    assert "Bo Ek" not in text and "bo@exempel.se" not in text
    assert "(anonymiserad)" in text


def test_after_anonymising_the_extract_finds_the_name_nowhere_in_the_change_log(
    core_services: Services, world: World, tmp_path: Path
) -> None:
    """Anna stays in the register (an adjusted protocol names her), but the change log
    no longer holds her name or address: neither her extract nor a search finds them."""
    s = core_services
    before = s.personal_data.person_data(world.anna, TODAY).change_log
    assert any("Anna Berg" in f"{c.record_label} {c.summary}" for c in before)

    s.personal_data.anonymise_person(world.anna, TODAY)

    record = s.personal_data.person_data(world.anna, TODAY)
    assert record.person.name == "Anna Berg"  # kept: the adjusted protocol names her
    assert record.change_log  # her record's history is still hers, without the name
    for change in record.change_log:
        text = f"{change.actor} {change.record_label} {change.summary}"
        assert "Anna Berg" not in text and "anna.berg@exempel.se" not in text
    assert any(c.record_label == "(anonymiserad)" for c in record.change_log)
    assert s.change_log.latest(text="Anna Berg") == ()
    files = s.personal_data.export_person_data(world.anna, tmp_path / "efter.xlsx", TODAY)
    content = json.loads(Path(files.json).read_text(encoding="utf-8"))
    assert "Anna Berg" not in json.dumps(content["Ändringslogg"], ensure_ascii=False)


def test_a_failure_midway_leaves_everything_as_it_was(
    core_services: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = core_services.personal_data.person_data(world.anna, TODAY)
    draft_before = core_services.meetings.attendance(world.draft_meeting)

    def fail(*_args: object) -> None:
        raise RuntimeError("diskfel")

    monkeypatch.setattr(personal_data_removal, "clear_person", fail)
    with pytest.raises(RuntimeError):
        core_services.personal_data.anonymise_person(world.anna, TODAY)

    assert core_services.personal_data.person_data(world.anna, TODAY) == before
    assert core_services.meetings.attendance(world.draft_meeting) == draft_before
