"""Lägg till belägg: pick what shows that a commitment is kept — a protocol paragraph, a
step of the steering cycle, an action, a document of the network or a body.

The candidates come from the commitment service, searched as the user types; OK links the
chosen one with the note in one service call.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks.evidence_rules import FIELD_EVIDENCE
from agenda_desktop.core.services.commitments import CommitmentService
from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    EvidenceCandidate,
    EvidenceInfo,
)
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.networks.commitment_models import evidence_kind_names

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


class EvidenceDialog(SavingDialog):
    def __init__(
        self,
        commitments: CommitmentService,
        commitment: CommitmentInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lägg till belägg"), parent)
        self._commitments = commitments
        self._commitment = commitment
        self.saved: EvidenceInfo | None = None
        about = QLabel(self.tr("Belägg för: %1").replace("%1", commitment.text), self)
        about.setWordWrap(True)
        self.kind = QComboBox(self)
        for code, name in evidence_kind_names().items():
            self.kind.addItem(name, code)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.candidates = QListWidget(self)
        self.candidates.setWordWrap(True)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.setMinimumHeight(220)
        self.candidates.setSpacing(3)
        self.candidates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidates.setAccessibleName(self.tr("Möjliga belägg"))
        self.candidates.itemDoubleClicked.connect(self._save)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        self.note.setPlaceholderText(self.tr("Frivilligt, t.ex. vad beslutet innebär"))
        self.form.addRow(about)
        self.form.addRow(self.tr("&Slag av belägg:"), self.kind)
        self.form.addRow(self.tr("S&ök:"), self.search)
        self.form.addRow(self.tr("&Välj:"), self.candidates)
        self.form.addRow("", self.empty)
        self.form.addRow(self.tr("&Anteckning:"), self.note)
        self._fields = {FIELD_EVIDENCE: self.candidates}
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Lägg till"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.kind.currentIndexChanged.connect(self.load)
        self.search.textChanged.connect(self._timer.start)
        self.resize(640, 560)
        self.load()

    def choose_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def load(self) -> None:
        self._timer.stop()
        kind = str(self.kind.currentData())
        self.search.setPlaceholderText(
            self.tr("Sök på rubrik, ärende, beslut eller diarienummer…")
            if kind == "paragraf"
            else self.tr("Sök på namn…")
        )
        found = self._commitments.evidence_candidates(
            self._commitment.commitment_id, kind, self.search.text()
        )
        self.candidates.clear()
        for candidate in found:
            text = f"{candidate.label}\n{candidate.detail}" if candidate.detail else candidate.label
            item = QListWidgetItem(text, self.candidates)
            item.setData(CANDIDATE_ROLE, candidate)
            item.setToolTip(text)
        if found:
            self.candidates.setCurrentRow(0)
            self.empty.hide()
        else:
            self.empty.setText(self._nothing_found(kind))
            self.empty.show()

    def _nothing_found(self, kind: str) -> str:
        if self.search.text().strip():
            return self.tr("Inget hittades. Pröva ett annat sökord.")
        texts = {
            "paragraf": self.tr("Det finns inga protokollsparagrafer ännu (Möten och protokoll)."),
            "steg": self.tr("Det finns ingen styrcykel ännu."),
            "atgard": self.tr("Handlingsplanen har inga åtgärder ännu."),
            "dokument": self.tr("Nätverket har inga dokument ännu (fliken Dokument)."),
            "organ": self.tr("Det finns inga organ ännu (Möten och protokoll)."),
        }
        return texts.get(kind, self.tr("Inget att välja."))

    def chosen(self) -> EvidenceCandidate | None:
        item = self.candidates.currentItem()
        candidate = item.data(CANDIDATE_ROLE) if item is not None else None
        return candidate if isinstance(candidate, EvidenceCandidate) else None

    def save(self) -> None:
        candidate = self.chosen()
        if candidate is None:
            raise ValidationError(FIELD_EVIDENCE, self.tr("välj ett belägg i listan."))
        data = replace(candidate.evidence, note=self.note.toPlainText())
        self.saved = self._commitments.add_evidence(self._commitment.commitment_id, data)
