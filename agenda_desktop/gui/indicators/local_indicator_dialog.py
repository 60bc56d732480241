"""Nytt lokalt nyckeltal: an indicator of the municipality's own (a local survey, a count),
and the same form to change one (Ändra…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from agenda_desktop.core.services import indicator_rules as rules
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import IndicatorDetail, LocalIndicatorData
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.display import direction_text
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


class LocalIndicatorDialog(SavingDialog):
    """Creates a local indicator on Spara, or changes ``editing``; a refused field is named
    and the dialog stays.

    When editing, the id cannot change and the goals are left to "Om nyckeltalet".

    Attributes:
        created: the new indicator once it has been saved (None when editing).
        saved: the indicator as saved, new or changed.
    """

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        editing: IndicatorDetail | None = None,
    ) -> None:
        title = self.tr("Ändra lokalt nyckeltal") if editing else self.tr("Nytt lokalt nyckeltal")
        super().__init__(title, parent)
        self._services = services
        self._editing = editing
        self.created: IndicatorDetail | None = None
        self.saved: IndicatorDetail | None = None
        self.kpi_id = QLineEdit(self)
        self.kpi_id.setPlaceholderText(self.tr("t.ex. EK-004"))
        self.kpi_id.setToolTip(
            self.tr(
                "Bokstäver A–Z, siffror, bindestreck och understreck, en bokstav först. "
                "Koladas form (en bokstav och fem siffror) är reserverad."
            )
        )
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("t.ex. Andel elever som känner sig trygga i skolan"))
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("Vad mäts, hur och av vem"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("t.ex. %, antal, kr/inv"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("t.ex. Kommunens elevenkät"))
        self.direction = QComboBox(self)
        for value in (None, True, False):
            self.direction.addItem(direction_text(value), value)
        self.gender_split = QCheckBox(self.tr("Redovisas för kvinnor och män"), self)
        self.goals = QListWidget(self)
        self.goals.setAccessibleName(self.tr("Mål"))
        self.goals.setFixedHeight(150)
        for goal in services.reference.goals():
            item = QListWidgetItem(f"{goal.number} {goal_name(goal)}", self.goals)
            item.setData(GOAL_ROLE, goal.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

        self.form.addRow(self.tr("&Id:"), self.kpi_id)
        self.form.addRow(self.tr("&Namn:"), self.title)
        self.form.addRow(self.tr("&Beskrivning:"), self.description)
        self.form.addRow(self.tr("&Enhet:"), self.unit)
        self.form.addRow(self.tr("&Källa:"), self.source)
        self.form.addRow(self.tr("&Riktning:"), self.direction)
        self.form.addRow("", self.gender_split)
        self.form.addRow(self.tr("&Mål:"), self.goals)
        self._fields = {
            rules.FIELD_ID: self.kpi_id,
            rules.FIELD_TITLE: self.title,
            rules.FIELD_DESCRIPTION: self.description,
            rules.FIELD_UNIT: self.unit,
            rules.FIELD_SOURCE: self.source,
            rules.FIELD_GOAL: self.goals,
        }
        if editing is not None:
            self._fill(editing)
            self.add_history(
                services.change_log,
                RecordRef.of("kpi", editing.id),
                f"{editing.id} {editing.title}",
            )
        self.resize(560, self.sizeHint().height())

    def _fill(self, detail: IndicatorDetail) -> None:
        self.kpi_id.setText(detail.id)
        self.kpi_id.setReadOnly(True)
        self.kpi_id.setToolTip(self.tr("Ett nyckeltals id kan inte ändras."))
        self.title.setText(detail.title)
        self.description.setPlainText(detail.description)
        self.unit.setText(detail.own_unit)
        self.source.setText(detail.own_source)
        self.direction.setCurrentIndex(max(0, self.direction.findData(detail.higher_is_better)))
        self.gender_split.setChecked(detail.gender_split)
        self.form.setRowVisible(self.goals, False)

    def chosen_goals(self) -> list[int]:
        return [
            int(item.data(GOAL_ROLE))
            for row in range(self.goals.count())
            if (item := self.goals.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def set_goal(self, number: int, checked: bool = True) -> None:
        for row in range(self.goals.count()):
            item = self.goals.item(row)
            if item.data(GOAL_ROLE) == number:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def save(self) -> None:
        direction = self.direction.currentData()
        data = LocalIndicatorData(
            id=self.kpi_id.text(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            unit=self.unit.text(),
            source=self.source.text(),
            higher_is_better=direction if isinstance(direction, bool) else None,
            gender_split=self.gender_split.isChecked(),
        )
        indicators = self._services.indicators
        if self._editing is not None:
            self.saved = indicators.update_local_indicator(
                self._editing.id, data, self.expected(self._editing.version)
            )
            return
        self.created = indicators.create_local_indicator(data, self.chosen_goals())
        self.saved = self.created
