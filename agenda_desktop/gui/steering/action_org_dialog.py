"""Organisation…: the municipality's units (förvaltningar, sektorer, enheter, bolag) as an
editable tree. The tree outlives cycles, so it is edited apart from any one plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering import action_rules as rules
from agenda_desktop.core.steering.action_types import OrgUnitNode
from agenda_desktop.core.steering.vocabulary import ORG_UNIT_KINDS
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.steering.action_display import unit_kind_name
from agenda_desktop.gui.style import RoomyDelegate

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _descendants(node: OrgUnitNode) -> set[int]:
    found = {node.unit_id}
    for child in node.children:
        found |= _descendants(child)
    return found


class UnitDialog(SavingDialog):
    """A new unit, or a unit's name, kind and place in the tree."""

    def __init__(
        self,
        services: Services,
        unit: OrgUnitNode | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("UnitDialog", "Ny enhet")
            if unit is None
            else QCoreApplication.translate("UnitDialog", "Ändra enhet")
        )
        super().__init__(title, parent)
        self._services = services
        self._unit = unit
        self.saved: OrgUnitNode | None = None
        self.name = QLineEdit(unit.name if unit else "", self)
        self.name.setPlaceholderText(self.tr("t.ex. Samhällsbyggnadsförvaltningen"))
        self.kind = QComboBox(self)
        for code in ORG_UNIT_KINDS:
            self.kind.addItem(unit_kind_name(code), code)
        default_kind = unit.kind if unit else ("forvaltning" if parent_id is None else "enhet")
        self.kind.setCurrentIndex(max(self.kind.findData(default_kind), 0))
        self.place = QComboBox(self)
        self.place.addItem(self.tr("(överst i organisationen)"), None)
        excluded = _descendants(unit) if unit else set()
        for node in services.action_plan.org_units():
            if node.unit_id not in excluded:
                self.place.addItem("    " * node.depth + node.name, node.unit_id)
        wanted = unit.parent_id if unit else parent_id
        self.place.setCurrentIndex(max(self.place.findData(wanted), 0))
        for text, widget in (
            (self.tr("&Namn:"), self.name),
            (self.tr("&Typ:"), self.kind),
            (self.tr("&Ligger under:"), self.place),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self._fields = {
            rules.FIELD_UNIT_NAME: self.name,
            rules.FIELD_UNIT_KIND: self.kind,
            rules.FIELD_UNIT_PARENT: self.place,
        }
        if unit is not None:
            self.add_history(services.change_log, RecordRef.of("org_unit", unit.unit_id), unit.name)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        plan = self._services.action_plan
        kind = str(self.kind.currentData())
        parent_id = self.place.currentData()
        if self._unit is None:
            self.saved = plan.add_unit(self.name.text(), kind, parent_id)
        else:
            self.saved = plan.update_unit(
                self._unit.unit_id,
                self.name.text(),
                kind,
                parent_id,
                self.expected(self._unit.version),
            )


class OrganisationDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.changed = False  # the page reloads its unit paths when the tree changed
        self.setWindowTitle(self.tr("Organisation"))
        self.resize(720, 520)
        intro = QLabel(
            self.tr(
                "Förvaltningar, sektorer, enheter och kommunala bolag som kan ansvara för "
                "åtgärder. Organisationen gäller för alla styrcykler."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.doubleClicked.connect(lambda _index: self.edit_unit())
        self.add_button = QPushButton(self.tr("&Ny enhet…"), self)
        self.add_child_button = QPushButton(self.tr("Ny &underenhet…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), self)
        self.delete_button = QPushButton(self.tr("&Ta bort…"), self)
        self.add_button.clicked.connect(lambda: self.add_unit(None))
        self.add_child_button.clicked.connect(self._add_child)
        self.edit_button.clicked.connect(self.edit_unit)
        self.delete_button.clicked.connect(self.delete_unit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.add_child_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def reload(self, select: int | None = None) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Enhet"), self.tr("Typ"), self.tr("Åtgärder (alla cykler)")]
        )

        def add(parent: QStandardItem, nodes: tuple[OrgUnitNode, ...]) -> None:
            for node in nodes:
                name = QStandardItem(node.name)
                name.setData(node, UNIT_ROLE)
                name.setEditable(False)
                kind = QStandardItem(unit_kind_name(node.kind))
                kind.setEditable(False)
                count = QStandardItem(str(node.action_count))
                count.setEditable(False)
                parent.appendRow([name, kind, count])
                add(name, node.children)

        add(self.model.invisibleRootItem(), tuple(self._services.action_plan.org_tree()))
        self.view.expandAll()
        self.view.setColumnWidth(0, 400)
        self.view.setColumnWidth(1, 150)
        if select is not None:
            self._select(select)
        self._update_buttons()

    def _select(self, unit_id: int) -> None:
        matches = self.model.match(
            self.model.index(0, 0),
            Qt.ItemDataRole.DisplayRole,
            "*",
            -1,
            Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive,
        )
        for index in matches:
            node = index.data(UNIT_ROLE)
            if isinstance(node, OrgUnitNode) and node.unit_id == unit_id:
                self.view.setCurrentIndex(index)
                return

    def current(self) -> OrgUnitNode | None:
        index = self.view.currentIndex().siblingAtColumn(0)
        node = index.data(UNIT_ROLE) if index.isValid() else None
        return node if isinstance(node, OrgUnitNode) else None

    def _update_buttons(self, *_: object) -> None:
        chosen = self.current() is not None
        for button in (self.add_child_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)

    def _add_child(self) -> None:
        node = self.current()
        if node is not None:
            self.add_unit(node.unit_id)

    def add_unit(self, parent_id: int | None) -> None:
        dialog = UnitDialog(self._services, None, parent_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.changed = True
            self.reload(dialog.saved.unit_id)

    def edit_unit(self) -> None:
        node = self.current()
        if node is None:
            return
        dialog = UnitDialog(self._services, node, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.changed = True
            self.reload(dialog.saved.unit_id)

    def delete_unit(self) -> None:
        node = self.current()
        if node is None:
            return
        question = self.tr("Ta bort ”%1”?").replace("%1", node.name)
        if node.action_count:
            question += " " + self.tr(
                "%1 åtgärder har den som ansvarig enhet; de blir kvar men utan enhet."
            ).replace("%1", str(node.action_count))
        answer = QMessageBox.question(self, self.tr("Ta bort enhet"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = self._services.action_plan.delete_unit(node.unit_id)
        except AgendaError as error:
            QMessageBox.warning(self, self.tr("Enheten kan inte tas bort"), str(error))
            return
        self.changed = True
        self.reload()
        if deleted.actions_unassigned:
            QMessageBox.information(
                self,
                self.tr("Enheten är borttagen"),
                self.tr("%1 åtgärder saknar nu ansvarig enhet.").replace(
                    "%1", str(deleted.actions_unassigned)
                ),
            )
