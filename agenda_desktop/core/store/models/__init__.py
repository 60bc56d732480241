"""Typed SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from agenda_desktop.core.store.models.base import Base
from agenda_desktop.core.store.models.cycle import CycleStep, SteeringCycle
from agenda_desktop.core.store.models.indicators import (
    ColumnMapping,
    KpiGoalLink,
    KpiTargetValue,
    KpiValue,
    KpiValueChange,
)
from agenda_desktop.core.store.models.meta import AppMeta
from agenda_desktop.core.store.models.organisation import OrganisationProfile
from agenda_desktop.core.store.models.reference import (
    Goal,
    IndicatorSelection,
    IndicatorSelectionItem,
    Kpi,
    Municipality,
    Target,
)

__all__ = [
    "AppMeta",
    "Base",
    "ColumnMapping",
    "CycleStep",
    "Goal",
    "IndicatorSelection",
    "IndicatorSelectionItem",
    "Kpi",
    "KpiGoalLink",
    "KpiTargetValue",
    "KpiValue",
    "KpiValueChange",
    "Municipality",
    "OrganisationProfile",
    "SteeringCycle",
    "Target",
]
