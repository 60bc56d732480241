"""The dialog that creates or changes one action: every field of the action plan.

The responsible unit is picked from the organisation tree (indented), målsättningar and
global goals through the shared check-list picker. A refused value keeps the dialog open
with the reason under the form and the field focused.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering import action_rules as rules
from agenda_desktop.core.steering.action_types import ActionInfo, ActionInput
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES, RADIGHET
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog, parse_decimal
from agenda_desktop.gui.steering.action_display import kronor, radighet_name, status_name
from agenda_desktop.gui.steering.check_list_dialog import Choice, choose

INDENT = "    "


class OptionalDate(QWidget):
    """A date that may be left out: a check box that turns the date field on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class PickedList(QWidget):
    """The chosen målsättningar or goals as text, and a "Välj…" button."""

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(button_text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.button)


class ActionEditorDialog(SavingDialog):
    def __init__(
        self,
        services: Services,
        cycle_id: int,
        action: ActionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ActionEditorDialog", "Ny åtgärd")
            if action is None
            else QCoreApplication.translate("ActionEditorDialog", "Ändra åtgärd")
        )
        super().__init__(title, parent)
        self._services = services
        self._cycle_id = cycle_id
        self._action = action
        self.saved: ActionInfo | None = None
        start = action.as_input() if action else ActionInput(title="")
        self._objective_ids: tuple[int, ...] = start.objective_ids
        self._goal_numbers: tuple[int, ...] = start.goal_numbers
        self._objectives = services.action_plan.objectives(cycle_id)
        self._goals = services.reference.goals()
        self._build(start)
        if action is not None:
            self.add_history(
                services.change_log, RecordRef.of("action", action.action_id), action.title
            )
        self.resize(640, self.sizeHint().height())

    def _build(self, start: ActionInput) -> None:
        self.title = QLineEdit(start.title, self)
        self.title.setPlaceholderText(self.tr("t.ex. Ta fram en cykelplan för tätorterna"))
        self.description = QPlainTextEdit(start.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("(ingen ansvarig enhet)"), None)
        for node in self._services.action_plan.org_units():
            self.unit.addItem(INDENT * node.depth + node.name, node.unit_id)
        self.unit.setCurrentIndex(max(self.unit.findData(start.org_unit_id), 0))
        self.person = QLineEdit(start.responsible_person, self)
        self.start_date = OptionalDate(self.tr("Har startdatum"), self)
        self.start_date.set_value(start.start_date)
        self.due_date = OptionalDate(self.tr("Har slutdatum"), self)
        self.due_date.set_value(start.due_date)
        self.status = QComboBox(self)
        for code in ACTION_STATUSES:
            self.status.addItem(status_name(code), code)
        self.status.setCurrentIndex(max(self.status.findData(start.status), 0))
        self.cost = QLineEdit(kronor(start.cost_estimate), self)
        self.cost.setPlaceholderText(self.tr("t.ex. 250 000"))
        self.radighet = QComboBox(self)
        self.radighet.addItem(self.tr("(ej bedömd)"), None)
        for code in RADIGHET:
            self.radighet.addItem(radighet_name(code), code)
        self.radighet.setCurrentIndex(max(self.radighet.findData(start.radighet), 0))
        self.partners = QLineEdit(start.partners, self)
        self.partners.setPlaceholderText(self.tr("t.ex. Regionen, Trafikverket, föreningar"))
        self.objectives = PickedList(self.tr("Välj målsättningar…"), self)
        self.objectives.button.clicked.connect(self._choose_objectives)
        self.goals = PickedList(self.tr("Välj mål…"), self)
        self.goals.button.clicked.connect(self._choose_goals)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Titel:"), self.title),
            (self.tr("&Beskrivning:"), self.description),
            (self.tr("Ansvarig &enhet:"), self.unit),
            (self.tr("Ansvarig &person:"), self.person),
            (self.tr("Sta&rtdatum:"), self.start_date),
            (self.tr("S&lutdatum:"), self.due_date),
            (self.tr("St&atus:"), self.status),
            (self.tr("&Kostnad (kr):"), self.cost),
            (self.tr("Rå&dighet:"), self.radighet),
            (self.tr("Samverkans&partner:"), self.partners),
            (self.tr("&Målsättningar:"), self.objectives),
            (self.tr("&Globala mål:"), self.goals),
        ]
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self._fields = {
            rules.FIELD_TITLE: self.title,
            rules.FIELD_UNIT: self.unit,
            rules.FIELD_PERSON: self.person,
            rules.FIELD_START: self.start_date,
            rules.FIELD_DUE: self.due_date,
            rules.FIELD_STATUS: self.status,
            rules.FIELD_COST: self.cost,
            rules.FIELD_RADIGHET: self.radighet,
            rules.FIELD_OBJECTIVES: self.objectives,
            rules.FIELD_GOALS: self.goals,
        }
        self._show_links()

    def _show_links(self) -> None:
        labels = {ref.objective_id: ref.label for ref in self._objectives}
        chosen = [labels[key] for key in self._objective_ids if key in labels]
        if not self._objectives:
            self.objectives.text.setText(self.tr("Cykeln har inga målsättningar ännu (steg 2)."))
        else:
            self.objectives.text.setText(", ".join(chosen) or self.tr("Inga valda"))
        self.goals.text.setText(
            ", ".join(str(number) for number in self._goal_numbers) or self.tr("Inga valda")
        )

    def _choose_objectives(self) -> None:
        choices = [
            Choice(
                ref.objective_id,
                f"{ref.label} {ref.text}",
                f"{ref.label.split('.')[0]}. {ref.focus_area_title}",
            )
            for ref in self._objectives
        ]
        picked = choose(
            self, self.tr("Målsättningar som åtgärden bidrar till"), choices, self._objective_ids
        )
        if picked is not None:
            self._objective_ids = tuple(int(str(key)) for key in picked)
            self._show_links()

    def _choose_goals(self) -> None:
        choices = [Choice(goal.number, f"{goal.number} {goal_name(goal)}") for goal in self._goals]
        picked = choose(
            self, self.tr("Globala mål som åtgärden bidrar till"), choices, self._goal_numbers
        )
        if picked is not None:
            self._goal_numbers = tuple(sorted(int(str(key)) for key in picked))
            self._show_links()

    def set_links(self, objective_ids: tuple[int, ...], goal_numbers: tuple[int, ...]) -> None:
        """Choose links without the picker (what the picker would do; used by tests)."""
        self._objective_ids = objective_ids
        self._goal_numbers = goal_numbers
        self._show_links()

    def entered(self) -> ActionInput:
        cost_text = self.cost.text().strip()
        cost = parse_decimal(cost_text)
        if cost_text and cost is None:
            raise ValidationError(
                rules.FIELD_COST, self.tr("skriv ett belopp i kronor, t.ex. 250 000.")
            )
        return ActionInput(
            title=self.title.text(),
            description=self.description.toPlainText(),
            org_unit_id=self.unit.currentData(),
            responsible_person=self.person.text(),
            start_date=self.start_date.value(),
            due_date=self.due_date.value(),
            status=str(self.status.currentData()),
            cost_estimate=cost,
            radighet=self.radighet.currentData(),
            partners=self.partners.text(),
            objective_ids=self._objective_ids,
            goal_numbers=self._goal_numbers,
        )

    def save(self) -> None:
        data = self.entered()
        plan = self._services.action_plan
        if self._action is None:
            self.saved = plan.create_action(self._cycle_id, data)
        else:
            self.saved = plan.update_action(
                self._action.action_id, data, self.expected(self._action.version)
            )
