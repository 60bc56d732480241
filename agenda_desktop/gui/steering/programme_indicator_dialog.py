"""Add or change an indicator that follows up a målsättning: search the KPI catalogue,
then a baseline (suggested from the municipality's own stored value) and a target."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import IndicatorSummary
from agenda_desktop.core.services.programme_types import IndicatorInput, ObjectiveIndicatorInfo
from agenda_desktop.core.steering import programme_rules as rules
from agenda_desktop.gui.indicators.display import gender_names
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog, parse_decimal
from agenda_desktop.gui.steering.programme_dialogs import OptionalYear

SEARCH_LIMIT = 200
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


def number_text(value: float | None) -> str:
    """A value the Swedish way (12,5), without trailing zeros; empty for None."""
    if value is None:
        return ""
    return QLocale().toString(value, "g", 12)


class IndicatorDialog(SavingDialog):
    """Lägg till nyckeltal / Ändra nyckeltal for one målsättning."""

    def __init__(
        self,
        services: Services,
        objective_id: int,
        existing: ObjectiveIndicatorInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Ändra nyckeltal") if existing else self.tr("Lägg till nyckeltal")
        super().__init__(title, parent)
        self._services = services
        self._objective_id = objective_id
        self._existing = existing
        self._kpi_id = existing.kpi_id if existing else ""
        self._gender_split = existing.gender_split if existing else False
        self.saved: ObjectiveIndicatorInfo | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök på id eller ord, t.ex. förnybar eller N00401"))
        self.search.setClearButtonEnabled(True)
        self.results_model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setModel(self.results_model)
        self.results.setMinimumHeight(200)
        self.results.setAlternatingRowColors(True)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.gender = QComboBox(self)
        self.baseline_value = QLineEdit(self)
        self.baseline_value.setPlaceholderText(self.tr("t.ex. 12,5"))
        self.baseline_year = OptionalYear(self.tr("Inget år"), self)
        self.suggest_button = QPushButton(self.tr("&Hämta kommunens värde"), self)
        self.suggest_button.setToolTip(
            self.tr("Fyll i kommunens eget värde för utgångsåret (eller det senaste året)")
        )
        self.suggest_button.clicked.connect(self.suggest_baseline)
        self.target_value = QLineEdit(self)
        self.target_value.setPlaceholderText(self.tr("t.ex. 20"))
        self.target_year = OptionalYear(self.tr("Inget år"), self)

        baseline_row = QHBoxLayout()
        baseline_row.addWidget(self.baseline_value, 1)
        baseline_row.addWidget(self.baseline_year)
        baseline_row.addWidget(self.suggest_button)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_value, 1)
        target_row.addWidget(self.target_year)

        if existing is None:
            self.form.addRow(self.tr("&Sök nyckeltal:"), self.search)
            self.form.addRow("", self.results)
        else:  # an indicator row keeps its KPI: change the values only
            self.search.hide()
            self.results.hide()
        self.form.addRow(self.tr("Nyckeltal:"), self.chosen)
        self.form.addRow(self.tr("&Kön:"), self.gender)
        baseline_label = QLabel(self.tr("&Utgångsvärde och år:"), self)
        baseline_label.setBuddy(self.baseline_value)
        target_label = QLabel(self.tr("&Målvärde och år:"), self)
        target_label.setBuddy(self.target_value)
        self.form.addRow(baseline_label, baseline_row)
        self.form.addRow(target_label, target_row)
        self._fields = {
            rules.FIELD_INDICATOR: self.search,
            rules.FIELD_GENDER: self.gender,
            rules.FIELD_BASELINE_VALUE: self.baseline_value,
            rules.FIELD_BASELINE_YEAR: self.baseline_year,
            rules.FIELD_TARGET_VALUE: self.target_value,
            rules.FIELD_TARGET_YEAR: self.target_year,
        }

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.results.selectionModel().currentChanged.connect(self._result_chosen)

        if existing is not None:
            self._show_chosen(existing.kpi_id, existing.kpi_title, existing.unit)
            self._fill_genders(existing.gender_split, existing.gender)
            self.baseline_value.setText(number_text(existing.baseline_value))
            self.baseline_year.set_year(existing.baseline_year)
            self.target_value.setText(number_text(existing.target_value))
            self.target_year.set_year(existing.target_year)
            self.add_history(
                services.change_log,
                RecordRef.of("objective_indicator", existing.indicator_id),
                f"{existing.kpi_id} {existing.kpi_title}",
            )
        else:
            self._show_chosen("", "", "")
            self._fill_genders(False, "T")
            self.run_search()
        self.resize(640, self.sizeHint().height())

    # -- choosing the indicator ----------------------------------------------------------

    def run_search(self) -> None:
        found = self._services.indicators.list_indicators(
            text=self.search.text(), limit=SEARCH_LIMIT
        )
        self.results_model.clear()
        for summary in found:
            item = QStandardItem(f"{summary.id}  {summary.title}")
            item.setEditable(False)
            item.setToolTip(summary.title)
            item.setData(summary, SUMMARY_ROLE)
            self.results_model.appendRow(item)

    def choose_kpi(self, row: int) -> None:
        self.results.setCurrentIndex(self.results_model.index(row, 0))

    def _result_chosen(self) -> None:
        index = self.results.currentIndex()
        summary = index.data(SUMMARY_ROLE) if index.isValid() else None
        if isinstance(summary, IndicatorSummary):
            self._kpi_id = summary.id
            self._gender_split = summary.gender_split
            self._show_chosen(summary.id, summary.title, summary.unit)
            self._fill_genders(summary.gender_split, str(self.gender.currentData() or "T"))

    def _show_chosen(self, kpi_id: str, title: str, unit: str) -> None:
        if not kpi_id:
            self.chosen.setText(self.tr("Inget valt ännu: sök och välj ett nyckeltal i listan."))
            return
        text = f"{kpi_id} {title}"
        if unit:
            text += f" ({unit})"
        self.chosen.setText(text)

    def _fill_genders(self, gender_split: bool, current: str) -> None:
        names = gender_names()
        self.gender.clear()
        for code in ("T", "K", "M") if gender_split else ("T",):
            self.gender.addItem(names[code], code)
        self.gender.setCurrentIndex(max(0, self.gender.findData(current)))

    # -- the baseline suggestion ---------------------------------------------------------

    def suggest_baseline(self) -> None:
        if not self._kpi_id:
            self.show_problem(self.tr("Välj först ett nyckeltal."), rules.FIELD_INDICATOR)
            return
        suggestion = self._services.programme.suggested_baseline(
            self._kpi_id, str(self.gender.currentData() or "T"), self.baseline_year.year()
        )
        if suggestion is None:
            self.show_problem(
                self.tr("Det finns inget värde för kommunen att föreslå för det året.")
            )
            return
        self.error.hide()
        self.baseline_value.setText(number_text(suggestion.value))
        self.baseline_year.set_year(suggestion.year)

    # -- saving --------------------------------------------------------------------------

    @staticmethod
    def _number(field: str, text: str) -> float | None:
        value = parse_decimal(text)
        if value is None and text.strip():
            raise ValidationError(field, "skriv ett tal, t.ex. 85 eller 12,5.")
        return value

    def save(self) -> None:
        if not self._kpi_id:
            raise ValidationError(rules.FIELD_INDICATOR, "sök och välj ett nyckeltal i listan.")
        data = IndicatorInput(
            self._kpi_id,
            str(self.gender.currentData() or "T"),
            self._number(rules.FIELD_BASELINE_VALUE, self.baseline_value.text()),
            self.baseline_year.year(),
            self._number(rules.FIELD_TARGET_VALUE, self.target_value.text()),
            self.target_year.year(),
        )
        if self._existing is None:
            self.saved = self._services.programme.add_indicator(self._objective_id, data)
        else:
            self.saved = self._services.programme.update_indicator(
                self._existing.indicator_id, data, self.expected(self._existing.version)
            )
