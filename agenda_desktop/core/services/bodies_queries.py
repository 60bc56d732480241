"""The queries of the body register: rows of the store turned into frozen values."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.meetings.vocabulary import (
    BODY_KINDS,
    MEMBER_ROLES,
    NUMBERING_RULES,
    PARTIES,
)
from agenda_desktop.core.services.bodies_types import (
    BodyInfo,
    Member,
    MembershipInfo,
    MembershipInput,
    PersonInfo,
)
from agenda_desktop.core.store.models import AgendaItem, Body, Meeting, Membership, Person


def in_office_on(on: date) -> ColumnElement[bool]:
    """The memberships whose period holds ``on`` (both days included)."""
    return and_(
        Membership.start_date <= on, or_(Membership.end_date.is_(None), Membership.end_date >= on)
    )


def body_info(session: Session, body: Body, on: date) -> BodyInfo:
    roles = session.scalars(
        select(Membership.role).where(Membership.body_id == body.id, in_office_on(on))
    ).all()
    meetings = count(session, Meeting, Meeting.body_id == body.id)
    last = session.scalar(
        select(func.max(AgendaItem.paragraph_number))
        .join(Meeting)
        .where(Meeting.body_id == body.id)
    )
    return BodyInfo(
        body_id=body.id,
        name=body.name,
        kind=body.kind,
        kind_name=BODY_KINDS.get(body.kind, body.kind),
        owners=body.owners,
        numbering=body.numbering,
        numbering_name=NUMBERING_RULES.get(body.numbering, body.numbering),
        numbering_start=body.numbering_start,
        keeps_notes=body.keeps_notes,
        description=body.description,
        member_count=len(roles),
        voting_count=sum(1 for role in roles if rules.is_voting(role)),
        meeting_count=meetings,
        last_paragraph=last,
        version=body.version,
    )


def person_info(session: Session, person: Person) -> PersonInfo:
    names = session.scalars(
        select(Body.name).join(Membership).where(Membership.person_id == person.id)
    ).all()
    return PersonInfo(
        person_id=person.id,
        name=person.name,
        party=person.party,
        party_name=PARTIES.get(person.party, person.party) if person.party else "",
        organisation=person.organisation,
        title=person.title,
        email=person.email,
        membership_count=len(names),
        body_names=tuple(sorted(set(names), key=rules.name_key)),
        version=person.version,
    )


def count(session: Session, model: type, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def fill_membership(membership: Membership, data: MembershipInput) -> None:
    membership.person_id = data.person_id
    membership.role = data.role
    membership.represents = data.represents
    membership.start_date = data.start_date
    membership.end_date = data.end_date


def membership_info(
    membership: Membership, person: Person, body_name: str, on: date
) -> MembershipInfo:
    return MembershipInfo(
        membership_id=membership.id,
        body_id=membership.body_id,
        body_name=body_name,
        person_id=person.id,
        person_name=person.name,
        role=membership.role,
        role_name=MEMBER_ROLES.get(membership.role, membership.role),
        party=person.party,
        represents=membership.represents or person.organisation,
        start_date=membership.start_date,
        end_date=membership.end_date,
        is_current=rules.in_office(membership.start_date, membership.end_date, on),
        version=membership.version,
    )


def membership_key(info: MembershipInfo) -> tuple[object, ...]:
    # Those in office first (by role and name), then the rest, newest period first.
    return (
        not info.is_current,
        rules.member_key(info.role, info.person_name),
        -info.start_date.toordinal(),
    )


def member(membership: Membership, person: Person) -> Member:
    return Member(
        membership_id=membership.id,
        person_id=person.id,
        name=person.name,
        role=membership.role,
        role_name=MEMBER_ROLES.get(membership.role, membership.role),
        party=person.party,
        represents=membership.represents or person.organisation,
        is_voting=rules.is_voting(membership.role),
        start_date=membership.start_date,
        end_date=membership.end_date,
    )
