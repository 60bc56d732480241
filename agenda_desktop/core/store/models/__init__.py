"""Typed SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from agenda_desktop.core.store.models.action_plan import (
    Action,
    ActionGoal,
    ActionObjective,
    OrgUnit,
)
from agenda_desktop.core.store.models.analysis import GoalAssessment, TargetAssessment
from agenda_desktop.core.store.models.base import Base
from agenda_desktop.core.store.models.cycle import CycleStep, SteeringCycle
from agenda_desktop.core.store.models.dialogue import (
    CommentFocusArea,
    CommentGoal,
    CommentObjective,
    DialogueActivity,
    DialogueComment,
    DialogueParticipants,
    GlossaryTerm,
)
from agenda_desktop.core.store.models.follow_up import (
    FollowUp,
    FollowUpCriterion,
    FollowUpObjectiveNote,
)
from agenda_desktop.core.store.models.indicators import (
    ColumnMapping,
    KpiGoalLink,
    KpiTargetValue,
    KpiValue,
    KpiValueChange,
)
from agenda_desktop.core.store.models.meetings import (
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    DecisionClause,
    Meeting,
    MeetingAdjuster,
    Membership,
    ParagraphLink,
    Person,
)
from agenda_desktop.core.store.models.meta import AppMeta
from agenda_desktop.core.store.models.organisation import OrganisationProfile
from agenda_desktop.core.store.models.programme import (
    FocusArea,
    KeyEffort,
    Objective,
    ObjectiveGoal,
    ObjectiveIndicator,
    ObjectiveRelation,
    ObjectiveTarget,
    PriorityGoal,
)
from agenda_desktop.core.store.models.reference import (
    Goal,
    IndicatorSelection,
    IndicatorSelectionItem,
    Kpi,
    Municipality,
    Target,
)

__all__ = [
    "Action",
    "ActionGoal",
    "ActionObjective",
    "AgendaItem",
    "AppMeta",
    "Attachment",
    "Attendance",
    "Base",
    "Body",
    "ColumnMapping",
    "CommentFocusArea",
    "CommentGoal",
    "CommentObjective",
    "CycleStep",
    "DecisionClause",
    "DialogueActivity",
    "DialogueComment",
    "DialogueParticipants",
    "FocusArea",
    "FollowUp",
    "FollowUpCriterion",
    "FollowUpObjectiveNote",
    "GlossaryTerm",
    "Goal",
    "GoalAssessment",
    "IndicatorSelection",
    "IndicatorSelectionItem",
    "KeyEffort",
    "Kpi",
    "KpiGoalLink",
    "KpiTargetValue",
    "KpiValue",
    "KpiValueChange",
    "Meeting",
    "MeetingAdjuster",
    "Membership",
    "Municipality",
    "Objective",
    "ObjectiveGoal",
    "ObjectiveIndicator",
    "ObjectiveRelation",
    "ObjectiveTarget",
    "OrgUnit",
    "OrganisationProfile",
    "ParagraphLink",
    "Person",
    "PriorityGoal",
    "SteeringCycle",
    "Target",
    "TargetAssessment",
]
