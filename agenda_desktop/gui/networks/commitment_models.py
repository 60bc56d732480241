"""How commitments look on screen: the vocabularies in the interface's language, the
status in words with a symbol and a colour, and the table model with its filter.

The status never relies on colour alone: every status has its own symbol and word, and a
status set by hand says so ("(satt för hand)").
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from agenda_desktop.core.services.commitments_types import CommitmentInfo, EvidenceInfo
from agenda_desktop.gui.steering.dialogue_models import ROW_ROLE, RowsModel, change_filter

__all__ = ["ROW_ROLE", "CommitmentColumn", "CommitmentFilter", "CommitmentTableModel"]

_Index = QModelIndex | QPersistentModelIndex

STATUS_SYMBOLS: dict[str, str] = {
    "ej_paborjad": "○",
    "pagar": "◐",
    "uppfylld": "✔",
    "forsenad": "⚠",
    "ej_aktuell": "–",
}
# Dark enough to read on white (WCAG AA), and apart in lightness too.
STATUS_INK: dict[str, str] = {
    "ej_paborjad": "#52606d",
    "pagar": "#0b5cad",
    "uppfylld": "#2b7a3b",
    "forsenad": "#a61e1e",
    "ej_aktuell": "#6c757d",
}
OVERDUE_BACKGROUND = QColor("#fdecea")
EVIDENCE_SYMBOLS: dict[str, str] = {"saknas": "○", "pagar": "◐", "klar": "✔"}


def status_names() -> dict[str, str]:
    """The names of ``COMMITMENT_STATUSES``."""
    return {
        "ej_paborjad": QCoreApplication.translate("CommitmentDisplay", "Ej påbörjad"),
        "pagar": QCoreApplication.translate("CommitmentDisplay", "Pågår"),
        "uppfylld": QCoreApplication.translate("CommitmentDisplay", "Uppfylld"),
        "forsenad": QCoreApplication.translate("CommitmentDisplay", "Försenad"),
        "ej_aktuell": QCoreApplication.translate("CommitmentDisplay", "Ej aktuell"),
    }


def kind_names() -> dict[str, str]:
    """The names of ``COMMITMENT_KINDS``."""
    return {
        "utfastelse": QCoreApplication.translate("CommitmentDisplay", "Utfästelse"),
        "forvantning": QCoreApplication.translate("CommitmentDisplay", "Förväntning"),
    }


def evidence_kind_names() -> dict[str, str]:
    """The names of ``EVIDENCE_KINDS``."""
    return {
        "paragraf": QCoreApplication.translate("CommitmentDisplay", "Protokollsparagraf"),
        "steg": QCoreApplication.translate("CommitmentDisplay", "Steg i styrcykeln"),
        "atgard": QCoreApplication.translate("CommitmentDisplay", "Åtgärd"),
        "dokument": QCoreApplication.translate("CommitmentDisplay", "Dokument"),
        "organ": QCoreApplication.translate("CommitmentDisplay", "Organ"),
    }


def evidence_state_names() -> dict[str, str]:
    """The names of ``EVIDENCE_STATES``."""
    return {
        "saknas": QCoreApplication.translate("CommitmentDisplay", "Saknas"),
        "pagar": QCoreApplication.translate("CommitmentDisplay", "Arbete pågår"),
        "klar": QCoreApplication.translate("CommitmentDisplay", "Klart"),
    }


def status_text(commitment: CommitmentInfo) -> str:
    """E.g. "✔ Uppfylld", "– Ej aktuell (satt för hand)", or "⚠ Försenad (satt för hand:
    pågår)" when a status set by hand has passed its due date."""
    name = status_names().get(commitment.status, commitment.status_name)
    text = f"{STATUS_SYMBOLS.get(commitment.status, '')} {name}".strip()
    manual = commitment.manual_status
    if manual == commitment.status:
        text += " " + QCoreApplication.translate("CommitmentDisplay", "(satt för hand)")
    elif manual is not None:
        set_by_hand = QCoreApplication.translate("CommitmentDisplay", "(satt för hand: %1)")
        text += " " + set_by_hand.replace("%1", status_names().get(manual, manual).lower())
    return text


def status_ink(status: str) -> QColor:
    return QColor(STATUS_INK.get(status, "#52606d"))


def evidence_summary(evidence: tuple[EvidenceInfo, ...]) -> str:
    """The evidence counted by state, e.g. "✔ 1 klart · ◐ 1 pågår", or "Inga"."""
    if not evidence:
        return QCoreApplication.translate("CommitmentDisplay", "Inga")
    words = {
        "klar": QCoreApplication.translate("CommitmentDisplay", "%1 klart"),
        "pagar": QCoreApplication.translate("CommitmentDisplay", "%1 pågår"),
        "saknas": QCoreApplication.translate("CommitmentDisplay", "%1 saknas"),
    }
    parts = []
    for state, word in words.items():
        count = sum(1 for piece in evidence if piece.state == state)
        if count:
            parts.append(f"{EVIDENCE_SYMBOLS[state]} {word.replace('%1', str(count))}")
    return " · ".join(parts)


class CommitmentColumn(IntEnum):
    NUMBER = 0
    KIND = 1
    TEXT = 2
    RESPONSIBLE = 3
    DUE = 4
    STATUS = 5
    EVIDENCE = 6


class CommitmentTableModel(RowsModel[CommitmentInfo]):
    """The network's commitments in their order; "Nr" counts from 1 in that order."""

    def headers(self) -> list[str]:
        return [
            self.tr("Nr"),
            self.tr("Typ"),
            self.tr("Åtagande/förväntning"),
            self.tr("Ansvarig"),
            self.tr("Klart senast"),
            self.tr("Status"),
            self.tr("Belägg"),
        ]

    def number_of(self, commitment: CommitmentInfo) -> int:
        return next(
            (
                n + 1
                for n, row in enumerate(self.rows())
                if row.commitment_id == commitment.commitment_id
            ),
            0,
        )

    def row_of(self, commitment_id: int) -> int | None:
        return next(
            (n for n, row in enumerate(self.rows()) if row.commitment_id == commitment_id), None
        )

    def cell(self, row: CommitmentInfo, column: int) -> tuple[str, Any]:
        if column == CommitmentColumn.NUMBER:
            number = self.number_of(row)
            return str(number), number
        if column == CommitmentColumn.KIND:
            return kind_names().get(row.kind, row.kind_name), row.kind
        if column == CommitmentColumn.TEXT:
            return row.text, row.text
        if column == CommitmentColumn.RESPONSIBLE:
            who = [part for part in (row.responsible_name, row.responsible_unit_name) if part]
            return ", ".join(who), ", ".join(who)
        if column == CommitmentColumn.DUE:
            due = row.due_date.isoformat() if row.due_date else ""
            return due, due or "9999"
        if column == CommitmentColumn.STATUS:
            return status_text(row), row.status
        return evidence_summary(row.evidence), len(row.evidence)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = index.data(ROW_ROLE)
            if isinstance(row, CommitmentInfo):
                if index.column() == CommitmentColumn.STATUS:
                    return row.status_reason
                if index.column() == CommitmentColumn.EVIDENCE and row.evidence:
                    return "\n".join(piece.label for piece in row.evidence)
        return super().data(index, role)

    def extra(self, row: CommitmentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == CommitmentColumn.STATUS:
            return status_ink(row.status)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "forsenad":
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CommitmentColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CommitmentFilter(QSortFilterProxyModel):
    """Keeps the rows that hold every word of the text, of the kind and status chosen,
    and, when asked, only the overdue ones (försenad)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str | None = None
        self._status: str | None = None
        self._only_overdue = False

    def set_filter(
        self, text: str, kind: str | None, status: str | None, only_overdue: bool
    ) -> None:
        def change() -> None:
            self._words = text.casefold().split()
            self._kind = kind
            self._status = status
            self._only_overdue = only_overdue

        change_filter(self, change)

    def is_filtering(self) -> bool:
        return bool(self._words or self._kind or self._status or self._only_overdue)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(row, CommitmentInfo):
            return False
        if self._kind and row.kind != self._kind:
            return False
        if self._status and row.status != self._status:
            return False
        if self._only_overdue and row.status != "forsenad":
            return False
        if not self._words:
            return True
        text = " ".join(
            [row.text, row.note, row.responsible_name, row.responsible_unit_name]
            + [piece.label for piece in row.evidence]
        ).casefold()
        return all(word in text for word in self._words)
