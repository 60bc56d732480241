"""Om nyckeltalet: the description and source, the goals and targets it is linked to, and
the municipality's target values, with the buttons to change them (and, through
:mod:`.about_actions`, the unit, source, RKA's selection and a local indicator)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import (
    GoalLinkInfo,
    IndicatorDetail,
    TargetValueInfo,
)
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.about_actions import IndicatorActions
from agenda_desktop.gui.indicators.display import decimals_for, format_number, gender_names
from agenda_desktop.gui.indicators.meta_dialogs import GoalLinkDialog, TargetValueDialog
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.style import heading, page_surface, paragraph, tidy_table

LINK_ROLE = Qt.ItemDataRole.UserRole + 1


def clean_description(text: str) -> str:
    # Kolada's catalogue carries some line breaks as the two characters "\n".
    return text.replace("\\n", "\n").strip()


class AboutIndicatorPanel(QScrollArea):
    """What the indicator is, and the municipality's goal links and target values.

    Signals:
        changed(): a link, a target value, the unit, source, selection or (local) the
            indicator itself changed.
        deleted(str): the local indicator with this id was deleted.
    """

    changed = Signal()
    deleted = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: IndicatorDetail | None = None
        self._goal_names = {goal.number: goal_name(goal) for goal in services.reference.goals()}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 12, 12, 12)
        layout.setSpacing(10)

        self.description = paragraph("", content)
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(16)
        self.source = paragraph("", content)
        self.unit = paragraph("", content)
        self.kind = paragraph("", content)
        self.area = paragraph("", content)
        self.count = paragraph("", content)
        self.facts.addRow(self.tr("Källa:"), self.source)
        self.facts.addRow(self.tr("Enhet:"), self.unit)
        self.facts.addRow(self.tr("Typ:"), self.kind)
        self.facts.addRow(self.tr("Område:"), self.area)
        self.facts.addRow(self.tr("Värden i databasen:"), self.count)
        self.own_actions = IndicatorActions(services, content)
        self.own_actions.changed.connect(self.changed)
        self.own_actions.deleted.connect(self.deleted)

        self.links = QListWidget(content)
        self.links.setAccessibleName(self.tr("Mål och delmål"))
        self.links.setMaximumHeight(130)
        self.links.setSpacing(3)
        self.links.currentRowChanged.connect(self._update_buttons)
        self.selection_note = paragraph("", content, muted=True)
        self.add_link = QPushButton(self.tr("&Koppla till mål…"), content)
        self.add_link.clicked.connect(self.link_goal)
        self.remove_link = QPushButton(self.tr("Ta bort ko&pplingen"), content)
        self.remove_link.clicked.connect(self.unlink_goal)

        self.targets = QTableWidget(0, 4, content)
        self.targets.setAccessibleName(self.tr("Målvärden"))
        self.targets.setHorizontalHeaderLabels(
            [self.tr("År"), self.tr("Kön"), self.tr("Målvärde"), self.tr("Kommentar")]
        )
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets.verticalHeader().hide()
        self.targets.setMaximumHeight(150)
        tidy_table(self.targets)
        self.targets.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.targets.itemSelectionChanged.connect(self._update_buttons)
        self.add_target = QPushButton(self.tr("&Lägg till målvärde…"), content)
        self.add_target.clicked.connect(self.add_target_value)
        self.remove_target = QPushButton(self.tr("Ta bort målvär&det"), content)
        self.remove_target.clicked.connect(self.remove_target_value)

        layout.addWidget(self.description)
        layout.addLayout(self.facts)
        layout.addLayout(
            self._row(
                self.own_actions.edit_meta,
                self.own_actions.edit_local,
                self.own_actions.delete_local,
                self.own_actions.history,
            )
        )
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Mål och delmål"), content, level=2))
        layout.addWidget(self.links)
        layout.addWidget(self.selection_note)
        layout.addLayout(
            self._row(
                self.add_link,
                self.remove_link,
                self.own_actions.add_to_selection,
                self.own_actions.remove_from_selection,
            )
        )
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Målvärden"), content, level=2))
        layout.addWidget(self.targets)
        layout.addLayout(self._row(self.add_target, self.remove_target))
        layout.addStretch(1)
        page_surface(content)
        self.setWidget(content)
        self._update_buttons()

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- showing -----------------------------------------------------------------------

    def show_detail(self, detail: IndicatorDetail) -> None:
        self._detail = detail
        self.description.setText(
            clean_description(detail.description) or self.tr("Ingen beskrivning.")
        )
        self.source.setText(detail.source or self.tr("Ingen källa angiven"))
        self.unit.setText(detail.unit or self.tr("Ingen enhet angiven"))
        kind = self.tr("Lokalt nyckeltal") if detail.is_local else self.tr("Koladas nyckeltal")
        if detail.gender_split:
            kind += self.tr(", könsuppdelat")
        if detail.retired:
            kind += self.tr(", redovisas inte längre av Kolada")
        self.kind.setText(kind)
        area = " · ".join(part for part in (detail.operating_area, detail.perspective) if part)
        self.area.setText(area or "–")
        self.count.setText(str(detail.value_count))
        self._show_links(detail.goal_links, detail.selection_goals)
        self._show_targets(detail.target_values)
        self.own_actions.show_detail(detail)
        self._update_buttons()

    def _goal_label(self, link: GoalLinkInfo) -> str:
        name = self._goal_names.get(link.goal_number, "")
        if link.target_code:
            return self.tr("Delmål {code} (mål {number} {name})").format(
                code=link.target_code, number=link.goal_number, name=name
            )
        return self.tr("Mål {number} {name}").format(number=link.goal_number, name=name)

    def _show_links(self, links: tuple[GoalLinkInfo, ...], selection: tuple[int, ...]) -> None:
        self.links.clear()
        for link in links:
            item = QListWidgetItem(self._goal_label(link), self.links)
            item.setData(LINK_ROLE, link)
        if not links:
            empty = QListWidgetItem(self.tr("Inte kopplat till något mål ännu."), self.links)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        if selection:
            goals = ", ".join(f"{n} {self._goal_names.get(n, '')}".strip() for n in selection)
            self.selection_note.setText(
                self.tr(
                    "I RKA:s urval för Agenda 2030 visas nyckeltalet under mål {goals}."
                ).format(goals=goals)
            )
            self.selection_note.show()
        else:
            self.selection_note.hide()

    def _show_targets(self, targets: tuple[TargetValueInfo, ...]) -> None:
        names = gender_names()
        decimals = decimals_for(target.value for target in targets)
        self.targets.setRowCount(len(targets))
        for row, target in enumerate(targets):
            cells = [
                str(target.year),
                names.get(target.gender, target.gender),
                format_number(target.value, decimals),
                target.note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.targets.setItem(row, column, item)
        self.targets.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        has = self._detail is not None
        self.add_link.setEnabled(has)
        self.add_target.setEnabled(has)
        self.remove_link.setEnabled(has and self._current_link() is not None)
        self.remove_target.setEnabled(has and self._current_target() is not None)

    def _current_link(self) -> GoalLinkInfo | None:
        item = self.links.currentItem()
        link = item.data(LINK_ROLE) if item is not None else None
        return link if isinstance(link, GoalLinkInfo) else None

    def _current_target(self) -> TargetValueInfo | None:
        rows = self.targets.selectionModel().selectedRows()
        if self._detail is None or not rows:
            return None
        row = rows[0].row()
        targets = self._detail.target_values
        return targets[row] if 0 <= row < len(targets) else None

    # -- changing ----------------------------------------------------------------------

    def link_goal(self) -> None:
        detail = self._detail
        if detail is None:
            return
        service = self._services.indicators

        def link(goal: int, target: str | None) -> object:
            return service.link_goal(detail.id, goal, target)

        dialog = GoalLinkDialog(self._services.reference, link, self)
        if dialog.exec():
            self.changed.emit()
        dialog.deleteLater()

    def unlink_goal(self) -> None:
        detail, link = self._detail, self._current_link()
        if detail is None or link is None:
            return
        try:
            self._services.indicators.unlink_goal(detail.id, link.goal_number, link.target_code)
        except AgendaError as error:
            show_error(self, str(error))
            return
        self.changed.emit()

    def add_target_value(self) -> None:
        detail = self._detail
        if detail is None:
            return
        service = self._services.indicators

        def store(year: int, value: float, gender: str, note: str) -> object:
            return service.set_target_value(detail.id, year, value, gender, note)

        dialog = TargetValueDialog(detail.gender_split, detail.unit, store, self)
        if dialog.exec():
            self.changed.emit()
        dialog.deleteLater()

    def remove_target_value(self) -> None:
        detail, target = self._detail, self._current_target()
        if detail is None or target is None:
            return
        if not confirm(
            self,
            self.tr("Ta bort målvärdet {value} för {year}?").format(
                value=format_number(target.value, decimals_for([target.value])), year=target.year
            ),
            self.tr("Ta bort målvärde"),
        ):
            return
        try:
            self._services.indicators.remove_target_value(detail.id, target.year, target.gender)
        except AgendaError as error:
            show_error(self, str(error))
            return
        self.changed.emit()
