"""Reading the indicator catalogue: the filtered list and one indicator's details.

Functions take an open session; :class:`~agenda_desktop.core.services.indicators.
IndicatorService` opens the unit of work around them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.indicators.units import display_source, display_unit
from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.indicator_types import (
    GoalLinkInfo,
    IndicatorDetail,
    IndicatorSummary,
    TargetValueInfo,
)
from agenda_desktop.core.store.models import (
    FocusArea,
    IndicatorSelection,
    IndicatorSelectionItem,
    Kpi,
    KpiGoalLink,
    KpiTargetValue,
    KpiValue,
    Objective,
    ObjectiveIndicator,
    OrganisationProfile,
    SteeringCycle,
)

PROFILE_ID = 1


def our_municipality(session: Session) -> str | None:
    """The municipality of the organisation profile, or None before the first-run wizard."""
    profile = session.get(OrganisationProfile, PROFILE_ID)
    return profile.municipality_id if profile else None


def selection_id(session: Session, preset_key: str) -> int:
    found = session.scalar(
        select(IndicatorSelection.id).where(IndicatorSelection.preset_key == preset_key)
    )
    if found is None:
        raise NotFoundError(f"Urvalet {preset_key} finns inte.")
    return found


def selection_goals(session: Session, kpi_ids: list[str] | None = None) -> dict[str, set[int]]:
    """The goals RKA's selection shows each indicator under."""
    query = (
        select(IndicatorSelectionItem.kpi_id, IndicatorSelectionItem.goal_number)
        .join(IndicatorSelection)
        .where(IndicatorSelection.preset_key == RKA_PRESET_KEY)
    )
    if kpi_ids is not None:
        query = query.where(IndicatorSelectionItem.kpi_id.in_(kpi_ids))
    goals: dict[str, set[int]] = defaultdict(set)
    for kpi_id, goal in session.connection().execute(query):
        goals[kpi_id].add(goal)
    return goals


def linked_goals(session: Session) -> dict[str, set[int]]:
    goals: dict[str, set[int]] = defaultdict(set)
    query = select(KpiGoalLink.kpi_id, KpiGoalLink.goal_number)
    for kpi_id, goal in session.connection().execute(query):
        goals[kpi_id].add(goal)
    return goals


def _goal_condition(goal: int, selection_key: str | None) -> ColumnElement[bool]:
    keys = {RKA_PRESET_KEY, selection_key} - {None}
    in_selection = (
        select(IndicatorSelectionItem.kpi_id)
        .join(IndicatorSelection)
        .where(
            IndicatorSelection.preset_key.in_(keys),
            IndicatorSelectionItem.goal_number == goal,
        )
    )
    linked = select(KpiGoalLink.kpi_id).where(KpiGoalLink.goal_number == goal)
    return or_(Kpi.id.in_(linked), Kpi.id.in_(in_selection))


def _latest_periods(municipality_id: str | None) -> Subquery:
    query = select(
        KpiValue.kpi_id.label("kpi_id"), func.max(KpiValue.period).label("latest")
    ).where(KpiValue.value.is_not(None))
    if municipality_id is not None:
        query = query.where(KpiValue.municipality_id == municipality_id)
    return query.group_by(KpiValue.kpi_id).subquery()


def list_indicators(
    session: Session,
    *,
    text: str,
    goal: int | None,
    selection_key: str | None,
    only_with_values: bool,
    limit: int | None,
    municipality_id: str | None,
    include_retired: bool,
) -> list[IndicatorSummary]:
    """See :meth:`IndicatorService.list_indicators`."""
    latest = _latest_periods(municipality_id)
    query = select(
        Kpi.id,
        Kpi.title,
        Kpi.unit,
        Kpi.is_local,
        Kpi.gender_split,
        Kpi.retired,
        latest.c.latest,
    ).outerjoin(latest, latest.c.kpi_id == Kpi.id)
    words = text.casefold().split()
    if words:
        query = query.where(and_(*(Kpi.search_text.contains(word) for word in words)))
    if goal is not None:
        query = query.where(_goal_condition(goal, selection_key))
    if only_with_values:
        query = query.where(latest.c.latest.is_not(None))
    if not include_retired:
        # A retired indicator stays visible while the municipality has values of it.
        query = query.where(or_(Kpi.retired.is_(False), latest.c.latest.is_not(None)))
    order: list[ColumnElement[Any] | InstrumentedAttribute[Any]] = []
    if text.strip():
        order.append((Kpi.id == text.strip().upper()).desc())
    if selection_key is not None:
        items = (
            select(
                IndicatorSelectionItem.kpi_id,
                IndicatorSelectionItem.goal_number,
                IndicatorSelectionItem.position,
            )
            .where(IndicatorSelectionItem.selection_id == selection_id(session, selection_key))
            .subquery()
        )
        query = query.join(items, items.c.kpi_id == Kpi.id)
        order += [items.c.goal_number, items.c.position]
    else:
        order += [latest.c.latest.is_(None), Kpi.id]
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    # Core rows, not ORM ones: half the time for the whole catalogue.
    rows = session.connection().execute(query).all()
    links = linked_goals(session)
    in_selection = selection_goals(session)
    return [
        IndicatorSummary(
            id=kpi_id,
            title=title,
            unit=display_unit(unit, title, is_local),
            is_local=is_local,
            gender_split=gender_split,
            retired=retired,
            goals=tuple(sorted(links.get(kpi_id, set()) | in_selection.get(kpi_id, set()))),
            has_values=latest_period is not None,
            latest_period=latest_period,
        )
        for kpi_id, title, unit, is_local, gender_split, retired, latest_period in rows
    ]


def get_kpi(session: Session, kpi_id: str) -> Kpi:
    kpi = session.get(Kpi, kpi_id)
    if kpi is None:
        raise NotFoundError(f"Nyckeltalet {kpi_id} finns inte.")
    return kpi


def goal_links(session: Session, kpi_id: str) -> tuple[GoalLinkInfo, ...]:
    rows = session.execute(
        select(KpiGoalLink.goal_number, KpiGoalLink.target_code)
        .where(KpiGoalLink.kpi_id == kpi_id)
        .order_by(KpiGoalLink.goal_number, KpiGoalLink.target_code.asc().nulls_first())
    )
    return tuple(GoalLinkInfo(goal, target) for goal, target in rows)


def target_values(session: Session, kpi_id: str) -> tuple[TargetValueInfo, ...]:
    rows = session.scalars(
        select(KpiTargetValue)
        .where(KpiTargetValue.kpi_id == kpi_id)
        .order_by(KpiTargetValue.year, KpiTargetValue.gender)
    )
    return tuple(TargetValueInfo(row.gender, row.year, row.value, row.note) for row in rows)


def value_count(session: Session, kpi_id: str) -> int:
    return int(
        session.scalar(select(func.count()).select_from(KpiValue).where(KpiValue.kpi_id == kpi_id))
        or 0
    )


def objectives_following(session: Session, kpi_id: str) -> str:
    """The målsättningar followed up by an indicator, as Swedish text ("" when none)."""
    rows = session.execute(
        select(Objective.text, SteeringCycle.name)
        .join(ObjectiveIndicator, ObjectiveIndicator.objective_id == Objective.id)
        .join(FocusArea, FocusArea.id == Objective.focus_area_id)
        .join(SteeringCycle, SteeringCycle.id == FocusArea.cycle_id)
        .where(ObjectiveIndicator.kpi_id == kpi_id)
        .distinct()
    ).all()
    named = [f"”{shorten(text, 60)}” ({cycle})" for text, cycle in rows]
    if not named:
        return ""
    return ("målsättningen " if len(named) == 1 else "målsättningarna ") + ", ".join(named)


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def indicator_detail(session: Session, kpi_id: str) -> IndicatorDetail:
    """See :meth:`IndicatorService.indicator`."""
    kpi = get_kpi(session, kpi_id)
    unit = display_unit(kpi.unit, kpi.title, kpi.is_local)
    return IndicatorDetail(
        id=kpi.id,
        title=kpi.title,
        description=kpi.description,
        unit=unit,
        unit_is_derived=not kpi.unit.strip() and bool(unit),
        own_unit=kpi.unit,
        source=display_source(kpi.source, kpi.is_local),
        own_source=kpi.source,
        higher_is_better=kpi.higher_is_better,
        gender_split=kpi.gender_split,
        is_local=kpi.is_local,
        retired=kpi.retired,
        municipality_type=kpi.municipality_type,
        operating_area=kpi.operating_area,
        perspective=kpi.perspective,
        catalogue_latest_period=kpi.latest_period,
        publication_date=kpi.publication_date,
        goal_links=goal_links(session, kpi.id),
        selection_goals=tuple(sorted(selection_goals(session, [kpi.id]).get(kpi.id, set()))),
        target_values=target_values(session, kpi.id),
        value_count=value_count(session, kpi.id),
        version=kpi.version,
    )
