"""Nytt åtagande / Ändra åtagande: the text, whether we promise it or it is expected of us,
who and which unit answer for it, when it is due, its status and a note.

The status is "Automatiskt (följer beläggen)" unless one of the five is set by hand.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from agenda_desktop.core.networks import input_rules as rules
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.commitments_types import CommitmentInfo, CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.networks.commitment_models import (
    STATUS_SYMBOLS,
    status_names,
)
from agenda_desktop.gui.steering.dialogue_date_edit import OptionalDateEdit

INDENT = "    "


def _text_box(text: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 16)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 2) + 16)
    return box


class CommitmentDialog(SavingDialog):
    def __init__(
        self,
        services: Services,
        network_id: int,
        commitment: CommitmentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Ändra åtagande") if commitment else self.tr("Nytt åtagande")
        super().__init__(title, parent)
        self._services = services
        self._network_id = network_id
        self._commitment = commitment
        self.saved: CommitmentInfo | None = None
        self.text = _text_box(commitment.text if commitment else "", 3, self)
        self.text.setPlaceholderText(
            self.tr("t.ex. Kommunstyrelsen fattar beslut om att delta i nätverket")
        )
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Utfästelse – något vi lovar"), "utfastelse")
        self.kind.addItem(self.tr("Förväntning – något nätverket väntar sig av oss"), "forvantning")
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(commitment.kind if commitment else "utfastelse"))
        )
        self.person = QComboBox(self)
        self.person.addItem(self.tr("(ingen ansvarig person)"), None)
        for person in services.bodies.people():
            self.person.addItem(person.name, person.person_id)
        self.person.setCurrentIndex(
            max(0, self.person.findData(commitment.responsible_person_id if commitment else None))
        )
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("(ingen ansvarig enhet)"), None)
        for node in services.action_plan.org_units():
            self.unit.addItem(INDENT * node.depth + node.name, node.unit_id)
        self.unit.setCurrentIndex(
            max(0, self.unit.findData(commitment.responsible_unit_id if commitment else None))
        )
        self.due = OptionalDateEdit(self)
        self.due.set_day(commitment.due_date if commitment else None)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Automatiskt (följer beläggen)"), None)
        for code, name in status_names().items():
            self.status.addItem(self.tr("%1 (satt för hand)").replace("%1", name), code)
            index = self.status.count() - 1
            self.status.setItemText(index, f"{STATUS_SYMBOLS[code]} {self.status.itemText(index)}")
        manual = commitment.manual_status if commitment else None
        self.status.setCurrentIndex(max(0, self.status.findData(manual)) if manual else 0)
        self.status_help = QLabel(self)
        self.status_help.setWordWrap(True)
        self.status_help.setObjectName("statusHelp")
        self.note = _text_box(commitment.note if commitment else "", 3, self)
        self.form.addRow(self.tr("&Åtagande:"), self.text)
        self.form.addRow(self.tr("&Typ:"), self.kind)
        self.form.addRow(self.tr("Ansvarig &person:"), self.person)
        self.form.addRow(self.tr("Ansvarig &enhet:"), self.unit)
        self.form.addRow(self.tr("&Klart senast:"), self.due)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow("", self.status_help)
        self.form.addRow(self.tr("&Anteckning:"), self.note)
        self._fields = {
            rules.FIELD_TEXT: self.text,
            rules.FIELD_COMMITMENT: self.text,
            rules.FIELD_COMMITMENT_KIND: self.kind,
            rules.FIELD_RESPONSIBLE: self.person,
            rules.FIELD_UNIT: self.unit,
            rules.FIELD_STATUS: self.status,
        }
        self.status.currentIndexChanged.connect(self._explain_status)
        self._explain_status()
        if commitment is not None:
            self.add_history(
                services.change_log,
                RecordRef.of("commitment", commitment.commitment_id),
                commitment.text,
            )
        self.resize(560, self.sizeHint().height())

    def _explain_status(self) -> None:
        if self.status.currentData() is None:
            text = self.tr(
                "Statusen följer beläggen: uppfylld när ett belägg är klart, pågår när "
                "arbete pågår, och försenad när datumet passerats."
            )
            if self._commitment is not None:
                text += " " + self.tr("Nu: %1").replace("%1", self._commitment.status_reason)
        else:
            text = self.tr(
                "Statusen står kvar tills ni ändrar den, oavsett belägg och datum. Välj "
                "”Automatiskt” för att låta den följa beläggen igen."
            )
        self.status_help.setText(text)

    def save(self) -> None:
        status = self.status.currentData()
        person = self.person.currentData()
        unit = self.unit.currentData()
        data = CommitmentInput(
            text=self.text.toPlainText(),
            kind=str(self.kind.currentData()),
            responsible_person_id=person if isinstance(person, int) else None,
            responsible_unit_id=unit if isinstance(unit, int) else None,
            due_date=self.due.day(),
            status=status if isinstance(status, str) else None,
            note=self.note.toPlainText(),
        )
        commitments = self._services.commitments
        if self._commitment is None:
            self.saved = commitments.create_commitment(self._network_id, data)
        else:
            self.saved = commitments.update_commitment(
                self._commitment.commitment_id, data, self.expected(self._commitment.version)
            )
