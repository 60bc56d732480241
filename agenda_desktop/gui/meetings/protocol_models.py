"""Table models of the protocol: its paragraphs, and the hits of a protocol search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from agenda_desktop.core.services.protocols_types import Paragraph, SearchHit
from agenda_desktop.gui.row_table_model import AnyIndex, RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole


def paragraph_label(paragraph: Paragraph) -> str:
    """ "§ 1166", or "Punkt 3" before the protocol is drawn up."""
    if paragraph.number is not None:
        return QCoreApplication.translate("ProtocolModels", "§ %1").replace(
            "%1", str(paragraph.number)
        )
    return QCoreApplication.translate("ProtocolModels", "Punkt %1").replace(
        "%1", str(paragraph.position)
    )


class ParagraphTableModel(RowTableModel[Paragraph]):
    """The protocol's paragraphs in agenda order: §, title, and whether it is decided."""

    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("ProtocolModels", "§"),
            QCoreApplication.translate("ProtocolModels", "Rubrik"),
            QCoreApplication.translate("ProtocolModels", "Beslut"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        paragraph = self.rows[index.row()]
        if role == ROW_ROLE:
            return paragraph
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return paragraph_label(paragraph)
            if column == 1:
                return paragraph.title
            return _decision_state(paragraph)
        if role == Qt.ItemDataRole.ToolTipRole and paragraph.corrected_by:
            refs = ", ".join(ref.label for ref in paragraph.corrected_by)
            return QCoreApplication.translate("ProtocolModels", "Rättad genom %1").replace(
                "%1", refs
            )
        return None


def _decision_state(paragraph: Paragraph) -> str:
    if paragraph.corrected_by:
        return QCoreApplication.translate("ProtocolModels", "Rättad")
    if paragraph.outcome or paragraph.clauses or paragraph.decision_intro:
        return QCoreApplication.translate("ProtocolModels", "Skrivet")
    return ""


class SearchHitModel(RowTableModel[SearchHit]):
    """Search hits, newest meeting first: date, body, §, title, the words around the match."""

    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("ProtocolModels", "Datum"),
            QCoreApplication.translate("ProtocolModels", "Organ"),
            QCoreApplication.translate("ProtocolModels", "§"),
            QCoreApplication.translate("ProtocolModels", "Rubrik"),
            QCoreApplication.translate("ProtocolModels", "Träff"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        if role == ROW_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                hit.held_on.isoformat(),
                hit.body_name,
                str(hit.number) if hit.number is not None else "",
                hit.title,
                hit.snippet,
            ]
            return values[index.column()]
        return None
