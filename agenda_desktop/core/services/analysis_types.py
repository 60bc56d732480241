"""What the analysis service hands out: complete, frozen snapshots with the Swedish names.

The printed report "Nulägesanalys" is made from these, so each carries the vocabulary's
Swedish names beside the stored codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agenda_desktop.core.indicators.direction import Verdict
from agenda_desktop.core.steering.analysis_rules import (
    CHANGES,
    NOT_ASSESSED,
    AssessmentData,
    GoalAssessmentData,
    assessment_counts,
    is_assessed,
)
from agenda_desktop.core.steering.vocabulary import ASSESSMENTS, RADIGHET, ROLES, TRENDS


@dataclass(frozen=True)
class Assessment:
    """One stored assessment (of a goal or a target); ``updated_at`` None: never saved.

    ``version`` 0 means that no assessment is stored yet: saving with
    ``ExpectedVersion(0)`` creates it, or meets the one another officer stored meanwhile.
    """

    assessment: str = NOT_ASSESSED
    trend: str = "okand"
    radighet: str | None = None
    partners: str = ""
    roles: tuple[str, ...] = ()
    group_differences: str = ""
    analysis: str = ""
    updated_at: datetime | None = None
    assessment_id: int | None = None  # the stored row's id; None: never saved
    # the version this was read at (0: never saved); pass it back when saving an edit
    version: int = 0

    @property
    def assessment_name(self) -> str:
        return ASSESSMENTS[self.assessment]

    @property
    def trend_name(self) -> str:
        return TRENDS[self.trend]

    @property
    def radighet_name(self) -> str:
        """The Swedish name, or "" when rådighet has not been judged."""
        return RADIGHET[self.radighet] if self.radighet else ""

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(ROLES[code] for code in self.roles)

    @property
    def is_assessed(self) -> bool:
        return is_assessed(self.assessment)

    def data(self) -> AssessmentData:
        """The assessment as input again (for a form to start from)."""
        return AssessmentData(
            self.assessment,
            self.trend,
            self.radighet,
            self.partners,
            frozenset(self.roles),
            self.group_differences,
            self.analysis,
        )


@dataclass(frozen=True)
class TargetAnalysis:
    """An assessed target; ``title`` is the municipality's Swedish short title, else the UN's."""

    code: str
    goal_number: int
    title: str
    assessment: Assessment


@dataclass(frozen=True)
class GoalAnalysis:
    """One goal of a cycle's analysis, with its assessed targets in the UN's order."""

    goal_number: int
    name: str
    name_en: str
    colour: str
    should_work_on: bool
    assessment: Assessment
    targets: tuple[TargetAnalysis, ...]

    def data(self) -> GoalAssessmentData:
        base = self.assessment.data()
        return GoalAssessmentData(
            base.assessment,
            base.trend,
            base.radighet,
            base.partners,
            base.roles,
            base.group_differences,
            base.analysis,
            self.should_work_on,
        )


@dataclass(frozen=True)
class CycleAnalysis:
    """A cycle's whole status analysis: always all 17 goals, unassessed ones as defaults."""

    cycle_id: int
    cycle_name: str
    start_year: int
    end_year: int
    goals: tuple[GoalAnalysis, ...]

    def goal(self, number: int) -> GoalAnalysis:
        return next(goal for goal in self.goals if goal.goal_number == number)

    @property
    def counts(self) -> dict[str, int]:
        """How many goals have each assessment (every code, "ej_bedomd" last)."""
        return assessment_counts(goal.assessment.assessment for goal in self.goals)

    @property
    def should_work_on(self) -> tuple[int, ...]:
        """The goals flagged as not worked on but that should be."""
        return tuple(goal.goal_number for goal in self.goals if goal.should_work_on)


@dataclass(frozen=True)
class IndicatorEvidence:
    """An indicator linked to the goal, with its latest value and how it compares.

    ``target_codes`` are the goal's targets it is linked to. The values are the
    municipality's total (T); the verdicts are None when there is nothing to compare.
    """

    kpi_id: str
    title: str
    unit: str
    is_local: bool
    target_codes: tuple[str, ...]
    higher_is_better: bool | None
    period: int | None = None
    value: float | None = None
    previous_period: int | None = None
    previous_value: float | None = None
    trend: Verdict | None = None
    riket_value: float | None = None
    against_riket: Verdict | None = None
    group_title: str | None = None
    group_value: float | None = None
    against_group: Verdict | None = None


@dataclass(frozen=True)
class CommentEvidence:
    """A dialogue comment (synpunkt) linked to the goal, from an activity of the cycle."""

    comment_id: int
    activity_title: str
    activity_kind: str
    activity_kind_name: str
    held_on: date | None
    received_on: date | None
    sender: str
    text: str
    status: str
    status_name: str


@dataclass(frozen=True)
class GoalEvidence:
    """What a goal's assessment rests on; ``municipality_id`` None before there is a profile."""

    cycle_id: int
    goal_number: int
    municipality_id: str | None
    municipality_name: str | None
    indicators: tuple[IndicatorEvidence, ...]
    comments: tuple[CommentEvidence, ...]


@dataclass(frozen=True)
class GoalComparison:
    """One goal in two cycles: the assessment before and after, and how it changed."""

    goal_number: int
    name: str
    before: str
    after: str
    trend_before: str
    trend_after: str
    should_work_on_before: bool
    should_work_on_after: bool
    change: str

    @property
    def before_name(self) -> str:
        return ASSESSMENTS[self.before]

    @property
    def after_name(self) -> str:
        return ASSESSMENTS[self.after]

    @property
    def change_name(self) -> str:
        return CHANGES[self.change]
