"""Steg 2, Prioritera och sätt egna mål: the priority goals, the local programme and the
synergies and goal conflicts between its målsättningar, for the chosen steering cycle."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice
from agenda_desktop.gui.steering.programme_matrix import MatrixPanel
from agenda_desktop.gui.steering.programme_priorities import PrioritiesPanel
from agenda_desktop.gui.steering.programme_tree import ProgrammePanel
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph


class ProgrammePage(QWidget):
    """The page of step 2; reloads when another cycle is chosen."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-programme")
        page_surface(self)
        self._services = services
        self.choice = CycleChoice.of(services)
        self.cycle_bar = CycleBar(services, self)
        self.priorities = PrioritiesPanel(services, self)
        self.programme = ProgrammePanel(services, self)
        self.matrix = MatrixPanel(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.priorities, self.tr("&Prioriterade mål"))
        self.tabs.addTab(self.programme, self.tr("P&rogrammet"))
        self.tabs.addTab(self.matrix, self.tr("S&ynergier och målkonflikter"))
        self.programme.changed.connect(self._programme_changed)
        self.empty = paragraph(
            self.tr(
                "Det finns ingen styrcykel ännu. Starta en med ”Ny styrcykel…” ovan, så kan ni "
                "välja prioriterade mål och bygga programmet med insatsområden och målsättningar."
            ),
            self,
            muted=True,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Prioritera och sätt egna mål"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Steg 2 i styrcykeln. Välj utifrån nulägesanalysen de mål som kommunen ska "
                    "arbeta med först, och bygg programmet: insatsområden med målsättningar "
                    "(Hit vill vi) och insatser (Det gör vi genom att)."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.cycle_bar)
        layout.addWidget(self.stack, 1)
        self.choice.changed.connect(self.reload)
        self.reload()

    @property
    def cycle_id(self) -> int:
        return self.choice.cycle_id

    def confirm_leave(self) -> bool:
        """Before the window shows another page or closes: store an edited målsättning."""
        return self.programme.editor.save_before_leaving()

    def reload(self, *_: object) -> None:
        self.programme.editor.save_before_leaving()  # another cycle: keep what was typed
        cycle_id = self.choice.cycle_id
        self.stack.setCurrentWidget(self.tabs if cycle_id else self.empty)
        self.priorities.load(cycle_id)
        self.programme.load(cycle_id)
        self.matrix.load(cycle_id)

    def _programme_changed(self) -> None:
        self.matrix.load(self.choice.cycle_id)
