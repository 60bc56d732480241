"""The words of meetings in the user's language, and the table models of the Möten tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from agenda_desktop.core.services.meetings_types import (
    AgendaItemInfo,
    AttachmentInfo,
    AttendanceRow,
    MeetingInfo,
)
from agenda_desktop.gui.formatting import date_and_time, file_size
from agenda_desktop.gui.meetings.vocabulary_names import item_kind_names, meeting_state_names
from agenda_desktop.gui.row_table_model import AnyIndex, RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole


def state_names() -> dict[str, str]:
    return meeting_state_names()


class MeetingTableModel(RowTableModel[MeetingInfo]):
    """A body's meetings: date, time, place, state; sorts by the ISO date."""

    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("MeetingModels", "Datum"),
            QCoreApplication.translate("MeetingModels", "Tid"),
            QCoreApplication.translate("MeetingModels", "Plats"),
            QCoreApplication.translate("MeetingModels", "Status"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self.rows[index.row()]
        if role == ROW_ROLE:
            return meeting
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return meeting.held_on.isoformat()
            if column == 1:
                return meeting.time_text
            if column == 2:
                return meeting.place
            return state_names()[meeting.state]
        return None


class AgendaTableModel(RowTableModel[AgendaItemInfo]):
    """The agenda in order: punkt (and § once numbered), title, kind, references."""

    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("MeetingModels", "Punkt"),
            QCoreApplication.translate("MeetingModels", "§"),
            QCoreApplication.translate("MeetingModels", "Rubrik"),
            QCoreApplication.translate("MeetingModels", "Typ"),
            QCoreApplication.translate("MeetingModels", "Diarienummer"),
            QCoreApplication.translate("MeetingModels", "Föredragande"),
            QCoreApplication.translate("MeetingModels", "Bilagor"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                item.position,
                f"§ {item.paragraph_number}" if item.paragraph_number else "",
                item.title,
                item_kind_names()[item.kind],
                item.diarienummer,
                item.rapporteur,
                item.attachment_count or "",
            ]
            return values[index.column()]
        return None


class AttachmentTableModel(RowTableModel[AttachmentInfo]):
    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("MeetingModels", "Fil"),
            QCoreApplication.translate("MeetingModels", "Storlek"),
            QCoreApplication.translate("MeetingModels", "Tillagd"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attachment = self.rows[index.row()]
        if role == ROW_ROLE:
            return attachment
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                attachment.filename,
                file_size(attachment.size),
                date_and_time(attachment.added_at),
            ]
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"SHA-256 {attachment.sha256}"
        return None


class OthersTableModel(RowTableModel[AttendanceRow]):
    """Övriga deltagare: name, role, organisation and the items they attended."""

    def headers(self) -> Sequence[str]:
        return [
            QCoreApplication.translate("MeetingModels", "Namn"),
            QCoreApplication.translate("MeetingModels", "Roll"),
            QCoreApplication.translate("MeetingModels", "Organisation"),
            QCoreApplication.translate("MeetingModels", "Punkter"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                row.name,
                row.role,
                row.organisation,
                row.items_text or QCoreApplication.translate("MeetingModels", "hela mötet"),
            ]
            return values[index.column()]
        return None
