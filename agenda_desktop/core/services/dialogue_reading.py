"""Reading step 4 inside an open session: ORM rows to frozen snapshots.

The numbering of focus areas and målsättningar is the one of
:mod:`agenda_desktop.core.steering.objective_refs`, done here in the caller's session so
that a user action stays one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.services.dialogue_types import (
    ActivityDetail,
    ActivitySummary,
    CommentInfo,
    ParticipantCount,
)
from agenda_desktop.core.steering.dialogue_rules import is_unanswered
from agenda_desktop.core.steering.objective_refs import (
    FocusAreaRef,
    ObjectiveRef,
    focus_area_refs_in,
    objective_refs_in,
)
from agenda_desktop.core.steering.vocabulary import AGE_BANDS, PARTICIPANT_GENDERS
from agenda_desktop.core.store.models import (
    DialogueActivity,
    DialogueComment,
    SteeringCycle,
)


@dataclass(frozen=True)
class ProgrammeRefs:
    """A cycle's focus areas and målsättningar, numbered as the programme shows them."""

    focus_areas: tuple[FocusAreaRef, ...]
    objectives: tuple[ObjectiveRef, ...]

    def area(self, focus_area_id: int) -> FocusAreaRef | None:
        return next((a for a in self.focus_areas if a.focus_area_id == focus_area_id), None)

    def objective(self, objective_id: int) -> ObjectiveRef | None:
        return next((o for o in self.objectives if o.objective_id == objective_id), None)


def programme_refs(session: Session, cycle_id: int) -> ProgrammeRefs:
    areas = focus_area_refs_in(session, cycle_id)
    return ProgrammeRefs(tuple(areas), tuple(objective_refs_in(session, cycle_id, areas)))


def require_cycle(session: Session, cycle_id: int) -> SteeringCycle:
    cycle = session.get(SteeringCycle, cycle_id)
    if cycle is None:
        raise NotFoundError(f"Styrcykeln {cycle_id} finns inte (längre).")
    return cycle


def require_activity(session: Session, activity_id: int) -> DialogueActivity:
    activity = session.get(DialogueActivity, activity_id)
    if activity is None:
        raise NotFoundError(f"Dialogaktiviteten {activity_id} finns inte (längre).")
    return activity


def require_comment(session: Session, comment_id: int) -> DialogueComment:
    comment = session.get(DialogueComment, comment_id)
    if comment is None:
        raise NotFoundError(f"Synpunkten {comment_id} finns inte (längre).")
    return comment


def comment_info(comment: DialogueComment, refs: ProgrammeRefs) -> CommentInfo:
    area_order = {a.focus_area_id: n for n, a in enumerate(refs.focus_areas)}
    objective_order = {o.objective_id: n for n, o in enumerate(refs.objectives)}
    area_ids = sorted(
        (link.focus_area_id for link in comment.focus_areas),
        key=lambda i: area_order.get(i, len(area_order)),
    )
    objective_ids = sorted(
        (link.objective_id for link in comment.objectives),
        key=lambda i: objective_order.get(i, len(objective_order)),
    )
    areas = [refs.area(i) for i in area_ids]
    objectives = [refs.objective(i) for i in objective_ids]
    return CommentInfo(
        comment_id=comment.id,
        activity_id=comment.activity_id,
        received_on=comment.received_on,
        sender=comment.sender or "",
        text=comment.text,
        response=comment.response or "",
        responded_on=comment.responded_on,
        status=comment.status,
        goal_numbers=tuple(sorted(link.goal_number for link in comment.goals)),
        focus_area_ids=tuple(area_ids),
        objective_ids=tuple(objective_ids),
        focus_area_labels=tuple(a.title for a in areas if a is not None),
        objective_labels=tuple(o.label for o in objectives if o is not None),
        version=comment.version,
    )


def participants(activity: DialogueActivity) -> tuple[ParticipantCount, ...]:
    """The grid's non-zero cells in the vocabulary's order (gender, then age band)."""
    genders = list(PARTICIPANT_GENDERS)
    bands = list(AGE_BANDS)
    rows = sorted(
        activity.participants, key=lambda p: (genders.index(p.gender), bands.index(p.age_band))
    )
    return tuple(ParticipantCount(p.gender, p.age_band, p.count) for p in rows if p.count)


def activity_summary(activity: DialogueActivity) -> ActivitySummary:
    return ActivitySummary(
        activity_id=activity.id,
        cycle_id=activity.cycle_id,
        kind=activity.kind,
        title=activity.title,
        held_on=activity.held_on,
        deadline=activity.deadline,
        target_group=activity.target_group or "",
        participant_count=sum(p.count for p in activity.participants),
        comment_count=len(activity.comments),
        unanswered_count=sum(1 for c in activity.comments if is_unanswered(c.status)),
        version=activity.version,
    )


def activity_detail(activity: DialogueActivity, refs: ProgrammeRefs) -> ActivityDetail:
    return ActivityDetail(
        summary=activity_summary(activity),
        description=activity.description or "",
        participants=participants(activity),
        comments=tuple(comment_info(c, refs) for c in activity.comments),
    )


def cycle_activities(session: Session, cycle_id: int) -> list[DialogueActivity]:
    """The cycle's activities in date order, undated ones last."""
    return list(
        session.scalars(
            select(DialogueActivity)
            .where(DialogueActivity.cycle_id == cycle_id)
            .order_by(
                DialogueActivity.held_on.is_(None),
                DialogueActivity.held_on,
                DialogueActivity.id,
            )
        )
    )
