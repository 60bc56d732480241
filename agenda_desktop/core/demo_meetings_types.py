"""The shapes of the demo's meetings and protocols (plain, frozen data).

The data modules (``demo_meetings_*``) hold the texts in these shapes;
:mod:`agenda_desktop.core.demo_meetings` turns them into rows. People are named by short
keys ("bergstrom"), målsättningar by their programme keys ("O-klimat") and paragraphs by
an item key of their own, never by database ids. The standard items (opening, adjusters,
agenda, closing) are added by the populate function; a plan lists only the matters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

TERM_START = date(2023, 1, 1)
TERM_END = date(2026, 12, 31)
# The term of office after the 2026 election: the demo's members are all re-elected, so
# the planned meetings of 2027 have members to call.
NEXT_TERM_START = date(2027, 1, 1)
NEXT_TERM_END = date(2030, 12, 31)


@dataclass(frozen=True)
class PersonPlan:
    key: str
    name: str
    party: str | None = None
    organisation: str = ""
    title: str = ""
    email: str = ""


@dataclass(frozen=True)
class SeatPlan:
    """A membership: a person's seat in a body with a role, for a period of office."""

    person: str
    role: str
    represents: str = ""
    start: date = TERM_START
    end: date | None = TERM_END


@dataclass(frozen=True)
class BodyPlan:
    key: str
    name: str
    kind: str
    owners: str
    numbering: str
    numbering_start: int
    keeps_notes: bool
    description: str
    seats: tuple[SeatPlan, ...]


@dataclass(frozen=True)
class ItemPlan:
    """A matter of a meeting's agenda; a paragraph once the protocol is drawn up.

    ``clauses`` are the decision's "att …" clauses (an information item without clauses
    gets "att informationen läggs till handlingarna"). ``key`` names the item for a later
    correction (``corrects``, the key of the corrected paragraph); ``goals`` and
    ``objectives`` become paragraph links. A correction's texts may say ``{§}`` for the
    corrected paragraph's number.
    """

    title: str
    matter: str = ""
    clauses: tuple[str, ...] = ()
    kind: str = "beslut"
    diarienummer: str = ""
    rapporteur: str = ""
    reservations: str = ""
    protocol_note: str = ""
    outcome: str = ""
    goals: tuple[int, ...] = ()
    objectives: tuple[str, ...] = ()
    key: str = ""
    corrects: str = ""


@dataclass(frozen=True)
class OtherPlan:
    """An other participant (övrig deltagare); ``items`` are agenda positions, both ends
    included, when present for part of the meeting."""

    person: str
    role: str
    items: tuple[int, int] | None = None


@dataclass(frozen=True)
class MeetingPlan:
    """A meeting; ``held`` False for a coming meeting (kommande möte).

    Every seat of the body is present unless listed in ``away`` (person, serving
    substitute or "") as meddelat förhinder or in ``absent`` as frånvarande; ersättare
    who do not serve attend as ej tjänstgörande. ``outcomes`` are the notes of the
    opening, adjusters, agenda and closing items for a body that keeps notes.
    """

    held_on: date
    starts_at: time
    ends_at: time | None
    place: str
    items: tuple[ItemPlan, ...]
    adjusters: tuple[str, ...] = ()
    adjustment_date: date | None = None
    adjustment_place: str = ""
    adjusted: bool = False
    held: bool = True
    away: tuple[tuple[str, str], ...] = ()
    absent: tuple[str, ...] = ()
    others: tuple[OtherPlan, ...] = ()
    notes: str = ""
    outcomes: tuple[str, str, str, str] | None = None
