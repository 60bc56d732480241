"""The left side of Nyckeltal: filters (text, goal, selection) over the indicator list."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import IndicatorSummary
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.list_model import (
    SUMMARY_ROLE,
    Column,
    IndicatorFilterProxy,
    IndicatorListModel,
)
from agenda_desktop.gui.style import MUTED_INK, tidy_table

# Long enough that a word is typed before the list reacts, short enough to feel instant.
TEXT_DELAY_MS = 200


class Selection(StrEnum):
    ALL = "all"
    RKA = "rka"
    WITH_VALUES = "with_values"
    LOCAL = "local"


class IndicatorListPanel(QWidget):
    """Search, goal and selection above the list of indicators.

    Signals:
        currentChanged(str): the id of the indicator now selected, "" for none.
    """

    currentChanged = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._current = ""
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök på id, namn eller enhet"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Sök nyckeltal"))
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._apply_text)
        self.search.textChanged.connect(self._text_timer.start)

        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Mål"))
        self.goal.addItem(self.tr("Alla mål"), None)
        for goal in services.reference.goals():
            self.goal.addItem(f"{goal.number} {goal_name(goal)}", goal.number)
        self.goal.currentIndexChanged.connect(self._apply_goal)

        self.selection = QComboBox(self)
        self.selection.setAccessibleName(self.tr("Urval"))
        self.selection.addItem(self.tr("Alla nyckeltal i katalogen"), Selection.ALL)
        self.selection.addItem(self.tr("RKA:s urval för Agenda 2030"), Selection.RKA)
        self.selection.addItem(self.tr("Med värden för kommunen"), Selection.WITH_VALUES)
        self.selection.addItem(self.tr("Lokala nyckeltal"), Selection.LOCAL)

        self.model = IndicatorListModel(self)
        self.proxy = IndicatorFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Nyckeltal"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No sort column at first: the service's order (RKA's list by goal) is kept.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        tidy_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The whole catalogue is 6 000 rows: measuring the first hundred is as good.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Units can be long ("antal/100 000 inv"): a fixed width, the tooltip has the rest.
        header.setSectionResizeMode(Column.UNIT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.UNIT, 76)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {MUTED_INK};")

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Sök:"), self.search)
        form.addRow(self.tr("&Mål:"), self.goal)
        form.addRow(self.tr("&Urval:"), self.selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._show(self._initial_rows())
        self.selection.currentIndexChanged.connect(self._selection_changed)

    # -- what is shown -----------------------------------------------------------------

    @property
    def current_id(self) -> str:
        return self._current

    def visible_indicators(self) -> list[IndicatorSummary]:
        """The indicators the filters show, in the order they are shown."""
        return self.proxy.summaries()

    def reload(self) -> None:
        """Read the list again (after an import or an edit), keeping the selected row."""
        self._load(Selection(self.selection.currentData()))

    def select(self, kpi_id: str) -> bool:
        """Select an indicator; shows every indicator first if the filters hide it."""
        if not self._select_row(kpi_id):
            self.search.clear()
            self._apply_text()
            self.goal.setCurrentIndex(0)
            self.selection.setCurrentIndex(self.selection.findData(Selection.ALL))
            return self._select_row(kpi_id)
        return True

    # -- behaviour ---------------------------------------------------------------------

    def _initial_rows(self) -> list[IndicatorSummary]:
        """The municipality's own indicators when there are any, otherwise RKA's list."""
        chosen = Selection.WITH_VALUES
        rows = self._fetch(chosen)
        if not rows:
            chosen = Selection.RKA
            rows = self._fetch(chosen)
        self.selection.setCurrentIndex(self.selection.findData(chosen))
        return rows

    def _fetch(self, selection: Selection) -> list[IndicatorSummary]:
        indicators = self._services.indicators
        if selection == Selection.RKA:
            return indicators.list_indicators(selection_key=RKA_PRESET_KEY, limit=None)
        if selection == Selection.WITH_VALUES:
            return indicators.list_indicators(only_with_values=True, limit=None)
        found = indicators.list_indicators(limit=None)
        if selection == Selection.LOCAL:
            return [summary for summary in found if summary.is_local]
        return found

    def _load(self, selection: Selection) -> None:
        self._show(self._fetch(selection))

    def _show(self, rows: list[IndicatorSummary]) -> None:
        keep = self._current
        # The reset clears the current row for a moment: say nothing until it is back.
        self._quiet = True
        try:
            self.model.set_indicators(rows)
            found = bool(keep) and self._select_row(keep)
        finally:
            self._quiet = False
        self._update_count()
        if not found:
            self._set_current("")

    def _selection_changed(self) -> None:
        selection = Selection(self.selection.currentData())
        if selection == Selection.RKA:
            # The selection's own order (by goal) says more than any column sort.
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._load(selection)

    def _apply_text(self) -> None:
        self._text_timer.stop()
        self.proxy.set_text(self.search.text())
        self._after_filter()

    def _apply_goal(self) -> None:
        goal = self.goal.currentData()
        self.proxy.set_goal(goal if isinstance(goal, int) else None)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_count()
        if self._current and not self._select_row(self._current):
            self._set_current("")

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n nyckeltal", "", total))
        else:
            self.count.setText(self.tr("%n av {total} nyckeltal", "", shown).format(total=total))

    def _select_row(self, kpi_id: str) -> bool:
        source_row = self.model.row_of(kpi_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._set_current(kpi_id)
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        summary = current.data(SUMMARY_ROLE) if current.isValid() else None
        self._set_current(summary.id if isinstance(summary, IndicatorSummary) else "")

    def _set_current(self, kpi_id: str) -> None:
        if kpi_id != self._current:
            self._current = kpi_id
            self.currentChanged.emit(kpi_id)
