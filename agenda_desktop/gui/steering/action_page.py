"""Step 3 of the steering cycle, Handlingsplan: the actions of the chosen cycle as a
filterable table and a timeline, with the editor, the organisation tree and Excel export.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.action_export import export_action_plan
from agenda_desktop.core.steering.action_types import ActionInfo, ActionPlan, OrgUnitNode
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES
from agenda_desktop.gui.steering.action_display import kronor, status_name
from agenda_desktop.gui.steering.action_editor import ActionEditorDialog
from agenda_desktop.gui.steering.action_org_dialog import OrganisationDialog
from agenda_desktop.gui.steering.action_table_model import (
    ACTION_ROLE,
    DUE,
    UNIT,
    ActionFilterProxy,
    ActionTableModel,
    PathDelegate,
)
from agenda_desktop.gui.steering.action_timeline import ActionTimeline
from agenda_desktop.gui.steering.cycle_bar import CycleBar, CycleChoice
from agenda_desktop.gui.style import PAGE_MARGIN, heading, paragraph, tidy_table


def _unit_and_below(units: tuple[OrgUnitNode, ...], unit_id: int) -> set[int]:
    below = {unit_id}
    for node in units:  # depth first, so a parent comes before its children
        if node.parent_id in below:
            below.add(node.unit_id)
    return below


class ActionPlanPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.choice = CycleChoice.of(services)
        self.plan: ActionPlan | None = None
        self.cycle_bar = CycleBar(services, self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.stack = QStackedWidget(self)
        self.empty = paragraph(
            self.tr(
                "Det finns ingen styrcykel ännu. Starta en med ”Ny styrcykel…” ovan; sedan "
                "kan ni lägga in åtgärderna i handlingsplanen."
            ),
            self,
            muted=True,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_work_area())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 8, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Handlingsplan"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Steg 3 i styrcykeln: konkreta åtgärder med ansvarig enhet och person, "
                    "tidsplan, status och kostnad, kopplade till målsättningarna och de "
                    "globala målen."
                ),
                self,
                muted=True,
            )
        )
        layout.addWidget(self.cycle_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.choice.changed.connect(self.reload)
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build_work_area(self) -> QWidget:
        area = QWidget(self)
        self.search = QLineEdit(area)
        self.search.setPlaceholderText(self.tr("Titel, ansvarig, partner…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(area)
        self.status_filter.addItem(self.tr("Alla"), None)
        for code in ACTION_STATUSES:
            self.status_filter.addItem(status_name(code), code)
        self.unit_filter = QComboBox(area)
        self.unit_filter.setMinimumContentsLength(24)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.only_overdue = QCheckBox(self.tr("&Bara försenade"), area)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("S&ök:"), self.search),
            (self.tr("&Status:"), self.status_filter),
            (self.tr("&Enhet:"), self.unit_filter),
        ):
            label = QLabel(text, area)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search else 0)
            filters.addSpacing(8)
        filters.addWidget(self.only_overdue)
        self.search.textChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.unit_filter.currentIndexChanged.connect(self.apply_filter)
        self.only_overdue.toggled.connect(self.apply_filter)

        self.new_button = QPushButton(self.tr("&Ny åtgärd…"), area)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), area)
        self.delete_button = QPushButton(self.tr("&Ta bort…"), area)
        self.organisation_button = QPushButton(self.tr("&Organisation…"), area)
        self.export_button = QPushButton(self.tr("E&xportera till Excel…"), area)
        self.export_button.setToolTip(self.tr("Hela handlingsplanen för den valda styrcykeln."))
        self.new_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.delete_button.clicked.connect(self.delete_action)
        self.organisation_button.clicked.connect(self.edit_organisation)
        self.export_button.clicked.connect(self.export_excel)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.organisation_button)
        buttons.addWidget(self.export_button)

        self.table = QTableView(area)
        self.table.setModel(self.proxy)
        tidy_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((270, 90, 95, 160, 220, 130, 105, 110)):
            self.table.setColumnWidth(column, width)
        self.table.setItemDelegateForColumn(UNIT, PathDelegate(self.table))
        self.table.doubleClicked.connect(lambda _index: self.edit_action())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.timeline = ActionTimeline(area)
        scroll = QScrollArea(area)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        self.tabs = QTabWidget(area)
        self.tabs.addTab(self.table, self.tr("&Tabell"))
        self.tabs.addTab(scroll, self.tr("T&idslinje"))
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        return area

    # -- loading -----------------------------------------------------------------------

    def reload(self, *_: object) -> None:
        cycle_id = self.choice.cycle_id
        if not cycle_id:
            self.plan = None
            self.model.set_actions([])
            self.summary.hide()
            self.stack.setCurrentWidget(self.empty)
            return
        chosen = self.table.currentIndex().data(ACTION_ROLE)
        self.plan = self._services.action_plan.action_plan(cycle_id)
        self._fill_unit_filter(self.plan.units)
        self.model.set_actions(self.plan.actions)
        self.stack.setCurrentIndex(1)
        self.summary.show()
        self.summary.setText(self._summary_text(self.plan))
        self.apply_filter()
        if isinstance(chosen, ActionInfo):
            self.select_action(chosen.action_id)
        self._update_buttons()

    def _fill_unit_filter(self, units: tuple[OrgUnitNode, ...]) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Alla"), None)
        self.unit_filter.addItem(self.tr("(ingen enhet)"), 0)
        for node in units:
            self.unit_filter.addItem("    " * node.depth + node.name, node.unit_id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(current), 0))
        self.unit_filter.blockSignals(False)

    def _summary_text(self, plan: ActionPlan) -> str:
        summary = plan.summary
        if not summary.total:
            return self.tr("Inga åtgärder ännu i den här styrcykeln. Börja med ”Ny åtgärd…”.")
        parts = [
            f"{status_name(item.status).lower()} {item.count}"
            for item in summary.by_status
            if item.count
        ]
        text = self.tr("%1 åtgärder: %2.").replace("%1", str(summary.total))
        text = text.replace("%2", ", ".join(parts))
        if summary.overdue:
            text += " " + self.tr("⚠ %1 försenade.").replace("%1", str(summary.overdue))
        if summary.total_cost:
            text += " " + self.tr("Beräknad kostnad %1 kr.").replace(
                "%1", kronor(summary.total_cost)
            )
        return text

    def apply_filter(self, *_: object) -> None:
        unit = self.unit_filter.currentData()
        units: set[int | None] | None = None
        if unit == 0:  # actions without a unit
            units = {None}
        elif unit is not None and self.plan is not None:
            units = set(_unit_and_below(self.plan.units, int(unit)))
        self.proxy.set_filter(
            self.search.text(),
            self.status_filter.currentData(),
            units,
            self.only_overdue.isChecked(),
        )
        self.timeline.set_actions(
            self.proxy.visible_actions(), self.plan.today if self.plan else None
        )
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------

    def current_action(self) -> ActionInfo | None:
        action = self.table.currentIndex().data(ACTION_ROLE)
        selected = self.table.selectionModel().hasSelection()
        return action if selected and isinstance(action, ActionInfo) else None

    def select_action(self, action_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            action = index.data(ACTION_ROLE)
            if isinstance(action, ActionInfo) and action.action_id == action_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _update_buttons(self, *_: object) -> None:
        has_cycle = self.plan is not None
        chosen = self.current_action() is not None
        self.new_button.setEnabled(has_cycle)
        self.export_button.setEnabled(has_cycle and bool(self.plan and self.plan.actions))
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_action(self) -> None:
        if self.plan is None:
            return
        dialog = ActionEditorDialog(self._services, self.plan.cycle_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.reload()
            self.select_action(dialog.saved.action_id)

    def edit_action(self) -> None:
        action = self.current_action()
        if action is None or self.plan is None:
            return
        dialog = ActionEditorDialog(self._services, self.plan.cycle_id, action, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def delete_action(self) -> None:
        action = self.current_action()
        if action is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort åtgärd"),
            self.tr("Ta bort åtgärden ”%1”? Det går inte att ångra.").replace("%1", action.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.action_plan.delete_action(action.action_id)
        except AgendaError as error:
            QMessageBox.warning(self, self.tr("Åtgärden kunde inte tas bort"), str(error))
        self.reload()

    def edit_organisation(self) -> None:
        dialog = OrganisationDialog(self._services, self)
        dialog.exec()
        if dialog.changed:
            self.reload()

    def export_excel(self) -> None:
        if self.plan is None:
            return
        suggested = str(Path.home() / f"Handlingsplan {self.plan.cycle_name}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportera handlingsplanen"), suggested, self.tr("Excel-filer (*.xlsx)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            plan = self._services.action_plan.action_plan(self.plan.cycle_id, date.today())
            export_action_plan(plan, path)
        except AgendaError as error:
            QMessageBox.warning(self, self.tr("Exporten misslyckades"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Handlingsplanen är exporterad"),
            self.tr("%1 åtgärder sparades i %2.")
            .replace("%1", str(len(plan.actions)))
            .replace("%2", str(path)),
        )
