"""The demo's networks: SKR's Styra med Agenda 2030 from its template with partly fulfilled
commitments, Glokala Sverige, and the joint financing of SKR's national support."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import select

from agenda_desktop.core.demo import build_demo
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import CommitmentEvidence, Municipality

DEMO_TODAY = date(2026, 11, 22)
SKR = "SKR utvecklingsnätverk Styra med Agenda 2030"
GLOKALA = "Glokala Sverige"
FINANCING = "Samfinansiering av nationellt stöd för Agenda 2030"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo database for the whole module: these tests only read."""
    path = tmp_path_factory.mktemp("demo") / "exempel.agenda"
    build_demo(path)
    database = open_database(DatabaseLocation.for_file(path)).database
    yield Services.for_database(database)
    database.close()


def network_ids(demo: Services) -> dict[str, int]:
    return {row.name: row.network_id for row in demo.networks.networks(today=DEMO_TODAY)}


def test_three_networks_of_different_kinds(demo: Services) -> None:
    rows = {row.name: row for row in demo.networks.networks(today=DEMO_TODAY)}
    assert list(rows) == [GLOKALA, FINANCING, SKR]
    assert [rows[name].kind for name in (SKR, GLOKALA, FINANCING)] == [
        "utvecklingsnatverk",
        "partnerskap",
        "samfinansiering",
    ]
    skr = rows[SKR]
    assert (skr.commitment_count, skr.fulfilled_count, skr.overdue_count) == (10, 7, 1)
    assert skr.next_due == date(2026, 11, 1)
    assert (rows[GLOKALA].commitment_count, rows[GLOKALA].fulfilled_count) == (3, 2)
    assert [rows[name].financing_count for name in (SKR, GLOKALA, FINANCING)] == [0, 0, 1]


def test_the_skr_network_from_its_template(demo: Services) -> None:
    network = demo.networks.network(network_ids(demo)[SKR])
    assert network.template == "skr_styra"
    assert (network.start_date, network.end_date) == (date(2026, 9, 1), date(2028, 6, 30))
    assert network.contact_person_name == "Karin Lindqvist"
    assert [(c.name, c.organisation) for c in network.contacts] == [
        ("Johanna Ekvall", "Sveriges Kommuner och Regioner"),
        ("Mattias Norén", "Sveriges Kommuner och Regioner"),
    ]
    assert 6 <= len(network.participants) <= 8
    with demo.database.unit_of_work() as session:
        known = set(session.scalars(select(Municipality.id)))
    assert all(p.municipality_id in known for p in network.participants)
    assert any(p.name.startswith("Region") for p in network.participants)
    days = [m.held_on for m in network.meetings]
    assert 5 <= len(days) <= 6 and days == sorted(days)
    assert any(day < DEMO_TODAY for day in days) and any(day > DEMO_TODAY for day in days)
    assert all(day.year in (2026, 2027) for day in days)
    (document,) = network.documents
    assert document.added_at == datetime(2026, 9, 24, 16, 30)
    filename, content = demo.networks.document_content(document.document_id)
    assert filename.endswith(".txt") and "Styra med Agenda 2030" in content.decode("utf-8")
    calendar = demo.networks.meetings_calendar(network.network_id)
    assert calendar.count("BEGIN:VEVENT") == len(days)


def test_the_commitments_are_partly_fulfilled(demo: Services) -> None:
    items = {
        c.template_key: c
        for c in demo.commitments.commitments(network_ids(demo)[SKR], today=DEMO_TODAY)
    }
    assert {key: c.status for key, c in items.items()} == {
        "beslut": "uppfylld",
        "tid": "uppfylld",
        "styrgrupp": "uppfylld",
        "kontaktperson": "uppfylld",
        "arbetsgrupp": "forsenad",
        "nulagesanalys": "uppfylld",
        "prioritering": "uppfylld",
        "medborgare": "pagar",
        "forandring": "uppfylld",
        "uppfoljning": "pagar",
    }
    (decision,) = items["beslut"].evidence
    ref = decision.paragraph
    assert ref is not None
    assert (ref.body_name, ref.held_on, ref.adjusted_on) == (
        "Kommunstyrelsen",
        date(2026, 6, 16),
        date(2026, 6, 22),
    )
    assert ref.title == "Anslutning till SKR:s utvecklingsnätverk Styra med Agenda 2030"
    assert ref.paragraph_number is not None and ref.clauses
    assert items["beslut"].status_reason.startswith("Uppfylld: Kommunstyrelsen 2026-06-16 §")
    assert items["tid"].manual_status == "uppfylld"
    assert [e.kind for e in items["tid"].evidence] == ["dokument"]
    assert [e.label for e in items["styrgrupp"].evidence] == ["Styrgruppen för Agenda 2030"]
    assert items["kontaktperson"].responsible_name == "Karin Lindqvist"
    assert items["arbetsgrupp"].evidence == () and items["arbetsgrupp"].note
    assert items["medborgare"].evidence[0].kind == "steg"
    with demo.database.unit_of_work() as session:
        days = set(session.scalars(select(CommitmentEvidence.added_on)))
    assert days == {date(2026, 9, 1), date(2024, 3, 1)}  # the same whenever it is built


def test_glokala_and_the_joint_financing(demo: Services) -> None:
    ids = network_ids(demo)
    glokala = demo.commitments.commitments(ids[GLOKALA], today=DEMO_TODAY)
    assert [c.status for c in glokala] == ["uppfylld", "uppfylld", "ej_paborjad"]
    assert glokala[0].manual_status == "uppfylld"
    assert [e.kind for e in glokala[1].evidence] == ["atgard"]
    assert demo.networks.network(ids[GLOKALA]).organiser_kind == "glokala"
    (financing,) = demo.financing.financings(ids[FINANCING], today=DEMO_TODAY)
    assert financing.decision == "antagen"
    assert (financing.first_year, financing.last_year) == (2024, 2027)
    assert (financing.yearly_excl_vat, financing.yearly_incl_vat) == (4_125_000, 5_156_250)
    assert [(i.year, i.paid_on is not None) for i in financing.invoices] == [
        (2024, True),
        (2025, True),
        (2026, False),
    ]
    assert demo.commitments.commitments(ids[FINANCING]) == []
