"""Step 1, nulägesanalys: the assessment of goals and targets per cycle, evidence, comparison.

One public method is one user action in one transaction; what comes back is a frozen
snapshot (see :mod:`.analysis_types`), complete enough to print the report from.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.analysis_evidence import goal_comments, linked_indicators
from agenda_desktop.core.services.analysis_saving import (
    ROLE_COLUMNS,
    named_conflicts,
    save_assessment,
)
from agenda_desktop.core.services.analysis_types import (
    Assessment,
    CycleAnalysis,
    GoalAnalysis,
    GoalComparison,
    GoalEvidence,
    TargetAnalysis,
)
from agenda_desktop.core.services.organisation import PROFILE_ID
from agenda_desktop.core.steering.analysis_rules import (
    FIELD_GOAL,
    FIELD_TARGET,
    AssessmentData,
    GoalAssessmentData,
    clean_assessment,
    compare_assessments,
    roles_in_order,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Goal,
    GoalAssessment,
    Municipality,
    OrganisationProfile,
    SteeringCycle,
    Target,
    TargetAssessment,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion


def _assessment(row: GoalAssessment | TargetAssessment | None) -> Assessment:
    if row is None:
        return Assessment()
    return Assessment(
        assessment=row.assessment,
        trend=row.trend,
        radighet=row.radighet,
        partners=row.partners,
        roles=roles_in_order(code for code, column in ROLE_COLUMNS.items() if getattr(row, column)),
        group_differences=row.group_differences,
        analysis=row.analysis,
        updated_at=row.updated_at,
        assessment_id=row.id,
        version=row.version,
    )


def _target_title(target: Target) -> str:
    return target.short_title_sv or target.title_en


def _cycle(session: Session, cycle_id: int) -> SteeringCycle:
    cycle = session.get(SteeringCycle, cycle_id)
    if cycle is None:
        raise NotFoundError(f"Styrcykeln {cycle_id} finns inte (längre).")
    return cycle


def _goal(session: Session, goal_number: int) -> Goal:
    goal = session.get(Goal, goal_number)
    if goal is None:
        raise ValidationError(FIELD_GOAL, f"mål {goal_number} finns inte; välj ett mål 1–17.")
    return goal


def _goal_analyses(session: Session, cycle_id: int, numbers: list[int]) -> list[GoalAnalysis]:
    goals = session.scalars(select(Goal).where(Goal.number.in_(numbers)).order_by(Goal.number))
    rows = {
        row.goal_number: row
        for row in session.scalars(
            select(GoalAssessment).where(
                GoalAssessment.cycle_id == cycle_id, GoalAssessment.goal_number.in_(numbers)
            )
        )
    }
    assessed = session.execute(
        select(TargetAssessment, Target)
        .join(Target, Target.code == TargetAssessment.target_code)
        .where(TargetAssessment.cycle_id == cycle_id, Target.goal_number.in_(numbers))
        .order_by(Target.goal_number, Target.position)
    ).all()
    targets: dict[int, list[TargetAnalysis]] = {}
    for row, target in assessed:
        targets.setdefault(target.goal_number, []).append(
            TargetAnalysis(target.code, target.goal_number, _target_title(target), _assessment(row))
        )
    return [
        GoalAnalysis(
            goal_number=goal.number,
            name=goal.short_sv,
            name_en=goal.short_en,
            colour=goal.colour,
            should_work_on=bool(rows[goal.number].should_work_on) if goal.number in rows else False,
            assessment=_assessment(rows.get(goal.number)),
            targets=tuple(targets.get(goal.number, [])),
        )
        for goal in goals
    ]


class AnalysisService:
    """The status analysis of each cycle: read it whole, save a goal or a target, compare."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def analysis(self, cycle_id: int) -> CycleAnalysis:
        """The cycle's whole analysis: all 17 goals, each with its assessed targets.

        Raises:
            NotFoundError: The cycle does not exist.
        """
        with self._database.unit_of_work() as session:
            cycle = _cycle(session, cycle_id)
            numbers = list(session.scalars(select(Goal.number).order_by(Goal.number)))
            return CycleAnalysis(
                cycle.id,
                cycle.name,
                cycle.start_year,
                cycle.end_year,
                tuple(_goal_analyses(session, cycle_id, numbers)),
            )

    def goal(self, cycle_id: int, goal_number: int) -> GoalAnalysis:
        """One goal of the cycle's analysis (a default one when not yet assessed)."""
        with self._database.unit_of_work() as session:
            _cycle(session, cycle_id)
            _goal(session, goal_number)
            return _goal_analyses(session, cycle_id, [goal_number])[0]

    def save_goal(
        self,
        cycle_id: int,
        goal_number: int,
        data: GoalAssessmentData,
        expected: ExpectedVersion | None = None,
    ) -> GoalAnalysis:
        """Store a goal's assessment (create or replace) in one transaction; ``expected``
        is the version the edit began from (``assessment.version``, 0 when none was stored).

        Raises:
            ValidationError: A code is unknown, a text too long, or partners are missing
                where samverkan is needed; ``field`` names the field.
            NotFoundError: The cycle does not exist.
            EditConflictError: Someone else saved the assessment since the edit began.
            SimultaneousSaveError: Someone else stored the first assessment at the same time.
        """
        clean = clean_assessment(data)
        what = f"mål {goal_number}"
        with named_conflicts(what), self._database.unit_of_work() as session:
            _cycle(session, cycle_id)
            _goal(session, goal_number)
            row = session.scalar(
                select(GoalAssessment).where(
                    GoalAssessment.cycle_id == cycle_id, GoalAssessment.goal_number == goal_number
                )
            )
            save_assessment(
                session,
                row,
                lambda: GoalAssessment(cycle_id=cycle_id, goal_number=goal_number),
                clean,
                expected,
                what,
            )
            return _goal_analyses(session, cycle_id, [goal_number])[0]

    def save_target(
        self,
        cycle_id: int,
        target_code: str,
        data: AssessmentData,
        expected: ExpectedVersion | None = None,
    ) -> TargetAnalysis:
        """Store a target's assessment (create or replace) in one transaction; ``expected``
        is the version the edit began from (0: the target was not assessed when it began).

        Raises:
            ValidationError: The target does not exist, or a field is refused.
            NotFoundError: The cycle does not exist, or the assessment being edited was
                removed meanwhile.
            EditConflictError: Someone else saved the assessment since the edit began.
            SimultaneousSaveError: Someone else stored the first assessment at the same time.
        """
        clean = clean_assessment(data)
        code = target_code.strip()
        with named_conflicts(f"delmål {code}"), self._database.unit_of_work() as session:
            _cycle(session, cycle_id)
            target = session.get(Target, code)
            if target is None:
                raise ValidationError(
                    FIELD_TARGET, f"delmål ”{code}” finns inte; välj ett delmål, t.ex. 3.4."
                )
            row = session.scalar(
                select(TargetAssessment).where(
                    TargetAssessment.cycle_id == cycle_id, TargetAssessment.target_code == code
                )
            )
            stored = save_assessment(
                session,
                row,
                lambda: TargetAssessment(cycle_id=cycle_id, target_code=code),
                clean,
                expected,
                f"delmål {code}",
            )
            return TargetAnalysis(
                code, target.goal_number, _target_title(target), _assessment(stored)
            )

    def remove_target(self, cycle_id: int, target_code: str) -> None:
        """Remove a target's assessment. Raises NotFoundError when it was never assessed."""
        with self._database.unit_of_work() as session:
            row = session.scalar(
                select(TargetAssessment).where(
                    TargetAssessment.cycle_id == cycle_id,
                    TargetAssessment.target_code == target_code,
                )
            )
            if row is None:
                raise NotFoundError(
                    f"Delmål {target_code} har ingen bedömning i styrcykeln {cycle_id}."
                )
            session.delete(row)

    def evidence(self, cycle_id: int, goal_number: int) -> GoalEvidence:
        """The indicators linked to the goal, compared with Riket and the kommungrupp for the
        own municipality, and the comments on the goal from the cycle's dialogues."""
        with self._database.unit_of_work() as session:
            _cycle(session, cycle_id)
            _goal(session, goal_number)
            profile = session.get(OrganisationProfile, PROFILE_ID)
            municipality_id = profile.municipality_id if profile else None
            municipality = session.get(Municipality, municipality_id) if municipality_id else None
            return GoalEvidence(
                cycle_id,
                goal_number,
                municipality_id if municipality else None,
                municipality.name if municipality else None,
                linked_indicators(session, goal_number, municipality.id if municipality else None),
                goal_comments(session, cycle_id, goal_number),
            )

    def compare(self, before_cycle_id: int, after_cycle_id: int) -> list[GoalComparison]:
        """Goal by goal, the assessment of one cycle against another's (all 17 goals)."""
        with self._database.unit_of_work() as session:
            for cycle_id in (before_cycle_id, after_cycle_id):
                _cycle(session, cycle_id)
            numbers = list(session.scalars(select(Goal.number).order_by(Goal.number)))
            before = _goal_analyses(session, before_cycle_id, numbers)
            after = _goal_analyses(session, after_cycle_id, numbers)
        return [
            GoalComparison(
                goal_number=first.goal_number,
                name=first.name,
                before=first.assessment.assessment,
                after=second.assessment.assessment,
                trend_before=first.assessment.trend,
                trend_after=second.assessment.trend,
                should_work_on_before=first.should_work_on,
                should_work_on_after=second.should_work_on,
                change=compare_assessments(
                    first.assessment.assessment, second.assessment.assessment
                ),
            )
            for first, second in zip(before, after, strict=True)
        ]
