"""Reads for the network service inside its unit of work: rows turned into frozen values."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.meetings import membership_rules
from agenda_desktop.core.networks.templates import TEMPLATES
from agenda_desktop.core.networks.vocabulary import (
    CLOSED_COMMITMENT_STATUSES,
    NETWORK_KINDS,
    ORGANISER_KINDS,
)
from agenda_desktop.core.services import commitments_reading
from agenda_desktop.core.services.networks_types import (
    NetworkContactInfo,
    NetworkDocumentInfo,
    NetworkInfo,
    NetworkMeetingInfo,
    NetworkSummary,
    ParticipantInfo,
)
from agenda_desktop.core.store.models import (
    Commitment,
    FinancingCommitment,
    Network,
    NetworkContact,
    NetworkDocument,
    NetworkMeeting,
    NetworkParticipant,
    Person,
)

RowT = TypeVar("RowT")


def network_row(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFoundError(f"Nätverket {network_id} finns inte (längre).")
    return network


def row(session: Session, model: type[RowT], key: int, what: str) -> RowT:
    """The row of ``model`` with ``key``, or a NotFoundError naming ``what``."""
    found = session.get(model, key)
    if found is None:
        raise NotFoundError(f"{what} {key} finns inte (längre).")
    return found


def contact_info(contact: NetworkContact, person: Person) -> NetworkContactInfo:
    return NetworkContactInfo(
        contact_id=contact.id,
        person_id=person.id,
        name=person.name,
        organisation=person.organisation,
        title=person.title,
        email=person.email,
        role=contact.role,
    )


def participant_info(participant: NetworkParticipant) -> ParticipantInfo:
    return ParticipantInfo(participant.id, participant.name, participant.municipality_id)


def meeting_info(meeting: NetworkMeeting) -> NetworkMeetingInfo:
    return NetworkMeetingInfo(
        meeting_id=meeting.id,
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        title=meeting.title,
        notes=meeting.notes,
        version=meeting.version,
    )


def document_info(document: NetworkDocument) -> NetworkDocumentInfo:
    return NetworkDocumentInfo(
        document_id=document.id,
        title=document.title,
        filename=document.filename,
        media_type=document.media_type,
        size=document.size,
        sha256=document.sha256,
        added_at=document.added_at,
    )


def network_info(session: Session, network: Network) -> NetworkInfo:
    contacts = session.execute(
        select(NetworkContact, Person)
        .join(Person, Person.id == NetworkContact.person_id)
        .where(NetworkContact.network_id == network.id)
    ).all()
    participants = session.scalars(
        select(NetworkParticipant).where(NetworkParticipant.network_id == network.id)
    ).all()
    meetings = session.scalars(
        select(NetworkMeeting)
        .where(NetworkMeeting.network_id == network.id)
        .order_by(NetworkMeeting.held_on, NetworkMeeting.starts_at, NetworkMeeting.id)
    ).all()
    documents = session.scalars(
        select(NetworkDocument).where(NetworkDocument.network_id == network.id)
    ).all()
    contact_person = (
        session.get(Person, network.contact_person_id) if network.contact_person_id else None
    )
    template = TEMPLATES.get(network.template or "")
    return NetworkInfo(
        network_id=network.id,
        name=network.name,
        organiser=network.organiser,
        organiser_kind=network.organiser_kind,
        organiser_kind_name=ORGANISER_KINDS.get(network.organiser_kind, network.organiser_kind),
        kind=network.kind,
        kind_name=NETWORK_KINDS.get(network.kind, network.kind),
        template=network.template,
        template_name=template.name if template is not None else "",
        start_date=network.start_date,
        end_date=network.end_date,
        contact_person_id=network.contact_person_id,
        contact_person_name=contact_person.name if contact_person is not None else "",
        website=network.website,
        description=network.description,
        contacts=tuple(
            contact_info(contact, person)
            for contact, person in sorted(
                contacts, key=lambda pair: membership_rules.name_key(pair[1].name)
            )
        ),
        participants=tuple(
            participant_info(p)
            for p in sorted(participants, key=lambda p: membership_rules.name_key(p.name))
        ),
        meetings=tuple(meeting_info(m) for m in meetings),
        documents=tuple(
            document_info(d)
            for d in sorted(
                documents, key=lambda d: (membership_rules.name_key(d.title or d.filename), d.id)
            )
        ),
        version=network.version,
    )


def summaries(session: Session, today: date) -> list[NetworkSummary]:
    """Every network with its commitments counted by effective status ``today``."""
    networks = session.scalars(select(Network)).all()
    commitments = session.scalars(
        select(Commitment)
        .order_by(Commitment.network_id, Commitment.position, Commitment.id)
        .options(selectinload(Commitment.evidence))
    ).all()
    infos = commitments_reading.commitment_infos(session, commitments, today)
    financings = {
        network_id: count
        for network_id, count in session.execute(
            select(FinancingCommitment.network_id, func.count()).group_by(
                FinancingCommitment.network_id
            )
        )
    }
    result = []
    for network in networks:
        own = [info for info in infos if info.network_id == network.id]
        due = [
            info.due_date
            for info in own
            if info.due_date is not None and info.status not in CLOSED_COMMITMENT_STATUSES
        ]
        result.append(
            NetworkSummary(
                network_id=network.id,
                name=network.name,
                organiser=network.organiser,
                kind=network.kind,
                kind_name=NETWORK_KINDS.get(network.kind, network.kind),
                start_date=network.start_date,
                end_date=network.end_date,
                commitment_count=len(own),
                fulfilled_count=sum(1 for info in own if info.status == "uppfylld"),
                overdue_count=sum(1 for info in own if info.status == "forsenad"),
                next_due=min(due, default=None),
                financing_count=financings.get(network.id, 0),
            )
        )
    return sorted(result, key=lambda summary: membership_rules.name_key(summary.name))
