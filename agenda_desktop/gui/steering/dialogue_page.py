"""Steg 4, Kommunicera och involvera: the dialogue activities of a cycle, and the ordlista.

Dialogues belong to a steering cycle and follow the cycle bar; the glossary belongs to
the municipality and is the same in every cycle.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice
from agenda_desktop.gui.steering.dialogue_tab import DialoguesTab
from agenda_desktop.gui.steering.glossary_tab import GlossaryTab
from agenda_desktop.gui.style import PAGE_MARGIN, heading, page_surface, paragraph


class DialoguePage(QWidget):
    """Kommunicera och involvera: tabs Dialoger and Ordlista under the cycle bar."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-dialogue")
        page_surface(self)
        self._services = services
        self.choice = CycleChoice.of(services)
        self.cycle_bar = CycleBar(services, self)
        self.dialogues = DialoguesTab(services, self)
        self.glossary = GlossaryTab(services, self)
        self.no_cycle = paragraph(
            self.tr(
                "Det finns ingen styrcykel ännu. Starta en med ”Ny styrcykel…” ovan, så kan "
                "ni sedan föra in dialoger, remisser och deras synpunkter här."
            ),
            self,
            muted=True,
        )
        self.no_cycle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dialogue_stack = QStackedWidget(self)
        self.dialogue_stack.addWidget(self.no_cycle)
        self.dialogue_stack.addWidget(self.dialogues)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.dialogue_stack, self.tr("&Dialoger"))
        self.tabs.addTab(self.glossary, self.tr("&Ordlista"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 8, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Kommunicera och involvera"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Steg 4 i styrcykeln: för in medborgardialoger, ungdomsråd, remisser och "
                    "workshoppar, vilka som deltog och vilka synpunkter som kom in. Koppla "
                    "varje synpunkt till de mål den gäller och ge återkoppling."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.cycle_bar)
        layout.addWidget(self.tabs, 1)
        self.choice.changed.connect(self.reload)
        self.reload()

    def reload(self, *_: object) -> None:
        cycle_id = self.choice.cycle_id
        self.dialogue_stack.setCurrentWidget(self.dialogues if cycle_id else self.no_cycle)
        self.dialogues.load(cycle_id)
        self.glossary.load()
