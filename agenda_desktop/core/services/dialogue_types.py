"""What the dialogue service hands out: frozen snapshots, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.steering.dialogue_rules import REMISS, is_unanswered
from agenda_desktop.core.steering.objective_refs import FocusAreaRef, ObjectiveRef


@dataclass(frozen=True)
class ParticipantCount:
    gender: str  # a code of PARTICIPANT_GENDERS
    age_band: str  # a code of AGE_BANDS
    count: int


@dataclass(frozen=True)
class CommentInfo:
    """A synpunkt with what it concerns and its återkoppling.

    ``focus_area_labels`` are the focus areas' titles and ``objective_labels`` the
    målsättningar's numbers ("1.2"), both in the programme's order.
    """

    comment_id: int
    activity_id: int
    received_on: date | None
    sender: str
    text: str
    response: str
    responded_on: date | None
    status: str
    goal_numbers: tuple[int, ...]
    focus_area_ids: tuple[int, ...]
    objective_ids: tuple[int, ...]
    focus_area_labels: tuple[str, ...]
    objective_labels: tuple[str, ...]
    version: int  # the version this was read at; pass it back when saving an edit

    @property
    def is_unanswered(self) -> bool:
        return is_unanswered(self.status)


@dataclass(frozen=True)
class ActivitySummary:
    """One row of the activity list, with its counts."""

    activity_id: int
    cycle_id: int
    kind: str
    title: str
    held_on: date | None
    deadline: date | None
    target_group: str
    participant_count: int
    comment_count: int
    unanswered_count: int
    version: int  # the activity's version when read; pass it back when saving an edit

    @property
    def is_remiss(self) -> bool:
        return self.kind == REMISS


@dataclass(frozen=True)
class ActivityDetail:
    """An activity with its description, participant grid and comments."""

    summary: ActivitySummary
    description: str
    participants: tuple[ParticipantCount, ...]
    comments: tuple[CommentInfo, ...]

    @property
    def activity_id(self) -> int:
        return self.summary.activity_id

    @property
    def version(self) -> int:
        """The activity's version when read (see ``ActivitySummary.version``)."""
        return self.summary.version

    def participant_grid(self) -> dict[tuple[str, str], int]:
        """(gender, age band) → count; missing cells are 0."""
        return {(p.gender, p.age_band): p.count for p in self.participants}


@dataclass(frozen=True)
class RemissStatus:
    """Where a remiss stands on ``today``: days to its deadline and what is unanswered."""

    activity_id: int
    title: str
    deadline: date
    today: date
    days_left: int  # 0 on the last day, negative after it
    comment_count: int
    unanswered: tuple[CommentInfo, ...]

    @property
    def past_deadline(self) -> bool:
        return self.days_left < 0

    @property
    def unanswered_count(self) -> int:
        return len(self.unanswered)


@dataclass(frozen=True)
class GoalComment:
    """A comment that concerns a global goal, with the activity it came from."""

    comment: CommentInfo
    activity_title: str
    activity_kind: str
    activity_held_on: date | None


@dataclass(frozen=True)
class DialogueSnapshot:
    """Step 4 of one cycle, complete: for the page and for the reports."""

    cycle_id: int
    activities: tuple[ActivityDetail, ...]
    focus_areas: tuple[FocusAreaRef, ...]
    objectives: tuple[ObjectiveRef, ...]

    @property
    def participant_count(self) -> int:
        return sum(a.summary.participant_count for a in self.activities)

    @property
    def comment_count(self) -> int:
        return sum(a.summary.comment_count for a in self.activities)

    @property
    def unanswered_count(self) -> int:
        return sum(a.summary.unanswered_count for a in self.activities)
