"""Step 3, handlingsplan: the organisation tree and the actions of a cycle.

One public method is one user action in one transaction; everything returned is a
frozen value from :mod:`agenda_desktop.core.steering.action_types`. The rules (overdue,
validation, the summary) live in :mod:`agenda_desktop.core.steering.action_rules`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services import action_plan_queries as queries
from agenda_desktop.core.steering import action_rules as rules
from agenda_desktop.core.steering.action_types import (
    ActionInfo,
    ActionInput,
    ActionPlan,
    ActionSummary,
    OrgUnitNode,
    UnitDeleted,
)
from agenda_desktop.core.steering.objective_refs import (
    ObjectiveRef,
    objective_refs,
    objective_refs_in,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Action,
    ActionGoal,
    ActionObjective,
    FocusArea,
    Objective,
    OrgUnit,
    SteeringCycle,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class ActionPlanService:
    """Use cases of the action plan for the page, the reports and headless commands."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- the organisation tree ---------------------------------------------------------

    def org_tree(self) -> list[OrgUnitNode]:
        """The top units, each holding its sub-units (``children``)."""
        with self._database.unit_of_work() as session:
            return queries.unit_tree(session)

    def org_units(self) -> list[OrgUnitNode]:
        """Every unit, depth first: the order of an indented list."""
        return queries.flatten(self.org_tree())

    def add_unit(self, name: str, kind: str, parent_id: int | None = None) -> OrgUnitNode:
        """A new unit at the end of its parent's units (or at the top)."""
        cleaned = rules.checked_unit_name(name)
        rules.checked_unit_kind(kind)
        with self._database.unit_of_work() as session:
            if parent_id is not None:
                self._unit(session, parent_id, rules.FIELD_UNIT_PARENT)
            unit = OrgUnit(
                name=cleaned,
                kind=kind,
                parent_id=parent_id,
                position=self._next_position(session, parent_id),
            )
            session.add(unit)
            session.flush()
            unit_id = unit.id
        return self.unit(unit_id)

    def unit(self, unit_id: int) -> OrgUnitNode:
        found = next((node for node in self.org_units() if node.unit_id == unit_id), None)
        if found is None:
            raise NotFoundError(f"Enheten {unit_id} finns inte (längre).")
        return found

    def update_unit(
        self,
        unit_id: int,
        name: str,
        kind: str,
        parent_id: int | None,
        expected: ExpectedVersion | None = None,
    ) -> OrgUnitNode:
        """Rename, change the kind and move a unit at once (what the unit dialog saves);
        ``expected`` is the version the edit began from (see record_versions)."""
        cleaned = rules.checked_unit_name(name)
        rules.checked_unit_kind(kind)
        with self._database.unit_of_work() as session, session.no_autoflush:
            # One UPDATE for the whole edit: a flush halfway would raise the version twice
            unit = self._unit(session, unit_id)
            expect_version(session, unit, expected)
            unit.name = cleaned
            unit.kind = kind
            self._move(session, unit, parent_id)
        return self.unit(unit_id)

    def rename_unit(
        self, unit_id: int, name: str, expected: ExpectedVersion | None = None
    ) -> OrgUnitNode:
        """Give a unit a new name; ``expected``: the version the edit began from."""
        cleaned = rules.checked_unit_name(name)
        with self._database.unit_of_work() as session:
            unit = self._unit(session, unit_id)
            expect_version(session, unit, expected)
            unit.name = cleaned
        return self.unit(unit_id)

    def set_unit_kind(
        self, unit_id: int, kind: str, expected: ExpectedVersion | None = None
    ) -> OrgUnitNode:
        """Change a unit's kind; ``expected``: the version the edit began from."""
        rules.checked_unit_kind(kind)
        with self._database.unit_of_work() as session:
            unit = self._unit(session, unit_id)
            expect_version(session, unit, expected)
            unit.kind = kind
        return self.unit(unit_id)

    def move_unit(
        self, unit_id: int, parent_id: int | None, expected: ExpectedVersion | None = None
    ) -> OrgUnitNode:
        """Put a unit (with its sub-units) under another parent, or at the top with None;
        ``expected``: the version the move began from."""
        with self._database.unit_of_work() as session:
            unit = self._unit(session, unit_id)
            expect_version(session, unit, expected)
            self._move(session, unit, parent_id)
        return self.unit(unit_id)

    def delete_unit(self, unit_id: int) -> UnitDeleted:
        """Delete a unit without sub-units; its actions keep going without a unit."""
        with self._database.unit_of_work() as session:
            unit = self._unit(session, unit_id)
            children = session.scalar(
                select(func.count()).select_from(OrgUnit).where(OrgUnit.parent_id == unit_id)
            )
            if children:
                raise ValidationError(
                    rules.FIELD_UNIT,
                    f"”{unit.name}” har {children} underenheter. Flytta eller ta bort dem först.",
                )
            unassigned = session.scalar(
                select(func.count()).select_from(Action).where(Action.org_unit_id == unit_id)
            )
            session.execute(
                update(Action).where(Action.org_unit_id == unit_id).values(org_unit_id=None)
            )
            name = unit.name
            session.delete(unit)
        return UnitDeleted(unit_id, name, int(unassigned or 0))

    # -- actions -----------------------------------------------------------------------

    def create_action(self, cycle_id: int, data: ActionInput) -> ActionInfo:
        checked = rules.checked_input(data)
        with self._database.unit_of_work() as session:
            if session.get(SteeringCycle, cycle_id) is None:
                raise NotFoundError(f"Styrcykeln {cycle_id} finns inte.")
            action = Action(cycle_id=cycle_id)
            self._fill(session, action, checked)
            session.add(action)
            session.flush()
            action_id = action.id
        return self.action(action_id)

    def update_action(
        self, action_id: int, data: ActionInput, expected: ExpectedVersion | None = None
    ) -> ActionInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = rules.checked_input(data)
        with self._database.unit_of_work() as session:
            action = session.get(Action, action_id)
            if action is None:
                raise NotFoundError(f"Åtgärden {action_id} finns inte (längre).")
            expect_version(session, action, expected)
            with session.no_autoflush:  # one UPDATE, one version
                self._fill(session, action, checked)
        return self.action(action_id)

    def delete_action(self, action_id: int) -> None:
        with self._database.unit_of_work() as session:
            action = session.get(Action, action_id)
            if action is None:
                raise NotFoundError(f"Åtgärden {action_id} finns inte (längre).")
            session.delete(action)

    def action(self, action_id: int, today: date | None = None) -> ActionInfo:
        with self._database.unit_of_work() as session:
            cycle_id = session.scalar(select(Action.cycle_id).where(Action.id == action_id))
        if cycle_id is None:
            raise NotFoundError(f"Åtgärden {action_id} finns inte (längre).")
        found = [item for item in self.actions(cycle_id, today) if item.action_id == action_id]
        if not found:
            raise NotFoundError(f"Åtgärden {action_id} finns inte (längre).")
        return found[0]

    def actions(self, cycle_id: int, today: date | None = None) -> list[ActionInfo]:
        """The cycle's actions by due date; ``is_overdue`` is judged against ``today``."""
        with self._database.unit_of_work() as session:
            refs = objective_refs_in(session, cycle_id)
            actions = queries.cycle_actions(session, cycle_id)
            return queries.action_infos(session, actions, refs, today or date.today())

    def summary(self, cycle_id: int, today: date | None = None) -> ActionSummary:
        """How many actions have each status, how many are overdue, and the total cost."""
        return rules.summarise(
            (item.status, item.is_overdue, item.cost_estimate)
            for item in self.actions(cycle_id, today)
        )

    def action_plan(self, cycle_id: int, today: date | None = None) -> ActionPlan:
        """The whole plan of a cycle as one snapshot (the page, Excel and the report)."""
        day = today or date.today()
        with self._database.unit_of_work() as session:
            refs = objective_refs_in(session, cycle_id)
            cycle = session.get(SteeringCycle, cycle_id)
            if cycle is None:
                raise NotFoundError(f"Styrcykeln {cycle_id} finns inte.")
            infos = queries.action_infos(
                session, queries.cycle_actions(session, cycle_id), refs, day
            )
            units = queries.flatten(queries.unit_tree(session))
            name, start_year, end_year = cycle.name, cycle.start_year, cycle.end_year
        summary = rules.summarise((a.status, a.is_overdue, a.cost_estimate) for a in infos)
        return ActionPlan(
            cycle_id,
            name,
            start_year,
            end_year,
            day,
            tuple(infos),
            summary,
            tuple(units),
            tuple(refs),
        )

    def objectives(self, cycle_id: int) -> list[ObjectiveRef]:
        """The målsättningar an action of the cycle can serve."""
        return objective_refs(self._database, cycle_id)

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _unit(session: Session, unit_id: int, field: str = rules.FIELD_UNIT) -> OrgUnit:
        unit = session.get(OrgUnit, unit_id)
        if unit is None:
            raise ValidationError(field, f"enheten {unit_id} finns inte (längre).")
        return unit

    @staticmethod
    def _next_position(session: Session, parent_id: int | None) -> int:
        condition = (
            OrgUnit.parent_id.is_(None) if parent_id is None else OrgUnit.parent_id == parent_id
        )
        highest = session.scalar(select(func.max(OrgUnit.position)).where(condition))
        return (highest or 0) + 1

    def _move(self, session: Session, unit: OrgUnit, parent_id: int | None) -> None:
        """Read everything first, then change the unit: so the move is one UPDATE, one
        version (see update_unit)."""
        if parent_id == unit.parent_id:
            return
        if parent_id is not None:
            parent = self._unit(session, parent_id, rules.FIELD_UNIT_PARENT)
            parents = {
                row.id: row.parent_id
                for row in session.execute(select(OrgUnit.id, OrgUnit.parent_id))
            }
            if rules.makes_loop(unit.id, parent_id, parents):
                raise ValidationError(
                    rules.FIELD_UNIT_PARENT,
                    f"”{unit.name}” kan inte ligga under ”{parent.name}”, som själv ligger "
                    f"under ”{unit.name}” (eller är samma enhet).",
                )
        position = self._next_position(session, parent_id)
        unit.parent_id = parent_id
        unit.position = position

    def _fill(self, session: Session, action: Action, data: ActionInput) -> None:
        if data.org_unit_id is not None:
            self._unit(session, data.org_unit_id)
        cycle_id = action.cycle_id
        if data.objective_ids:
            allowed = set(
                session.scalars(
                    select(Objective.id)
                    .join(FocusArea, Objective.focus_area_id == FocusArea.id)
                    .where(FocusArea.cycle_id == cycle_id, Objective.id.in_(data.objective_ids))
                )
            )
            strangers = [key for key in data.objective_ids if key not in allowed]
            if strangers:
                raise ValidationError(
                    rules.FIELD_OBJECTIVES,
                    "en vald målsättning hör inte till den här styrcykelns program (eller finns "
                    "inte längre); välj bland cykelns målsättningar.",
                )
        action.title = data.title
        action.description = data.description
        action.org_unit_id = data.org_unit_id
        action.responsible_person = data.responsible_person
        action.start_date = data.start_date
        action.due_date = data.due_date
        action.status = data.status
        action.cost_estimate = data.cost_estimate
        action.radighet = data.radighet
        action.partners = data.partners
        # Keep the links that stay, so that no row is deleted and inserted again.
        kept_objectives = [o for o in action.objectives if o.objective_id in data.objective_ids]
        have = {o.objective_id for o in kept_objectives}
        action.objectives = kept_objectives + [
            ActionObjective(objective_id=key) for key in data.objective_ids if key not in have
        ]
        kept_goals = [g for g in action.goals if g.goal_number in data.goal_numbers]
        have = {g.goal_number for g in kept_goals}
        action.goals = kept_goals + [
            ActionGoal(goal_number=number) for number in data.goal_numbers if number not in have
        ]
