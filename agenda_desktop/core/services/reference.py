"""Reading the reference data: goals and targets, municipalities, the KPI catalogue."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Goal,
    IndicatorSelection,
    Kpi,
    Municipality,
    Target,
)


@dataclass(frozen=True)
class GoalInfo:
    number: int
    short_sv: str
    short_en: str
    title_en: str
    colour: str

    def name(self, language: str) -> str:
        return self.short_en if language == "en" else self.short_sv


@dataclass(frozen=True)
class TargetInfo:
    code: str
    goal_number: int
    title_en: str
    short_title_sv: str | None


@dataclass(frozen=True)
class GoalDetail:
    goal: GoalInfo
    targets: tuple[TargetInfo, ...]


@dataclass(frozen=True)
class MunicipalityInfo:
    id: str
    name: str
    kind: str
    county_code: str | None
    county_name: str | None
    kommungrupp: str | None
    kommungrupp_title: str | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.id})"


@dataclass(frozen=True)
class KpiInfo:
    id: str
    title: str
    description: str
    gender_split: bool
    operating_area: str
    latest_period: int | None
    is_local: bool
    retired: bool


@dataclass(frozen=True)
class SelectionItemInfo:
    kpi_id: str
    goal_number: int
    title: str | None
    note: str


def _goal_info(goal: Goal) -> GoalInfo:
    return GoalInfo(goal.number, goal.short_sv, goal.short_en, goal.title_en, goal.colour)


def _target_info(target: Target) -> TargetInfo:
    return TargetInfo(target.code, target.goal_number, target.title_en, target.short_title_sv)


def _county_names(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(Municipality.county_code, Municipality.name).where(Municipality.kind == "region")
    ).all()
    return {code: name for code, name in rows if code}


def _municipality_info(found: Municipality, counties: dict[str, str]) -> MunicipalityInfo:
    return MunicipalityInfo(
        found.id,
        found.name,
        found.kind,
        found.county_code,
        counties.get(found.county_code or ""),
        found.kommungrupp,
        found.kommungrupp_title,
    )


def _kpi_info(kpi: Kpi) -> KpiInfo:
    return KpiInfo(
        kpi.id,
        kpi.title,
        kpi.description,
        kpi.gender_split,
        kpi.operating_area,
        kpi.latest_period,
        kpi.is_local,
        kpi.retired,
    )


class ReferenceService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def goals(self) -> list[GoalInfo]:
        with self._database.unit_of_work() as session:
            return [
                _goal_info(goal) for goal in session.scalars(select(Goal).order_by(Goal.number))
            ]

    def goal(self, number: int) -> GoalDetail:
        with self._database.unit_of_work() as session:
            goal = session.get(Goal, number)
            if goal is None:
                raise NotFoundError(f"Mål {number} finns inte (målen är numrerade 1–17).")
            return GoalDetail(_goal_info(goal), tuple(_target_info(t) for t in goal.targets))

    def set_target_short_title(self, code: str, title: str) -> TargetInfo:
        """Store the municipality's own Swedish short title of a target (empty clears it)."""
        cleaned = " ".join(title.split())
        if len(cleaned) > 200:
            raise ValidationError(
                f"Delmål {code}, kort svensk titel", "högst 200 tecken är tillåtna."
            )
        with self._database.unit_of_work() as session:
            target = session.get(Target, code)
            if target is None:
                raise NotFoundError(f"Delmål {code} finns inte.")
            target.short_title_sv = cleaned or None
            return _target_info(target)

    def municipality(self, municipality_id: str) -> MunicipalityInfo:
        with self._database.unit_of_work() as session:
            found = session.get(Municipality, municipality_id)
            if found is None:
                raise NotFoundError(f"Kommunkoden {municipality_id} finns inte i Koladas lista.")
            return _municipality_info(found, _county_names(session))

    def municipalities(
        self, text: str = "", kinds: tuple[str, ...] = ("kommun",)
    ) -> list[MunicipalityInfo]:
        """Municipalities whose name contains ``text`` or whose kommunkod starts with it."""
        needle = text.strip().casefold()
        with self._database.unit_of_work() as session:
            found = session.scalars(select(Municipality).where(Municipality.kind.in_(kinds)))
            counties = _county_names(session)
            infos = [
                _municipality_info(m, counties)
                for m in found
                if not needle or m.id.startswith(needle) or needle in m.name.casefold()
            ]
        return sorted(infos, key=lambda m: (m.name.casefold(), m.id))

    def search_kpis(
        self, text: str, limit: int = 200, include_retired: bool = False
    ) -> list[KpiInfo]:
        """KPIs whose id, title or description contain every word of ``text``."""
        words = text.casefold().split()
        with self._database.unit_of_work() as session:
            query = select(Kpi)
            if words:
                query = query.where(and_(*(Kpi.search_text.contains(word) for word in words)))
            if not include_retired:
                query = query.where(Kpi.retired.is_(False))
            exact = text.strip().upper()
            query = query.order_by((Kpi.id == exact).desc(), Kpi.id).limit(limit)
            return [_kpi_info(kpi) for kpi in session.scalars(query)]

    def kpi_count(self) -> int:
        with self._database.unit_of_work() as session:
            return int(session.scalar(select(func.count()).select_from(Kpi)) or 0)

    def selection(self, preset_key: str) -> list[SelectionItemInfo]:
        with self._database.unit_of_work() as session:
            selection = session.scalar(
                select(IndicatorSelection).where(IndicatorSelection.preset_key == preset_key)
            )
            if selection is None:
                raise NotFoundError(f"Urvalet {preset_key} finns inte.")
            titles = dict(
                session.execute(
                    select(Kpi.id, Kpi.title).where(Kpi.id.in_([i.kpi_id for i in selection.items]))
                ).all()
            )
            return [
                SelectionItemInfo(item.kpi_id, item.goal_number, titles.get(item.kpi_id), item.note)
                for item in selection.items
            ]
