"""The shared register of people: one person, kept once and reused in every body.

``PersonDialog`` adds or changes one person; ``PeopleDialog`` ("Personer…") lists them
with search, and adds, changes and deletes. People are personal data (GDPR): with the
personal-data service, the register also exports everything held about a person
("Exportera personuppgifter…") and anonymises a person who has left ("Anonymisera…",
see ``personal_data_dialog``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.personal_data_export import suggested_stem
from agenda_desktop.core.services.bodies import BodyService
from agenda_desktop.core.services.bodies_types import PersonInfo, PersonInput
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.services.personal_data import PersonalDataService
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.meetings.bodies_models import ROW_ROLE, PersonTableModel, SortProxy
from agenda_desktop.gui.meetings.personal_data_dialog import AnonymiseDialog
from agenda_desktop.gui.meetings.vocabulary_names import party_names
from agenda_desktop.gui.messages import confirm, show_information, show_warning
from agenda_desktop.gui.reports.save_path import ask_save_path
from agenda_desktop.gui.style import paragraph, rows_table


class PersonDialog(SavingDialog):
    """Ny person / Ändra person; with ``change_log``, a change offers the history."""

    def __init__(
        self,
        bodies: BodyService,
        person: PersonInfo | None = None,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(self.tr("Ändra person") if person else self.tr("Ny person"), parent)
        self._bodies = bodies
        self._person = person
        self.saved: PersonInfo | None = None
        self.name = QLineEdit(person.name if person else "", self)
        self.name.setPlaceholderText(self.tr("För- och efternamn"))
        self.party = QComboBox(self)
        self.party.addItem(self.tr("Inget parti"), None)
        for code, name in party_names().items():
            self.party.addItem(f"{code} – {name}" if code != "annat" else name, code)
        if person and person.party:
            self.party.setCurrentIndex(max(0, self.party.findData(person.party)))
        self.organisation = QLineEdit(person.organisation if person else "", self)
        self.organisation.setPlaceholderText(self.tr("t.ex. Exempelkommun eller Region Väst"))
        self.title = QLineEdit(person.title if person else "", self)
        self.title.setPlaceholderText(self.tr("t.ex. kommundirektör"))
        self.email = QLineEdit(person.email if person else "", self)
        self.form.addRow(self.tr("&Namn:"), self.name)
        self.form.addRow(self.tr("&Parti:"), self.party)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&Titel:"), self.title)
        self.form.addRow(self.tr("&E-post:"), self.email)
        self._fields = {
            rules.FIELD_PERSON_NAME: self.name,
            rules.FIELD_PARTY: self.party,
            rules.FIELD_ORGANISATION: self.organisation,
            rules.FIELD_TITLE: self.title,
            rules.FIELD_EMAIL: self.email,
        }
        if person is not None and change_log is not None:
            self.add_history(change_log, RecordRef.of("person", person.person_id), person.name)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        party = self.party.currentData()
        data = PersonInput(
            name=self.name.text(),
            party=party if isinstance(party, str) else None,
            organisation=self.organisation.text(),
            title=self.title.text(),
            email=self.email.text(),
        )
        if self._person is None:
            self.saved = self._bodies.create_person(data)
        else:
            self.saved = self._bodies.update_person(
                self._person.person_id, data, self.expected(self._person.version)
            )


class PeopleDialog(QDialog):
    """Personer: the register every body draws its members from.

    Without ``personal_data`` the export and anonymise buttons are not shown; with
    ``change_log``, the person editor offers each person's history.
    """

    def __init__(
        self,
        bodies: BodyService,
        parent: QWidget | None = None,
        personal_data: PersonalDataService | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personer"))
        self._bodies = bodies
        self._change_log = change_log
        self._personal_data = personal_data
        self.changed = False  # whether anything was saved (the caller reloads then)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök på namn, parti, organisation eller organ…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("S&ök:"), self)
        search_label.setBuddy(self.search)
        self.new_button = QPushButton(self.tr("&Ny person…"), self)
        self.edit_button = QPushButton(self.tr("Ä&ndra…"), self)
        self.delete_button = QPushButton(self.tr("Ta &bort…"), self)
        self.new_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button.clicked.connect(self.delete_person)
        self.export_button = QPushButton(self.tr("E&xportera personuppgifter…"), self)
        self.export_button.setToolTip(
            self.tr("Spara allt som finns om personen i en Excel-fil och en JSON-fil.")
        )
        self.anonymise_button = QPushButton(self.tr("&Anonymisera…"), self)
        self.anonymise_button.setToolTip(
            self.tr("Ta bort en person som har slutat; justerade protokoll ändras inte.")
        )
        self.export_button.clicked.connect(self.export_person_data)
        self.anonymise_button.clicked.connect(self.anonymise_person)
        self.export_button.setVisible(personal_data is not None)
        self.anonymise_button.setVisible(personal_data is not None)

        self.model = PersonTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_words)
        self.table = rows_table(self, self.tr("Personer"), self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 50)
        self.table.setColumnWidth(2, 170)
        self.table.setColumnWidth(3, 150)
        self.table.doubleClicked.connect(self.edit_person)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.anonymise_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        intro = paragraph(
            self.tr(
                "Varje person finns en gång och kan sitta i flera organ. Parti och "
                "organisation följer med till närvarolistor och protokoll."
            ),
            self,
            muted=True,
        )
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(820, 480)
        self.load()

    def load(self) -> None:
        self.model.set_rows(self._bodies.people())
        self._update_buttons()

    def current_person(self) -> PersonInfo | None:
        if not self.table.selectionModel().hasSelection():
            return None
        person = self.table.currentIndex().data(ROW_ROLE)
        return person if isinstance(person, PersonInfo) else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            person = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(person, PersonInfo) and person.person_id == person_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.current_person() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)
        self.anonymise_button.setEnabled(chosen)

    def _open(self, person: PersonInfo | None) -> None:
        dialog = PersonDialog(self._bodies, person, self, self._change_log)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.changed = True
            self.load()
            self.select_person(dialog.saved.person_id)

    def add_person(self) -> None:
        self._open(None)

    def edit_person(self) -> None:
        person = self.current_person()
        if person is not None:
            self._open(person)

    def delete_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        text = self.tr("Ta bort ”%1” ur personregistret?").replace("%1", person.name)
        if not confirm(self, text, self.tr("Ta bort person")):
            return
        try:
            self._bodies.delete_person(person.person_id)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        self.changed = True
        self.load()

    def export_person_data(self) -> None:
        """Ask where to save, then write the person's extract (.xlsx and .json)."""
        person = self.current_person()
        if person is None or self._personal_data is None:
            return
        path = ask_save_path(
            self,
            self.tr("Exportera personuppgifter"),
            suggested_stem(person.name, date.today()),
            ".xlsx",
            self.tr("Excel-filer (*.xlsx)"),
        )
        if path is None:
            return
        try:
            files = self._personal_data.export_person_data(person.person_id, path)
        except AgendaError as error:
            show_warning(self, str(error), self.tr("Exporten misslyckades"))
            return
        show_information(
            self,
            self.tr(
                "Allt som finns om %1 sparades i två filer:\n\n%2 (att läsa, Excel)\n%3 "
                "(maskinläsbar, JSON)\n\nFilerna innehåller personuppgifter: lämna dem till "
                "personen på ett säkert sätt och ta bort dem när de inte behövs längre."
            )
            .replace("%1", person.name)
            .replace("%2", files.workbook)
            .replace("%3", files.json),
            self.tr("Personuppgifterna är exporterade"),
        )

    def anonymise_person(self) -> None:
        """Show what anonymising the person removes and keeps; carry it out if confirmed."""
        person = self.current_person()
        if person is None or self._personal_data is None:
            return
        try:
            preview = self._personal_data.preview_anonymisation(person.person_id)
        except AgendaError as error:
            show_warning(self, str(error))
            self.load()
            return
        dialog = AnonymiseDialog(self._personal_data, preview, self)
        dialog.exec()
        if dialog.outcome is not None:
            self.changed = True
            self.load()
            if not dialog.outcome.person_deleted:
                self.select_person(person.person_id)
