"""The editors of the body register: a body, a membership, and ending a membership.

Each calls the body service on OK and stays open when a value is refused, naming the
field (``SavingDialog``). An edit saves with the version it was filled from, so another
officer's save in between is shown in the conflict dialog; with ``change_log`` given, an
edit offers the record's history (Historik…).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.services.bodies import BodyService
from agenda_desktop.core.services.bodies_types import (
    BodyInfo,
    BodyInput,
    MembershipInfo,
    MembershipInput,
    PersonInfo,
)
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.meetings.people_dialogs import PersonDialog
from agenda_desktop.gui.meetings.vocabulary_names import (
    body_kind_names,
    numbering_names,
    role_names,
)
from agenda_desktop.gui.steering.dialogue_date_edit import OptionalDateEdit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


class BodyDialog(SavingDialog):
    """Nytt organ / Ändra organ: name, kind, owners, the numbering rule, notes only."""

    def __init__(
        self,
        bodies: BodyService,
        body: BodyInfo | None = None,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(self.tr("Ändra organ") if body else self.tr("Nytt organ"), parent)
        self._bodies = bodies
        self._body = body
        self.saved: BodyInfo | None = None
        self.name = QLineEdit(body.name if body else "", self)
        self.name.setPlaceholderText(self.tr("t.ex. Kommunstyrelsens arbetsutskott"))
        self.kind = QComboBox(self)
        for code, name in body_kind_names().items():
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(body.kind if body else "namnd")))
        self.owners = QLineEdit(body.owners if body else "", self)
        self.owners.setPlaceholderText(
            self.tr("t.ex. Exempelkommun, Region Väst och Arbetsförmedlingen")
        )
        self.numbering = QComboBox(self)
        for code, name in numbering_names().items():
            self.numbering.addItem(name, code)
        self.numbering.setCurrentIndex(
            max(0, self.numbering.findData(body.numbering if body else "lopande"))
        )
        self.start = QSpinBox(self)
        self.start.setRange(1, rules.MAX_NUMBER)
        self.start.setGroupSeparatorShown(False)
        self.start.setPrefix("§ ")
        self.start.setValue(body.numbering_start if body else 1)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("numberingExplanation")
        self.keeps_notes = QCheckBox(self.tr("För &anteckningar i stället för protokoll"), self)
        self.keeps_notes.setToolTip(
            self.tr("För mindre formella organ, t.ex. ett ungdomsråd: punkt, ärende och utfall.")
        )
        self.keeps_notes.setChecked(body.keeps_notes if body else False)
        self.description = QPlainTextEdit(body.description if body else "", self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.form.addRow(self.tr("&Namn:"), self.name)
        self.form.addRow(self.tr("&Typ:"), self.kind)
        self.form.addRow(self.tr("&Huvudmän:"), self.owners)
        self.form.addRow(self.tr("&Paragrafnumrering:"), self.numbering)
        self.form.addRow(self.tr("&Första paragrafnummer:"), self.start)
        self.form.addRow("", self.explanation)
        self.form.addRow("", self.keeps_notes)
        self.form.addRow(self.tr("&Beskrivning:"), self.description)
        self._fields = {
            rules.FIELD_BODY_NAME: self.name,
            rules.FIELD_BODY_KIND: self.kind,
            rules.FIELD_OWNERS: self.owners,
            rules.FIELD_NUMBERING: self.numbering,
            rules.FIELD_NUMBERING_START: self.start,
        }
        self.numbering.currentIndexChanged.connect(self._explain)
        self.start.valueChanged.connect(self._explain)
        self._explain()
        if body is not None and change_log is not None:
            self.add_history(change_log, RecordRef.of("body", body.body_id), body.name)
        self.resize(520, self.sizeHint().height())

    def _explain(self) -> None:
        rule = str(self.numbering.currentData())
        continuous = rule == "lopande"
        self.start.setEnabled(continuous)
        last = self._body.last_paragraph if self._body else None
        if continuous:
            number = rules.next_paragraph_number(rule, self.start.value(), last)
            text = self.tr("Nästa paragraf i ett nytt protokoll får numret %1.").replace(
                "%1", str(number)
            )
            if last is not None:
                text += " " + self.tr("Senast använda nummer är § %1.").replace("%1", str(last))
        elif rule == "per_ar":
            text = self.tr(
                "Årets första protokoll börjar på § 1; numren fortsätter över årets möten."
            )
        else:
            text = self.tr("Varje protokoll börjar på § 1.")
        self.explanation.setText(text)

    def save(self) -> None:
        data = BodyInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            owners=self.owners.text(),
            numbering=str(self.numbering.currentData()),
            numbering_start=self.start.value(),
            keeps_notes=self.keeps_notes.isChecked(),
            description=self.description.toPlainText(),
        )
        if self._body is None:
            self.saved = self._bodies.create_body(data)
        else:
            self.saved = self._bodies.update_body(
                self._body.body_id, data, self.expected(self._body.version)
            )


class MembershipDialog(SavingDialog):
    """Ny ledamot / Ändra uppdrag: a person from the register, role, represents, period."""

    def __init__(
        self,
        bodies: BodyService,
        body: BodyInfo,
        membership: MembershipInfo | None = None,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        title = self.tr("Ändra uppdrag") if membership else self.tr("Lägg till i %1")
        super().__init__(title.replace("%1", body.name), parent)
        self._bodies = bodies
        self._body = body
        self._membership = membership
        self.saved: MembershipInfo | None = None
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.person.model(), self.person)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.setCompleter(completer)
        editor = self.person.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Skriv för att söka i personregistret"))
        self.new_person = QPushButton(self.tr("N&y person…"), self)
        self.new_person.clicked.connect(self._add_person)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.new_person)
        self.role = QComboBox(self)
        for code, name in role_names().items():
            self.role.addItem(name, code)
        self.represents = QLineEdit(membership.represents if membership else "", self)
        self.start = _date_edit(membership.start_date if membership else date.today(), self)
        self.end = OptionalDateEdit(self)
        self.end.set_day(membership.end_date if membership else None)
        person_label = QLabel(self.tr("&Person:"), self)
        person_label.setBuddy(self.person)
        self.form.addRow(person_label, person_row)
        self.form.addRow(self.tr("&Roll:"), self.role)
        self.form.addRow(self.tr("&Företräder:"), self.represents)
        self.form.addRow(self.tr("Från &och med:"), self.start)
        self.form.addRow(self.tr("Till och &med:"), self.end)
        self._fields = {
            rules.FIELD_PERSON: self.person,
            rules.FIELD_ROLE: self.role,
            rules.FIELD_REPRESENTS: self.represents,
            rules.FIELD_START: self.start,
            rules.FIELD_END: self.end,
        }
        self._people: list[PersonInfo] = []
        self._fill_people(membership.person_id if membership else None)
        if membership is not None:
            # The person's own organisation is the fallback shown as placeholder; keep the
            # field empty then, so that the seat follows the person's organisation.
            own = next((p for p in self._people if p.person_id == membership.person_id), None)
            if own is not None and own.organisation == membership.represents:
                self.represents.clear()
        self.role.setCurrentIndex(
            max(0, self.role.findData(membership.role if membership else "ledamot"))
        )
        self.person.currentIndexChanged.connect(self._show_organisation)
        self._show_organisation()
        if membership is not None and change_log is not None:
            self.add_history(
                change_log,
                RecordRef.of("membership", membership.membership_id),
                _seat_title(membership),
            )
        self.resize(500, self.sizeHint().height())

    def _fill_people(self, person_id: int | None) -> None:
        self._people = self._bodies.people()
        self.person.blockSignals(True)
        self.person.clear()
        for person in self._people:
            label = f"{person.name} ({person.party})" if person.party else person.name
            self.person.addItem(label, person.person_id)
        index = self.person.findData(person_id) if person_id is not None else -1
        self.person.setCurrentIndex(index)
        if index < 0:
            self.person.setEditText("")
        self.person.blockSignals(False)
        self._show_organisation()

    def _show_organisation(self) -> None:
        person_id = self.person.currentData()
        found = next((p for p in self._people if p.person_id == person_id), None)
        organisation = found.organisation if found else ""
        self.represents.setPlaceholderText(
            organisation or self.tr("t.ex. Exempelkommun eller Försäkringskassan")
        )

    def _add_person(self) -> None:
        dialog = PersonDialog(self._bodies, None, self)
        if dialog.exec() == PersonDialog.DialogCode.Accepted and dialog.saved:
            self._fill_people(dialog.saved.person_id)

    def chosen_person_id(self) -> int | None:
        index = self.person.findText(self.person.currentText())
        data = self.person.itemData(index) if index >= 0 else None
        return data if isinstance(data, int) else None

    def save(self) -> None:
        person_id = self.chosen_person_id()
        if person_id is None:
            raise ValidationError(
                rules.FIELD_PERSON,
                self.tr("välj en person ur personregistret, eller lägg till en ny person."),
            )
        data = MembershipInput(
            person_id=person_id,
            role=str(self.role.currentData()),
            start_date=_day(self.start.date()),
            end_date=self.end.day(),
            represents=self.represents.text(),
        )
        if self._membership is None:
            self.saved = self._bodies.add_membership(self._body.body_id, data)
        else:
            self.saved = self._bodies.update_membership(
                self._membership.membership_id, data, self.expected(self._membership.version)
            )


class EndMembershipDialog(SavingDialog):
    """Avsluta uppdrag: the last day in office."""

    def __init__(
        self,
        bodies: BodyService,
        membership: MembershipInfo,
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(self.tr("Avsluta uppdrag"), parent)
        self._bodies = bodies
        self._membership = membership
        self.saved: MembershipInfo | None = None
        text = self.tr("%1 som %2 i %3, sedan %4.")
        for marker, value in (
            ("%1", membership.person_name),
            ("%2", role_names().get(membership.role, membership.role).lower()),
            ("%3", membership.body_name),
            ("%4", membership.start_date.isoformat()),
        ):
            text = text.replace(marker, value)
        about = QLabel(text, self)
        about.setWordWrap(True)
        self.end = _date_edit(max(date.today(), membership.start_date), self)
        self.form.addRow(about)
        self.form.addRow(self.tr("&Sista dag i uppdraget:"), self.end)
        self._fields = {rules.FIELD_END: self.end}
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Avsluta"))
        if change_log is not None:
            self.add_history(
                change_log,
                RecordRef.of("membership", membership.membership_id),
                _seat_title(membership),
            )
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        self.saved = self._bodies.end_membership(
            self._membership.membership_id,
            _day(self.end.date()),
            self.expected(self._membership.version),
        )


def _seat_title(membership: MembershipInfo) -> str:
    """A seat as the history's title names it: "Anna Ek – Kommunstyrelsen"."""
    return f"{membership.person_name} – {membership.body_name}"
