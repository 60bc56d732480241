"""Ny uppföljning: the kind (a year, or the whole term) and the year whose outcomes count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from agenda_desktop.core.services.cycle import CycleSummary
from agenda_desktop.core.services.follow_up import FIELD_KIND, FIELD_YEAR, FollowUpService
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog


def kind_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "ar": translate("FollowUp", "Årlig uppföljning"),
        "mandatperiod": translate("FollowUp", "Uppföljning av mandatperioden"),
    }


class NewFollowUpDialog(SavingDialog):
    """Suggests last year's annual follow-up (within the cycle); the term's uses its last year."""

    def __init__(
        self,
        follow_up: FollowUpService,
        cycle: CycleSummary,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(self.tr("Ny uppföljning"), parent)
        self._follow_up = follow_up
        self._cycle = cycle
        self.created_id = 0
        self.kind = QComboBox(self)
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        self.year = QSpinBox(self)
        self.year.setRange(cycle.start_year - 1, cycle.end_year + 1)
        self.year.setGroupSeparatorShown(False)
        last_year = (today or date.today()).year - 1
        self.year.setValue(min(max(last_year, cycle.start_year), cycle.end_year))
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.form.addRow(self.tr("&Typ:"), self.kind)
        self.form.addRow(self.tr("&År som följs upp:"), self.year)
        self._fields = {FIELD_KIND: self.kind, FIELD_YEAR: self.year}
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Skapa"))
        self.resize(420, self.sizeHint().height())

    def _kind_chosen(self) -> None:
        if self.kind.currentData() == "mandatperiod":
            self.year.setValue(self._cycle.end_year)

    def save(self) -> None:
        created = self._follow_up.create(
            self._cycle.cycle_id, str(self.kind.currentData()), self.year.value()
        )
        self.created_id = created.follow_up_id
