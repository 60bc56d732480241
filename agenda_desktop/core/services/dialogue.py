"""Step 4, kommunicera och involvera: dialogue activities, participants and comments.

One public method is one user action in one transaction; everything returned is a frozen
dataclass from :mod:`.dialogue_types`. The input rules are in
:mod:`agenda_desktop.core.steering.dialogue_rules`, the reading in :mod:`.dialogue_reading`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services import dialogue_reading as reading
from agenda_desktop.core.services.dialogue_types import (
    ActivityDetail,
    ActivitySummary,
    CommentInfo,
    DialogueSnapshot,
    GoalComment,
    RemissStatus,
)
from agenda_desktop.core.steering import dialogue_rules as rules
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    CommentFocusArea,
    CommentGoal,
    CommentObjective,
    DialogueActivity,
    DialogueComment,
    DialogueParticipants,
    Goal,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class DialogueService:
    """Use cases of step 4 for the page, step 1 (evidence) and the reports."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- activities --------------------------------------------------------------------

    def activities(self, cycle_id: int) -> list[ActivitySummary]:
        """The cycle's activities in date order (undated last), with their counts."""
        with self._database.unit_of_work() as session:
            reading.require_cycle(session, cycle_id)
            return [
                reading.activity_summary(a) for a in reading.cycle_activities(session, cycle_id)
            ]

    def activity(self, activity_id: int) -> ActivityDetail:
        with self._database.unit_of_work() as session:
            activity = reading.require_activity(session, activity_id)
            refs = reading.programme_refs(session, activity.cycle_id)
            return reading.activity_detail(activity, refs)

    def create_activity(self, cycle_id: int, data: rules.ActivityData) -> ActivityDetail:
        """Record a new activity. Raises ValidationError naming the field that is wrong."""
        clean = rules.clean_activity(data)
        with self._database.unit_of_work() as session:
            reading.require_cycle(session, cycle_id)
            activity = DialogueActivity(cycle_id=cycle_id)
            _fill_activity(activity, clean)
            session.add(activity)
            session.flush()
            return reading.activity_detail(activity, reading.programme_refs(session, cycle_id))

    def update_activity(
        self,
        activity_id: int,
        data: rules.ActivityData,
        expected: ExpectedVersion | None = None,
    ) -> ActivityDetail:
        """Change an activity; one that stops being a remiss loses its deadline.

        ``expected`` is the version the edit began from (see record_versions).
        """
        clean = rules.clean_activity(data)
        with self._database.unit_of_work() as session:
            activity = reading.require_activity(session, activity_id)
            expect_version(session, activity, expected)
            _fill_activity(activity, clean)
            session.flush()
            refs = reading.programme_refs(session, activity.cycle_id)
            return reading.activity_detail(activity, refs)

    def delete_activity(self, activity_id: int) -> None:
        """Delete an activity with its participants and comments."""
        with self._database.unit_of_work() as session:
            session.delete(reading.require_activity(session, activity_id))

    def set_participants(
        self,
        activity_id: int,
        counts: Mapping[tuple[str, str], int],
        expected: ExpectedVersion | None = None,
    ) -> ActivityDetail:
        """Replace the whole grid: (gender code, age band code) → count; absent cells are 0.

        The grid is a part of the activity: ``expected`` is the activity's version the
        grid was filled from (see record_versions).
        """
        clean = rules.clean_participants(counts)
        with self._database.unit_of_work() as session:
            activity = reading.require_activity(session, activity_id)
            expect_version(session, activity, expected)
            activity.participants.clear()
            session.flush()
            activity.participants.extend(
                DialogueParticipants(gender=gender, age_band=band, count=count)
                for (gender, band), count in clean.items()
            )
            session.flush()
            refs = reading.programme_refs(session, activity.cycle_id)
            return reading.activity_detail(activity, refs)

    # -- comments ------------------------------------------------------------------------

    def add_comment(
        self,
        activity_id: int,
        data: rules.CommentData,
        goal_numbers: Iterable[int] = (),
        focus_area_ids: Iterable[int] = (),
        objective_ids: Iterable[int] = (),
        response: str = "",
        status: str = "ny",
        responded_on: date | None = None,
        today: date | None = None,
    ) -> CommentInfo:
        """Record a synpunkt, linked to what it concerns in the same cycle.

        It starts as ”ny” unless a status (and återkoppling) is given, as for a comment
        that was answered before it was written down; see :meth:`respond`.
        """
        clean = rules.clean_comment(data)
        with self._database.unit_of_work() as session:
            activity = reading.require_activity(session, activity_id)
            comment = DialogueComment(
                text=clean.text, sender=clean.sender, received_on=clean.received_on
            )
            _answer(comment, response, status, responded_on, today)
            activity.comments.append(comment)
            session.flush()
            refs = reading.programme_refs(session, activity.cycle_id)
            _link(session, comment, refs, goal_numbers, focus_area_ids, objective_ids)
            session.flush()
            return reading.comment_info(comment, refs)

    def save_comment(
        self,
        comment_id: int,
        data: rules.CommentData,
        goal_numbers: Iterable[int],
        focus_area_ids: Iterable[int],
        objective_ids: Iterable[int],
        response: str,
        status: str,
        responded_on: date | None = None,
        today: date | None = None,
        expected: ExpectedVersion | None = None,
    ) -> CommentInfo:
        """Change everything about a comment at once, as its editor dialog does.

        ``expected`` is the version the edit began from (see record_versions); the links
        are parts of the comment, logged under it.
        """
        clean = rules.clean_comment(data)
        with self._database.unit_of_work() as session:
            comment = reading.require_comment(session, comment_id)
            expect_version(session, comment, expected)
            comment.text = clean.text
            comment.sender = clean.sender
            comment.received_on = clean.received_on
            _answer(comment, response, status, responded_on, today)
            refs = reading.programme_refs(session, comment.activity.cycle_id)
            _link(session, comment, refs, goal_numbers, focus_area_ids, objective_ids)
            session.flush()
            return reading.comment_info(comment, refs)

    def update_comment(
        self,
        comment_id: int,
        data: rules.CommentData,
        expected: ExpectedVersion | None = None,
    ) -> CommentInfo:
        """Change a comment's text, sender and date (its links and response stay);
        ``expected`` is the version the edit began from (see record_versions)."""
        clean = rules.clean_comment(data)
        with self._database.unit_of_work() as session:
            comment = reading.require_comment(session, comment_id)
            expect_version(session, comment, expected)
            comment.text = clean.text
            comment.sender = clean.sender
            comment.received_on = clean.received_on
            session.flush()
            refs = reading.programme_refs(session, comment.activity.cycle_id)
            return reading.comment_info(comment, refs)

    def set_comment_links(
        self,
        comment_id: int,
        goal_numbers: Iterable[int] = (),
        focus_area_ids: Iterable[int] = (),
        objective_ids: Iterable[int] = (),
    ) -> CommentInfo:
        """Replace what the comment concerns: global goals, focus areas, målsättningar.

        Focus areas and målsättningar must belong to the comment's own cycle.
        """
        with self._database.unit_of_work() as session:
            comment = reading.require_comment(session, comment_id)
            refs = reading.programme_refs(session, comment.activity.cycle_id)
            _link(session, comment, refs, goal_numbers, focus_area_ids, objective_ids)
            session.flush()
            return reading.comment_info(comment, refs)

    def respond(
        self,
        comment_id: int,
        response: str,
        status: str,
        responded_on: date | None = None,
        today: date | None = None,
        expected: ExpectedVersion | None = None,
    ) -> CommentInfo:
        """Give (or change) the återkoppling and the status of a comment.

        An answered status (besvarad, avslutad) needs a response text; its date defaults
        to ``today`` (the computer's date when not given). ``expected`` is the version the
        edit began from (see record_versions).
        """
        with self._database.unit_of_work() as session:
            comment = reading.require_comment(session, comment_id)
            expect_version(session, comment, expected)
            _answer(comment, response, status, responded_on, today)
            session.flush()
            refs = reading.programme_refs(session, comment.activity.cycle_id)
            return reading.comment_info(comment, refs)

    def delete_comment(self, comment_id: int) -> None:
        with self._database.unit_of_work() as session:
            session.delete(reading.require_comment(session, comment_id))

    # -- views for other steps and reports ------------------------------------------------

    def remiss_status(self, activity_id: int, today: date | None = None) -> RemissStatus:
        """Days left to a remiss's deadline and its comments without återkoppling.

        Raises ValidationError when the activity is not a remiss.
        """
        day = today or date.today()
        with self._database.unit_of_work() as session:
            activity = reading.require_activity(session, activity_id)
            if activity.kind != rules.REMISS or activity.deadline is None:
                raise ValidationError(
                    rules.FIELD_KIND, f"”{activity.title}” är ingen remiss med sista dag."
                )
            refs = reading.programme_refs(session, activity.cycle_id)
            comments = [reading.comment_info(c, refs) for c in activity.comments]
            return RemissStatus(
                activity_id=activity.id,
                title=activity.title,
                deadline=activity.deadline,
                today=day,
                days_left=rules.days_left(activity.deadline, day),
                comment_count=len(comments),
                unanswered=tuple(c for c in comments if c.is_unanswered),
            )

    def comments_for_goal(self, cycle_id: int, goal_number: int) -> list[GoalComment]:
        """The cycle's comments linked directly to a global goal, in activity order."""
        with self._database.unit_of_work() as session:
            reading.require_cycle(session, cycle_id)
            refs = reading.programme_refs(session, cycle_id)
            found: list[GoalComment] = []
            for activity in reading.cycle_activities(session, cycle_id):
                for comment in activity.comments:
                    if any(link.goal_number == goal_number for link in comment.goals):
                        found.append(
                            GoalComment(
                                reading.comment_info(comment, refs),
                                activity.title,
                                activity.kind,
                                activity.held_on,
                            )
                        )
            return found

    def dialogue(self, cycle_id: int) -> DialogueSnapshot:
        """Everything of step 4 for one cycle, read in one transaction."""
        with self._database.unit_of_work() as session:
            reading.require_cycle(session, cycle_id)
            refs = reading.programme_refs(session, cycle_id)
            activities = tuple(
                reading.activity_detail(a, refs)
                for a in reading.cycle_activities(session, cycle_id)
            )
            return DialogueSnapshot(cycle_id, activities, refs.focus_areas, refs.objectives)


def _fill_activity(activity: DialogueActivity, clean: rules.ActivityData) -> None:
    activity.kind = clean.kind
    activity.title = clean.title
    activity.held_on = clean.held_on
    activity.deadline = clean.deadline
    activity.target_group = clean.target_group
    activity.description = clean.description


def _answer(
    comment: DialogueComment,
    response: str,
    status: str,
    responded_on: date | None,
    today: date | None,
) -> None:
    text, status, day = rules.clean_response(
        response, status, responded_on, comment.received_on, today or date.today()
    )
    comment.response, comment.status, comment.responded_on = text, status, day


def _link(
    session: Session,
    comment: DialogueComment,
    refs: reading.ProgrammeRefs,
    goal_numbers: Iterable[int],
    focus_area_ids: Iterable[int],
    objective_ids: Iterable[int],
) -> None:
    goals = list(dict.fromkeys(goal_numbers))
    areas = list(dict.fromkeys(focus_area_ids))
    objectives = list(dict.fromkeys(objective_ids))
    known_goals = set(session.scalars(select(Goal.number).where(Goal.number.in_(goals))))
    for number in goals:
        if number not in known_goals:
            raise ValidationError(rules.FIELD_GOALS, f"mål {number} finns inte (1–17).")
    for area_id in areas:
        if refs.area(area_id) is None:
            raise ValidationError(
                rules.FIELD_FOCUS_AREAS,
                f"insatsområdet {area_id} hör inte till den här styrcykelns program.",
            )
    for objective_id in objectives:
        if refs.objective(objective_id) is None:
            raise ValidationError(
                rules.FIELD_OBJECTIVES,
                f"målsättningen {objective_id} hör inte till den här styrcykelns program.",
            )
    comment.goals.clear()
    comment.focus_areas.clear()
    comment.objectives.clear()
    session.flush()
    comment.goals.extend(CommentGoal(goal_number=n) for n in goals)
    comment.focus_areas.extend(CommentFocusArea(focus_area_id=i) for i in areas)
    comment.objectives.extend(CommentObjective(objective_id=i) for i in objectives)
