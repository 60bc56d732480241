"""What the action plan (step 3) hands to the interface and the reports: frozen values.

Kept apart from the service so that the page, the Excel export and the printed report
"Handlingsplan" can all read one snapshot without touching the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from agenda_desktop.core.steering.objective_refs import ObjectiveRef

UNIT_PATH_SEPARATOR = " › "


@dataclass(frozen=True)
class OrgUnitNode:
    """One unit of the organisation tree, with its place in it."""

    unit_id: int
    parent_id: int | None
    name: str
    kind: str  # a code of ORG_UNIT_KINDS
    kind_name: str
    depth: int  # 0 for a top unit
    path: str  # "Samhällsbyggnadsförvaltningen › Planenheten"
    action_count: int = 0  # actions of every cycle that name this unit
    children: tuple[OrgUnitNode, ...] = ()
    # the version this was read at; pass it back when saving an edit
    version: int = field(kw_only=True)


@dataclass(frozen=True)
class UnitDeleted:
    unit_id: int
    name: str
    actions_unassigned: int  # actions that no longer have a responsible unit


@dataclass(frozen=True)
class ActionInput:
    """What the user typed in the action editor; checked by ``action_rules.checked_input``."""

    title: str
    description: str = ""
    org_unit_id: int | None = None
    responsible_person: str = ""
    start_date: date | None = None
    due_date: date | None = None
    status: str = "planerad"
    cost_estimate: float | None = None  # kronor
    radighet: str | None = None
    partners: str = ""
    objective_ids: tuple[int, ...] = ()
    goal_numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class ObjectiveLink:
    objective_id: int
    label: str  # "1.2"
    text: str


@dataclass(frozen=True)
class GoalLink:
    number: int
    name_sv: str


@dataclass(frozen=True)
class ActionInfo:
    action_id: int
    cycle_id: int
    title: str
    description: str
    org_unit_id: int | None
    unit_path: str  # "" when no unit is responsible
    responsible_person: str
    start_date: date | None
    due_date: date | None
    status: str
    status_name: str
    cost_estimate: float | None
    radighet: str | None
    radighet_name: str  # "" when not given
    partners: str
    objectives: tuple[ObjectiveLink, ...]
    goals: tuple[GoalLink, ...]
    is_overdue: bool
    version: int  # the version this was read at; pass it back when saving an edit

    @property
    def objective_labels(self) -> str:
        """ "1.2, 2.1": the målsättningar it serves, short."""
        return ", ".join(link.label for link in self.objectives)

    @property
    def goal_numbers(self) -> tuple[int, ...]:
        return tuple(goal.number for goal in self.goals)

    def as_input(self) -> ActionInput:
        """The action as the editor starts from it."""
        return ActionInput(
            title=self.title,
            description=self.description,
            org_unit_id=self.org_unit_id,
            responsible_person=self.responsible_person,
            start_date=self.start_date,
            due_date=self.due_date,
            status=self.status,
            cost_estimate=self.cost_estimate,
            radighet=self.radighet,
            partners=self.partners,
            objective_ids=tuple(link.objective_id for link in self.objectives),
            goal_numbers=self.goal_numbers,
        )


@dataclass(frozen=True)
class StatusCount:
    status: str
    name: str
    count: int


@dataclass(frozen=True)
class ActionSummary:
    total: int
    overdue: int
    total_cost: float  # the sum of the cost estimates that are given
    by_status: tuple[StatusCount, ...]  # every status, in the vocabulary's order

    def count(self, status: str) -> int:
        return next((item.count for item in self.by_status if item.status == status), 0)


@dataclass(frozen=True)
class ActionPlan:
    """Everything the page and the report "Handlingsplan" show for one cycle."""

    cycle_id: int
    cycle_name: str
    start_year: int
    end_year: int
    today: date  # the day ``is_overdue`` was judged against
    actions: tuple[ActionInfo, ...]
    summary: ActionSummary
    units: tuple[OrgUnitNode, ...]  # the whole tree, flat, depth first
    objectives: tuple[ObjectiveRef, ...] = field(default=())
