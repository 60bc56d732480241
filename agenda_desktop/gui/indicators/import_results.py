"""What an analysed import would do: the counts, and the problem list with "Spara listan…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.model import ImportPreview
from agenda_desktop.core.services.indicator_import import IndicatorImportService
from agenda_desktop.gui.indicators.display import format_number
from agenda_desktop.gui.indicators.import_models import PROBLEM_ROLE, ProblemColumn, ProblemModel
from agenda_desktop.gui.messages import show_error, show_information
from agenda_desktop.gui.style import CARD_BORDER, INK, MUTED_INK, paragraph, scaled_font, tidy_table


class CountBox(QFrame):
    """A number in large type over what it counts."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("count")
        self.setStyleSheet(
            f"QFrame#count {{ border: 1px solid {CARD_BORDER}; border-radius: 6px; "
            "background: #f8f9fa; }"
        )
        self.number = QLabel("–", self)
        self.number.setFont(scaled_font(self.number, 1.6, bold=True))
        self.number.setStyleSheet(f"color: {INK};")
        self.label = QLabel(label, self)
        self.label.setStyleSheet(f"color: {MUTED_INK};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.label)

    def set_count(self, count: int | None, alert: bool = False) -> None:
        self.number.setText("–" if count is None else format_number(count, 0))
        colour = "#c92a2a" if alert else INK
        self.number.setStyleSheet(f"color: {colour};")
        self.setAccessibleName(f"{self.label.text()}: {self.number.text()}")


class ImportCounts(QWidget):
    """Nya, ändrade, oförändrade and avvisade värden, and what else is worth knowing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = CountBox(self.tr("nya värden"), self)
        self.changed = CountBox(self.tr("ändrade"), self)
        self.unchanged = CountBox(self.tr("oförändrade"), self)
        self.rejected = CountBox(self.tr("avvisade"), self)
        self.details = paragraph("", self, muted=True)
        row = QHBoxLayout()
        row.setSpacing(8)
        for box in (self.new, self.changed, self.unchanged, self.rejected):
            row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.show_preview(None)

    def show_preview(self, preview: ImportPreview | None) -> None:
        if preview is None:
            for box in (self.new, self.changed, self.unchanged, self.rejected):
                box.set_count(None)
            self.details.setText(self.tr("Granska filen för att se vad som skulle ändras."))
            return
        self.new.set_count(preview.new)
        self.changed.set_count(preview.changed)
        self.unchanged.set_count(preview.unchanged)
        self.rejected.set_count(preview.rejected, alert=preview.rejected > 0)
        parts = (
            []
            if not preview.total
            else [
                self.tr("%n nyckeltal", "", preview.kpis),
                self.tr("1 kommun/område")
                if preview.municipalities == 1
                else self.tr("{n} kommuner/områden").format(n=preview.municipalities),
            ]
        )
        if preview.periods:
            first, last = preview.periods
            parts.append(str(first) if first == last else f"{first}–{last}")
        if preview.missing:
            parts.append(
                self.tr("1 saknat värde sparas med orsak")
                if preview.missing == 1
                else self.tr("{n} saknade värden sparas med orsak").format(n=preview.missing)
            )
        lines = [" · ".join(parts)] if parts else []
        lines.extend(preview.notices)
        if preview.problem_count:
            lines.append(
                self.tr(
                    "Filen har %n problem och kan inte importeras förrän de är rättade. "
                    "Ingenting har ändrats.",
                    "",
                    preview.problem_count,
                )
            )
        elif preview.total == 0:
            lines.append(self.tr("Filen innehåller inga värden att importera."))
        self.details.setText("\n".join(lines))


class ProblemList(QWidget):
    """The problems with file, sheet, row and column; the selected one in full below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProblemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Problem"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # thousands of rows: the full text is shown below
        self.table.verticalHeader().hide()
        tidy_table(self.table)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # thousands of problems: measure the first
        for column in (ProblemColumn.FILE, ProblemColumn.SHEET, ProblemColumn.ROW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ProblemColumn.COLUMN, 130)
        header.setSectionResizeMode(ProblemColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.current = paragraph("", self)
        self.current.setMinimumHeight(44)
        self.current.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hidden = paragraph("", self, muted=True)
        self.save_button = QPushButton(self.tr("&Spara listan…"), self)
        self.save_button.setToolTip(self.tr("Spara problemen som en CSV-fil som öppnas i Excel"))
        self.save_button.clicked.connect(self.save_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hidden, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.current)
        layout.addLayout(bottom)
        self._file_name = ""
        self.show_preview(None)

    def show_preview(self, preview: ImportPreview | None) -> None:
        problems = preview.problems if preview else ()
        self._file_name = preview.file_name if preview else ""
        self.model.set_problems(problems)
        self.save_button.setEnabled(bool(problems))
        shown, total = len(problems), preview.problem_count if preview else 0
        self.hidden.setText(
            self.tr("Visar de första {shown} av {total} problem.").format(shown=shown, total=total)
            if total > shown
            else ""
        )
        if problems:
            self.table.selectRow(0)
        else:
            self.current.setText(self.tr("Inga problem hittades.") if preview is not None else "")

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        problem = current.data(PROBLEM_ROLE) if current.isValid() else None
        self.current.setText(str(problem) if problem is not None else "")

    def save_list(self) -> None:
        """Ask where, then save the problem list as .csv (or .txt)."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = Path(self._file_name).stem or "import"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara problemlistan"),
            str(Path(folder) / self.tr("{name}-problem.csv").format(name=stem)),
            self.tr("Kommaseparerad fil (*.csv);;Textfil (*.txt)"),
        )
        if not chosen:
            return
        try:
            saved = IndicatorImportService.save_problems(self.model.problems(), Path(chosen))
        except (AgendaError, OSError) as error:
            show_error(self, str(error))
            return
        show_information(
            self,
            self.tr("Problemlistan sparades i {path}.").format(path=saved),
            self.tr("Problemlistan är sparad"),
        )
