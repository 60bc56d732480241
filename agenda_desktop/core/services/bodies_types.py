"""What the body register hands out and takes in: frozen values, never ORM objects.

Bodies (organ), the shared register of people, and memberships (a person's seat in a
body for a period of office). ``Member`` is a membership seen on one day: what
attendance, quorum and printing use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class BodyInput:
    """What the body editor saves; checked by ``membership_rules.checked_body``."""

    name: str
    kind: str = "namnd"  # a code of BODY_KINDS
    owners: str = ""  # the owning organisation(s), e.g. "Exempelkommun och Region X"
    numbering: str = "lopande"  # a code of NUMBERING_RULES
    numbering_start: int = 1  # the first paragraph number ever used (lopande)
    keeps_notes: bool = False  # anteckningar instead of a protocol
    description: str = ""


@dataclass(frozen=True)
class BodyInfo:
    body_id: int
    name: str
    kind: str
    kind_name: str
    owners: str
    numbering: str
    numbering_name: str
    numbering_start: int
    keeps_notes: bool
    description: str
    member_count: int  # memberships in office on the day asked for (today by default)
    voting_count: int  # of them: ordförande, vice ordförande, ledamöter
    meeting_count: int
    last_paragraph: int | None  # the highest paragraph number given so far, if any
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class PersonInput:
    """What the person editor saves; checked by ``membership_rules.checked_person``."""

    name: str
    party: str | None = None  # a code of PARTIES
    organisation: str = ""
    title: str = ""  # e.g. "kommundirektör"
    email: str = ""


@dataclass(frozen=True)
class PersonInfo:
    person_id: int
    name: str
    party: str | None
    party_name: str  # "" without a party
    organisation: str
    title: str
    email: str
    membership_count: int  # every membership, past or present, in any body
    body_names: tuple[str, ...]  # the bodies of those memberships, sorted, once each
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class MembershipInput:
    """A seat: checked by ``membership_rules.checked_membership``."""

    person_id: int
    role: str  # a code of MEMBER_ROLES
    start_date: date
    end_date: date | None = None  # None: still in office
    represents: str = ""  # the organisation the person represents in this body


@dataclass(frozen=True)
class MembershipInfo:
    membership_id: int
    body_id: int
    body_name: str
    person_id: int
    person_name: str
    role: str
    role_name: str
    party: str | None
    represents: str  # the membership's own, or else the person's organisation
    start_date: date
    end_date: date | None
    is_current: bool  # in office on the day asked for (today by default)
    version: int  # the version this was read at; pass it back when saving an edit


@dataclass(frozen=True)
class Member:
    """A person in office in a body on one day, as attendance and printing need it."""

    membership_id: int
    person_id: int
    name: str
    role: str
    role_name: str
    party: str | None  # a code of PARTIES
    represents: str  # the membership's own, or else the person's organisation
    is_voting: bool  # counts towards quorum (beslutsförhet)
    start_date: date
    end_date: date | None
