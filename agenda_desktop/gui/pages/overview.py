"""Översikt: who we are, the 17 goals, and where we stand in the steering cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.pages.cycle_panel import CyclePanel, DueNextPanel
from agenda_desktop.gui.pages.deadlines_panel import DeadlinesPanel
from agenda_desktop.gui.pages.goal_dialog import GoalDialog
from agenda_desktop.gui.pages.goal_tiles import COLUMNS, TILE_SIZE, GoalGrid
from agenda_desktop.gui.pages.upcoming_meetings import UpcomingMeetingsPanel
from agenda_desktop.gui.steering.cycle_bar import CycleChoice
from agenda_desktop.gui.style import PAGE_MARGIN, SECTION_SPACING, heading, page_surface, paragraph

LOGO_HEIGHT = 72
CONTENT_WIDTH = COLUMNS * (TILE_SIZE + 48)


class MunicipalityHeader(QWidget):
    """The organisation's name and logo, and the municipality's facts from Kolada."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.logo = QLabel(self)
        self.logo.setFixedHeight(LOGO_HEIGHT)
        self.title = heading("", self)
        self.details = paragraph("", self, muted=True)
        self.group = paragraph("", self, muted=True)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.details)
        text.addWidget(self.group)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.refresh()

    def refresh(self) -> None:
        profile = self._services.organisation.profile()
        if profile is None:
            self.title.setText(self.tr("Översikt"))
            self.details.setText(
                self.tr(
                    "Organisationens uppgifter saknas. Fyll i dem under Redigera › Inställningar."
                )
            )
            self.group.hide()
            self.logo.hide()
            return
        self.title.setText(profile.organisation_name)
        municipality = self._services.reference.municipality(profile.municipality_id)
        facts = [
            self.tr("{name}, kommunkod {code}").format(name=municipality.name, code=municipality.id)
        ]
        if municipality.county_name:
            facts.append(municipality.county_name)
        self.details.setText(" · ".join(facts))
        if municipality.kommungrupp:
            self.group.setText(
                self.tr("Kommungrupp {code}: {title}").format(
                    code=municipality.kommungrupp, title=municipality.kommungrupp_title or ""
                )
            )
            self.group.show()
        else:
            self.group.hide()
        pixmap = QPixmap()
        if profile.logo and pixmap.loadFromData(profile.logo):
            self.logo.setPixmap(
                pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
            self.logo.setAccessibleName(self.tr("Logotyp"))
            self.logo.show()
        else:
            self.logo.hide()


class OverviewPage(QScrollArea):
    """The first page: the municipality, the goal grid and the steering cycle."""

    cycleChanged = Signal()  # noqa: N815 (Qt naming)
    pageRequested = Signal(str)  # noqa: N815 (a navigation key, from "Vad står på tur?")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-overview")
        self._services = services
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        content = QWidget(self)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        column = QWidget(content)
        column.setMaximumWidth(CONTENT_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.header = MunicipalityHeader(services, column)
        layout.addWidget(self.header)
        layout.addSpacing(SECTION_SPACING)

        layout.addWidget(heading(self.tr("Var står vi i styrcykeln?"), column, level=2))
        self.cycle_panel = CyclePanel(services.cycle, column)
        self.cycle_panel.cycleChanged.connect(self.cycleChanged)
        layout.addWidget(self.cycle_panel)
        layout.addSpacing(SECTION_SPACING)

        layout.addWidget(heading(self.tr("Vad står på tur?"), column, level=2))
        self.due_next = DueNextPanel(services.follow_up, column)
        self.due_next.pageRequested.connect(self.pageRequested)
        self.cycle_panel.cycleChanged.connect(self.due_next.refresh)
        self.cycle_panel.cycleChanged.connect(CycleChoice.of(services).follow_cycle_changes)
        layout.addWidget(self.due_next)
        layout.addSpacing(SECTION_SPACING)

        layout.addWidget(heading(self.tr("Försenat och att göra inom 30 dagar"), column, level=2))
        self.deadlines = DeadlinesPanel(services.deadlines, column)
        self.deadlines.pageRequested.connect(self.pageRequested)
        layout.addWidget(self.deadlines)
        layout.addSpacing(SECTION_SPACING)

        layout.addWidget(heading(self.tr("Kommande möten"), column, level=2))
        self.upcoming = UpcomingMeetingsPanel(services.meetings, column)
        self.upcoming.pageRequested.connect(self.pageRequested)
        layout.addWidget(self.upcoming)
        layout.addSpacing(SECTION_SPACING)

        layout.addWidget(heading(self.tr("De globala målen"), column, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Välj ett mål för att se dess delmål och ge dem kommunens egna korta "
                    "svenska titlar."
                ),
                column,
                muted=True,
            )
        )
        self.goal_grid = GoalGrid(services.reference.goals(), column)
        self.goal_grid.goalActivated.connect(self.open_goal)
        layout.addWidget(self.goal_grid)

        outer.addWidget(column)
        outer.addStretch(1)
        page_surface(content)
        self.setWidget(content)

    def refresh(self) -> None:
        """Read the profile and the cycle again, e.g. after Inställningar was saved."""
        self.header.refresh()
        self.cycle_panel.refresh()
        self.due_next.refresh()
        self.deadlines.refresh()
        self.upcoming.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """What is due changes on the other pages: read it again whenever Översikt is shown."""
        self.due_next.refresh()
        self.deadlines.refresh()
        self.upcoming.refresh()
        super().showEvent(event)

    def open_goal(self, number: int) -> None:
        """Show the goal with its targets in a dialog."""
        try:
            dialog = GoalDialog(self._services.reference, number, self)
        except AgendaError as error:
            show_error(self, str(error))
            return
        dialog.exec()
        dialog.deleteLater()
