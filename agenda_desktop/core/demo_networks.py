"""The demo's networks: SKR's development network Styra med Agenda 2030 made from its
template, Glokala Sverige, and the joint financing of SKR's national support, for
Exempelkommun.

Written through the services, as an officer would: the template links Kommunstyrelsen's
adjusted decision of 2026-06-16, the steering group and the steps of the cycle by itself.
Then the demo says what the officer did next (the time set aside marked uppfylld by hand,
the working group still missing, so late after 2026-11-01). The dates a service stamps
with today (when evidence was linked, when a document was added) are set to fixed days
afterwards, so the demo is the same whenever it is built.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, update

from agenda_desktop.core.demo_networks_data import (
    AGREEMENT,
    FINANCING_TITLE,
    GLOKALA_START,
    NETWORK_MEETINGS,
    PARTICIPANTS,
    SKR,
    SKR_END,
    SKR_START,
    UNIT,
    YEARLY_EXCL,
    YEARLY_INCL,
)
from agenda_desktop.core.services.bodies import BodyService
from agenda_desktop.core.services.bodies_types import PersonInput
from agenda_desktop.core.services.commitments import CommitmentService
from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    CommitmentInput,
    EvidenceInput,
)
from agenda_desktop.core.services.financing import FinancingService
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput
from agenda_desktop.core.services.networks import NetworkService
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Action,
    Commitment,
    CommitmentEvidence,
    NetworkDocument,
    OrgUnit,
    Person,
)


def populate_networks(database: Database) -> None:
    """Write the demo's three networks (after the meetings and the steering cycle).

    Raises:
        ValueError: when the demo's person, unit or action the networks name is missing.
    """
    lindqvist, forsberg, unit, dialogue = _demo_ids(database)
    skr = _skr_network(database, lindqvist, unit)
    glokala = _glokala(database, forsberg, dialogue)
    _financing(database)
    with database.unit_of_work() as session:
        for network_id, day in ((skr, SKR_START), (glokala, GLOKALA_START)):
            owned = select(Commitment.id).where(Commitment.network_id == network_id)
            session.execute(
                update(CommitmentEvidence)
                .where(CommitmentEvidence.commitment_id.in_(owned))
                .values(added_on=day)
            )
        session.execute(update(NetworkDocument).values(added_at=datetime(2026, 9, 24, 16, 30)))


def _demo_ids(database: Database) -> tuple[int, int, int, int]:
    with database.unit_of_work() as session:
        people = {name: key for name, key in session.execute(select(Person.name, Person.id))}
        unit = session.scalar(select(OrgUnit.id).where(OrgUnit.name == UNIT))
        dialogue = session.scalar(
            select(Action.id).where(Action.title.startswith("Modell för medborgardialog"))
        )
    missing = {"Karin Lindqvist", "Linnea Forsberg"} - people.keys()
    if missing or unit is None or dialogue is None:
        raise ValueError(f"the demo networks miss people {missing}, a unit or an action")
    return people["Karin Lindqvist"], people["Linnea Forsberg"], unit, dialogue


def _skr_network(database: Database, contact: int, unit: int) -> int:
    networks = NetworkService(database)
    commitments = CommitmentService(database)
    network = networks.create_from_template(
        "skr_styra",
        NetworkInput(
            "",
            start_date=SKR_START,
            end_date=SKR_END,
            contact_person_id=contact,
            website="https://skr.se",
        ),
    )
    network_id = network.network_id
    people = BodyService(database)
    for name, title in (("Johanna Ekvall", "processledare"), ("Mattias Norén", "handläggare")):
        person = people.create_person(PersonInput(name, organisation=SKR, title=title))
        networks.add_contact(network_id, person.person_id, title)
    for name, kolada_id in PARTICIPANTS:
        networks.add_participant(network_id, name, kolada_id)
    for meeting in NETWORK_MEETINGS:
        networks.add_meeting(network_id, meeting)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "overenskommelse-styra-med-agenda-2030.txt"
        path.write_bytes(AGREEMENT.encode("utf-8"))
        document = networks.add_document(network_id, path, "Överenskommelse om deltagande")
    items = {c.template_key: c for c in commitments.commitments(network_id)}
    time_set = items["tid"]
    commitments.add_evidence(
        time_set.commitment_id, EvidenceInput("dokument", document_id=document.document_id)
    )
    _edit(
        commitments,
        time_set,
        status="uppfylld",
        unit=unit,
        note="Tiden är avsatt i överenskommelsen med SKR och i förvaltningens verksamhetsplan.",
    )
    _edit(
        commitments,
        items["arbetsgrupp"],
        person=contact,
        unit=unit,
        note="Styrgruppen beslutade 2026-06-02 att bilda en arbetsgrupp med en representant "
        "från varje förvaltning; två förvaltningar har inte utsett någon än.",
    )
    for key in ("beslut", "styrgrupp"):
        _edit(commitments, items[key], unit=unit)
    for key in ("nulagesanalys", "prioritering", "forandring", "uppfoljning"):
        _edit(commitments, items[key], person=contact, unit=unit)
    return network_id


def _glokala(database: Database, contact: int, dialogue: int) -> int:
    network = NetworkService(database).create_network(
        NetworkInput(
            "Glokala Sverige",
            organiser="Svenska FN-förbundet och SKR",
            organiser_kind="glokala",
            kind="partnerskap",
            start_date=GLOKALA_START,
            contact_person_id=contact,
            website="https://fn.se",
            description="Kommuner och regioner som sprider kunskap om Agenda 2030 och de "
            "globala målen, med utbildningar och material från Svenska FN-förbundet och SKR.",
        )
    )
    commitments = CommitmentService(database)
    add = commitments.create_commitment
    add(
        network.network_id,
        CommitmentInput(
            "En kontaktperson för Glokala Sverige som deltar i projektets utbildningar och "
            "nätverksträffar.",
            responsible_person_id=contact,
            status="uppfylld",
        ),
    )
    activities = add(
        network.network_id,
        CommitmentInput(
            "Aktiviteter om de globala målen tillsammans med skolor, föreningar och "
            "medborgare varje år.",
            responsible_person_id=contact,
            due_date=date(2026, 12, 31),
        ),
    )
    commitments.add_evidence(activities.commitment_id, EvidenceInput("atgard", action_id=dialogue))
    add(
        network.network_id,
        CommitmentInput(
            "En grundutbildning om Agenda 2030 för förtroendevalda och chefer.",
            kind="forvantning",
            due_date=date(2027, 6, 30),
        ),
    )
    return network.network_id


def _financing(database: Database) -> None:
    network = NetworkService(database).create_network(
        NetworkInput(
            "Samfinansiering av nationellt stöd för Agenda 2030",
            organiser="SKR",
            organiser_kind="skr",
            kind="samfinansiering",
            start_date=date(2024, 1, 1),
            end_date=date(2027, 12, 31),
            description="SKR:s rekommendation till kommuner och regioner att gemensamt "
            "finansiera nationellt stöd för arbetet med Agenda 2030.",
        )
    )
    financing = FinancingService(database)
    created = financing.create_financing(
        network.network_id,
        FinancingInput(
            FINANCING_TITLE,
            deadline=date(2023, 12, 31),
            decision="antagen",
            decided_on=date(2023, 11, 14),
            first_year=2024,
            last_year=2027,
            yearly_excl_vat=YEARLY_EXCL,
            yearly_incl_vat=YEARLY_INCL,
            source="SKR:s meddelande från styrelsen, bilaga med belopp per kommun",
            note="Beslutat av kommunstyrelsen 2023-11-14, § 1042 (KS 2023/212).",
        ),
    )
    for year, paid_on, reference in (
        (2024, date(2024, 3, 20), "SKR-2024-10417"),
        (2025, date(2025, 3, 18), "SKR-2025-11082"),
        (2026, None, ""),
    ):
        financing.add_invoice(
            created.financing_id,
            InvoiceInput(
                year,
                YEARLY_EXCL,
                YEARLY_INCL,
                expected_on=date(year, 3, 31) if paid_on else date(year, 12, 15),
                paid_on=paid_on,
                reference=reference,
            ),
        )


def _edit(
    commitments: CommitmentService,
    info: CommitmentInfo,
    status: str | None = None,
    person: int | None = None,
    unit: int | None = None,
    note: str = "",
) -> None:
    """Save what the officer changed; the rest of the commitment stays."""
    commitments.update_commitment(
        info.commitment_id,
        CommitmentInput(
            text=info.text,
            kind=info.kind,
            responsible_person_id=person or info.responsible_person_id,
            responsible_unit_id=unit or info.responsible_unit_id,
            due_date=info.due_date,
            status=status or info.manual_status,
            note=note or info.note,
        ),
    )
