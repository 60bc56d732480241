"""The pages of the main window; ``create_page`` is the one place that maps a key to one.

A step that gets its real page replaces its placeholder here and nowhere else.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.navigation import PageSpec
from agenda_desktop.gui.settings import AppSettings


def create_page(
    spec: PageSpec, services: Services, settings: AppSettings, parent: QWidget | None = None
) -> QWidget:
    """Build the page for ``spec``; heavy pages import their modules only here."""
    if spec.key == "overview":
        from agenda_desktop.gui.pages.overview import OverviewPage

        return OverviewPage(services, parent)
    if spec.key == "indicators":
        from agenda_desktop.gui.indicators.page import IndicatorsPage

        return IndicatorsPage(services, settings, parent)
    if spec.key == "analysis":
        from agenda_desktop.gui.steering.analysis_page import AnalysisPage

        return AnalysisPage(services, parent)
    if spec.key == "priorities":
        from agenda_desktop.gui.steering.programme_page import ProgrammePage

        return ProgrammePage(services, parent)
    if spec.key == "action_plan":
        from agenda_desktop.gui.steering.action_page import ActionPlanPage

        return ActionPlanPage(services, parent)
    if spec.key == "dialogue":
        from agenda_desktop.gui.steering.dialogue_page import DialoguePage

        return DialoguePage(services, parent)
    if spec.key == "follow_up":
        from agenda_desktop.gui.steering.follow_up_page import FollowUpPage

        return FollowUpPage(services, parent)
    if spec.key == "meetings":
        from agenda_desktop.gui.meetings.page import MeetingsPage

        return MeetingsPage(services, parent)
    if spec.key == "networks":
        from agenda_desktop.gui.networks.page import NetworksPage

        return NetworksPage(services, parent)
    if spec.key == "reports":
        from agenda_desktop.gui.reports.page import ReportsPage

        return ReportsPage(services, parent)
    from agenda_desktop.gui.pages.placeholder import PlaceholderPage

    return PlaceholderPage(spec, parent)
