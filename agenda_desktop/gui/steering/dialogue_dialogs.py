"""The editors of step 4: an activity, and a comment with its links and återkoppling.

Each calls the dialogue service on Spara and stays open when a value is refused, naming
the field; the service does the whole change in one transaction.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.dialogue_types import (
    ActivityDetail,
    CommentInfo,
    DialogueSnapshot,
)
from agenda_desktop.core.steering import dialogue_rules as rules
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.steering.check_list_dialog import Choice, choose
from agenda_desktop.gui.steering.dialogue_date_edit import OptionalDateEdit
from agenda_desktop.gui.steering.dialogue_display import (
    concerns_text,
    kind_names,
    status_names,
)


def _excerpt(text: str, limit: int = 60) -> str:
    """A comment's first words, for a window title."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _text_box(parent: QWidget, text: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class ActivityDialog(SavingDialog):
    """Ny dialogaktivitet / Ändra dialogaktivitet."""

    def __init__(
        self,
        services: Services,
        cycle_id: int,
        detail: ActivityDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Ändra dialogaktivitet") if detail else self.tr("Ny dialogaktivitet")
        super().__init__(title, parent)
        self._services = services
        self._cycle_id = cycle_id
        self._detail = detail
        self.saved: ActivityDetail | None = None
        summary = detail.summary if detail else None
        self.kind = QComboBox(self)
        for code, name in kind_names().items():
            self.kind.addItem(name, code)
        if summary:
            self.kind.setCurrentIndex(max(0, self.kind.findData(summary.kind)))
        self.title = QLineEdit(summary.title if summary else "", self)
        self.title.setPlaceholderText(self.tr("t.ex. Medborgardialog om parkerna i Norrby"))
        self.held_on = OptionalDateEdit(self)
        self.held_on.set_day(summary.held_on if summary else None)
        self.deadline = QDateEdit(self)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setCalendarPopup(True)
        deadline = summary.deadline if summary and summary.deadline else None
        start = QDate.currentDate().addDays(30)
        self.deadline.setDate(
            QDate(deadline.year, deadline.month, deadline.day) if deadline else start
        )
        self.target_group = QLineEdit(summary.target_group if summary else "", self)
        self.target_group.setPlaceholderText(self.tr("t.ex. Unga 13–19 år, föreningar"))
        self.description = _text_box(self, detail.description if detail else "", 4)
        self.form.addRow(self.tr("&Typ:"), self.kind)
        self.form.addRow(self.tr("&Rubrik:"), self.title)
        self.form.addRow(self.tr("&Datum:"), self.held_on)
        self.deadline_label = QLabel(self.tr("&Sista dag för synpunkter:"), self)
        self.deadline_label.setBuddy(self.deadline)
        self.form.addRow(self.deadline_label, self.deadline)
        self.form.addRow(self.tr("&Målgrupp:"), self.target_group)
        self.form.addRow(self.tr("&Beskrivning:"), self.description)
        self._fields = {
            rules.FIELD_KIND: self.kind,
            rules.FIELD_TITLE: self.title,
            rules.FIELD_HELD_ON: self.held_on,
            rules.FIELD_DEADLINE: self.deadline,
            rules.FIELD_TARGET_GROUP: self.target_group,
        }
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        if detail is not None:
            self.add_history(
                services.change_log,
                RecordRef.of("dialogue_activity", detail.activity_id),
                detail.summary.title,
            )
        self.resize(560, self.sizeHint().height())

    def _kind_changed(self) -> None:
        is_remiss = self.kind.currentData() == rules.REMISS
        self.deadline.setVisible(is_remiss)
        self.deadline_label.setVisible(is_remiss)

    def data(self) -> rules.ActivityData:
        qdate = self.deadline.date()
        return rules.ActivityData(
            kind=str(self.kind.currentData()),
            title=self.title.text(),
            held_on=self.held_on.day(),
            deadline=date(qdate.year(), qdate.month(), qdate.day()),
            target_group=self.target_group.text(),
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        if self._detail is None:
            self.saved = self._services.dialogue.create_activity(self._cycle_id, self.data())
        else:
            self.saved = self._services.dialogue.update_activity(
                self._detail.activity_id, self.data(), self.expected(self._detail.version)
            )


def _concern_choices(services: Services, snapshot: DialogueSnapshot) -> list[Choice]:
    """One picker for everything a comment can concern, under three headings."""
    goals_heading = QCoreApplication.translate("CommentDialog", "Globala mål")
    areas_heading = QCoreApplication.translate("CommentDialog", "Insatsområden")
    objectives_heading = QCoreApplication.translate("CommentDialog", "Målsättningar")
    choices = [
        Choice(("goal", goal.number), f"{goal.number} {goal_name(goal)}", goals_heading)
        for goal in services.reference.goals()
    ]
    choices += [
        Choice(("area", area.focus_area_id), f"{area.number} {area.title}", areas_heading)
        for area in snapshot.focus_areas
    ]
    choices += [
        Choice(("objective", o.objective_id), f"{o.label} {o.text}", objectives_heading)
        for o in snapshot.objectives
    ]
    return choices


class CommentDialog(SavingDialog):
    """Ny synpunkt / Ändra synpunkt: text, sender, what it concerns, återkoppling, status."""

    def __init__(
        self,
        services: Services,
        snapshot: DialogueSnapshot,
        activity_id: int,
        comment: CommentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ändra synpunkt") if comment else self.tr("Ny synpunkt"), parent)
        self._services = services
        self._snapshot = snapshot
        self._activity_id = activity_id
        self._comment = comment
        self.saved: CommentInfo | None = None
        self.links: list[Hashable] = []
        if comment:
            self.links = [("goal", n) for n in comment.goal_numbers]
            self.links += [("area", i) for i in comment.focus_area_ids]
            self.links += [("objective", i) for i in comment.objective_ids]
        self.text = _text_box(self, comment.text if comment else "", 4)
        self.sender_field = QLineEdit(comment.sender if comment else "", self)
        self.sender_field.setPlaceholderText(self.tr("t.ex. Ungdomsrådet, en invånare"))
        self.received_on = OptionalDateEdit(self)
        self.received_on.set_day(comment.received_on if comment else None)
        self.concerns = QLabel(self)
        self.concerns.setWordWrap(True)
        self.concerns_button = QPushButton(self.tr("&Välj…"), self)
        self.concerns_button.clicked.connect(self.choose_links)
        concerns_row = QHBoxLayout()
        concerns_row.addWidget(self.concerns, 1)
        concerns_row.addWidget(self.concerns_button)
        self.status = QComboBox(self)
        for code, name in status_names().items():
            self.status.addItem(name, code)
        self.status.setCurrentIndex(
            max(0, self.status.findData(comment.status if comment else "ny"))
        )
        self.response = _text_box(self, comment.response if comment else "", 3)
        self.response.setPlaceholderText(self.tr("Vad gjordes med synpunkten?"))
        self.responded_on = OptionalDateEdit(self)
        self.responded_on.set_day(comment.responded_on if comment else None)
        self.form.addRow(self.tr("&Synpunkt:"), self.text)
        self.form.addRow(self.tr("&Avsändare:"), self.sender_field)
        self.form.addRow(self.tr("&Mottagen:"), self.received_on)
        concerns_label = QLabel(self.tr("&Gäller:"), self)
        concerns_label.setBuddy(self.concerns_button)
        self.form.addRow(concerns_label, concerns_row)
        self.form.addRow(self.tr("S&tatus:"), self.status)
        self.form.addRow(self.tr("&Återkoppling:"), self.response)
        self.form.addRow(self.tr("&Datum för återkoppling:"), self.responded_on)
        self._fields = {
            rules.FIELD_TEXT: self.text,
            rules.FIELD_SENDER: self.sender_field,
            rules.FIELD_RECEIVED_ON: self.received_on,
            rules.FIELD_GOALS: self.concerns_button,
            rules.FIELD_FOCUS_AREAS: self.concerns_button,
            rules.FIELD_OBJECTIVES: self.concerns_button,
            rules.FIELD_STATUS: self.status,
            rules.FIELD_RESPONSE: self.response,
            rules.FIELD_RESPONDED_ON: self.responded_on,
        }
        self._show_links()
        if comment is not None:
            self.add_history(
                services.change_log,
                RecordRef.of("dialogue_comment", comment.comment_id),
                _excerpt(comment.text),
            )
        self.resize(640, self.sizeHint().height())

    def _keys(self, kind: str) -> list[int]:
        return [int(key[1]) for key in self.links if isinstance(key, tuple) and key[0] == kind]

    def set_links(self, keys: list[Hashable]) -> None:
        self.links = list(keys)
        self._show_links()

    def _show_links(self) -> None:
        areas = {a.focus_area_id: a.title for a in self._snapshot.focus_areas}
        objectives = {o.objective_id: o.label for o in self._snapshot.objectives}
        preview = CommentInfo(
            0, 0, None, "", "", "", None, "ny",
            tuple(sorted(self._keys("goal"))), (), (),
            tuple(areas[i] for i in self._keys("area") if i in areas),
            tuple(objectives[i] for i in self._keys("objective") if i in objectives), 0,
        )  # fmt: skip
        self.concerns.setText(concerns_text(preview) or self.tr("Inget valt ännu"))

    def choose_links(self) -> None:
        chosen = choose(
            self,
            self.tr("Vad gäller synpunkten?"),
            _concern_choices(self._services, self._snapshot),
            self.links,
        )
        if chosen is not None:
            self.set_links(chosen)

    def save(self) -> None:
        data = rules.CommentData(
            self.text.toPlainText(), self.sender_field.text(), self.received_on.day()
        )
        status = str(self.status.currentData())
        links = (self._keys("goal"), self._keys("area"), self._keys("objective"))
        response = self.response.toPlainText()
        if self._comment is None:
            self.saved = self._services.dialogue.add_comment(
                self._activity_id, data, *links, response, status, self.responded_on.day()
            )
        else:
            self.saved = self._services.dialogue.save_comment(
                self._comment.comment_id,
                data,
                *links,
                response,
                status,
                self.responded_on.day(),
                expected=self.expected(self._comment.version),
            )
