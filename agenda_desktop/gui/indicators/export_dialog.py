"""Exportera: save indicator values as an .xlsx file in the app's own template.

The file can be edited in Excel and imported again; only edited values then change. The
writing runs in a worker with progress and "Avbryt" (a cancelled export leaves no file).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.indicators.export import ExportResult, export_values
from agenda_desktop.core.progress import CancelToken, ProgressCallback
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_queries import RIKET_ID, region_id
from agenda_desktop.core.services.reference import MunicipalityInfo
from agenda_desktop.gui.indicators.chart_panel import safe_file_name
from agenda_desktop.gui.indicators.progress_row import ProgressRow, TaskRunner
from agenda_desktop.gui.indicators.worker import Task
from agenda_desktop.gui.messages import confirm, show_error, show_information

SELECTED, LISTED, EVERYTHING = 0, 1, 2


class ExportDialog(QDialog):
    """What to export, for which areas, and where.

    Attributes:
        exported: what was written, once the export is done.
    """

    def __init__(
        self,
        services: Services,
        selected_kpi: str | None,
        listed_kpis: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera nyckeltal"))
        self._services = services
        self._selected = selected_kpi
        self._listed = list(listed_kpis)
        self.exported: ExportResult | None = None
        profile = services.organisation.profile()
        self._own: MunicipalityInfo | None = (
            services.reference.municipality(profile.municipality_id) if profile else None
        )

        self.path = QLineEdit(str(self._default_path()), self)
        self.path.setAccessibleName(self.tr("Filnamn"))
        self.path.textChanged.connect(self._update)
        browse = QPushButton(self.tr("&Välj…"), self)
        browse.clicked.connect(self.choose_path)

        self.what = QButtonGroup(self)
        self.selected_option = QRadioButton(
            self.tr("Det valda nyckeltalet ({id})").format(id=selected_kpi or "–"), self
        )
        self.listed_option = QRadioButton(
            self.tr("Nyckeltalen i listan (%n st)", "", len(self._listed)), self
        )
        self.everything_option = QRadioButton(self.tr("Alla nyckeltal med värden"), self)
        for number, button in enumerate(
            (self.selected_option, self.listed_option, self.everything_option)
        ):
            self.what.addButton(button, number)
        self.selected_option.setEnabled(selected_kpi is not None)
        self.listed_option.setEnabled(bool(self._listed))
        (self.selected_option if selected_kpi else self.listed_option).setChecked(True)
        if not selected_kpi and not self._listed:
            self.everything_option.setChecked(True)

        own_name = self._own.name if self._own else self.tr("kommunen")
        self.own_box = QCheckBox(self.tr("{name} (alltid med)").format(name=own_name), self)
        self.own_box.setChecked(True)
        self.own_box.setEnabled(False)  # our municipality is always in the file
        self.riket_box = QCheckBox(self.tr("Riket"), self)
        self.county_box = QCheckBox(
            (self._own.county_name if self._own else None) or self.tr("Länet"), self
        )
        self.group_box = QCheckBox(self._group_text(), self)
        self.all_box = QCheckBox(self.tr("Alla kommuner, regioner och riket"), self)
        self.all_box.toggled.connect(self._update)
        self.riket_box.setChecked(True)
        self.county_box.setChecked(bool(self._own and self._own.county_code))
        self.county_box.setEnabled(bool(self._own and self._own.county_code))
        self.group_box.setEnabled(bool(self._own and self._own.kommungrupp))
        if self._own is None:
            self.all_box.setChecked(True)
            self.all_box.setEnabled(False)

        self.progress = ProgressRow(self)
        self.runner = TaskRunner(self.progress, self.tr("Avbrutet. Ingen fil sparades."), self)
        self.runner.failed.connect(self._failed)
        self.runner.idleChanged.connect(self._update)
        self.export_button = QPushButton(self.tr("&Exportera"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Stäng"), self)
        self.close_button.clicked.connect(self.reject)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        what = QVBoxLayout()
        for button in (self.selected_option, self.listed_option, self.everything_option):
            what.addWidget(button)
        areas = QVBoxLayout()
        for box in (self.own_box, self.riket_box, self.county_box, self.group_box, self.all_box):
            areas.addWidget(box)
        form = QFormLayout()
        path_label = QLabel(self.tr("&Fil:"), self)
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        form.addRow(self.tr("Nyckeltal:"), what)
        form.addRow(self.tr("Områden:"), areas)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())
        self._update()

    # -- the choices -------------------------------------------------------------------

    def _group_text(self) -> str:
        if self._own is None or not self._own.kommungrupp:
            return self.tr("Kommungruppen")
        return self.tr("Kommungrupp {code} ({title})").format(
            code=self._own.kommungrupp, title=self._own.kommungrupp_title or ""
        )

    def _default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = self.tr("nyckeltal")
        if self._own is not None:
            name += f"-{safe_file_name(self._own.name)}"
        return Path(folder) / f"{name}-{date.today().isoformat()}.xlsx"

    def choose_path(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera till fil"),
            self.path.text(),
            self.tr("Excel-arbetsbok (*.xlsx)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
            self.path.setText(str(path))

    def kpi_ids(self) -> list[str] | None:
        """The indicators to export; None means every indicator."""
        choice = self.what.checkedId()
        if choice == SELECTED and self._selected:
            return [self._selected]
        if choice == LISTED:
            return list(self._listed)
        return None

    def municipality_ids(self) -> list[str] | None:
        """The areas to export; None means every area."""
        own = self._own
        if own is None or self.all_box.isChecked():
            return None
        ids = [own.id]
        if self.riket_box.isChecked():
            ids.append(RIKET_ID)
        if self.county_box.isChecked() and own.county_code:
            ids.append(region_id(own.county_code))
        if self.group_box.isChecked() and own.kommungrupp:
            ids += [
                m.id
                for m in self._services.reference.municipalities()
                if m.kommungrupp == own.kommungrupp and m.id != own.id
            ]
        return ids

    # -- exporting ---------------------------------------------------------------------

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.choose_path()
            text = self.path.text().strip()
            if not text:
                return
        path = Path(text)
        if path.exists() and not confirm(
            self,
            self.tr("Filen {name} finns redan. Vill du ersätta den?").format(name=path.name),
            self.tr("Ersätta filen?"),
        ):
            return
        database = self._services.database
        kpis, areas = self.kpi_ids(), self.municipality_ids()

        def job(progress: ProgressCallback, cancel: CancelToken) -> ExportResult:
            return export_values(database, path, kpis, areas, progress, cancel)

        self.runner.run(job, self._exported)

    @property
    def task(self) -> Task | None:
        return self.runner.task

    def cancel(self) -> None:
        self.runner.cancel()

    def _exported(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.exported = result
        show_information(
            self,
            (
                self.tr("1 värde för {indicators} nyckeltal sparades i {path}.")
                if result.values == 1
                else self.tr("{n} värden för {indicators} nyckeltal sparades i {path}.")
            ).format(n=result.values, indicators=result.indicators, path=result.path),
            self.tr("Exporten är klar"),
        )
        self.accept()

    def _failed(self, error: object) -> None:
        if isinstance(error, AgendaError):
            show_error(self, str(error))
        elif isinstance(error, BaseException):
            raise error

    def _update(self) -> None:
        idle = self.task is None
        self.export_button.setEnabled(idle and bool(self.path.text().strip()))
        partial = not self.all_box.isChecked()
        for box in (self.riket_box, self.county_box, self.group_box):
            box.setEnabled(idle and partial and self._area_available(box))

    def _area_available(self, box: QCheckBox) -> bool:
        own = self._own
        if own is None:
            return False
        if box is self.county_box:
            return bool(own.county_code)
        if box is self.group_box:
            return bool(own.kommungrupp)
        return True

    def reject(self) -> None:
        self.runner.cancel()  # the worker removes its half-written file
        super().reject()
