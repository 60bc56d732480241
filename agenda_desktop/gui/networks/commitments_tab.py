"""Åtaganden, a tab of a network: its commitments and expectations in their order, with
filters, the editor, moving up and down, and the chosen one's status and evidence below.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.commitments_types import CommitmentInfo
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.networks.commitment_detail import CommitmentDetail
from agenda_desktop.gui.networks.commitment_dialog import CommitmentDialog
from agenda_desktop.gui.networks.commitment_models import (
    ROW_ROLE,
    STATUS_SYMBOLS,
    CommitmentColumn,
    CommitmentFilter,
    CommitmentTableModel,
    status_names,
)
from agenda_desktop.gui.style import paragraph, tidy_table


class CommitmentsTab(QWidget):
    """The commitments of one network; ``changed`` after each saved change,
    ``pageRequested`` when the user goes to the page that holds a piece of evidence."""

    changed = Signal()
    pageRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._network_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Sök i åtaganden, ansvariga och belägg…"))
        self.search.setAccessibleName(self.tr("Sök"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Typ"))
        self.kind.addItem(self.tr("Alla typer"), None)
        self.kind.addItem(self.tr("Utfästelser"), "utfastelse")
        self.kind.addItem(self.tr("Förväntningar"), "forvantning")
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Alla statusar"), None)
        for code, name in status_names().items():
            self.status.addItem(f"{STATUS_SYMBOLS[code]} {name}", code)
        self.only_overdue = QCheckBox(self.tr("Bara &försenade"), self)
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("S&ök:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.only_overdue)
        self.summary = paragraph("", self, muted=True)

        self.model = CommitmentTableModel(self)
        self.proxy = CommitmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Åtaganden"))
        tidy_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CommitmentColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (CommitmentColumn.NUMBER, CommitmentColumn.KIND, CommitmentColumn.DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (
            (CommitmentColumn.RESPONSIBLE, 110),
            (CommitmentColumn.STATUS, 135),
            (CommitmentColumn.EVIDENCE, 90),
        ):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_commitment)
        self.table.selectionModel().selectionChanged.connect(self._chosen)

        self.new_button = QPushButton(self.tr("&Ny…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort"), self)
        self.up_button = QPushButton(self.tr("&Upp"), self)
        self.down_button = QPushButton(self.tr("N&ed"), self)
        self.new_button.clicked.connect(self.add_commitment)
        self.edit_button.clicked.connect(self.edit_commitment)
        self.remove_button.clicked.connect(self.remove_commitment)
        self.up_button.clicked.connect(lambda: self.move_commitment(-1))
        self.down_button.clicked.connect(lambda: self.move_commitment(1))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)

        self.detail = CommitmentDetail(services, self)
        self.detail.changed.connect(self._evidence_changed)
        self.detail.pageRequested.connect(self.pageRequested)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.only_overdue.toggled.connect(self._filter)
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------

    def show_network(self, network_id: int | None) -> None:
        if network_id != self._network_id:
            self._network_id = network_id
            self.reload(None)
        else:
            self.reload()

    def reload(self, select_id: int | None = -1) -> None:
        """Reload the commitments, keeping the chosen one (``-1``) or choosing another."""
        if select_id == -1:
            chosen = self.current_commitment()
            select_id = chosen.commitment_id if chosen else None
        rows = (
            self._services.commitments.commitments(self._network_id)
            if self._network_id is not None
            else []
        )
        self.model.set_rows(rows)
        self._summarise(rows)
        if not self.select_commitment(select_id) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._chosen()

    def _summarise(self, rows: list[CommitmentInfo]) -> None:
        if not rows:
            self.summary.setText(
                self.tr("Inga åtaganden ännu. Lägg till dem med ”Ny…”.")
                if self._network_id is not None
                else ""
            )
            return
        if len(rows) == 1:
            text = self.tr("1 åtagande · uppfyllda: %2 · försenade: %3")
        else:
            text = self.tr("%1 åtaganden · uppfyllda: %2 · försenade: %3")
            text = text.replace("%1", str(len(rows)))
        text = text.replace("%2", str(sum(1 for r in rows if r.status == "uppfylld")))
        self.summary.setText(
            text.replace("%3", str(sum(1 for r in rows if r.status == "forsenad")))
        )

    def select_commitment(self, commitment_id: int | None) -> bool:
        row = self.model.row_of(commitment_id) if commitment_id is not None else None
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def current_commitment(self) -> CommitmentInfo | None:
        if not self.table.selectionModel().hasSelection():
            return None
        found = self.table.currentIndex().data(ROW_ROLE)
        return found if isinstance(found, CommitmentInfo) else None

    def _filter(self) -> None:
        kind, status = self.kind.currentData(), self.status.currentData()
        self.proxy.set_filter(
            self.search.text(),
            kind if isinstance(kind, str) else None,
            status if isinstance(status, str) else None,
            self.only_overdue.isChecked(),
        )
        if self.current_commitment() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self._chosen()

    def _chosen(self) -> None:
        self.detail.show_commitment(self.current_commitment())
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_commitment()
        self.new_button.setEnabled(self._network_id is not None)
        self.edit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        number = self.model.number_of(chosen) if chosen else 0
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(0 < number < self.model.rowCount())

    # -- editing -----------------------------------------------------------------------

    def add_commitment(self) -> None:
        self._open(None)

    def edit_commitment(self) -> None:
        chosen = self.current_commitment()
        if chosen is not None:
            self._open(chosen)

    def _open(self, commitment: CommitmentInfo | None) -> None:
        if self._network_id is None:
            return
        dialog = CommitmentDialog(self._services, self._network_id, commitment, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.commitment_id)
            self.changed.emit()

    def remove_commitment(self) -> None:
        chosen = self.current_commitment()
        if chosen is None:
            return
        text = self.tr(
            "Ta bort åtagandet ”%1” och dess belägg? Det som beläggen pekar på finns kvar."
        ).replace("%1", chosen.text)
        if not confirm(self, text, self.tr("Ta bort åtagande")):
            return
        self._change(lambda: self._services.commitments.remove_commitment(chosen.commitment_id))

    def move_commitment(self, step: int) -> None:
        chosen = self.current_commitment()
        if chosen is not None:
            self._change(
                lambda: self._services.commitments.move_commitment(chosen.commitment_id, step)
            )

    def _change(self, change: Callable[[], None]) -> None:
        try:
            change()
        except AgendaError as error:
            show_error(self, str(error))
        self.reload()
        self.changed.emit()

    def _evidence_changed(self) -> None:
        self.reload()
        self.changed.emit()
