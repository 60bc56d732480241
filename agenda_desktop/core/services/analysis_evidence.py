"""The evidence of a goal's assessment, read inside the analysis service's transaction:
the indicators linked to the goal with how they compare, and the dialogue comments on it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.indicators.units import display_unit
from agenda_desktop.core.services import indicator_comparison
from agenda_desktop.core.services.analysis_types import CommentEvidence, IndicatorEvidence
from agenda_desktop.core.steering.vocabulary import COMMENT_STATUSES, DIALOGUE_KINDS
from agenda_desktop.core.store.models import (
    CommentGoal,
    DialogueActivity,
    DialogueComment,
    Kpi,
    KpiGoalLink,
)


def linked_indicators(
    session: Session, goal_number: int, municipality_id: str | None
) -> tuple[IndicatorEvidence, ...]:
    """Every indicator linked to the goal (or one of its targets), by id."""
    targets: dict[str, set[str]] = {}
    rows = session.execute(
        select(KpiGoalLink.kpi_id, KpiGoalLink.target_code).where(
            KpiGoalLink.goal_number == goal_number
        )
    ).all()
    for kpi_id, target_code in rows:
        codes = targets.setdefault(kpi_id, set())
        if target_code:
            codes.add(target_code)
    if not targets:
        return ()
    kpis = session.scalars(select(Kpi).where(Kpi.id.in_(targets)).order_by(Kpi.id)).all()
    return tuple(
        _evidence(session, kpi, tuple(sorted(targets[kpi.id])), municipality_id) for kpi in kpis
    )


def _evidence(
    session: Session, kpi: Kpi, target_codes: tuple[str, ...], municipality_id: str | None
) -> IndicatorEvidence:
    unit = display_unit(kpi.unit, kpi.title, kpi.is_local)
    if municipality_id is None:
        return IndicatorEvidence(
            kpi.id, kpi.title, unit, kpi.is_local, target_codes, kpi.higher_is_better
        )
    found = indicator_comparison.comparison(session, kpi.id, municipality_id, None, "T")
    previous = found.previous
    group = found.group
    return IndicatorEvidence(
        kpi_id=kpi.id,
        title=kpi.title,
        unit=unit,
        is_local=kpi.is_local,
        target_codes=target_codes,
        higher_is_better=found.higher_is_better,
        period=found.period if found.own.value is not None else None,
        value=found.own.value,
        previous_period=previous.period if previous else None,
        previous_value=previous.value if previous else None,
        trend=found.trend,
        riket_value=found.riket.value if found.riket else None,
        against_riket=found.against_riket,
        group_title=group.title if group else None,
        group_value=group.value if group else None,
        against_group=found.against_group,
    )


def goal_comments(session: Session, cycle_id: int, goal_number: int) -> tuple[CommentEvidence, ...]:
    """The comments linked to the goal from the cycle's dialogue activities, oldest first."""
    rows = session.execute(
        select(DialogueComment, DialogueActivity)
        .join(CommentGoal, CommentGoal.comment_id == DialogueComment.id)
        .join(DialogueActivity, DialogueActivity.id == DialogueComment.activity_id)
        .where(DialogueActivity.cycle_id == cycle_id, CommentGoal.goal_number == goal_number)
        .order_by(DialogueActivity.held_on, DialogueActivity.id, DialogueComment.id)
    ).all()
    return tuple(
        CommentEvidence(
            comment_id=comment.id,
            activity_title=activity.title,
            activity_kind=activity.kind,
            activity_kind_name=DIALOGUE_KINDS[activity.kind],
            held_on=activity.held_on,
            received_on=comment.received_on,
            sender=comment.sender,
            text=comment.text,
            status=comment.status,
            status_name=COMMENT_STATUSES[comment.status],
        )
        for comment, activity in rows
    )
