"""Sök i protokoll: text, body and date range over meetings, paragraphs and decisions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.protocols import ProtocolService
from agenda_desktop.core.services.protocols_types import SearchHit
from agenda_desktop.gui.meetings.protocol_models import ROW_ROLE, SearchHitModel

NO_DATE = QDate(1900, 1, 1)  # the minimum of the date edits, shown as "Alla"


class ProtocolSearchDialog(QDialog):
    """Finds paragraphs; ``paragraph_chosen(meeting_id, item_id)`` on a double click or Öppna."""

    paragraph_chosen = Signal(int, int)

    def __init__(self, protocols: ProtocolService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._protocols = protocols
        self.setWindowTitle(self.tr("Sök i protokoll"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("t.ex. budget, Agenda 2030 eller ett diarienummer"))
        self.body = QComboBox(self)
        self.body.addItem(self.tr("Alla organ"), None)
        try:
            for body in protocols.bodies():
                self.body.addItem(body.name, body.id)
        except AgendaError:
            pass  # the search itself will say what is wrong
        self.from_date = self._date_edit()
        self.to_date = self._date_edit()
        self.search_button = QPushButton(self.tr("&Sök"), self)
        self.search_button.setDefault(True)
        self.model = SearchHitModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Ö&ppna paragrafen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = buttons.addButton(self.tr("St&äng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Sök&ord:"), self.text)
        form.addRow(self.tr("&Organ:"), self.body)
        dates = QHBoxLayout()
        dates.addWidget(self.from_date)
        to_label = QLabel(self.tr("&till:"), self)
        to_label.setBuddy(self.to_date)
        dates.addWidget(to_label)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        dates.addWidget(self.search_button)
        form.addRow(self.tr("&Från:"), dates)
        label = form.labelForField(dates)
        if isinstance(label, QLabel):
            label.setBuddy(self.from_date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.search_button.clicked.connect(self.run_search)
        self.text.returnPressed.connect(self.run_search)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.open_button.setEnabled(self._selected() is not None)
        )
        self.resize(820, 480)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Alla"))
        edit.setDate(NO_DATE)
        return edit

    def run_search(self) -> None:
        body = self.body.currentData()
        try:
            hits = self._protocols.search(
                self.text.text(),
                body_id=body if isinstance(body, int) else None,
                from_date=_chosen(self.from_date),
                to_date=_chosen(self.to_date),
            )
        except AgendaError as error:
            self.status.setText(str(error))
            return
        self.model.set_rows(hits)
        self.table.resizeColumnsToContents()
        if not hits:
            self.status.setText(self.tr("Inga paragrafer hittades."))
        elif len(hits) == 1:
            self.status.setText(self.tr("1 paragraf hittades."))
        else:
            self.status.setText(self.tr("%1 paragrafer hittades.").replace("%1", str(len(hits))))
        self.open_button.setEnabled(False)

    def _selected(self) -> SearchHit | None:
        rows = self.table.selectionModel().selectedRows()
        hit = self.model.data(rows[0], ROW_ROLE) if rows else None
        return hit if isinstance(hit, SearchHit) else None

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.model.data(index, ROW_ROLE)
        if isinstance(hit, SearchHit):
            self.paragraph_chosen.emit(hit.meeting_id, hit.item_id)
            self.accept()

    def _open_selected(self) -> None:
        hit = self._selected()
        if hit is not None:
            self.paragraph_chosen.emit(hit.meeting_id, hit.item_id)
            self.accept()


def _chosen(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DATE:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())
