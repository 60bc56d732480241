"""A network from the template "SKR utvecklingsnätverk Styra med Agenda 2030": its five
commitments and five expectations, their due dates, the contact person, and the evidence
linked where the app already holds it (an adjusted paragraph, a steering group, a working
group, the steps of the cycle), and nothing when it holds none."""

from __future__ import annotations

from datetime import date, time

import pytest
from network_builders import adjust, board_with_decision, cycle, person, steering_group

from agenda_desktop.core.networks.templates import (
    SKR_STYRA,
    BodyHint,
    mentions,
    pick_body,
    pick_cycle,
)
from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.networks_types import NetworkInput

TODAY = date(2026, 11, 22)
START = date(2026, 9, 1)
KEYS = [
    "beslut",
    "tid",
    "styrgrupp",
    "kontaktperson",
    "arbetsgrupp",
    "nulagesanalys",
    "prioritering",
    "medborgare",
    "forandring",
    "uppfoljning",
]
DUE = {
    "beslut": date(2026, 9, 1),
    "tid": date(2026, 11, 1),
    "styrgrupp": date(2026, 11, 1),
    "kontaktperson": date(2026, 11, 1),
    "arbetsgrupp": date(2026, 11, 1),
    "nulagesanalys": date(2027, 3, 1),
    "prioritering": date(2027, 6, 1),
    "medborgare": date(2027, 9, 1),
    "forandring": date(2027, 12, 1),
    "uppfoljning": date(2028, 3, 1),
}


def test_the_template_fills_in_five_commitments_and_five_expectations(
    core_services: Services,
) -> None:
    karin = person(core_services, "Karin Lindqvist", "hållbarhetsstrateg")
    network = core_services.networks.create_from_template(
        "skr_styra", NetworkInput("", start_date=START, contact_person_id=karin)
    )
    assert network.name == "SKR utvecklingsnätverk Styra med Agenda 2030"
    assert (network.organiser, network.organiser_kind, network.kind) == (
        "SKR",
        "skr",
        "utvecklingsnatverk",
    )
    assert (network.template, network.template_name) == ("skr_styra", SKR_STYRA.name)
    assert network.description.startswith("Sveriges Kommuner och Regioners")
    items = core_services.commitments.commitments(network.network_id, today=date(2026, 9, 1))
    assert [c.template_key for c in items] == KEYS
    assert [c.kind for c in items] == ["utfastelse"] * 5 + ["forvantning"] * 5
    assert [c.position for c in items] == list(range(1, 11))
    assert {c.template_key: c.due_date for c in items} == DUE
    assert all(c.text.endswith(".") and len(c.text) > 30 for c in items)
    assert all(c.evidence == () for c in items)  # the app holds nothing yet
    by_key = {c.template_key: c for c in items}
    contact = by_key["kontaktperson"]
    assert contact.responsible_name == "Karin Lindqvist"
    assert (contact.status, contact.status_reason) == (
        "uppfylld",
        "Uppfylld: Kontaktperson: Karin Lindqvist.",
    )
    assert by_key["beslut"].status == "ej_paborjad"
    assert by_key["tid"].responsible_name == ""
    late = {
        c.template_key: c.status
        for c in core_services.commitments.commitments(network.network_id, today=TODAY)
    }
    assert late["beslut"] == "forsenad" and late["arbetsgrupp"] == "forsenad"
    assert late["kontaktperson"] == "uppfylld" and late["nulagesanalys"] == "ej_paborjad"


def test_without_a_start_date_nothing_is_due_until_one_is_set(core_services: Services) -> None:
    networks = core_services.networks
    network = networks.create_from_template("skr_styra", NetworkInput("Styra, omgång 2"))
    items = core_services.commitments.commitments(network.network_id, today=TODAY)
    assert all(c.due_date is None for c in items)
    kontakt = next(c for c in items if c.template_key == "kontaktperson")
    assert kontakt.status == "ej_paborjad" and kontakt.responsible_person_id is None
    # A due date changed by hand stays; the others follow the start date.
    tid = next(c for c in items if c.template_key == "tid")
    core_services.commitments.update_commitment(
        tid.commitment_id, CommitmentInput(tid.text, due_date=date(2027, 1, 15))
    )
    karin = person(core_services, "Karin Lindqvist")
    networks.update_network(
        network.network_id,
        NetworkInput(
            "Styra, omgång 2",
            organiser="SKR",
            organiser_kind="skr",
            start_date=START,
            contact_person_id=karin,
        ),
    )
    items = core_services.commitments.commitments(network.network_id, today=TODAY)
    expected = {**DUE, "tid": date(2027, 1, 15)}
    assert {c.template_key: c.due_date for c in items} == expected
    kontakt = next(c for c in items if c.template_key == "kontaktperson")
    assert kontakt.responsible_person_id == karin and kontakt.status == "uppfylld"


def test_existing_evidence_is_linked(core_services: Services) -> None:
    board = board_with_decision(core_services)
    adjust(core_services, board)
    later = core_services.meetings.create_meeting(
        board.body_id, MeetingInput(date(2026, 9, 15), time(9, 0))
    )
    newer = core_services.meetings.add_item(  # newer, but not adjusted: the older one wins
        later.meeting_id, AgendaItemInput("Information om UTVECKLINGSNÄTVERKET", kind="information")
    )
    steering_group(core_services, "Styrgrupp för trafiksäkerhet")
    agenda_group = steering_group(core_services)
    working_group = steering_group(core_services, "Arbetsgrupp Agenda 2030", "arbetsgrupp")
    cycle(
        core_services,
        "Mandatperioden 2019–2022",
        2019,
        2022,
        {n: date(2020, 1, n) for n in range(1, 6)},
    )
    current = cycle(
        core_services,
        "Mandatperioden 2023–2026",
        2023,
        2026,
        {1: date(2024, 3, 12), 2: date(2024, 6, 18)},
    )
    cycle(core_services, "Mandatperioden 2027–2030", 2027, 2030, {})
    network = core_services.networks.create_from_template(
        "skr_styra", NetworkInput("", start_date=START)
    )
    items = {
        c.template_key: c
        for c in core_services.commitments.commitments(network.network_id, today=TODAY)
    }
    (decision,) = items["beslut"].evidence
    assert (decision.kind, decision.agenda_item_id) == ("paragraf", board.item_id)
    assert decision.agenda_item_id != newer.item_id
    assert decision.paragraph is not None and decision.paragraph.adjusted_on == date(2026, 6, 22)
    assert items["beslut"].status == "uppfylld"
    assert items["beslut"].status_reason == (
        "Uppfylld: Kommunstyrelsen 2026-06-16 § 1194 är justerat 2026-06-22."
    )
    assert [e.body_id for e in items["styrgrupp"].evidence] == [agenda_group]
    assert items["styrgrupp"].status == "uppfylld"
    assert [e.body_id for e in items["arbetsgrupp"].evidence] == [working_group]
    steps = {
        key: [(e.cycle_id, e.step) for e in items[key].evidence]
        for key in ("nulagesanalys", "prioritering", "forandring", "medborgare", "uppfoljning")
    }
    assert steps == {
        "nulagesanalys": [(current, 1)],
        "prioritering": [(current, 2)],
        "forandring": [(current, 3)],
        "medborgare": [(current, 4)],
        "uppfoljning": [(current, 5)],
    }
    assert [items[k].status for k in steps] == ["uppfylld", "uppfylld", "pagar", "pagar", "pagar"]
    assert items["tid"].evidence == () and items["kontaktperson"].evidence == ()


def test_a_paragraph_not_adjusted_is_taken_when_no_adjusted_one_exists(
    core_services: Services,
) -> None:
    board = board_with_decision(core_services, title="Deltagande i Styra med Agenda 2030")
    steering_group(core_services, "Styrgrupp för trafiksäkerhet")  # the only styrgrupp
    network = core_services.networks.create_from_template(
        "skr_styra", NetworkInput("", start_date=date(2031, 1, 1))
    )
    items = {c.template_key: c for c in core_services.commitments.commitments(network.network_id)}
    assert [e.agenda_item_id for e in items["beslut"].evidence] == [board.item_id]
    assert items["beslut"].evidence[0].state == "pagar"
    assert len(items["styrgrupp"].evidence) == 1
    assert items["arbetsgrupp"].evidence == ()
    assert items["nulagesanalys"].evidence == ()  # no cycle at all


def test_a_paragraph_about_something_else_is_not_taken(core_services: Services) -> None:
    board_with_decision(core_services, title="Budget 2027")
    network = core_services.networks.create_from_template("skr_styra", NetworkInput(""))
    items = core_services.commitments.commitments(network.network_id)
    assert all(c.evidence == () for c in items)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2026, 2), (2019, 1), (2024, 2), (2031, 3), (None, 3), (2010, 3)],
)
def test_pick_cycle(year: int | None, expected: int) -> None:
    cycles = [(1, 2019, 2022), (2, 2023, 2026), (3, 2027, 2030)]
    assert pick_cycle(cycles, year) == expected
    assert pick_cycle([], year) is None


def test_pick_body_and_mentions() -> None:
    bodies = [(1, "Styrgrupp trafik", "styrgrupp"), (2, "Styrgruppen för AGENDA 2030", "styrgrupp")]
    assert pick_body(bodies, BodyHint("styrgrupp", "Agenda 2030")) == 2
    assert pick_body(bodies[:1], BodyHint("styrgrupp", "Agenda 2030")) == 1
    assert pick_body(bodies, BodyHint("arbetsgrupp")) is None
    assert mentions(["Anslutning till SKR:s UTVECKLINGSNÄTVERK"], ["utvecklingsnätverk"])
    assert mentions(["", "att delta i Styra  med\nAgenda 2030"], ["styra med agenda 2030"])
    assert not mentions(["Budget 2027"], ["utvecklingsnätverk", ""])
