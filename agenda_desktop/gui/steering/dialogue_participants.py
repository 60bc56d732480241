"""Who took part: a grid of spin boxes, gender rows × age-band columns, with totals.

Counting by gender and age shows whether a dialogue reached the groups the status
analysis worried about ("ingen ska lämnas utanför").
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.steering.dialogue_rules import MAX_PARTICIPANTS
from agenda_desktop.gui.steering.dialogue_display import age_band_names, gender_names

Cell = tuple[str, str]


class ParticipantsGrid(QWidget):
    """Edits the whole grid; ``save_requested`` carries it when the user clicks Spara."""

    save_requested = Signal(object)  # dict[Cell, int]
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[Cell, QSpinBox] = {}
        self._row_totals: dict[str, QLabel] = {}
        self._column_totals: dict[str, QLabel] = {}
        genders = gender_names()
        bands = age_band_names()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for column, name in enumerate(bands.values(), 1):
            grid.addWidget(self._bold(name), 0, column, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self._bold(self.tr("Summa")), 0, len(bands) + 1, Qt.AlignmentFlag.AlignRight)
        for row, (gender, name) in enumerate(genders.items(), 1):
            label = QLabel(name, self)
            grid.addWidget(label, row, 0)
            for column, band in enumerate(bands, 1):
                spin = QSpinBox(self)
                spin.setRange(0, MAX_PARTICIPANTS)
                spin.setAccessibleName(f"{name}, {bands[band]}")
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.valueChanged.connect(self._update_totals)
                grid.addWidget(spin, row, column)
                self.spins[(gender, band)] = spin
                if column == 1:
                    label.setBuddy(spin)
            self._row_totals[gender] = self._bold("0")
            grid.addWidget(
                self._row_totals[gender], row, len(bands) + 1, Qt.AlignmentFlag.AlignRight
            )
        total_row = len(genders) + 1
        grid.addWidget(self._bold(self.tr("Summa")), total_row, 0)
        for column, band in enumerate(bands, 1):
            self._column_totals[band] = self._bold("0")
            grid.addWidget(
                self._column_totals[band], total_row, column, Qt.AlignmentFlag.AlignRight
            )
        self.total = self._bold("0")
        grid.addWidget(self.total, total_row, len(bands) + 1, Qt.AlignmentFlag.AlignRight)
        self.save_button = QPushButton(self.tr("Spara &deltagare"), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.counts()))
        self.history_button = QPushButton(self.tr("Historik…"), self)
        self.history_button.setToolTip(
            self.tr("Vem som ändrat aktiviteten och dess deltagare, när och vad")
        )
        self.history_button.clicked.connect(self.history_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(buttons)

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def set_counts(self, counts: dict[Cell, int]) -> None:
        for cell, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(cell, 0))
            spin.blockSignals(False)
        self._update_totals()

    def counts(self) -> dict[Cell, int]:
        return {cell: spin.value() for cell, spin in self.spins.items()}

    def _update_totals(self) -> None:
        counts = self.counts()
        number = QLocale().toString
        for gender, label in self._row_totals.items():
            label.setText(number(sum(n for (g, _b), n in counts.items() if g == gender)))
        for band, label in self._column_totals.items():
            label.setText(number(sum(n for (_g, b), n in counts.items() if b == band)))
        self.total.setText(number(sum(counts.values())))
