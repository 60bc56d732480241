"""Programmet: focus areas with "Hit vill vi" (målsättningar) and "Det gör vi genom att"
(key efforts) as a tree, the buttons that add, move and delete, and the selected item's
editor beside it.

The tree holds a handful of areas with a few items each, so a QTreeWidget is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.programme_types import (
    EffortInfo,
    FocusAreaInfo,
    ObjectiveInfo,
    Programme,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.steering.programme_dialogs import (
    EffortDialog,
    FocusAreaDialog,
    ObjectiveDialog,
)
from agenda_desktop.gui.steering.programme_objective_editor import ObjectiveEditor
from agenda_desktop.gui.style import MUTED_INK, heading, paragraph

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "area", "objectives", "efforts", "objective", "effort"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id (the area's for the two group items)
AREA_ROLE = Qt.ItemDataRole.UserRole + 3  # the focus area the item belongs to


class ProgrammePanel(QWidget):
    changed = Signal()  # the programme changed (the matrix must be rebuilt)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._cycle_id = 0
        self._programme: Programme | None = None

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("Programmet"))
        self.tree.currentItemChanged.connect(self._show_current)
        self.tree.itemDoubleClicked.connect(self.edit_current)

        self.add_area_button = QPushButton(self.tr("Nytt &insatsområde…"), self)
        self.add_area_button.clicked.connect(self.add_area)
        self.add_objective_button = QPushButton(self.tr("Ny &målsättning…"), self)
        self.add_objective_button.clicked.connect(self.add_objective)
        self.add_effort_button = QPushButton(self.tr("Ny ins&ats…"), self)
        self.add_effort_button.clicked.connect(self.add_effort)
        self.up_button = QPushButton(self.tr("Flytta &upp"), self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Flytta n&ed"), self)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("Ta &bort…"), self)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QGridLayout()
        for column, button in enumerate(
            (self.add_area_button, self.add_objective_button, self.add_effort_button)
        ):
            buttons.addWidget(button, 0, column)
        for column, button in enumerate((self.up_button, self.down_button, self.delete_button)):
            buttons.addWidget(button, 1, column)

        self.editor = ObjectiveEditor(services, self)
        self.editor.changed.connect(self._reload_selecting_objective)
        self.item_title = heading("", self, level=2)
        self.item_text = paragraph("", self)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        item_page = QWidget(self)
        item_layout = QVBoxLayout(item_page)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addWidget(self.item_title)
        item_layout.addWidget(self.item_text)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        item_layout.addLayout(edit_row)
        item_layout.addStretch(1)
        self.hint = paragraph("", self, muted=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.side = QStackedWidget(self)
        self.side.addWidget(self.hint)
        self.side.addWidget(item_page)
        self.side.addWidget(self.editor)

        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addLayout(buttons)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 12, 0, 0)
        body.addLayout(left, 1)
        body.addSpacing(20)
        body.addWidget(self.side, 1)

    # -- loading -------------------------------------------------------------------------

    def load(self, cycle_id: int, select: tuple[str, int] | None = None) -> None:
        """Rebuild the tree; keep (or move to) the selection ``(kind, id)``."""
        self._cycle_id = cycle_id
        if select is None:
            select = self._current_key()
        self._programme = self._services.programme.programme(cycle_id) if cycle_id else None
        self.tree.clear()
        found: QTreeWidgetItem | None = None
        for area in self._programme.areas if self._programme else ():
            area_item = self._item(self.tree, "area", area.focus_area_id, area.focus_area_id)
            area_item.setText(0, f"{area.number}  {area.title}")
            font = area_item.font(0)
            font.setBold(True)
            area_item.setFont(0, font)
            objectives = self._item(area_item, "objectives", area.focus_area_id, area.focus_area_id)
            objectives.setText(0, self.tr("Hit vill vi"))
            for objective in area.objectives:
                item = self._item(
                    objectives, "objective", objective.objective_id, area.focus_area_id
                )
                year = f" ({objective.target_year})" if objective.target_year else ""
                item.setText(0, f"{objective.label}  {' '.join(objective.text.split())}{year}")
                item.setToolTip(0, objective.text)
            efforts = self._item(area_item, "efforts", area.focus_area_id, area.focus_area_id)
            efforts.setText(0, self.tr("Det gör vi genom att"))
            for effort in area.efforts:
                item = self._item(efforts, "effort", effort.effort_id, area.focus_area_id)
                item.setText(0, f"{effort.number}.  {' '.join(effort.text.split())}")
                item.setToolTip(0, effort.text)
            for group in (objectives, efforts):
                group.setForeground(0, self.palette().placeholderText())
        self.tree.expandAll()
        for item in self._all_items():
            if select and (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) == select:
                found = item
        if found is None and self.tree.topLevelItemCount():
            found = self.tree.topLevelItem(0)
        if found is not None:
            self.tree.setCurrentItem(found)
        self._show_current()

    def _item(
        self, parent: QTreeWidget | QTreeWidgetItem, kind: str, row_id: int, area_id: int
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, row_id)
        item.setData(0, AREA_ROLE, area_id)
        return item

    def _all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is not None:
                items.append(item)
                stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return items

    def _current_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE))

    def select(self, kind: str, row_id: int) -> None:
        for item in self._all_items():
            if (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) == (kind, row_id):
                self.tree.setCurrentItem(item)
                return

    def _reload_selecting_objective(self, objective_id: int) -> None:
        self.load(self._cycle_id, ("objective", objective_id))
        self.changed.emit()

    # -- what is selected ----------------------------------------------------------------

    def _area(self) -> FocusAreaInfo | None:
        item = self.tree.currentItem()
        if item is None or self._programme is None:
            return None
        return self._programme.area(int(item.data(0, AREA_ROLE)))

    def _selected(self) -> FocusAreaInfo | ObjectiveInfo | EffortInfo | None:
        key = self._current_key()
        if key is None or self._programme is None:
            return None
        kind, row_id = key
        if kind == "objective":
            return self._programme.objective(row_id)
        if kind == "effort":
            area = self._area()
            return next((e for e in area.efforts if e.effort_id == row_id), None) if area else None
        return self._area()  # an area or one of its two groups

    def _show_current(self, *_: object) -> None:
        selected = self._selected()
        leaving = self.editor.objective_id
        staying = isinstance(selected, ObjectiveInfo) and selected.objective_id == leaving
        if leaving is not None and not staying and self.editor.has_unsaved_edits():
            # Edits of a målsättning are kept when the user moves on: saved, or (when
            # refused) the user is taken back to them.
            if self.editor.save_before_leaving():
                key = self._current_key()
                QTimer.singleShot(0, self, lambda: self._after_change(key))
            else:
                QTimer.singleShot(0, self, lambda: self.select("objective", leaving))
                return
        has_cycle = bool(self._cycle_id)
        for button in (self.add_objective_button, self.add_effort_button, self.delete_button):
            button.setEnabled(selected is not None)
        self.add_area_button.setEnabled(has_cycle)
        key = self._current_key()
        movable = key is not None and key[0] in ("area", "objective", "effort")
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        if isinstance(selected, ObjectiveInfo):
            self.editor.show_objective(selected)
            self.side.setCurrentWidget(self.editor)
        elif isinstance(selected, EffortInfo):
            self.item_title.setText(self.tr("Det gör vi genom att"))
            self.item_text.setText(selected.text)
            self.side.setCurrentIndex(1)
        elif isinstance(selected, FocusAreaInfo):
            self.item_title.setText(
                self.tr("Insatsområde %1: %2")
                .replace("%1", str(selected.number))
                .replace("%2", selected.title)
            )
            self.item_text.setText(selected.description or self.tr("Ingen beskrivning ännu."))
            self.side.setCurrentIndex(1)
        else:
            self.hint.setText(
                self.tr(
                    "Programmet har inga insatsområden ännu. Börja med ”Nytt insatsområde…”: "
                    "ett område som kommunen vill arbeta med, t.ex. ”Hållbar energi”. Varje "
                    "område får målsättningar (Hit vill vi) och insatser (Det gör vi genom att)."
                )
            )
            self.hint.setStyleSheet(f"color: {MUTED_INK};")
            self.side.setCurrentIndex(0)

    # -- actions -------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_area(self) -> None:
        created: list[int] = []

        def store(title: str, description: str, _new: ExpectedVersion | None) -> None:
            area = self._services.programme.add_focus_area(self._cycle_id, title, description)
            created.append(area.focus_area_id)

        if self._run(FocusAreaDialog(self.tr("Nytt insatsområde"), store, parent=self)):
            self._after_change(("area", created[-1]))

    def add_objective(self) -> None:
        area = self._area()
        if area is None:
            return
        created: list[int] = []

        def store(text: str, year: int | None) -> None:
            objective = self._services.programme.add_objective(area.focus_area_id, text, year)
            created.append(objective.objective_id)

        if self._run(ObjectiveDialog(store, area.title, self)):
            self._after_change(("objective", created[-1]))

    def add_effort(self) -> None:
        area = self._area()
        if area is None:
            return
        created: list[int] = []

        def store(text: str, _new: ExpectedVersion | None) -> None:
            created.append(self._services.programme.add_effort(area.focus_area_id, text).effort_id)

        if self._run(EffortDialog(self.tr("Ny insats"), store, parent=self)):
            self._after_change(("effort", created[-1]))

    def edit_current(self, *_: object) -> None:
        selected = self._selected()
        programme = self._services.programme
        dialog: EffortDialog | FocusAreaDialog
        if isinstance(selected, EffortInfo):
            effort_id = selected.effort_id
            dialog = EffortDialog(
                self.tr("Ändra insats"),
                lambda text, expected: programme.update_effort(effort_id, text, expected),
                selected.text,
                self,
                selected.version,
            )
            record, title = RecordRef.of("key_effort", effort_id), selected.text
        elif isinstance(selected, FocusAreaInfo):
            area_id = selected.focus_area_id
            dialog = FocusAreaDialog(
                self.tr("Ändra insatsområde"),
                lambda title, text, expected: programme.update_focus_area(
                    area_id, title, text, expected
                ),
                selected.title,
                selected.description,
                self,
                selected.version,
            )
            record, title = RecordRef.of("focus_area", area_id), selected.title
        else:
            return  # a målsättning is edited in place
        dialog.add_history(self._services.change_log, record, title)
        if self._run(dialog):
            self._after_change(None)

    def move_current(self, step: int) -> None:
        key = self._current_key()
        if key is None:
            return
        kind, row_id = key
        moves = {
            "area": self._services.programme.move_focus_area,
            "objective": self._services.programme.move_objective,
            "effort": self._services.programme.move_effort,
        }
        if kind not in moves:
            return
        try:
            moves[kind](row_id, step)
        except AgendaError as error:
            show_error(self, str(error))
        self._after_change(key)

    def delete_current(self) -> None:
        key = self._current_key()
        selected = self._selected()
        if key is None or selected is None:
            return
        programme = self._services.programme
        if isinstance(selected, ObjectiveInfo):
            question = self.tr(
                "Ta bort målsättning %1 med dess nyckeltal, målvärden och samband?"
            ).replace("%1", selected.label)
            action: Callable[[], None] = partial(programme.delete_objective, selected.objective_id)
        elif isinstance(selected, EffortInfo):
            question = self.tr("Ta bort insatsen ”%1”?").replace("%1", selected.text)
            action = partial(programme.delete_effort, selected.effort_id)
        else:
            question = (
                self.tr(
                    "Ta bort insatsområdet ”%1” med dess %2 målsättningar och %3 insatser? "
                    "Nyckeltal, målvärden och samband för målsättningarna tas också bort."
                )
                .replace("%1", selected.title)
                .replace("%2", str(len(selected.objectives)))
                .replace("%3", str(len(selected.efforts)))
            )
            action = partial(programme.delete_focus_area, selected.focus_area_id)
        if not confirm(self, question, self.tr("Ta bort?")):
            return
        try:
            action()
        except AgendaError as error:
            show_error(self, str(error))
        self._after_change(None)

    def _after_change(self, select: tuple[str, int] | None) -> None:
        self.load(self._cycle_id, select)
        self.changed.emit()
