"""The demo's meetings and protocols: Kommunstyrelsen's year, Ungdomsrådet's notes and the
steering group for Agenda 2030, for Exempelkommun.

Everything is written in one unit of work, straight through the ORM. An adjusted
protocol is refused by the database's triggers once ``adjusted_on`` is set, so every
meeting is written completely first (its items, decisions, attendance, adjusters, links
and corrections), and only then are ``adjusted_on`` and ``fingerprint`` set together. The
texts live in the ``demo_meetings_*`` data modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.demo_cycle_programme import FOCUS_AREAS
from agenda_desktop.core.demo_meetings_board_autumn import AUTUMN, COMING
from agenda_desktop.core.demo_meetings_board_spring import SPRING
from agenda_desktop.core.demo_meetings_councils import STEERING_MEETINGS, YOUTH_MEETINGS
from agenda_desktop.core.demo_meetings_people import (
    BODIES,
    KOMMUNSTYRELSEN,
    PEOPLE,
    STYRGRUPPEN,
    UNGDOMSRADET,
)
from agenda_desktop.core.demo_meetings_types import (
    NEXT_TERM_END,
    NEXT_TERM_START,
    TERM_END,
    BodyPlan,
    ItemPlan,
    MeetingPlan,
    SeatPlan,
)
from agenda_desktop.core.meetings.fingerprint import fingerprint
from agenda_desktop.core.meetings.vocabulary import STANDARD_ITEMS
from agenda_desktop.core.services.protocols_reading import canonical as protocol_content
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    AgendaItem,
    Attendance,
    Body,
    DecisionClause,
    Meeting,
    MeetingAdjuster,
    Membership,
    Objective,
    ParagraphLink,
    Person,
)

MEETINGS: dict[str, tuple[MeetingPlan, ...]] = {
    KOMMUNSTYRELSEN.key: (*SPRING, *AUTUMN, *COMING),
    UNGDOMSRADET.key: YOUTH_MEETINGS,
    STYRGRUPPEN.key: STEERING_MEETINGS,
}
INFORMATION_CLAUSE = "att informationen läggs till handlingarna."
OPENING_MATTER = "Ordföranden hälsar välkommen och förklarar sammanträdet öppnat."
CLOSING_MATTER = "Ordföranden tackar för i dag och förklarar sammanträdet avslutat."


def populate_meetings(database: Database) -> None:
    """Write the demo's bodies, people, memberships and meetings.

    Args:
        database: The demo database, its steering cycle already written (paragraphs link
            to the programme's målsättningar).

    Raises:
        ValueError: When the data names a målsättning the programme lacks, or corrects
            a paragraph that no earlier meeting holds.
    """
    with database.unit_of_work() as session:
        people = {
            plan.key: Person(
                name=plan.name,
                party=plan.party,
                organisation=plan.organisation,
                title=plan.title,
                email=plan.email,
            )
            for plan in PEOPLE
        }
        session.add_all(people.values())
        bodies = {plan.key: _body(plan) for plan in BODIES}
        session.add_all(bodies.values())
        session.flush()
        ids = {key: person.id for key, person in people.items()}
        objectives = _objective_ids(session)
        keyed: dict[str, AgendaItem] = {}
        corrections: list[tuple[AgendaItem, str]] = []
        adjusted: list[tuple[BodyPlan, Meeting, MeetingPlan]] = []
        for plan in BODIES:
            body_id = bodies[plan.key].id
            session.add_all(
                Membership(
                    body_id=body_id,
                    person_id=ids[seat.person],
                    role=seat.role,
                    represents=seat.represents,
                    start_date=seat.start,
                    end_date=seat.end,
                )
                for seat in plan.seats
            )
            session.add_all(
                Membership(
                    body_id=body_id,
                    person_id=ids[seat.person],
                    role=seat.role,
                    represents=seat.represents,
                    start_date=NEXT_TERM_START,
                    end_date=NEXT_TERM_END,
                )
                for seat in plan.seats
                if seat.end == TERM_END
            )
            counter = _Numbering(plan)
            for meeting_plan in sorted(MEETINGS[plan.key], key=lambda m: m.held_on):
                meeting = _meeting(plan, body_id, meeting_plan, ids, objectives, counter)
                session.add(meeting)
                for item, item_plan in zip(meeting.items[3:], meeting_plan.items, strict=False):
                    if item_plan.key:
                        keyed[item_plan.key] = item
                    if item_plan.corrects:
                        _name_corrected(item, keyed.get(item_plan.corrects))
                        corrections.append((item, item_plan.corrects))
                if meeting_plan.adjusted:
                    adjusted.append((plan, meeting, meeting_plan))
        session.flush()
        for item, key in corrections:
            if key not in keyed:
                raise ValueError(f"the demo corrects a paragraph it does not hold: {key}")
            item.corrects_item_id = keyed[key].id
        session.flush()
        for _plan, meeting, meeting_plan in adjusted:
            # Written completely above; from here on the triggers keep it as it is. The
            # fingerprint is the protocol service's, so "Kontrollera" agrees with it.
            session.expire(meeting)
            content = protocol_content(session, meeting, meeting_plan.adjustment_date)
            meeting.fingerprint = fingerprint(content)
            meeting.adjusted_on = meeting_plan.adjustment_date


def _name_corrected(item: AgendaItem, corrected: AgendaItem | None) -> None:
    """Put the corrected paragraph's number where the texts say ``{§}``."""
    if corrected is None:
        return
    number = f"§ {corrected.paragraph_number}"
    item.title = item.title.replace("{§}", number)
    item.matter = item.matter.replace("{§}", number)
    for clause in item.clauses:
        clause.text = clause.text.replace("{§}", number)


class _Numbering:
    """Hands out paragraph numbers by the body's rule: on over all meetings, from 1 each
    year, or from 1 in every meeting."""

    def __init__(self, body: BodyPlan) -> None:
        self._rule = body.numbering
        self._start = body.numbering_start
        self._next = body.numbering_start
        self._year: int | None = None

    def meeting(self, held_on: date) -> None:
        if self._rule == "per_mote":
            self._next = self._start
        elif self._rule == "per_ar" and self._year not in (None, held_on.year):
            self._next = 1
        self._year = held_on.year

    def take(self) -> int:
        number = self._next
        self._next += 1
        return number


def _body(plan: BodyPlan) -> Body:
    return Body(
        name=plan.name,
        kind=plan.kind,
        owners=plan.owners,
        numbering=plan.numbering,
        numbering_start=plan.numbering_start,
        keeps_notes=plan.keeps_notes,
        description=plan.description,
    )


def _objective_ids(session: Session) -> dict[str, int]:
    """The demo programme's målsättningar by key, found through their texts."""
    keys = {o.text: o.key for area in FOCUS_AREAS for o in area.objectives}
    rows = session.execute(select(Objective.id, Objective.text).where(Objective.text.in_(keys)))
    return {keys[text]: objective_id for objective_id, text in rows}


def _in_office(seat: SeatPlan, day: date) -> bool:
    return seat.start <= day and (seat.end is None or day <= seat.end)


def _meeting(
    body: BodyPlan,
    body_id: int,
    plan: MeetingPlan,
    people: dict[str, int],
    objectives: dict[str, int],
    numbering: _Numbering,
) -> Meeting:
    secretary = next((s.person for s in body.seats if s.role == "sekreterare"), None)
    meeting = Meeting(
        body_id=body_id,
        held_on=plan.held_on,
        starts_at=plan.starts_at,
        ends_at=plan.ends_at,
        place=plan.place,
        notes=plan.notes,
        secretary_id=people[secretary] if secretary else None,
        adjustment_place=plan.adjustment_place,
        adjustment_date=plan.adjustment_date,
    )
    adjuster_names = " och ".join(_name(key) for key in plan.adjusters)
    standard = _standard_items(body, plan, adjuster_names)
    items = [*standard[:3], *(_item(body, plan, row, objectives) for row in plan.items)]
    items.append(standard[3])
    if plan.held:
        numbering.meeting(plan.held_on)
        meeting.numbered_at = datetime.combine(plan.held_on, plan.ends_at or time(17, 0))
    for position, item in enumerate(items, start=1):
        item.position = position
        if plan.held:
            item.paragraph_number = numbering.take()
    meeting.items = items
    meeting.adjusters = [
        MeetingAdjuster(person_id=people[key], position=index)
        for index, key in enumerate(plan.adjusters)
    ]
    meeting.attendance = list(_attendance(body, plan, people, secretary)) if plan.held else []
    return meeting


def _name(key: str) -> str:
    return next(person.name for person in PEOPLE if person.key == key)


def _decides(body: BodyPlan) -> str:
    return f"{body.name.split()[0]} beslutar"


def _standard_items(body: BodyPlan, plan: MeetingPlan, adjusters: str) -> list[AgendaItem]:
    """Opening, adjusters and agenda first, closing last; clauses once the meeting is held,
    outcomes instead for a body that keeps notes."""
    items = [
        AgendaItem(standard=key, title=title, kind="beslut", clauses=[], links=[])
        for key, title in STANDARD_ITEMS.items()
    ]
    if body.keeps_notes:
        for item, outcome in zip(items, plan.outcomes or ("", "", "", ""), strict=True):
            item.outcome = outcome
        return items
    items[0].matter = OPENING_MATTER
    items[3].matter = CLOSING_MATTER
    if plan.held:
        for item, clause in (
            (items[1], f"att utse {adjusters} att jämte ordföranden justera protokollet."),
            (items[2], "att fastställa dagordningen."),
        ):
            item.decision_intro = _decides(body)
            item.clauses = [DecisionClause(position=0, text=clause)]
    return items


def _item(
    body: BodyPlan, meeting: MeetingPlan, plan: ItemPlan, objectives: dict[str, int]
) -> AgendaItem:
    item = AgendaItem(
        kind=plan.kind,
        title=plan.title,
        matter=plan.matter,
        diarienummer=plan.diarienummer,
        rapporteur=plan.rapporteur,
        reservations=plan.reservations,
        protocol_note=plan.protocol_note,
        outcome=plan.outcome,
        clauses=[],
    )
    clauses = plan.clauses
    if not clauses and plan.kind == "information" and meeting.held and not body.keeps_notes:
        clauses = (INFORMATION_CLAUSE,)
    if clauses:
        item.decision_intro = _decides(body)
        item.clauses = [
            DecisionClause(position=index, text=text) for index, text in enumerate(clauses)
        ]
    missing = [key for key in plan.objectives if key not in objectives]
    if missing:
        raise ValueError(f"the demo programme has no målsättning {missing}")
    item.links = [ParagraphLink(kind="goal", target=str(goal)) for goal in plan.goals] + [
        ParagraphLink(kind="objective", target=str(objectives[key])) for key in plan.objectives
    ]
    return item


def _attendance(
    body: BodyPlan, plan: MeetingPlan, people: dict[str, int], secretary: str | None
) -> Iterable[Attendance]:
    """Every seat in office: present, serving for an absent member, away or absent; then
    the secretary and the other participants."""
    away = dict(plan.away)
    serving = {substitute: member for member, substitute in plan.away if substitute}
    for seat in body.seats:
        if seat.role == "sekreterare" or not _in_office(seat, plan.held_on):
            continue
        key = seat.person
        row = Attendance(person_id=people[key], kind="narvarande")
        if key in serving:
            row.kind = "tjanstgorande_ersattare"
            row.serving_for_id = people[serving[key]]
        elif key in away:
            row.kind = "forhinder"
        elif key in plan.absent:
            row.kind = "franvarande"
        elif seat.role == "ersattare":
            row.kind = "ersattare"
        yield row
    if secretary is not None:
        role = "sekreterare" if not body.keeps_notes else "sekreterare, för anteckningarna"
        yield Attendance(person_id=people[secretary], kind="ovrig", role=role)
    for other in plan.others:
        first, last = other.items or (None, None)
        yield Attendance(
            person_id=people[other.person],
            kind="ovrig",
            role=other.role,
            from_item=first,
            to_item=last,
        )
