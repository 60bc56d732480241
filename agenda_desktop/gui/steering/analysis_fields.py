"""The fields of an assessment, shared by the goal editor and the target dialog.

Bedömning, trend, rådighet with partners, the four roles, the differences between groups
and the free-text analysis. ``changed`` fires on every edit so the owner can tell unsaved
work from saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.steering.analysis_rules import (
    FIELD_ANALYSIS,
    FIELD_ASSESSMENT,
    FIELD_GROUPS,
    FIELD_PARTNERS,
    FIELD_RADIGHET,
    FIELD_ROLES,
    FIELD_TREND,
    AssessmentData,
)
from agenda_desktop.gui.steering.analysis_texts import (
    LEVEL_MARKS,
    assessment_names,
    radighet_names,
    role_names,
    trend_names,
)

NO_RADIGHET = ""


class AssessmentFields(QWidget):
    """A form of the assessment; ``data()`` reads it, ``set_data()`` fills it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, text_height: int = 80) -> None:
        super().__init__(parent)
        self.assessment = QComboBox(self)
        for code, name in assessment_names().items():
            self.assessment.addItem(f"{LEVEL_MARKS[code]}  {name}", code)
        self.trend = QComboBox(self)
        for code, name in trend_names().items():
            self.trend.addItem(name, code)
        self.radighet = QComboBox(self)
        self.radighet.addItem(self.tr("Inte bedömd"), NO_RADIGHET)
        for code, name in radighet_names().items():
            self.radighet.addItem(name, code)
        self.partners = QLineEdit(self)
        self.partners.setPlaceholderText(self.tr("t.ex. Regionen, Länsstyrelsen, föreningar"))
        self.roles: dict[str, QCheckBox] = {}
        roles_grid = QGridLayout()
        roles_grid.setContentsMargins(0, 0, 0, 0)
        roles_grid.setHorizontalSpacing(16)
        for index, (code, name) in enumerate(role_names().items()):
            box = QCheckBox(name, self)
            self.roles[code] = box
            roles_grid.addWidget(box, index // 2, index % 2)
        roles_grid.setColumnStretch(2, 1)
        self.group_differences = QPlainTextEdit(self)
        self.group_differences.setPlaceholderText(
            self.tr("Skillnader mellan kvinnor och män, åldrar, kommundelar …")
        )
        self.group_differences.setTabChangesFocus(True)
        self.group_differences.setMinimumHeight(text_height * 2 // 3)
        self.group_differences.setMaximumHeight(text_height * 3 // 2)
        self.analysis = QPlainTextEdit(self)
        self.analysis.setPlaceholderText(
            self.tr("Vad säger nyckeltalen och dialogerna? Varför ser det ut så här?")
        )
        self.analysis.setTabChangesFocus(True)
        self.analysis.setMinimumHeight(text_height)

        for combo in (self.assessment, self.trend, self.radighet):
            # Shrinks with a narrow editor instead of pushing it wider than its pane.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add(form, self.tr("&Bedömning:"), self.assessment)
        self._add(form, self.tr("T&rend:"), self.trend)
        self._add(form, self.tr("R&ådighet:"), self.radighet)
        self._add(form, self.tr("Sa&mverkan med:"), self.partners)
        form.addRow(QLabel(self.tr("Kommunens roller:"), self), roles_grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(form)
        for text, editor in (
            (
                self.tr("Skillnader mellan &grupper – ingen ska lämnas utanför:"),
                self.group_differences,
            ),
            (self.tr("A&nalys:"), self.analysis),
        ):
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setBuddy(editor)
            layout.addSpacing(4)
            layout.addWidget(label)
            layout.addWidget(editor)
        self.field_widgets: dict[str, QWidget] = {
            FIELD_ASSESSMENT: self.assessment,
            FIELD_TREND: self.trend,
            FIELD_RADIGHET: self.radighet,
            FIELD_PARTNERS: self.partners,
            FIELD_ROLES: self.roles["democracy"],
            FIELD_GROUPS: self.group_differences,
            FIELD_ANALYSIS: self.analysis,
        }
        for combo in (self.assessment, self.trend, self.radighet):
            combo.currentIndexChanged.connect(self.changed)
        self.radighet.currentIndexChanged.connect(self._partners_hint)
        self.partners.textEdited.connect(self.changed)
        for box in self.roles.values():
            box.toggled.connect(self.changed)
        self.group_differences.textChanged.connect(self.changed)
        self.analysis.textChanged.connect(self.changed)
        self._set_role_mnemonics()

    def _add(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget | QHBoxLayout,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        form.addRow(label, field)

    def _set_role_mnemonics(self) -> None:
        """A mnemonic on the first letter not yet taken by the form's or the editor's labels
        (Bedömning, tRend, saMverkan, rÅdighet, Grupper, aNalys, Spara, bOrde, Ändringarna,
        deLmål, änDra, sTyrcykel, Jämför)."""
        taken = set("brmågnsoäådltj")
        for box in self.roles.values():
            name = box.text().replace("&", "")
            for position, letter in enumerate(name):
                if letter.isalpha() and letter.lower() not in taken:
                    taken.add(letter.lower())
                    box.setText(name[:position] + "&" + name[position:])
                    break
            else:
                box.setText(name)

    def _partners_hint(self) -> None:
        needs = self.radighet.currentData() == "samverkan"
        self.partners.setPlaceholderText(
            self.tr("Skriv vilka ni behöver samverka med")
            if needs
            else self.tr("t.ex. Regionen, Länsstyrelsen, föreningar")
        )

    def set_data(self, data: AssessmentData) -> None:
        """Fill the form without firing ``changed``."""
        self.blockSignals(True)
        self.assessment.setCurrentIndex(max(self.assessment.findData(data.assessment), 0))
        self.trend.setCurrentIndex(max(self.trend.findData(data.trend), 0))
        self.radighet.setCurrentIndex(max(self.radighet.findData(data.radighet or ""), 0))
        self.partners.setText(data.partners)
        self.partners.setCursorPosition(0)
        for code, box in self.roles.items():
            box.setChecked(code in data.roles)
        self.group_differences.setPlainText(data.group_differences)
        self.analysis.setPlainText(data.analysis)
        self.blockSignals(False)

    def data(self) -> AssessmentData:
        radighet = str(self.radighet.currentData() or "")
        return AssessmentData(
            assessment=str(self.assessment.currentData()),
            trend=str(self.trend.currentData()),
            radighet=radighet or None,
            partners=self.partners.text(),
            roles=frozenset(code for code, box in self.roles.items() if box.isChecked()),
            group_differences=self.group_differences.toPlainText(),
            analysis=self.analysis.toPlainText(),
        )

    def focus_field(self, field: str) -> None:
        widget = self.field_widgets.get(field)
        if widget is not None:
            widget.setFocus()
