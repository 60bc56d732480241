"""The decision of one paragraph: intro, the "att"-clauses in order, reservations and
protocol note (or, for a body that keeps notes, the outcome), and what it corrects."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.protocols_types import DecisionInput, Paragraph, ParagraphRef

EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class DecisionEditor(QWidget):
    """Edits one paragraph; the panel saves what it holds when ``save_requested`` fires,
    and shows the paragraph's history when ``history_requested`` fires."""

    save_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paragraph: Paragraph | None = None
        self.keeps_notes = False
        self.dirty = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction_info = QLabel(self)
        self.correction_info.setWordWrap(True)
        self.correction_info.setStyleSheet("color: #a61e4d; font-weight: bold;")
        self.intro = QLineEdit(self)
        self.intro.setPlaceholderText(self.tr("t.ex. Kommunstyrelsen beslutar"))
        self.clauses = QListWidget(self)
        self.clauses.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_clause = QPushButton(self.tr("&Lägg till att-sats"), self)
        self.remove_clause = QPushButton(self.tr("Ta &bort att-sats"), self)
        self.move_up = QPushButton(self.tr("Flytta &upp"), self)
        self.move_down = QPushButton(self.tr("Flytta ne&d"), self)
        self.reservations = QPlainTextEdit(self)
        self.protocol_note = QPlainTextEdit(self)
        self.outcome = QPlainTextEdit(self)
        self.corrects = QComboBox(self)
        self.save = QPushButton(self.tr("&Spara beslutet"), self)
        self.history = QPushButton(self.tr("Historik…"), self)
        self.history.setToolTip(self.tr("Vem som ändrat paragrafen, när och vad"))
        for text_edit in (self.reservations, self.protocol_note, self.outcome):
            text_edit.setTabChangesFocus(True)
            text_edit.setMaximumHeight(80)
        self._build()
        self._connect()
        self.set_paragraph(None, keeps_notes=False, read_only=True)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_clause, self.remove_clause, self.move_up, self.move_down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        clauses = QVBoxLayout()
        clauses.addWidget(self.clauses)
        clauses.addLayout(buttons)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Beslutets &inledning:"), self.intro)
        self.form.addRow(self.tr("&Att-satser:"), clauses)
        self.form.addRow(self.tr("&Reservationer:"), self.reservations)
        self.form.addRow(self.tr("Pr&otokollsanteckning:"), self.protocol_note)
        self.form.addRow(self.tr("U&tfall:"), self.outcome)
        self.form.addRow(self.tr("Rättelse a&v:"), self.corrects)
        # The form's row of each field (the clause list sits in a layout of its own).
        self._rows: dict[QWidget, int] = {
            self.intro: 0,
            self.clauses: 1,
            self.reservations: 2,
            self.protocol_note: 3,
            self.outcome: 4,
        }
        label = self.form.labelForField(clauses)
        if isinstance(label, QLabel):
            label.setBuddy(self.clauses)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.correction_info)
        layout.addLayout(self.form)
        saving = QHBoxLayout()
        saving.addWidget(self.history)
        saving.addStretch(1)
        saving.addWidget(self.save)
        layout.addLayout(saving)

    def _connect(self) -> None:
        self.add_clause.clicked.connect(self._add_clause)
        self.remove_clause.clicked.connect(self._remove_clause)
        self.move_up.clicked.connect(lambda: self._move(-1))
        self.move_down.clicked.connect(lambda: self._move(1))
        self.save.clicked.connect(self.save_requested.emit)
        self.history.clicked.connect(self.history_requested.emit)
        self.intro.textEdited.connect(self._changed)
        self.clauses.itemChanged.connect(self._changed)
        self.corrects.currentIndexChanged.connect(self._changed)
        for text_edit in (self.reservations, self.protocol_note, self.outcome):
            text_edit.textChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if self.paragraph is not None and not self._loading:
            self.dirty = True

    _loading = False

    # -- filling and reading -------------------------------------------------------------

    def set_correctable(self, refs: list[ParagraphRef], current: ParagraphRef | None) -> None:
        self.corrects.blockSignals(True)
        self.corrects.clear()
        self.corrects.addItem(self.tr("Rättar inget tidigare beslut"), None)
        for ref in refs:
            self.corrects.addItem(f"{ref.label} {ref.title}", ref.item_id)
        if current is not None and self.corrects.findData(current.item_id) < 0:
            self.corrects.addItem(f"{current.label} {current.title}", current.item_id)
        index = self.corrects.findData(current.item_id) if current else 0
        self.corrects.setCurrentIndex(max(index, 0))
        self.corrects.blockSignals(False)

    def set_paragraph(
        self, paragraph: Paragraph | None, keeps_notes: bool, read_only: bool
    ) -> None:
        self._loading = True
        self.paragraph = paragraph
        self.keeps_notes = keeps_notes
        self.intro.setText(paragraph.decision_intro if paragraph else "")
        self.clauses.clear()
        for clause in paragraph.clauses if paragraph else ():
            self._append_clause(clause)
        self.reservations.setPlainText(paragraph.reservations if paragraph else "")
        self.protocol_note.setPlainText(paragraph.protocol_note if paragraph else "")
        self.outcome.setPlainText(paragraph.outcome if paragraph else "")
        self.heading.setText(self._heading(paragraph))
        self.correction_info.setText(self._correction_text(paragraph))
        self.correction_info.setVisible(bool(self.correction_info.text()))
        for field in (self.intro, self.clauses, self.reservations, self.protocol_note):
            self._show_row(field, not keeps_notes)
        self._show_row(self.outcome, keeps_notes)
        self._set_read_only(read_only or paragraph is None)
        self.history.setEnabled(paragraph is not None)
        self.dirty = False
        self._loading = False

    def _show_row(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(self._rows[field], visible)

    def _set_read_only(self, read_only: bool) -> None:
        self.intro.setReadOnly(read_only)
        for text_edit in (self.reservations, self.protocol_note, self.outcome):
            text_edit.setReadOnly(read_only)
        self.clauses.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        for button in (self.add_clause, self.remove_clause, self.move_up, self.move_down):
            button.setEnabled(not read_only)
        self.corrects.setEnabled(not read_only)
        self.save.setEnabled(not read_only)

    def _heading(self, paragraph: Paragraph | None) -> str:
        if paragraph is None:
            return self.tr("Välj en paragraf i listan.")
        number = (
            self.tr("§ %1").replace("%1", str(paragraph.number))
            if paragraph.number is not None
            else self.tr("Punkt %1").replace("%1", str(paragraph.position))
        )
        lines = [f"<b>{number} {_escape(paragraph.title)}</b>"]
        if paragraph.diarienummer:
            lines.append(self.tr("Dnr %1").replace("%1", _escape(paragraph.diarienummer)))
        if paragraph.matter:
            lines.append(_escape(paragraph.matter).replace("\n", "<br>"))
        return "<br>".join(lines)

    def _correction_text(self, paragraph: Paragraph | None) -> str:
        if paragraph is None:
            return ""
        parts = [
            self.tr("Rättad genom %1").replace("%1", ref.label) for ref in paragraph.corrected_by
        ]
        if paragraph.corrects is not None:
            parts.append(self.tr("Rättar %1").replace("%1", paragraph.corrects.label))
        return " · ".join(parts)

    def decision(self) -> DecisionInput:
        """The decision as typed; the clauses only when they differ from those shown, so
        that saving the intro never puts back clauses someone else changed meanwhile."""
        texts = tuple(self.clauses.item(row).text() for row in range(self.clauses.count()))
        shown = self.paragraph.clauses if self.paragraph is not None else None
        return DecisionInput(
            intro=self.intro.text(),
            clauses=None if texts == shown else texts,
            reservations=self.reservations.toPlainText(),
            protocol_note=self.protocol_note.toPlainText(),
        )

    def outcome_text(self) -> str:
        return self.outcome.toPlainText()

    def corrected_item_id(self) -> int | None:
        data = self.corrects.currentData()
        return data if isinstance(data, int) else None

    # -- the clause list -----------------------------------------------------------------

    def _append_clause(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(EDITABLE)
        self.clauses.addItem(item)
        return item

    def _add_clause(self) -> None:
        item = self._append_clause(self.tr("att "))
        self.clauses.setCurrentItem(item)
        self.clauses.editItem(item)
        self.dirty = True

    def _remove_clause(self) -> None:
        row = self.clauses.currentRow()
        if row >= 0:
            self.clauses.takeItem(row)
            self.dirty = True

    def _move(self, step: int) -> None:
        row = self.clauses.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.clauses.count():
            return
        item = self.clauses.takeItem(row)
        self.clauses.insertItem(target, item)
        self.clauses.setCurrentRow(target)
        self.dirty = True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
