"""The network's status report built into a real PDF and read back with pypdf."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from meeting_sample import ADJUSTED_ON, add_sample_meeting
from pypdf import PdfReader

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.reports.registry import NETWORK_KINDS, REPORT_KINDS, report_kind
from agenda_desktop.core.services.bodies_types import PersonInput
from agenda_desktop.core.services.commitments_types import CommitmentInput, EvidenceInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput
from agenda_desktop.core.services.networks_types import NetworkInput, NetworkMeetingInput
from agenda_desktop.core.services.organisation import ProfileData

TODAY = date(2026, 12, 1)
ORGANISATION = "Exempelkommun, kommunledningskontoret"
NAME = "Glokala Sverige – Árjeplog och Åre"
FULFILLED = "Kommunstyrelsen beslutar om ett program för Agenda 2030"
LATE = "Ta fram en nulägesanalys med Sámi-perspektiv"
GOING = "Inrätta en styrgrupp för Agenda 2030"
EXPECTED = "Delta i nätverkets fyra träffar per år"


@pytest.fixture
def printing(core_services: Services) -> Services:
    core_services.organisation.save_profile(ProfileData("1401", ORGANISATION, "KS"))
    return core_services


@dataclass(frozen=True)
class Network:
    network_id: int
    fulfilled_id: int
    late_id: int


def add_network(services: Services, with_financing: bool = True) -> Network:
    """A network with an adjusted paragraph as evidence, a late item, two set by hand, a
    past and a coming meeting and (optionally) a financing commitment with an invoice."""
    add_sample_meeting(services.database, adjusted=True)
    person = services.bodies.create_person(
        PersonInput(name="Ánne Ŋuolja", title="hållbarhetsstrateg")
    )
    contact = services.bodies.create_person(
        PersonInput(name="Örjan Ädel", organisation="SKR", email="orjan@skr.se")
    )
    unit = services.action_plan.add_unit("Kommunledningsförvaltningen", "forvaltning")
    network = services.networks.create_network(
        NetworkInput(
            name=NAME,
            organiser="SKR",
            organiser_kind="skr",
            kind="utvecklingsnatverk",
            start_date=date(2024, 1, 1),
            end_date=date(2027, 12, 31),
            contact_person_id=person.person_id,
        )
    )
    network_id = network.network_id
    services.networks.add_contact(network_id, contact.person_id, "processledare")
    services.networks.add_participant(network_id, "Östersunds kommun")
    services.networks.add_meeting(
        network_id,
        NetworkMeetingInput(held_on=date(2027, 2, 10), place="Stockholm", title="Träff 3"),
    )
    services.networks.add_meeting(
        network_id, NetworkMeetingInput(held_on=date(2026, 3, 1), title="Gammal träff")
    )
    commitments = services.commitments
    fulfilled = commitments.create_commitment(
        network_id,
        CommitmentInput(
            text=FULFILLED,
            responsible_person_id=person.person_id,
            responsible_unit_id=unit.unit_id,
            due_date=date(2026, 12, 31),
        ),
    )
    paragraph = next(
        candidate
        for candidate in commitments.evidence_candidates(fulfilled.commitment_id, "paragraf")
        if "Program för Agenda 2030" in candidate.label
    )
    commitments.add_evidence(fulfilled.commitment_id, paragraph.evidence)
    late = commitments.create_commitment(
        network_id, CommitmentInput(text=LATE, due_date=date(2026, 6, 30))
    )
    going = commitments.create_commitment(network_id, CommitmentInput(text=GOING, status="pagar"))
    commitments.add_evidence(
        going.commitment_id, EvidenceInput("organ", body_id=_body_id(services))
    )
    commitments.create_commitment(
        network_id, CommitmentInput(text=EXPECTED, kind="forvantning", status="ej_aktuell")
    )
    if with_financing:
        financing = services.financing.create_financing(
            network_id,
            FinancingInput(
                title="Samfinansiering av nätverket 2024–2027",
                decision="antagen",
                decided_on=date(2024, 2, 1),
                first_year=2024,
                last_year=2027,
                yearly_excl_vat=4_125_000,
                yearly_incl_vat=5_156_250,
            ),
        )
        services.financing.add_invoice(
            financing.financing_id,
            InvoiceInput(year=2024, amount_excl_vat=4_125_000, amount_incl_vat=5_156_250),
        )
    return Network(network_id, fulfilled.commitment_id, late.commitment_id)


def _body_id(services: Services) -> int:
    return next(body.body_id for body in services.bodies.bodies())


def text_of(path: Path) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]


def test_status_report_shows_every_commitment_with_status_and_evidence(
    printing: Services, tmp_path: Path
) -> None:
    sample = add_network(printing)
    out = tmp_path / "natverk.pdf"
    result = build_report(
        printing,
        "natverk",
        out,
        network_id=sample.network_id,
        diarienummer="KS 2026/88",
        today=TODAY,
    )
    pages = text_of(out)
    assert result.pages == len(pages) >= 2
    assert result.title == f"Statusrapport för nätverket {NAME}"
    first = " ".join(pages[0].split())
    for expected in (
        "RAPPORT",
        "Statusrapport för nätverket",
        "Árjeplog och Åre",
        ORGANISATION,
        "2026-12-01",
        "KS 2026/88",
        f"Sida 1 av {result.pages}",
    ):
        assert expected in first, expected
    body = " ".join(" ".join(pages[1:]).split())
    for expected in (
        "Nätverket i korthet",
        "SKR",
        "Ánne Ŋuolja",  # our contact person, and the responsible
        "Örjan Ädel, processledare, SKR",
        "Östersunds kommun",
        # the summary in words: never colour only
        "Utfästelser: 1 av 3 uppfyllda, 1 försenad, 1 pågår.",
        "Förväntningar: 0 av 1 uppfylld, 1 ej aktuell.",
        FULFILLED,
        LATE,
        GOING,
        EXPECTED,
        "Uppfylld",
        "Försenad",
        "Pågår",
        "Ej aktuell",
        "Ansvarig: Ánne Ŋuolja, Kommunledningsförvaltningen",
        # the protocol paragraph written out, adjusted, with its clauses
        "Kommunstyrelsens arbetsutskott 2026-11-24 § 1169 Program för Agenda 2030",
        f"(justerat {ADJUSTED_ON.isoformat()})",
        "att skicka programmet på remiss",
        "Försenad: skulle vara klart 2026-06-30",
        "Satt för hand.",
        "Kommunstyrelsens arbetsutskott: 7 personer i dag",  # a body as evidence
        "Belägg saknas.",
        "Kommande träffar",
        "Träff 3",
        "Finansiering",
        "41 250,00 kr",
        "51 562,50 kr",
    ):
        assert expected in body, expected
    assert "Gammal träff" not in body  # only the coming meetings


def test_a_network_without_commitments_or_financing(printing: Services, tmp_path: Path) -> None:
    network = printing.networks.create_network(NetworkInput(name="Tomt nätverk"))
    out = tmp_path / "tomt.pdf"
    result = build_report(printing, "natverk", out, network_id=network.network_id, today=TODAY)
    text = " ".join(" ".join(text_of(out)).split())
    assert result.pages >= 2
    assert "Statusrapport för nätverket Tomt nätverk" in text
    assert "Nätverket har ännu inga utfästelser eller förväntningar." in text
    assert "Nätverket har inga finansieringsåtaganden." in text
    assert "Inga kommande träffar" in text
    assert "Diarienummer –" in text  # none given


def test_the_report_needs_a_network_but_no_cycle(printing: Services, tmp_path: Path) -> None:
    assert printing.cycle.latest() is None
    with pytest.raises(ValidationError, match="Nätverk"):
        build_report(printing, "natverk", tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.pdf*")) == []
    kind = report_kind("natverk")
    assert kind in NETWORK_KINDS and kind.is_network_report and not kind.is_meeting_document
    assert "natverk" not in {kind.key for kind in REPORT_KINDS}
