"""Nytt lokalt nyckeltal: an indicator of the municipality's own (a local survey, a count)."""

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
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import IndicatorDetail, LocalIndicatorData
from agenda_desktop.gui.indicators.display import direction_text
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


class LocalIndicatorDialog(SavingDialog):
    """Creates a local indicator on Spara; a refused field is named and the dialog stays.

    Attributes:
        created: the new indicator once it has been saved.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nytt lokalt nyckeltal"), parent)
        self._services = services
        self.created: IndicatorDetail | None = None
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
            item = QListWidgetItem(f"{goal.number} {goal.short_sv}", self.goals)
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
        self.resize(560, self.sizeHint().height())

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
        self.created = self._services.indicators.create_local_indicator(data, self.chosen_goals())
