"""Test data for the network tests, made through the real services: a board with a
meeting whose paragraph decides to join the network, drawn up and adjusted as a
secretary does it, a steering group with members, and a steering cycle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.protocols_types import DecisionInput, SignatoryInput

DECIDED_ON = date(2026, 6, 16)
ADJUSTED_ON = date(2026, 6, 22)
JOIN_TITLE = "Anslutning till SKR:s utvecklingsnätverk Styra med Agenda 2030"


@dataclass(frozen=True)
class Board:
    body_id: int
    meeting_id: int
    item_id: int  # the paragraph deciding to join
    other_item_id: int  # a paragraph about something else
    secretary_id: int
    adjuster_id: int


def person(services: Services, name: str, title: str = "") -> int:
    return services.bodies.create_person(
        PersonInput(name, organisation="Exempelkommun", title=title)
    ).person_id


def board_with_decision(
    services: Services, held_on: date = DECIDED_ON, title: str = JOIN_TITLE
) -> Board:
    """Kommunstyrelsen and one meeting: a budget item, then the decision to join."""
    body = services.bodies.create_body(
        BodyInput("Kommunstyrelsen", kind="styrelse", numbering="lopande", numbering_start=1190)
    )
    secretary = person(services, "Camilla Ström", "kommunsekreterare")
    adjuster = person(services, "Per-Olof Lindahl")
    meeting = services.meetings.create_meeting(
        body.body_id, MeetingInput(held_on, time(9, 0), time(12, 0), "Sessionssalen")
    )
    other = services.meetings.add_item(
        meeting.meeting_id, AgendaItemInput("Budget 2027", diarienummer="KS 2026/71")
    )
    item = services.meetings.add_item(
        meeting.meeting_id,
        AgendaItemInput(
            title,
            "SKR bjuder in till ett tvåårigt nätverk.",
            diarienummer="KS 2026/84",
        ),
    )
    services.protocols.set_decision(
        item.item_id,
        DecisionInput(
            "Kommunstyrelsen beslutar",
            ["att kommunen deltar i nätverket 2026–2028", "att utse en kontaktperson"],
        ),
    )
    return Board(body.body_id, meeting.meeting_id, item.item_id, other.item_id, secretary, adjuster)


def draw_up(services: Services, board: Board) -> None:
    services.protocols.draw_up(board.meeting_id)
    services.protocols.set_signatories(
        board.meeting_id, SignatoryInput(board.secretary_id, [board.adjuster_id])
    )


def adjust(services: Services, board: Board, on: date = ADJUSTED_ON) -> None:
    draw_up(services, board)
    services.protocols.adjust(board.meeting_id, on)


def steering_group(
    services: Services, name: str = "Styrgruppen för Agenda 2030", kind: str = "styrgrupp"
) -> int:
    """A body with one member in office since 2023."""
    body = services.bodies.create_body(BodyInput(name, kind=kind, numbering="per_ar"))
    chair = person(services, f"Ordförande i {name}")
    services.bodies.add_membership(
        body.body_id, MembershipInput(chair, "ordforande", date(2023, 1, 1))
    )
    return body.body_id


def cycle(services: Services, name: str, start: int, end: int, done: dict[int, date]) -> int:
    cycle_id = services.cycle.start_cycle(name, start, end).cycle_id
    for step, day in done.items():
        services.cycle.mark_step(cycle_id, step, day)
    return cycle_id
