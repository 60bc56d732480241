"""Small dialogs that change what the municipality knows about an indicator: a goal link,
a target value, its unit and source. Each calls its service on OK and stays open when the
value is refused, naming the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.services import indicator_rules as rules
from agenda_desktop.core.services.change_log import ChangeLogService, RecordRef
from agenda_desktop.core.services.indicator_types import IndicatorDetail
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.store.record_versions import EditConflictError, ExpectedVersion
from agenda_desktop.gui.change_log_dialog import history_button
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.display import gender_names

ERROR_STYLE = "color: #c92a2a;"


def parse_decimal(text: str) -> float | None:
    """A number typed the Swedish way (``12,5``, ``1 234``) or with a point; None if none."""
    cleaned = "".join(text.split()).replace("\u2212", "-")
    if not cleaned:
        return None
    locale = QLocale()
    value, ok = locale.toDouble(cleaned)
    if ok:
        return value
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return None


def error_line_and_buttons(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], None]
) -> tuple[QLabel, QDialogButtonBox]:
    """The hidden error line and the OK/Avbryt buttons that every small dialog here has."""
    error = QLabel(dialog)
    error.setWordWrap(True)
    error.setStyleSheet(ERROR_STYLE)
    error.hide()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("SavingDialog", "Avbryt")
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return error, buttons


class SavingDialog(QDialog):
    """OK calls ``save``; a refused value is shown under the form and the dialog stays."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error, self.buttons = error_line_and_buttons(self, self.tr("Spara"), self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}
        self._resolved: ExpectedVersion | None = None

    def save(self) -> None:
        raise NotImplementedError

    def expected(self, version: int) -> ExpectedVersion:
        """What an edit's save passes to its service: the version the form was filled
        from, or, after a conflict, the saved version with the user's choices."""
        return self._resolved or ExpectedVersion(version)

    def add_history(self, change_log: ChangeLogService, record: RecordRef, title: str) -> None:
        """Offer the record's history ("Historik…") beside the dialog's buttons."""
        self.history_record = record
        history_button(self, self.buttons, change_log, record, title)

    def show_problem(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    def _save(self) -> None:
        try:
            self.save()
        except EditConflictError as error:
            choice = EditConflictDialog(error.conflict, self)
            if choice.exec() != QDialog.DialogCode.Accepted:
                self.show_problem(
                    self.tr(
                        "Inget sparades. Det som %1 sparade står kvar; dina ändringar finns "
                        "kvar i formuläret tills du sparar eller avbryter."
                    ).replace("%1", error.conflict.changed_by or self.tr("någon annan"))
                )
                return
            self._resolved = choice.expected()
            self._save()
            return
        except ValidationError as error:
            self.show_problem(str(error), error.field)
            return
        except AgendaError as error:
            self.show_problem(str(error))
            return
        self.accept()


class GoalLinkDialog(SavingDialog):
    """Koppla till mål: a goal and, optionally, one of its targets."""

    def __init__(
        self,
        reference: ReferenceService,
        link: Callable[[int, str | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Koppla nyckeltalet till ett mål"), parent)
        self._reference = reference
        self._link = link
        self.goal = QComboBox(self)
        for goal in reference.goals():
            self.goal.addItem(f"{goal.number} {goal_name(goal)}", goal.number)
        self.target = QComboBox(self)
        self.goal.currentIndexChanged.connect(self._fill_targets)
        self.form.addRow(self.tr("&Mål:"), self.goal)
        self.form.addRow(self.tr("&Delmål:"), self.target)
        self._fields = {rules.FIELD_GOAL: self.goal, rules.FIELD_TARGET: self.target}
        self._fill_targets()
        self.resize(460, self.sizeHint().height())

    def _fill_targets(self) -> None:
        self.target.clear()
        self.target.addItem(self.tr("Hela målet"), None)
        number = self.goal.currentData()
        if not isinstance(number, int):
            return
        for target in self._reference.goal(number).targets:
            # The Swedish short title when the municipality has written one; the English
            # UN title would be the only English on the page.
            label = target.code
            if target.short_title_sv:
                label += f" {target.short_title_sv}"
            self.target.addItem(self.tr("Delmål {label}").format(label=label), target.code)

    def save(self) -> None:
        number = self.goal.currentData()
        target = self.target.currentData()
        self._link(int(number), target if isinstance(target, str) else None)


class TargetValueDialog(SavingDialog):
    """Lägg till målvärde: reach a value by a year, in total or for women or men."""

    def __init__(
        self,
        gender_split: bool,
        unit: str,
        store: Callable[[int, float, str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lägg till målvärde"), parent)
        self._store = store
        self.year = QSpinBox(self)
        self.year.setRange(1950, 2100)
        self.year.setValue(max(2030, date.today().year + 1))
        self.year.setGroupSeparatorShown(False)
        self.gender = QComboBox(self)
        names = gender_names()
        for code in ("T", "K", "M") if gender_split else ("T",):
            self.gender.addItem(names[code], code)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("t.ex. 85 eller 12,5"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("t.ex. Mål i hållbarhetsprogrammet"))
        unit_text = f" ({unit})" if unit else ""
        self.form.addRow(self.tr("Mål&år:"), self.year)
        self.form.addRow(self.tr("&Kön:"), self.gender)
        self.form.addRow(self.tr("Mål&värde{unit}:").format(unit=unit_text), self.value)
        self.form.addRow(self.tr("Ko&mmentar:"), self.note)
        self._fields = {
            rules.FIELD_YEAR: self.year,
            rules.FIELD_GENDER: self.gender,
            rules.FIELD_VALUE: self.value,
            rules.FIELD_NOTE: self.note,
        }
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        value = parse_decimal(self.value.text())
        if value is None:
            raise ValidationError(rules.FIELD_VALUE, self.tr("skriv ett tal, t.ex. 85 eller 12,5."))
        self._store(self.year.value(), value, str(self.gender.currentData()), self.note.text())


class UnitSourceDialog(SavingDialog):
    """Ändra enhet och källa: the municipality's own unit and source of any indicator.

    An empty field falls back to what is shown by default (a unit read from the title,
    "Källa: Kolada"); the placeholder shows that default. ``store`` gets the unit, the
    source and the version the edit began from; with ``change_log``, Historik… is offered.
    """

    def __init__(
        self,
        detail: IndicatorDetail,
        store: Callable[[str, str, ExpectedVersion], object],
        parent: QWidget | None = None,
        change_log: ChangeLogService | None = None,
    ) -> None:
        super().__init__(self.tr("Ändra enhet och källa"), parent)
        self._store = store
        self._version = detail.version
        self.unit = QLineEdit(detail.own_unit, self)
        self.unit.setPlaceholderText(
            detail.unit if not detail.own_unit and detail.unit else self.tr("t.ex. %, antal")
        )
        self.source = QLineEdit(detail.own_source, self)
        self.source.setPlaceholderText(
            detail.source if not detail.own_source and detail.source else self.tr("t.ex. SCB")
        )
        hint = QLabel(
            self.tr(
                "Lämna ett fält tomt för att visa standardvärdet. Kommunens uppgifter finns "
                "kvar när Koladas katalog uppdateras."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.form.addRow(self.tr("&Enhet:"), self.unit)
        self.form.addRow(self.tr("&Källa:"), self.source)
        self.form.addRow("", hint)
        self._fields = {rules.FIELD_UNIT: self.unit, rules.FIELD_SOURCE: self.source}
        if change_log is not None:
            self.add_history(
                change_log, RecordRef.of("kpi", detail.id), f"{detail.id} {detail.title}"
            )
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        self._store(self.unit.text(), self.source.text(), self.expected(self._version))
