"""Which steering cycle the step pages show, and the bar at the top of each that chooses it.

Every page of the steering cycle stores its work per cycle. The choice is shared: one
``CycleChoice`` per open database, so choosing 2023's cycle on one page shows 2023's on
all of them.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.cycle import CycleSummary

_choices: weakref.WeakKeyDictionary[Services, CycleChoice] = weakref.WeakKeyDictionary()


class CycleChoice(QObject):
    """The chosen cycle of one open database; ``changed`` carries its id (0 when none)."""

    changed = Signal(int)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        latest = services.cycle.latest()
        self._cycle_id = latest.cycle_id if latest else 0
        self._known = {cycle.cycle_id for cycle in services.cycle.cycles()}

    @classmethod
    def of(cls, services: Services) -> CycleChoice:
        choice = _choices.get(services)
        if choice is None:
            choice = cls(services)
            _choices[services] = choice
        return choice

    @property
    def cycle_id(self) -> int:
        """The chosen cycle, or 0 when the database has none yet."""
        return self._cycle_id

    def cycles(self) -> list[CycleSummary]:
        cycles = self._services.cycle.cycles()
        self._known.update(cycle.cycle_id for cycle in cycles)
        return cycles

    def choose(self, cycle_id: int) -> None:
        if cycle_id != self._cycle_id:
            self._cycle_id = cycle_id
            self.changed.emit(cycle_id)

    def refresh(self) -> None:
        """Tell every page to reload (after a new cycle, or an import)."""
        self.changed.emit(self._cycle_id)

    def follow_cycle_changes(self) -> None:
        """After Översikt changed the cycles: choose a cycle started there, else reload."""
        started = [
            c.cycle_id for c in self._services.cycle.cycles() if c.cycle_id not in self._known
        ]
        if started:
            self._known.update(started)
            self.choose(max(started))
        else:
            self.refresh()


class CycleBar(QWidget):
    """ "Styrcykel: [Mandatperioden 2023–2026 ▾] [Ny styrcykel…]" above a step page."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.choice = CycleChoice.of(services)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(28)
        label = QLabel(self.tr("S&tyrcykel:"), self)
        label.setBuddy(self.combo)
        self.new_button = QPushButton(self.tr("Ny styrcykel…"), self)
        self.new_button.clicked.connect(self.start_new_cycle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.new_button)
        layout.addStretch(1)
        self._fill()
        self.combo.activated.connect(self._chosen)
        self.choice.changed.connect(self._fill)

    def _fill(self, *_: object) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for cycle in self.choice.cycles():
            self.combo.addItem(
                f"{cycle.name} ({cycle.start_year}–{cycle.end_year})", cycle.cycle_id
            )
        index = self.combo.findData(self.choice.cycle_id)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.setEnabled(self.combo.count() > 0)
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.choice.choose(int(self.combo.itemData(index)))

    def start_new_cycle(self) -> None:
        from agenda_desktop.gui.pages.cycle_panel import StartCycleDialog

        dialog = StartCycleDialog(self._services.cycle, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.position is not None:
            self.choice.choose(dialog.position.cycle_id)
            self._fill()
