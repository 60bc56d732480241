"""Reading the action plan inside a session: the organisation tree and the actions as
frozen values. The service opens the transaction; these only read in it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.steering import action_rules as rules
from agenda_desktop.core.steering.action_types import (
    UNIT_PATH_SEPARATOR,
    ActionInfo,
    GoalLink,
    ObjectiveLink,
    OrgUnitNode,
)
from agenda_desktop.core.steering.objective_refs import ObjectiveRef
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES, ORG_UNIT_KINDS, RADIGHET
from agenda_desktop.core.store.models import Action, Goal, OrgUnit


def unit_tree(session: Session) -> list[OrgUnitNode]:
    """The top units, each with its sub-units, in their order (position, then name)."""
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name, OrgUnit.kind, OrgUnit.version).order_by(
            OrgUnit.position, OrgUnit.name, OrgUnit.id
        )
    ).all()
    counts = dict(
        session.execute(
            select(Action.org_unit_id, func.count())
            .where(Action.org_unit_id.is_not(None))
            .group_by(Action.org_unit_id)
        ).all()
    )
    known = {row.id for row in rows}
    children: dict[int | None, list[tuple[int, str, str]]] = defaultdict(list)
    for row in rows:
        parent = row.parent_id if row.parent_id in known else None
        children[parent].append((row.id, row.name, row.kind))
    parents = {row.id: row.parent_id for row in rows}
    versions = {row.id: row.version for row in rows}

    def build(
        parent: int | None, depth: int, prefix: str, seen: frozenset[int]
    ) -> list[OrgUnitNode]:
        nodes = []
        for unit_id, name, kind in children.get(parent, []):
            if unit_id in seen:
                continue
            path = f"{prefix}{UNIT_PATH_SEPARATOR}{name}" if prefix else name
            nodes.append(
                OrgUnitNode(
                    unit_id,
                    parents[unit_id],
                    name,
                    kind,
                    ORG_UNIT_KINDS.get(kind, kind),
                    depth,
                    path,
                    counts.get(unit_id, 0),
                    tuple(build(unit_id, depth + 1, path, seen | {unit_id})),
                    version=versions[unit_id],
                )
            )
        return nodes

    return build(None, 0, "", frozenset())


def flatten(nodes: list[OrgUnitNode] | tuple[OrgUnitNode, ...]) -> list[OrgUnitNode]:
    """The tree as a list, depth first: the order of an indented combo box."""
    flat: list[OrgUnitNode] = []
    for node in nodes:
        flat.append(node)
        flat.extend(flatten(node.children))
    return flat


def unit_paths(session: Session) -> dict[int, str]:
    rows = session.execute(select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name)).all()
    return rules.unit_paths({row.id: (row.parent_id, row.name) for row in rows})


def goal_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Goal.number, Goal.short_sv)).all())


def action_infos(
    session: Session,
    actions: list[Action],
    objectives: list[ObjectiveRef],
    today: date,
) -> list[ActionInfo]:
    """The actions as values, with unit paths, målsättning labels and goal names."""
    paths = unit_paths(session)
    goals = goal_names(session)
    order = {ref.objective_id: index for index, ref in enumerate(objectives)}
    refs = {ref.objective_id: ref for ref in objectives}
    infos = []
    for action in actions:
        linked = sorted(
            (link.objective_id for link in action.objectives if link.objective_id in refs),
            key=order.__getitem__,
        )
        infos.append(
            ActionInfo(
                action_id=action.id,
                cycle_id=action.cycle_id,
                title=action.title,
                description=action.description,
                org_unit_id=action.org_unit_id,
                unit_path=paths.get(action.org_unit_id, "") if action.org_unit_id else "",
                responsible_person=action.responsible_person,
                start_date=action.start_date,
                due_date=action.due_date,
                status=action.status,
                status_name=ACTION_STATUSES.get(action.status, action.status),
                cost_estimate=action.cost_estimate,
                radighet=action.radighet,
                radighet_name=RADIGHET.get(action.radighet, "") if action.radighet else "",
                partners=action.partners,
                objectives=tuple(
                    ObjectiveLink(key, refs[key].label, refs[key].text) for key in linked
                ),
                goals=tuple(
                    GoalLink(number, goals.get(number, ""))
                    for number in sorted(link.goal_number for link in action.goals)
                ),
                is_overdue=rules.is_overdue(action.due_date, action.status, today),
                version=action.version,
            )
        )
    return infos


def cycle_actions(session: Session, cycle_id: int) -> list[Action]:
    """The cycle's actions with their links loaded, by due date (undated last), then title."""
    return list(
        session.scalars(
            select(Action)
            .where(Action.cycle_id == cycle_id)
            .options(selectinload(Action.objectives), selectinload(Action.goals))
            .order_by(Action.due_date.is_(None), Action.due_date, Action.title, Action.id)
        )
    )
