"""Step 2, prioritera och sätt egna mål: priority goals and the local programme.

One public method is one user action in one transaction. Writes hand back the changed
thing as a frozen value, numbered the way the programme shows it; ``programme`` gives the
whole snapshot for the page and the printed report. The input rules live in
:mod:`agenda_desktop.core.steering.programme_rules`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services import programme_rows as rows
from agenda_desktop.core.services import programme_snapshot as snapshot
from agenda_desktop.core.services.indicator_catalogue import our_municipality
from agenda_desktop.core.services.programme_types import (
    BaselineSuggestion,
    EffortInfo,
    FocusAreaInfo,
    IndicatorInput,
    ObjectiveIndicatorInfo,
    ObjectiveInfo,
    PriorityInfo,
    Programme,
    RelationInfo,
)
from agenda_desktop.core.steering import programme_rules as rules
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    FocusArea,
    Goal,
    KeyEffort,
    KpiValue,
    Objective,
    ObjectiveGoal,
    ObjectiveIndicator,
    ObjectiveRelation,
    ObjectiveTarget,
    PriorityGoal,
    Target,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class ProgrammeService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- the whole programme -----------------------------------------------------------

    def programme(self, cycle_id: int) -> Programme:
        """Priorities, focus areas with numbered målsättningar and efforts, and relations."""
        with self._database.unit_of_work() as session:
            rows.cycle(session, cycle_id)
            return snapshot.programme(session, cycle_id)

    # -- priority goals ----------------------------------------------------------------

    def priorities(self, cycle_id: int) -> list[PriorityInfo]:
        with self._database.unit_of_work() as session:
            rows.cycle(session, cycle_id)
            return list(snapshot.priorities(session, cycle_id))

    def set_priority(
        self,
        cycle_id: int,
        goal_number: int,
        rationale: str = "",
        expected: ExpectedVersion | None = None,
    ) -> PriorityInfo:
        """Prioritise a goal with a rationale; a goal already prioritised gets the new one.

        ``expected`` is the version of the prioritisation the edit began from (see
        record_versions), ``UNSAVED_VERSION`` when the goal was not prioritised then: a
        prioritisation someone else stored meanwhile is met as a conflict, not overwritten.
        """
        number = rules.clean_goal_number(goal_number)
        text = rules.clean_free_text(rules.FIELD_RATIONALE, rationale)
        with self._database.unit_of_work() as session:
            rows.cycle(session, cycle_id)
            row = session.scalar(
                select(PriorityGoal).where(
                    PriorityGoal.cycle_id == cycle_id, PriorityGoal.goal_number == number
                )
            )
            if row is None:
                row = PriorityGoal(cycle_id=cycle_id, goal_number=number)
                session.add(row)
            else:
                expect_version(session, row, expected)
            row.rationale = text
            session.flush()
            return next(
                p for p in snapshot.priorities(session, cycle_id) if p.goal_number == number
            )

    def remove_priority(self, cycle_id: int, goal_number: int) -> None:
        """No longer prioritise a goal (its rationale goes too); harmless when it was not."""
        with self._database.unit_of_work() as session:
            rows.cycle(session, cycle_id)
            session.execute(
                delete(PriorityGoal).where(
                    PriorityGoal.cycle_id == cycle_id, PriorityGoal.goal_number == goal_number
                )
            )

    # -- focus areas -------------------------------------------------------------------

    def add_focus_area(self, cycle_id: int, title: str, description: str = "") -> FocusAreaInfo:
        clean_title = rules.clean_area_title(title)
        clean_description = rules.clean_free_text(rules.FIELD_AREA_DESCRIPTION, description)
        with self._database.unit_of_work() as session:
            rows.cycle(session, cycle_id)
            count = len(rows.area_ids(session, cycle_id))
            area = FocusArea(
                cycle_id=cycle_id, position=count, title=clean_title, description=clean_description
            )
            session.add(area)
            session.flush()
            return rows.area_info(session, area)

    def update_focus_area(
        self,
        area_id: int,
        title: str,
        description: str,
        expected: ExpectedVersion | None = None,
    ) -> FocusAreaInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        clean_title = rules.clean_area_title(title)
        clean_description = rules.clean_free_text(rules.FIELD_AREA_DESCRIPTION, description)
        with self._database.unit_of_work() as session:
            area = rows.area(session, area_id)
            expect_version(session, area, expected)
            area.title = clean_title
            area.description = clean_description
            session.flush()
            return rows.area_info(session, area)

    def move_focus_area(self, area_id: int, step: int) -> FocusAreaInfo:
        """Move a focus area up (−1) or down (+1); its målsättningar are renumbered."""
        with self._database.unit_of_work() as session:
            area = rows.area(session, area_id)
            rows.reorder(session, FocusArea, rows.area_ids(session, area.cycle_id), area_id, step)
            return rows.area_info(session, area)

    def delete_focus_area(self, area_id: int) -> None:
        """Delete a focus area with its målsättningar, their indicators and relations, and
        its efforts."""
        with self._database.unit_of_work() as session:
            area = rows.area(session, area_id)
            cycle_id = area.cycle_id
            objective_ids = [o.id for o in area.objectives]
            rows.delete_relations(session, objective_ids)
            session.delete(area)
            session.flush()
            rows.renumber(session, FocusArea, rows.area_ids(session, cycle_id))

    # -- målsättningar -----------------------------------------------------------------

    def add_objective(
        self, area_id: int, text: str, target_year: int | None = None
    ) -> ObjectiveInfo:
        clean_text = rows.objective_text(text)
        year = rules.clean_year(rules.FIELD_OBJECTIVE_YEAR, target_year)
        with self._database.unit_of_work() as session:
            area = rows.area(session, area_id)
            objective = Objective(
                focus_area_id=area.id,
                position=len(area.objectives),
                text=clean_text,
                target_year=year,
            )
            session.add(objective)
            session.flush()
            return rows.objective_info(session, objective)

    def update_objective(
        self,
        objective_id: int,
        text: str,
        target_year: int | None,
        expected: ExpectedVersion | None = None,
    ) -> ObjectiveInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        clean_text = rows.objective_text(text)
        year = rules.clean_year(rules.FIELD_OBJECTIVE_YEAR, target_year)
        with self._database.unit_of_work() as session:
            objective = rows.objective(session, objective_id)
            expect_version(session, objective, expected)
            objective.text = clean_text
            objective.target_year = year
            session.flush()
            return rows.objective_info(session, objective)

    def set_objective_links(
        self, objective_id: int, goal_numbers: Iterable[int], target_codes: Iterable[str]
    ) -> ObjectiveInfo:
        """Link a målsättning to exactly these global goals and targets.

        A target brings its goal along: linking delmål 11.2 links mål 11 too.
        """
        goals = {rules.clean_goal_number(number) for number in goal_numbers}
        codes = {code.strip() for code in target_codes if code.strip()}
        with self._database.unit_of_work() as session:
            objective = rows.objective(session, objective_id)
            for code in sorted(codes):
                target = session.get(Target, code)
                if target is None:
                    raise ValidationError(rules.FIELD_TARGET, f"delmål {code} finns inte.")
                goals.add(target.goal_number)
            for number in goals:
                if session.get(Goal, number) is None:
                    raise ValidationError(rules.FIELD_GOAL, f"mål {number} finns inte (1–17).")
            objective.goals = [ObjectiveGoal(goal_number=n) for n in sorted(goals)]
            objective.targets = [ObjectiveTarget(target_code=c) for c in sorted(codes)]
            session.flush()
            return rows.objective_info(session, objective)

    def move_objective(self, objective_id: int, step: int) -> ObjectiveInfo:
        """Move a målsättning up (−1) or down (+1) within its focus area."""
        with self._database.unit_of_work() as session:
            objective = rows.objective(session, objective_id)
            ids = [o.id for o in objective.focus_area.objectives]
            rows.reorder(session, Objective, ids, objective_id, step)
            return rows.objective_info(session, objective)

    def move_objective_to_area(self, objective_id: int, area_id: int) -> ObjectiveInfo:
        """Move a målsättning last into another focus area of the same cycle."""
        with self._database.unit_of_work() as session:
            objective = rows.objective(session, objective_id)
            target_area = rows.area(session, area_id)
            old_area = objective.focus_area
            if target_area.cycle_id != old_area.cycle_id:
                raise ValidationError(
                    rules.FIELD_AREA_TITLE, "välj ett insatsområde i samma styrcykel."
                )
            if target_area.id != old_area.id:
                objective.position = len(target_area.objectives)
                objective.focus_area = target_area
                session.flush()
                session.expire(old_area)
                rows.renumber(session, Objective, [o.id for o in old_area.objectives])
            return rows.objective_info(session, objective)

    def delete_objective(self, objective_id: int) -> None:
        """Delete a målsättning with its links, indicators and relations."""
        with self._database.unit_of_work() as session:
            objective = rows.objective(session, objective_id)
            area = objective.focus_area
            rows.delete_relations(session, [objective_id])
            session.delete(objective)
            session.flush()
            session.expire(area)
            rows.renumber(session, Objective, [o.id for o in area.objectives])

    # -- indicators of a målsättning ---------------------------------------------------

    def add_indicator(self, objective_id: int, data: IndicatorInput) -> ObjectiveIndicatorInfo:
        with self._database.unit_of_work() as session:
            rows.objective(session, objective_id)
            row = ObjectiveIndicator(objective_id=objective_id)
            rows.fill_indicator(session, row, data)
            session.add(row)
            session.flush()
            return snapshot.indicator_info(session, row)

    def update_indicator(
        self,
        indicator_id: int,
        data: IndicatorInput,
        expected: ExpectedVersion | None = None,
    ) -> ObjectiveIndicatorInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        with self._database.unit_of_work() as session:
            row = rows.get(
                session, ObjectiveIndicator, indicator_id, "Nyckeltalet på målsättningen"
            )
            expect_version(session, row, expected)
            rows.fill_indicator(session, row, data)
            session.flush()
            return snapshot.indicator_info(session, row)

    def remove_indicator(self, indicator_id: int) -> None:
        with self._database.unit_of_work() as session:
            row = rows.get(
                session, ObjectiveIndicator, indicator_id, "Nyckeltalet på målsättningen"
            )
            session.delete(row)

    def suggested_baseline(
        self, kpi_id: str, gender: str = "T", year: int | None = None
    ) -> BaselineSuggestion | None:
        """The own municipality's stored value for ``year`` (default: its latest year with
        a value), to offer as a baseline; None without a profile or a value."""
        with self._database.unit_of_work() as session:
            municipality_id = our_municipality(session)
            if municipality_id is None:
                return None
            query = select(KpiValue.period, KpiValue.value).where(
                KpiValue.kpi_id == kpi_id,
                KpiValue.municipality_id == municipality_id,
                KpiValue.gender == gender.strip().upper(),
                KpiValue.value.is_not(None),
            )
            if year is not None:
                query = query.where(KpiValue.period == year)
            row = session.execute(query.order_by(KpiValue.period.desc()).limit(1)).first()
            if row is None or row[1] is None:
                return None
            return BaselineSuggestion(kpi_id, municipality_id, gender.upper(), row[0], row[1])

    # -- key efforts -------------------------------------------------------------------

    def add_effort(self, area_id: int, text: str) -> EffortInfo:
        clean_text = rows.effort_text(text)
        with self._database.unit_of_work() as session:
            area = rows.area(session, area_id)
            effort = KeyEffort(focus_area_id=area.id, position=len(area.efforts), text=clean_text)
            session.add(effort)
            session.flush()
            return rows.effort_info(session, effort)

    def update_effort(
        self, effort_id: int, text: str, expected: ExpectedVersion | None = None
    ) -> EffortInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        clean_text = rows.effort_text(text)
        with self._database.unit_of_work() as session:
            effort = rows.get(session, KeyEffort, effort_id, "Insatsen")
            expect_version(session, effort, expected)
            effort.text = clean_text
            session.flush()
            return rows.effort_info(session, effort)

    def move_effort(self, effort_id: int, step: int) -> EffortInfo:
        with self._database.unit_of_work() as session:
            effort = rows.get(session, KeyEffort, effort_id, "Insatsen")
            ids = [e.id for e in effort.focus_area.efforts]
            rows.reorder(session, KeyEffort, ids, effort_id, step)
            return rows.effort_info(session, effort)

    def delete_effort(self, effort_id: int) -> None:
        with self._database.unit_of_work() as session:
            effort = rows.get(session, KeyEffort, effort_id, "Insatsen")
            area = effort.focus_area
            session.delete(effort)
            session.flush()
            session.expire(area)
            rows.renumber(session, KeyEffort, [e.id for e in area.efforts])

    # -- synergies and goal conflicts --------------------------------------------------

    def set_relation(
        self, first_id: int, second_id: int, kind: str, note: str = ""
    ) -> RelationInfo:
        """Record (or change) the synergy or goal conflict of a pair, given in either order."""
        low, high = rules.ordered_pair(first_id, second_id)
        clean_kind = rules.clean_relation_kind(kind)
        clean_note = rules.clean_free_text(rules.FIELD_NOTE, note)
        with self._database.unit_of_work() as session:
            first, second = rows.objective(session, low), rows.objective(session, high)
            if first.focus_area.cycle_id != second.focus_area.cycle_id:
                raise ValidationError(
                    rules.FIELD_RELATION, "båda målsättningarna måste höra till samma styrcykel."
                )
            row = rows.relation(session, low, high)
            if row is None:
                row = ObjectiveRelation(first_objective_id=low, second_objective_id=high)
                session.add(row)
            row.kind = clean_kind
            row.note = clean_note
            session.flush()
            found = snapshot.programme(session, first.focus_area.cycle_id).relation(low, high)
            assert found is not None
            return found

    def remove_relation(self, first_id: int, second_id: int) -> None:
        low, high = rules.ordered_pair(first_id, second_id)
        with self._database.unit_of_work() as session:
            row = rows.relation(session, low, high)
            if row is None:
                raise NotFoundError("Det finns inget samband mellan de två målsättningarna.")
            session.delete(row)
