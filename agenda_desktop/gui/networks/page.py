"""Nätverk och åtaganden: the networks the municipality takes part in, on the left; the
chosen one on the right with its status report and the tabs Översikt, Åtaganden, Möten,
Dokument and Finansiering.

A change in any tab (a document, a meeting, a financing decision) may move a commitment's
status, so every tab's ``changed`` reloads the list's counts and the commitments. The page
also reloads when it is shown again: a protocol adjusted on Möten och protokoll moves the
commitments that point at it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.networks.commitments_tab import CommitmentsTab
from agenda_desktop.gui.networks.financing_tab import FinancingTab
from agenda_desktop.gui.networks.network_documents_tab import NetworkDocumentsTab
from agenda_desktop.gui.networks.network_list import NetworkList
from agenda_desktop.gui.networks.network_meetings_tab import NetworkMeetingsTab
from agenda_desktop.gui.networks.network_overview_tab import NetworkOverviewTab
from agenda_desktop.gui.networks.report_bar import NetworkReportBar
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph

SKR_TEMPLATE = "skr_styra"


class NetworksPage(QWidget):
    pageRequested = Signal(str)  # noqa: N815 (Qt naming; a navigation key)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-networks")
        page_surface(self)
        self._services = services
        self._network_id: int | None = None
        self._shown_once = False

        self.list = NetworkList(services, self)
        self.title = heading("", self, level=2)
        self.report_bar = NetworkReportBar(services, self)
        self.overview = NetworkOverviewTab(services, self)
        self.commitments = CommitmentsTab(services, self)
        self.meetings = NetworkMeetingsTab(services, self)
        self.documents = NetworkDocumentsTab(services, self)
        self.financing = FinancingTab(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("Ö&versikt"))
        self.tabs.addTab(self.commitments, self.tr("Å&taganden"))
        self.tabs.addTab(self.meetings, self.tr("&Möten"))
        self.tabs.addTab(self.documents, self.tr("Do&kument"))
        self.tabs.addTab(self.financing, self.tr("&Finansiering"))

        # The report bar is wide: it gets a row of its own under the name, to the right.
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.title)
        header.addWidget(self.report_bar, 0, Qt.AlignmentFlag.AlignRight)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(8)
        detail_layout.addLayout(header)
        detail_layout.addWidget(self.tabs, 1)

        self.empty = self._empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(detail)
        self.detail = detail

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.stack)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([235, 1000])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Nätverk och åtaganden"), self))
        layout.addWidget(splitter, 1)

        self.list.chosen.connect(self.show_network)
        self.commitments.pageRequested.connect(self.pageRequested)
        for tab in (self.overview, self.commitments, self.meetings, self.documents, self.financing):
            tab.changed.connect(self._tab_changed)
        self.list.reload()

    def _empty_state(self) -> QWidget:
        empty = QWidget(self)
        self.add_first_button = QPushButton(self.tr("&Lägg upp nätverk…"), empty)
        self.add_skr_button = QPushButton(self.tr("Lägg upp &SKR:s utvecklingsnätverk…"), empty)
        self.add_first_button.clicked.connect(lambda: self.list.add_network())
        self.add_skr_button.clicked.connect(lambda: self.list.add_network(SKR_TEMPLATE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_skr_button)
        buttons.addWidget(self.add_first_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(empty)
        layout.setContentsMargins(24, 8, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Inga nätverk ännu"), empty, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Här håller ni ordning på de nätverk, partnerskap och samfinansieringar "
                    "som kommunen deltar i – till exempel SKR:s utvecklingsnätverk Styra med "
                    "Agenda 2030, Glokala Sverige eller ett regionalt nätverk."
                ),
                empty,
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "För varje nätverk för ni in vad kommunen har utfäst och vad nätverket "
                    "förväntar sig, vem som är ansvarig och när det ska vara klart. Koppla "
                    "belägg – en justerad protokollsparagraf, ett steg i styrcykeln, en "
                    "åtgärd eller ett dokument – så följer statusen med när arbetet blir "
                    "gjort, och skriv ut en statusrapport till nätverkets nästa träff."
                ),
                empty,
                muted=True,
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Mallen för SKR:s utvecklingsnätverk fyller i nätverkets utfästelser och "
                    "förväntningar och kopplar de belägg som redan finns i programmet."
                ),
                empty,
                muted=True,
            )
        )
        layout.addLayout(buttons)
        layout.addStretch(1)
        return empty

    # -- showing -----------------------------------------------------------------------

    @property
    def network_id(self) -> int | None:
        return self._network_id

    def show_network(self, network_id: int | None) -> None:
        """Show a network in the header and every tab (None: the empty state)."""
        self._network_id = network_id
        has_networks = self.list.model.rowCount() > 0
        self.stack.setCurrentWidget(self.detail if has_networks else self.empty)
        name = ""
        if network_id is not None:
            summary = self.list.current()
            name = summary.name if summary is not None else ""
        self.title.setText(name)
        self.title.setAccessibleName(name)
        self.report_bar.show_network(network_id)
        self.overview.show_network(network_id)
        self.commitments.show_network(network_id)
        self.meetings.show_network(network_id)
        self.documents.show_network(network_id)
        self.financing.show_network(network_id)

    def refresh(self) -> None:
        """Reload everything from the database, keeping the chosen network and tab."""
        self.list.reload()

    def _tab_changed(self) -> None:
        """A tab saved a change: counts and statuses may have moved."""
        self.list.blockSignals(True)
        self.list.reload(self._network_id)
        self.list.blockSignals(False)
        if self.sender() is not self.commitments:
            self.commitments.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once and not event.spontaneous():
            self.refresh()
        self._shown_once = True
