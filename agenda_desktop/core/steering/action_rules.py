"""The rules of the action plan, free of the database: when an action is overdue, what
an acceptable action and organisation unit look like, and the count by status.

``today`` is always a parameter so that the rules (and their tests) never depend on
the day they run.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.steering.action_types import (
    UNIT_PATH_SEPARATOR,
    ActionInput,
    ActionSummary,
    StatusCount,
)
from agenda_desktop.core.steering.vocabulary import (
    ACTION_STATUSES,
    CLOSED_ACTION_STATUSES,
    ORG_UNIT_KINDS,
    RADIGHET,
)

# The field names a ValidationError carries; the editor focuses the matching widget.
FIELD_TITLE = "Titel"
FIELD_DESCRIPTION = "Beskrivning"
FIELD_UNIT = "Ansvarig enhet"
FIELD_PERSON = "Ansvarig person"
FIELD_START = "Startdatum"
FIELD_DUE = "Slutdatum"
FIELD_STATUS = "Status"
FIELD_COST = "Kostnad"
FIELD_RADIGHET = "Rådighet"
FIELD_PARTNERS = "Samverkanspartner"
FIELD_OBJECTIVES = "Målsättningar"
FIELD_GOALS = "Globala mål"
FIELD_UNIT_NAME = "Enhetens namn"
FIELD_UNIT_KIND = "Typ av enhet"
FIELD_UNIT_PARENT = "Överordnad enhet"

MAX_TITLE = 300
MAX_NAME = 200
MAX_COST = 1e12  # a trillion kronor: anything above is a typing mistake


def is_overdue(due_date: date | None, status: str, today: date) -> bool:
    """Past its due date and neither klar nor avbruten (an undated action never is)."""
    return due_date is not None and due_date < today and status not in CLOSED_ACTION_STATUSES


def _one_line(text: str) -> str:
    return " ".join(text.split())


def checked_input(data: ActionInput) -> ActionInput:
    """The input tidied (spaces, duplicates), or a ValidationError naming the field."""
    title = _one_line(data.title)
    if not title:
        raise ValidationError(
            FIELD_TITLE, "skriv vad åtgärden går ut på, t.ex. ”Ta fram en cykelplan”."
        )
    if len(title) > MAX_TITLE:
        raise ValidationError(FIELD_TITLE, f"högst {MAX_TITLE} tecken; skriv mer i beskrivningen.")
    person = _one_line(data.responsible_person)
    if len(person) > MAX_NAME:
        raise ValidationError(FIELD_PERSON, f"högst {MAX_NAME} tecken.")
    if data.start_date and data.due_date and data.start_date > data.due_date:
        raise ValidationError(
            FIELD_DUE,
            f"slutdatumet ({data.due_date.isoformat()}) får inte vara före startdatumet "
            f"({data.start_date.isoformat()}).",
        )
    if data.status not in ACTION_STATUSES:
        names = ", ".join(ACTION_STATUSES.values()).lower()
        raise ValidationError(FIELD_STATUS, f"”{data.status}” finns inte; välj en av {names}.")
    cost = data.cost_estimate
    if cost is not None:
        if math.isnan(cost) or math.isinf(cost) or cost < 0:
            raise ValidationError(FIELD_COST, "ange kostnaden i kronor som 0 eller mer.")
        if cost > MAX_COST:
            raise ValidationError(FIELD_COST, "beloppet är orimligt stort; ange det i kronor.")
    if data.radighet is not None and data.radighet not in RADIGHET:
        names = ", ".join(RADIGHET.values()).lower()
        raise ValidationError(FIELD_RADIGHET, f"”{data.radighet}” finns inte; välj {names}.")
    bad_goals = [number for number in data.goal_numbers if not 1 <= number <= 17]
    if bad_goals:
        raise ValidationError(FIELD_GOALS, f"de globala målen är 1–17, inte {bad_goals[0]}.")
    return replace(
        data,
        title=title,
        description=data.description.strip(),
        responsible_person=person,
        partners=data.partners.strip(),
        objective_ids=tuple(dict.fromkeys(data.objective_ids)),
        goal_numbers=tuple(sorted(set(data.goal_numbers))),
    )


def checked_unit_name(name: str) -> str:
    cleaned = _one_line(name)
    if not cleaned:
        raise ValidationError(FIELD_UNIT_NAME, "skriv enhetens namn, t.ex. ”Planenheten”.")
    if len(cleaned) > MAX_NAME:
        raise ValidationError(FIELD_UNIT_NAME, f"högst {MAX_NAME} tecken.")
    return cleaned


def checked_unit_kind(kind: str) -> str:
    if kind not in ORG_UNIT_KINDS:
        names = ", ".join(ORG_UNIT_KINDS.values()).lower()
        raise ValidationError(FIELD_UNIT_KIND, f"”{kind}” finns inte; välj {names}.")
    return kind


def makes_loop(unit_id: int, new_parent_id: int | None, parents: Mapping[int, int | None]) -> bool:
    """Whether putting ``unit_id`` under ``new_parent_id`` would make the unit its own
    ancestor (``parents`` maps every unit to its parent)."""
    seen: set[int] = set()
    current = new_parent_id
    while current is not None and current not in seen:
        if current == unit_id:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


def unit_paths(units: Mapping[int, tuple[int | None, str]]) -> dict[int, str]:
    """Every unit's path from the top, "Förvaltning › Enhet"; ``units`` maps id → (parent, name)."""
    paths: dict[int, str] = {}

    def path_of(unit_id: int, seen: frozenset[int] = frozenset()) -> str:
        if unit_id in paths:
            return paths[unit_id]
        parent, name = units[unit_id]
        if parent is None or parent not in units or parent in seen:
            paths[unit_id] = name
        else:
            paths[unit_id] = path_of(parent, seen | {unit_id}) + UNIT_PATH_SEPARATOR + name
        return paths[unit_id]

    for unit_id in units:
        path_of(unit_id)
    return paths


def summarise(actions: Iterable[tuple[str, bool, float | None]]) -> ActionSummary:
    """The count by status (every status, in order), the overdue and the total cost, from
    (status, is_overdue, cost_estimate) of each action."""
    counts = dict.fromkeys(ACTION_STATUSES, 0)
    total = overdue = 0
    cost = 0.0
    for status, late, estimate in actions:
        counts[status] = counts.get(status, 0) + 1
        total += 1
        overdue += late
        cost += estimate or 0.0
    by_status = tuple(
        StatusCount(status, ACTION_STATUSES.get(status, status), count)
        for status, count in counts.items()
    )
    return ActionSummary(total, overdue, cost, by_status)
