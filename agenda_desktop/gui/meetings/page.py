"""Möten och protokoll: the meetings of every body with their protocols, and the register
of bodies and members."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.meetings.bodies_tab import BodiesTab
from agenda_desktop.gui.meetings.documents_bar import MeetingDocumentsBar
from agenda_desktop.gui.meetings.meetings_tab import MeetingsTab
from agenda_desktop.gui.meetings.protocol_panel import ProtocolPanel
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph


class MeetingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-meetings")
        page_surface(self)
        self.meetings = MeetingsTab(services, self)
        self.protocol = ProtocolPanel(services, self.meetings)
        self.meetings.set_protocol_panel(self.protocol)
        self.protocol.protocolChanged.connect(self.meetings.reload_meetings)
        self.documents = MeetingDocumentsBar(services, self.meetings, self)
        self.bodies = BodiesTab(services, self)
        self.bodies.bodies_changed.connect(self.meetings.reload_bodies)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.meetings, self.tr("&Möten"))
        self.tabs.addTab(self.bodies, self.tr("Organ och &ledamöter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Möten och protokoll"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Förbered möten med dagordning och bilagor, för närvaro, skriv protokollet "
                    "med paragrafer och beslut och justera det. Ett justerat protokoll kan "
                    "aldrig ändras."
                ),
                self,
                muted=True,
            )
        )
        # The editors are tall; on a small screen the page scrolls instead of the window
        # growing past the screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tabs)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.documents)
