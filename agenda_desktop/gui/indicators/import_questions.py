"""The questions an import may need answered: which column holds what, what unknown
indicators are called, and which indicator or municipality a sheet is about."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.indicators.model import ColumnInfo, Field, LocalKpi, UnknownKpi
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.import_models import field_labels
from agenda_desktop.gui.indicators.meta_dialogs import error_line_and_buttons
from agenda_desktop.gui.style import MUTED_INK

# The choices of the mapping dialog, in the order officers think of a row.
MAPPING_CHOICES = (
    Field.KPI,
    Field.MUNICIPALITY,
    Field.MUNICIPALITY_NAME,
    Field.PERIOD,
    Field.GENDER,
    Field.VALUE,
    Field.COUNT,
    Field.STATUS,
    Field.KPI_TITLE,
    Field.MISSING,
    Field.IGNORE,
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def column_examples(sample: Sequence[Sequence[str]], header_row: int | None) -> dict[int, str]:
    """The first value under each column's header, to help the user recognise it."""
    examples: dict[int, str] = {}
    for row in sample[header_row or 0 :]:
        for index, text in enumerate(row):
            if text and index not in examples:
                examples[index] = text
    return examples


class _Question(QDialog):
    """A dialog with an introduction, a body, an error line and OK/Avbryt."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout()
        self.error, self.buttons = error_line_and_buttons(self, self.tr("Fortsätt"), self._check)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        """What is missing in the answer, or "" when it can be used."""
        return ""

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class ColumnMappingDialog(_Question):
    """Koppla kolumner: one combo per column of the sheet."""

    def __init__(
        self,
        columns: Sequence[ColumnInfo],
        examples: Mapping[int, str],
        initial: Mapping[int, Field] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Koppla kolumner"),
            self.tr(
                "Kolumnerna kunde inte tolkas säkert. Ange vad varje kolumn innehåller; "
                "kopplingen sparas och används nästa gång ett blad har samma rubriker."
            ),
            parent,
        )
        labels = field_labels()
        self.combos: dict[int, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, column in enumerate(columns):
            combo = QComboBox(self)
            for field in MAPPING_CHOICES:
                combo.addItem(labels[field], field)
            chosen = (initial or {}).get(column.index, column.field or Field.IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            header = column.header or self.tr("(utan rubrik)")
            name = QLabel(f"<b>{column.letter}</b>&nbsp;&nbsp;{header}", self)
            name.setBuddy(combo)
            combo.setAccessibleName(self.tr("Kolumn {letter}").format(letter=column.letter))
            example = examples.get(column.index, "")
            hint = QLabel(self.tr("t.ex. ”{value}”").format(value=example) if example else "", self)
            hint.setStyleSheet(f"color: {MUTED_INK};")
            grid.addWidget(name, row, 0)
            grid.addWidget(hint, row, 1)
            grid.addWidget(combo, row, 2)
            self.combos[column.index] = combo
        grid.setRowStretch(len(columns), 1)  # rows packed at the top, not spread out
        holder = QWidget(self)
        holder.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.body.addWidget(scroll)
        self.resize(620, min(640, 200 + 40 * len(columns)))

    def set_field(self, index: int, field: Field) -> None:
        combo = self.combos[index]
        combo.setCurrentIndex(combo.findData(field))

    def mapping(self) -> dict[int, Field]:
        """Column index -> field; "Kommun" alone is the key, beside "Kommun-id" a label."""
        chosen = {index: Field(combo.currentData()) for index, combo in self.combos.items()}
        if Field.MUNICIPALITY not in chosen.values():
            chosen = {
                index: Field.MUNICIPALITY if field == Field.MUNICIPALITY_NAME else field
                for index, field in chosen.items()
            }
        return chosen

    def problem(self) -> str:
        fields = [field for field in self.mapping().values() if field != Field.IGNORE]
        twice = sorted({field for field in fields if fields.count(field) > 1})
        labels = field_labels()
        if twice:
            return self.tr("Välj varje innehåll för en kolumn bara: {fields}.").format(
                fields=", ".join(labels[field] for field in twice)
            )
        if Field.VALUE not in fields:
            return self.tr("Ange vilken kolumn som innehåller värdet.")
        return ""


class LocalKpiDialog(_Question):
    """Nya lokala nyckeltal: a title and a unit for every KPI id the database does not know."""

    def __init__(self, unknown: Sequence[UnknownKpi], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Okända nyckeltal"),
            self.tr(
                "Filen innehåller nyckeltal som varken finns i Koladas katalog eller bland "
                "kommunens lokala nyckeltal. Ange namn och enhet för att skapa dem som lokala "
                "nyckeltal, eller avbryt och rätta id:na i filen."
            ),
            parent,
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Skapa lokala nyckeltal")
        )
        self._unknown = list(unknown)
        self.titles: list[QLineEdit] = []
        self.units: list[QLineEdit] = []
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Id i filen"), self.tr("Namn"), self.tr("Enhet"))):
            header = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(header, 0, column)
        for row, kpi in enumerate(self._unknown, 1):
            where = (
                self.tr("1 värde")
                if kpi.values == 1
                else self.tr("{n} värden").format(n=kpi.values)
            )
            grid.addWidget(QLabel(f"{kpi.key}\n({where})", self), row, 0)
            title = QLineEdit(kpi.suggested_title, self)
            title.setPlaceholderText(self.tr("Vad nyckeltalet mäter"))
            title.setAccessibleName(self.tr("Namn på {key}").format(key=kpi.key))
            unit = QLineEdit(kpi.suggested_unit, self)
            unit.setPlaceholderText(self.tr("t.ex. %, antal"))
            unit.setAccessibleName(self.tr("Enhet för {key}").format(key=kpi.key))
            unit.setMaximumWidth(140)
            grid.addWidget(title, row, 1)
            grid.addWidget(unit, row, 2)
            self.titles.append(title)
            self.units.append(unit)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.resize(640, self.sizeHint().height())

    def local_kpis(self) -> tuple[LocalKpi, ...]:
        return tuple(
            LocalKpi(kpi.key, title.text().strip(), unit.text().strip())
            for kpi, title, unit in zip(self._unknown, self.titles, self.units, strict=True)
        )

    def problem(self) -> str:
        for kpi in self.local_kpis():
            if not kpi.title or not kpi.unit:
                return self.tr(
                    "Ange både namn och enhet för {key} (skriv ”-” om det saknar enhet)."
                ).format(key=kpi.key)
        return ""


class ChooseKpiDialog(_Question):
    """Vilket nyckeltal? For a sheet that holds one indicator without naming it."""

    def __init__(self, services: Services, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Välj nyckeltal"),
            self.tr("Bladet anger inte vilket nyckeltal värdena gäller. Sök och välj det."),
            parent,
        )
        self._services = services
        self.search = QLineEdit(hint, self)
        self.search.setPlaceholderText(self.tr("Sök på id eller namn"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Nyckeltal"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._timer.start)
        self.body.addWidget(self.search)
        self.body.addWidget(self.results, 1)
        self.resize(560, 460)
        self._search()

    def _search(self) -> None:
        self.results.clear()
        for kpi in self._services.reference.search_kpis(self.search.text(), limit=200):
            item = QListWidgetItem(f"{kpi.id}  {kpi.title}", self.results)
            item.setData(ID_ROLE, kpi.id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def kpi_id(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def problem(self) -> str:
        return "" if self.kpi_id() else self.tr("Välj ett nyckeltal i listan.")


class ChooseMunicipalityDialog(_Question):
    """Vilken kommun? For a sheet with one row per indicator, or a "Kommunen" block."""

    def __init__(
        self, services: Services, default_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Välj kommun"),
            self.tr("Bladet anger inte vilken kommun värdena gäller. Välj kommunen."),
            parent,
        )
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        kinds = ("kommun", "region", "riket")
        for municipality in services.reference.municipalities(kinds=kinds):
            self.combo.addItem(municipality.label, municipality.id)
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if default_id:
            self.combo.setCurrentIndex(max(0, self.combo.findData(default_id)))
        form = QFormLayout()
        form.addRow(self.tr("&Kommun:"), self.combo)
        self.body.addLayout(form)
        self.resize(460, self.sizeHint().height())

    def municipality_id(self) -> str | None:
        index = self.combo.findText(self.combo.currentText())
        data = self.combo.itemData(index) if index >= 0 else None
        return str(data) if data else None

    def problem(self) -> str:
        return "" if self.municipality_id() else self.tr("Välj en kommun i listan.")
