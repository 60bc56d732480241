"""Organ och ledamöter: the bodies on the left, the chosen body's members on the right.

Bodies are added, changed and deleted here; members are people from the shared register
("Personer…") given a role and a period of office. Ended memberships are hidden unless
"Visa även tidigare ledamöter" is ticked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.bodies_types import BodyInfo, MembershipInfo
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.meetings.bodies_dialogs import (
    BodyDialog,
    EndMembershipDialog,
    MembershipDialog,
)
from agenda_desktop.gui.meetings.bodies_models import (
    ROW_ROLE,
    BodyTableModel,
    MemberColumn,
    MemberTableModel,
    SortProxy,
)
from agenda_desktop.gui.meetings.people_dialogs import PeopleDialog
from agenda_desktop.gui.meetings.vocabulary_names import body_kind_names, numbering_names
from agenda_desktop.gui.messages import confirm, show_warning
from agenda_desktop.gui.style import heading, paragraph, rows_table


def _table(parent: QWidget, name: str) -> QTableView:
    table = rows_table(parent, name)
    table.setSortingEnabled(True)
    return table


class BodiesTab(QWidget):
    """The register of bodies and their members; ``bodies_changed`` tells other tabs."""

    bodies_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bodies = services.bodies
        self._personal_data = services.personal_data
        self._change_log = services.change_log

        # -- the bodies ----------------------------------------------------------------
        self.body_model = BodyTableModel(self)
        self.body_proxy = SortProxy(self)
        self.body_proxy.setSourceModel(self.body_model)
        self.body_table = _table(self, self.tr("Organ"))
        self.body_table.setModel(self.body_proxy)
        self.body_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.body_table.setColumnWidth(0, 190)
        self.body_table.setColumnWidth(1, 100)
        self.body_table.doubleClicked.connect(self.edit_body)
        self.body_table.selectionModel().selectionChanged.connect(self._body_chosen)
        bodies_label = QLabel(self.tr("&Organ:"), self)
        bodies_label.setBuddy(self.body_table)
        self.new_body_button = QPushButton(self.tr("&Nytt organ…"), self)
        self.edit_body_button = QPushButton(self.tr("&Ändra…"), self)
        self.delete_body_button = QPushButton(self.tr("Ta &bort…"), self)
        self.people_button = QPushButton(self.tr("&Personer…"), self)
        self.new_body_button.clicked.connect(self.add_body)
        self.edit_body_button.clicked.connect(self.edit_body)
        self.delete_body_button.clicked.connect(self.delete_body)
        self.people_button.clicked.connect(self.open_people)
        body_buttons = QGridLayout()
        body_buttons.addWidget(self.new_body_button, 0, 0)
        body_buttons.addWidget(self.edit_body_button, 0, 1)
        body_buttons.addWidget(self.delete_body_button, 1, 0)
        body_buttons.addWidget(self.people_button, 1, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(bodies_label)
        left_layout.addWidget(self.body_table, 1)
        left_layout.addLayout(body_buttons)

        # -- the members of the chosen body --------------------------------------------
        self.title = heading("", self, level=2)
        self.about = paragraph("", self, muted=True)
        self.member_model = MemberTableModel(self)
        self.member_proxy = SortProxy(self)
        self.member_proxy.setSourceModel(self.member_model)
        self.member_table = _table(self, self.tr("Ledamöter"))
        self.member_table.setModel(self.member_proxy)
        self.member_table.sortByColumn(MemberColumn.ROLE, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 180), (1, 120), (2, 50), (3, 170), (4, 90)):
            self.member_table.setColumnWidth(column, width)
        self.member_table.doubleClicked.connect(self.edit_member)
        self.member_table.selectionModel().selectionChanged.connect(self._update_buttons)
        members_label = QLabel(self.tr("&Ledamöter och andra med uppdrag:"), self)
        members_label.setBuddy(self.member_table)
        self.show_former = QCheckBox(self.tr("Visa även tidigare leda&möter"), self)
        self.show_former.toggled.connect(self.load_members)
        self.add_member_button = QPushButton(self.tr("Lägg &till…"), self)
        self.edit_member_button = QPushButton(self.tr("Än&dra…"), self)
        self.end_member_button = QPushButton(self.tr("&Avsluta uppdrag…"), self)
        self.remove_member_button = QPushButton(self.tr("Ta bort &uppdrag…"), self)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.end_member_button.clicked.connect(self.end_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.edit_member_button)
        member_buttons.addWidget(self.end_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.show_former)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.about)
        right_layout.addWidget(members_label)
        right_layout.addWidget(self.member_table, 1)
        right_layout.addLayout(member_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([390, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(splitter, 1)
        self.load()

    # -- loading -----------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        """Reload the bodies, keeping (or choosing) one; the first when none was chosen."""
        chosen = self.current_body()
        keep = select_id if select_id is not None else (chosen.body_id if chosen else None)
        self.body_model.set_rows(self._bodies.bodies())
        if not self.select_body(keep) and self.body_proxy.rowCount():
            self.body_table.selectRow(0)
        self._body_chosen()

    def select_body(self, body_id: int | None) -> bool:
        for row in range(self.body_proxy.rowCount()):
            body = self.body_proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(body, BodyInfo) and body.body_id == body_id:
                self.body_table.selectRow(row)
                return True
        return False

    def current_body(self) -> BodyInfo | None:
        if not self.body_table.selectionModel().hasSelection():
            return None
        body = self.body_table.currentIndex().data(ROW_ROLE)
        return body if isinstance(body, BodyInfo) else None

    def current_member(self) -> MembershipInfo | None:
        if not self.member_table.selectionModel().hasSelection():
            return None
        member = self.member_table.currentIndex().data(ROW_ROLE)
        return member if isinstance(member, MembershipInfo) else None

    def load_members(self) -> None:
        body = self.current_body()
        rows = self._bodies.memberships(body.body_id, self.show_former.isChecked()) if body else []
        self.member_model.set_rows(rows)
        self._update_buttons()

    def _body_chosen(self) -> None:
        body = self.current_body()
        if body is None:
            self.title.setText(self.tr("Inget organ valt"))
            self.about.setText(self.tr("Lägg till ett organ med ”Nytt organ…”."))
        else:
            self.title.setText(body.name)
            self.about.setText(self._describe(body))
        self.load_members()

    def _describe(self, body: BodyInfo) -> str:
        parts = [body_kind_names().get(body.kind, body.kind)]
        if body.owners:
            parts.append(self.tr("Huvudmän: %1").replace("%1", body.owners))
        parts.append(numbering_names().get(body.numbering, body.numbering))
        if body.numbering == "lopande":
            parts.append(self.tr("första § %1").replace("%1", str(body.numbering_start)))
        if body.keeps_notes:
            parts.append(self.tr("för anteckningar"))
        counts = self.tr("%1 i uppdrag i dag, varav %2 röstberättigade").replace(
            "%1", str(body.member_count)
        )
        parts.append(counts.replace("%2", str(body.voting_count)))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        body = self.current_body() is not None
        member = self.current_member()
        self.edit_body_button.setEnabled(body)
        self.delete_body_button.setEnabled(body)
        self.add_member_button.setEnabled(body)
        self.edit_member_button.setEnabled(member is not None)
        self.remove_member_button.setEnabled(member is not None)
        self.end_member_button.setEnabled(
            member is not None and (member.end_date is None or member.end_date >= date.today())
        )

    # -- bodies ------------------------------------------------------------------------

    def add_body(self) -> None:
        self._open_body(None)

    def edit_body(self) -> None:
        body = self.current_body()
        if body is not None:
            self._open_body(body)

    def _open_body(self, body: BodyInfo | None) -> None:
        dialog = BodyDialog(self._bodies, body, self, self._change_log)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.load(dialog.saved.body_id)
            self.bodies_changed.emit()

    def delete_body(self) -> None:
        body = self.current_body()
        if body is None:
            return
        text = self.tr("Ta bort ”%1” och dess ledamotslista? Personerna finns kvar.")
        if not confirm(self, text.replace("%1", body.name), self.tr("Ta bort organ")):
            return
        try:
            self._bodies.delete_body(body.body_id)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        self.load()
        self.bodies_changed.emit()

    def open_people(self) -> None:
        dialog = PeopleDialog(
            self._bodies, self, personal_data=self._personal_data, change_log=self._change_log
        )
        dialog.exec()
        if dialog.changed:
            self.load()

    # -- members -----------------------------------------------------------------------

    def add_member(self) -> None:
        self._open_member(None)

    def edit_member(self) -> None:
        member = self.current_member()
        if member is not None:
            self._open_member(member)

    def _open_member(self, member: MembershipInfo | None) -> None:
        body = self.current_body()
        if body is None:
            return
        dialog = MembershipDialog(self._bodies, body, member, self, self._change_log)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._reload_and_select(dialog.saved)

    def end_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        dialog = EndMembershipDialog(self._bodies, member, self, self._change_log)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._reload_and_select(dialog.saved)

    def remove_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        text = self.tr(
            "Ta bort uppdraget för %1? Gör det bara om det lades in av misstag; ett uppdrag "
            "som har upphört avslutas i stället."
        ).replace("%1", member.person_name)
        if not confirm(self, text, self.tr("Ta bort uppdrag")):
            return
        try:
            self._bodies.remove_membership(member.membership_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self.load()

    def _reload_and_select(self, saved: MembershipInfo) -> None:
        self.load()
        for row in range(self.member_proxy.rowCount()):
            info = self.member_proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(info, MembershipInfo) and info.membership_id == saved.membership_id:
                self.member_table.selectRow(row)
                return
