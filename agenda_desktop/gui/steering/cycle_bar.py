"""Which steering cycle the step pages show, and the bar at the top of each that chooses it.

Every page of the steering cycle stores its work per cycle. The choice is shared: one
``CycleChoice`` per open database, so choosing 2023's cycle on one page shows 2023's on
all of them.
"""

from __future__ import annotations

import weakref
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.cycle import CycleSummary
from agenda_desktop.gui.indicators.meta_dialogs import error_line_and_buttons

_choices: weakref.WeakKeyDictionary[Services, CycleChoice] = weakref.WeakKeyDictionary()


class CycleChoice(QObject):
    """The chosen cycle of one open database; ``changed`` carries its id (0 when none)."""

    changed = Signal(int)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        latest = services.cycle.latest()
        self._cycle_id = latest.cycle_id if latest else 0

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
        return self._services.cycle.cycles()

    def choose(self, cycle_id: int) -> None:
        if cycle_id != self._cycle_id:
            self._cycle_id = cycle_id
            self.changed.emit(cycle_id)

    def refresh(self) -> None:
        """Tell every page to reload (after a new cycle, or an import)."""
        self.changed.emit(self._cycle_id)


class NewCycleDialog(QDialog):
    """Start a new cycle: a name and the years of the term of office."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created_id = 0
        self.setWindowTitle(self.tr("Ny styrcykel"))
        start = date.today().year
        self.start_year = QSpinBox(self)
        self.start_year.setRange(2000, 2100)
        self.start_year.setValue(start)
        self.end_year = QSpinBox(self)
        self.end_year.setRange(2000, 2100)
        self.end_year.setValue(start + 3)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("t.ex. Mandatperioden 2027–2030"))
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name)
        form.addRow(self.tr("&Första året:"), self.start_year)
        form.addRow(self.tr("&Sista året:"), self.end_year)
        self.error, buttons = error_line_and_buttons(self, self.tr("Starta cykeln"), self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _save(self) -> None:
        try:
            position = self._services.cycle.start_cycle(
                self.name.text(), self.start_year.value(), self.end_year.value()
            )
        except AgendaError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.created_id = position.cycle_id
        self.accept()


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
        dialog = NewCycleDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id:
            self.choice.choose(dialog.created_id)
            self._fill()
