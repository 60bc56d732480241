"""All services of one open database, handed to the GUI as one object."""

from __future__ import annotations

from dataclasses import dataclass

from agenda_desktop.core.services.action_plan import ActionPlanService
from agenda_desktop.core.services.analysis import AnalysisService
from agenda_desktop.core.services.bodies import BodyService
from agenda_desktop.core.services.change_log import ChangeLogService
from agenda_desktop.core.services.commitments import CommitmentService
from agenda_desktop.core.services.cycle import CycleService
from agenda_desktop.core.services.deadlines import DeadlineService
from agenda_desktop.core.services.dialogue import DialogueService
from agenda_desktop.core.services.financing import FinancingService
from agenda_desktop.core.services.follow_up import FollowUpService
from agenda_desktop.core.services.glossary import GlossaryService
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.core.services.indicator_selection import IndicatorSelectionService
from agenda_desktop.core.services.indicators import IndicatorService
from agenda_desktop.core.services.meetings import MeetingService
from agenda_desktop.core.services.networks import NetworkService
from agenda_desktop.core.services.organisation import OrganisationService
from agenda_desktop.core.services.personal_data import PersonalDataService
from agenda_desktop.core.services.programme import ProgrammeService
from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.store.database import Database


@dataclass(frozen=True)
class Services:
    database: Database
    reference: ReferenceService
    organisation: OrganisationService
    cycle: CycleService
    indicators: IndicatorService
    indicator_import: IndicatorImportService
    indicator_selection: IndicatorSelectionService
    analysis: AnalysisService
    programme: ProgrammeService
    action_plan: ActionPlanService
    dialogue: DialogueService
    glossary: GlossaryService
    follow_up: FollowUpService
    bodies: BodyService
    personal_data: PersonalDataService
    meetings: MeetingService
    protocols: ProtocolService
    networks: NetworkService
    commitments: CommitmentService
    financing: FinancingService
    deadlines: DeadlineService
    change_log: ChangeLogService

    @classmethod
    def for_database(cls, database: Database) -> Services:
        return cls(
            database=database,
            reference=ReferenceService(database),
            organisation=OrganisationService(database),
            cycle=CycleService(database),
            indicators=IndicatorService(database),
            indicator_import=IndicatorImportService(database),
            indicator_selection=IndicatorSelectionService(database),
            analysis=AnalysisService(database),
            programme=ProgrammeService(database),
            action_plan=ActionPlanService(database),
            dialogue=DialogueService(database),
            glossary=GlossaryService(database),
            follow_up=FollowUpService(database),
            bodies=BodyService(database),
            personal_data=PersonalDataService(database),
            meetings=MeetingService(database),
            protocols=ProtocolService(database),
            networks=NetworkService(database),
            commitments=CommitmentService(database),
            financing=FinancingService(database),
            deadlines=DeadlineService(database),
            change_log=ChangeLogService(database),
        )
