"""Ordlista: the municipality's hard words and their plain explanations.

A searchable table with add, edit and delete; the same list prints as an appendix of
the reports (that is the reports' part; this tab keeps the words).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.glossary import TermInfo
from agenda_desktop.core.steering import dialogue_rules as rules
from agenda_desktop.core.steering.dialogue_rules import swedish_sort_key
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.messages import confirm, show_warning
from agenda_desktop.gui.steering.dialogue_models import (
    ROW_ROLE,
    SORT_ROLE,
    RowsModel,
    change_filter,
)
from agenda_desktop.gui.style import paragraph, tidy_table

_Index = QModelIndex | QPersistentModelIndex


class GlossaryModel(RowsModel[TermInfo]):
    def headers(self) -> list[str]:
        return [self.tr("Term"), self.tr("Förklaring")]

    def cell(self, row: TermInfo, column: int) -> tuple[str, Any]:
        text = row.term if column == 0 else row.explanation
        return text, swedish_sort_key(text)


class GlossaryFilter(QSortFilterProxyModel):
    """Keeps the terms whose term or explanation holds every word typed, in any case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        def change() -> None:
            self._words = text.casefold().split()

        change_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        term = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(term, TermInfo):
            return False
        haystack = f"{term.term} {term.explanation}".casefold()
        return all(word in haystack for word in self._words)


class TermDialog(SavingDialog):
    """Ny term / Ändra term."""

    def __init__(
        self,
        services: Services,
        term: TermInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ändra term") if term else self.tr("Ny term"), parent)
        self._glossary = services.glossary
        self._term = term
        self.saved: TermInfo | None = None
        self.term = QLineEdit(term.term if term else "", self)
        self.term.setPlaceholderText(self.tr("t.ex. Rådighet"))
        self.explanation = QPlainTextEdit(term.explanation if term else "", self)
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(
            self.tr("Förklara med vardagliga ord, så att en 15-åring förstår.")
        )
        self.explanation.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.form.addRow(self.tr("&Term:"), self.term)
        self.form.addRow(self.tr("&Förklaring:"), self.explanation)
        self._fields = {rules.FIELD_TERM: self.term, rules.FIELD_EXPLANATION: self.explanation}
        if term is not None:
            self.add_history(
                services.change_log, RecordRef.of("glossary_term", term.term_id), term.term
            )
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        text, explanation = self.term.text(), self.explanation.toPlainText()
        if self._term is None:
            self.saved = self._glossary.add(text, explanation)
        else:
            self.saved = self._glossary.update(
                self._term.term_id, text, explanation, self.expected(self._term.version)
            )


class GlossaryTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök bland termer och förklaringar…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("S&ök:"), self)
        search_label.setBuddy(self.search)
        self.new_button = QPushButton(self.tr("Ny &term…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra term…"), self)
        self.delete_button = QPushButton(self.tr("Ta &bort term…"), self)
        self.new_button.clicked.connect(self.add_term)
        self.edit_button.clicked.connect(self.edit_term)
        self.delete_button.clicked.connect(self.delete_term)

        self.model = GlossaryModel(self)
        self.proxy = GlossaryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Ordlista"))
        tidy_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 240)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_term)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)

        intro = paragraph(
            self.tr(
                "Svåra ord som används i programmet och rapporterna, förklarade med enkla "
                "ord. Ordlistan kan skrivas ut som bilaga till rapporterna."
            ),
            self,
            muted=True,
        )
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.load()

    def load(self) -> None:
        self.model.set_rows(self._services.glossary.terms())
        self._update_buttons()

    def current_term(self) -> TermInfo | None:
        if not self.table.selectionModel().hasSelection():
            return None
        term = self.table.currentIndex().data(ROW_ROLE)
        return term if isinstance(term, TermInfo) else None

    def select_term(self, term_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            term = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(term, TermInfo) and term.term_id == term_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.current_term() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open(self, term: TermInfo | None) -> None:
        dialog = TermDialog(self._services, term, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.load()
            self.select_term(dialog.saved.term_id)

    def add_term(self) -> None:
        self._open(None)

    def edit_term(self) -> None:
        term = self.current_term()
        if term is not None:
            self._open(term)

    def delete_term(self) -> None:
        term = self.current_term()
        if term is None:
            return
        text = self.tr("Ta bort ”%1” ur ordlistan?").replace("%1", term.term)
        if not confirm(self, text, self.tr("Ta bort term")):
            return
        try:
            self._services.glossary.delete(term.term_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self.load()
