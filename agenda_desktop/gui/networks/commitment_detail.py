"""The chosen commitment under the table of the Åtaganden tab: its status and why, who
answers for it, and its evidence written out — a protocol paragraph with body, meeting
date, § number, title, whether the protocol is adjusted, and its att-clauses.

"Lägg till belägg…" and "Ta bort belägg" change the evidence; ``changed`` tells the tab.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.commitments_types import (
    CommitmentInfo,
    EvidenceInfo,
    ParagraphRef,
)
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.navigation import page_specs
from agenda_desktop.gui.networks.commitment_models import (
    EVIDENCE_SYMBOLS,
    evidence_kind_names,
    evidence_state_names,
    kind_names,
    status_ink,
    status_text,
)
from agenda_desktop.gui.networks.evidence_dialog import EvidenceDialog
from agenda_desktop.gui.style import MUTED_INK, paragraph, scaled_font

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
# The page of the main window where each kind of evidence is kept (a step: its own page).
STEP_PAGES = {1: "analysis", 2: "priorities", 3: "action_plan", 4: "dialogue", 5: "follow_up"}
KIND_PAGES = {"paragraf": "meetings", "organ": "meetings", "atgard": "action_plan"}


def evidence_page(piece: EvidenceInfo) -> str | None:
    """The navigation key of the page that holds the evidence; None: this page."""
    if piece.kind == "steg" and piece.step is not None:
        return STEP_PAGES.get(piece.step)
    return KIND_PAGES.get(piece.kind)


class CommitmentDetail(QWidget):
    """``changed`` after evidence was added or removed; ``pageRequested`` carries the
    navigation key of the page that holds the chosen evidence ("Gå till …")."""

    changed = Signal()
    pageRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._commitment: CommitmentInfo | None = None
        self.title = paragraph("", self)
        self.title.setFont(scaled_font(self.title, 1.1, bold=True))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("commitmentStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.facts = paragraph("", self, muted=True)
        evidence_label = QLabel(self.tr("&Belägg:"), self)
        self.evidence = QListWidget(self)
        self.evidence.setWordWrap(True)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setSpacing(2)
        self.evidence.setMinimumHeight(110)
        self.evidence.setAccessibleName(self.tr("Belägg"))
        evidence_label.setBuddy(self.evidence)
        self.add_button = QPushButton(self.tr("Lägg till &belägg…"), self)
        self.remove_button = QPushButton(self.tr("Ta bort b&elägg"), self)
        self.add_button.clicked.connect(self.add_evidence)
        self.remove_button.clicked.connect(self.remove_evidence)
        self.go_button = QPushButton(self)
        self.go_button.clicked.connect(self._go_to_evidence)
        self.evidence.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.facts)
        layout.addWidget(evidence_label)
        layout.addWidget(self.evidence, 1)
        layout.addLayout(buttons)
        self.show_commitment(None)

    @property
    def commitment(self) -> CommitmentInfo | None:
        return self._commitment

    def show_commitment(self, commitment: CommitmentInfo | None) -> None:
        self._commitment = commitment
        self.evidence.clear()
        if commitment is None:
            self.title.setText(self.tr("Inget åtagande valt"))
            self.status.setText(
                self.tr("Välj ett åtagande i tabellen för att se dess status och belägg.")
            )
            self.status.setStyleSheet(f"color: {MUTED_INK};")
            self.facts.setText("")
            self._update_buttons()
            return
        kind = kind_names().get(commitment.kind, commitment.kind_name)
        self.title.setText(f"{kind}: {commitment.text}")
        self.status.setText(self._status_line(commitment))
        self.status.setStyleSheet(f"color: {status_ink(commitment.status).name()};")
        self.facts.setText(self._facts(commitment))
        for piece in commitment.evidence:
            item = QListWidgetItem("\n".join(self.evidence_lines(piece)), self.evidence)
            item.setData(EVIDENCE_ROLE, piece)
        if not commitment.evidence:
            item = QListWidgetItem(
                self.tr("Inga belägg ännu. Lägg till det som visar att åtagandet hålls."),
                self.evidence,
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    @staticmethod
    def _status_line(commitment: CommitmentInfo) -> str:
        """ "✔ Uppfylld: Kommunstyrelsen … är justerat …" — the status in bold, then the
        reason without the status name it starts with; a status set by hand says so."""
        status = f"<b>{escape(status_text(commitment))}</b>"
        reason = commitment.status_reason
        if reason.startswith(f"{commitment.status_name}:"):
            reason = reason[len(commitment.status_name) + 1 :].strip()
        elif commitment.manual_status is not None and commitment.manual_status == commitment.status:
            return status  # the reason is only "Satt för hand."
        return f"{status}: {escape(reason)}" if reason else status

    def _facts(self, commitment: CommitmentInfo) -> str:
        who = [part for part in (commitment.responsible_name, commitment.responsible_unit_name)]
        parts = [
            self.tr("Ansvarig: %1").replace(
                "%1", ", ".join(p for p in who if p) or self.tr("ingen angiven")
            ),
            self.tr("Klart senast: %1").replace(
                "%1",
                commitment.due_date.isoformat() if commitment.due_date else self.tr("ej angivet"),
            ),
        ]
        text = " · ".join(parts)
        if commitment.note:
            text += "\n" + self.tr("Anteckning: %1").replace("%1", commitment.note)
        return text

    def evidence_lines(self, piece: EvidenceInfo) -> list[str]:
        kind = evidence_kind_names().get(piece.kind, piece.kind_name)
        state = evidence_state_names().get(piece.state, piece.state)
        head = f"{EVIDENCE_SYMBOLS.get(piece.state, '')} {kind} – {state}"
        if piece.state_reason and piece.paragraph is None:  # a paragraph says it below
            head += f" ({piece.state_reason})"
        lines = [head]
        if piece.paragraph is not None:
            lines.extend(self.paragraph_lines(piece.paragraph))
        else:
            lines.append(piece.label)
        if piece.note:
            lines.append(self.tr("Anteckning: %1").replace("%1", piece.note))
        return lines

    def paragraph_lines(self, ref: ParagraphRef) -> list[str]:
        """A protocol paragraph written out: where, what, whether adjusted, the att-clauses."""
        if ref.paragraph_number is not None:
            where = f"§ {ref.paragraph_number}"
        else:
            where = self.tr("punkt %1").replace("%1", str(ref.position))
        lines = [f"{ref.body_name} {ref.held_on.isoformat()} {where}: {ref.title}"]
        if ref.diarienummer:
            lines.append(self.tr("Diarienummer %1").replace("%1", ref.diarienummer))
        if ref.adjusted_on is not None:
            lines.append(self.tr("Justerat %1").replace("%1", ref.adjusted_on.isoformat()))
        else:
            lines.append(self.tr("Ej justerat"))
        lines.extend(f"    {clause}" for clause in ref.clauses)
        return lines

    def current_evidence(self) -> EvidenceInfo | None:
        item = self.evidence.currentItem()
        piece = item.data(EVIDENCE_ROLE) if item is not None else None
        return piece if isinstance(piece, EvidenceInfo) else None

    def _update_buttons(self) -> None:
        piece = self.current_evidence()
        self.add_button.setEnabled(self._commitment is not None)
        self.remove_button.setEnabled(piece is not None)
        key = evidence_page(piece) if piece is not None else None
        titles = {spec.key: spec.title for spec in page_specs()}
        self.go_button.setVisible(key is not None)
        if key is not None:
            self.go_button.setText(self.tr("Gå till %1").replace("%1", titles.get(key, key)))

    def _go_to_evidence(self) -> None:
        piece = self.current_evidence()
        key = evidence_page(piece) if piece is not None else None
        if key is not None:
            self.pageRequested.emit(key)

    def add_evidence(self) -> None:
        if self._commitment is None:
            return
        dialog = EvidenceDialog(self._services.commitments, self._commitment, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed.emit()

    def remove_evidence(self) -> None:
        piece = self.current_evidence()
        if piece is None:
            return
        text = self.tr(
            "Ta bort belägget ”%1”? Det som belägget pekar på finns kvar; bara kopplingen tas bort."
        ).replace("%1", piece.label)
        if not confirm(self, text, self.tr("Ta bort belägg")):
            return
        try:
            self._services.commitments.remove_evidence(piece.evidence_id)
        except AgendaError as error:
            show_error(self, str(error))
        self.changed.emit()
