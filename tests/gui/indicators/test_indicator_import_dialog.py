"""The import dialog end to end, on real .xlsx files written with openpyxl: preview,
problems, questions, import and cancel, with the worker thread really running."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agenda_desktop.core.indicators.model import Field, Layout
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.models import Kpi, KpiValue
from agenda_desktop.gui.indicators.import_dialog import ImportDialog
from agenda_desktop.gui.indicators.import_models import ProblemColumn
from agenda_desktop.gui.indicators.import_questions import (
    ChooseKpiDialog,
    ColumnMappingDialog,
    LocalKpiDialog,
)

pytestmark = pytest.mark.usefixtures("swedish_locale")

Rows = list[list[Any]]
HEADER = ["Nyckeltal-id", "Kommun-id", "År", "Kön", "Värde"]


def write_xlsx(path: Path, rows: Rows, title: str = "Värden") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def value_rows(services: Services) -> list[tuple[Any, ...]]:
    """Every stored value, to show that a failed import changed nothing."""
    with services.database.unit_of_work() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    KpiValue.kpi_id,
                    KpiValue.municipality_id,
                    KpiValue.period,
                    KpiValue.gender,
                    KpiValue.value,
                    KpiValue.missing_reason,
                ).order_by(
                    KpiValue.kpi_id, KpiValue.municipality_id, KpiValue.period, KpiValue.gender
                )
            )
        ]


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> ImportDialog:
    widget = ImportDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def choose_file(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, dialog: ImportDialog
) -> Callable[[Path], None]:
    """Pick ``path`` through the patched file dialog and wait until it is inspected."""

    def choose(path: Path) -> None:
        def get_open_file_name(_parent: Any, _title: str, _folder: str, filters: str) -> Any:
            assert filters == "Kalkylblad (*.xlsx *.xls *.ods *.csv)"
            return str(path), filters

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
        dialog.choose_button.click()
        qtbot.waitUntil(lambda: dialog.info is not None and not dialog.busy)

    return choose


def analyse(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.analyse_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview is not None, timeout=10_000)


def test_imports_a_long_sheet_end_to_end(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    choose_file: Callable[[Path], None],
    tmp_path: Path,
    message_boxes: Any,
) -> None:
    path = write_xlsx(
        tmp_path / "kolada.xlsx",
        [
            ["Heltidsarbetande, hämtat ur Kolada"],
            [],
            HEADER,
            ["N00209", "1400", 2025, "T", 81.5],
            ["N00209", "1400", 2025, "K", 79.0],
            ["N00209", "1400", 2024, "T", 80.0],  # as stored: unchanged
            ["N00209", "1400", 2023, "T", 78.0],  # 78,4 stored: changed
            ["N00209", "1400", 2022, "M", ".."],  # sekretess
        ],
    )
    choose_file(path)
    assert dialog.sheet.currentText() == "Värden"
    assert dialog.header_row.value() == 3
    assert "ett värde per rad" in dialog.layout_label.text()
    assert dialog.sample.rowCount() == 8
    assert dialog.sample.index(3, 0).data() == "N00209"
    assert not dialog.import_button.isEnabled()  # nothing analysed yet

    analyse(qtbot, dialog)
    preview = dialog.preview
    assert preview is not None and preview.layout == Layout.LONG
    assert (preview.new, preview.changed, preview.unchanged, preview.rejected) == (2, 2, 1, 0)
    assert [box.number.text() for box in (dialog.counts.new, dialog.counts.changed)] == ["2", "2"]
    assert dialog.counts.unchanged.number.text() == "1"
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Importen är klar: 2 nya och 2 ändrade värden" in message_boxes.texts("information")[0]
    series = services.indicators.series("N00209", "1400")
    assert (2025, 81.5, None) in series["T"]
    assert (2023, 78.0, None) in series["T"]
    assert (2025, 79.0, None) in series["K"]
    assert (2022, None, "sekretess") in series["M"]
    history = services.indicators.value_history("N00209", "1400", 2023, "T")
    assert [(h.old_value, h.new_value, h.source) for h in history] == [(78.4, 78.0, "kolada.xlsx")]


def test_a_broken_file_lists_its_problems_and_changes_nothing(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    choose_file: Callable[[Path], None],
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Any]],
    message_boxes: Any,
) -> None:
    before = value_rows(services)
    path = write_xlsx(
        tmp_path / "trasig.xlsx",
        [
            HEADER,
            ["N00209", "1400", 2025, "T", 81.5],
            ["N00209", "1400", 2025, "K", "ungefär 80"],
            ["N00209", "9999", 2025, "T", 80],
        ],
    )
    choose_file(path)
    analyse(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.problem_count == 2
    assert dialog.tabs.currentWidget() is dialog.problems
    assert dialog.tabs.tabText(1) == "Problem (2)"
    assert not dialog.import_button.isEnabled()
    model = dialog.problems.model
    rows = [[model.index(r, c).data() for c in ProblemColumn] for r in range(model.rowCount())]
    assert rows[0][:4] == ["trasig.xlsx", "Värden", "3", "E (Värde)"]
    assert "”ungefär 80” är inte ett tal" in rows[0][4]
    assert rows[1][:4] == ["trasig.xlsx", "Värden", "4", "B (Kommun-id)"]
    assert "9999" in rows[1][4]
    assert "rad 3, kolumn E (Värde)" in dialog.problems.current.text()
    assert dialog.counts.rejected.number.text() == "2"

    save_as(tmp_path / "problem.csv")
    dialog.problems.save_button.click()
    saved = (tmp_path / "problem.csv").read_text(encoding="utf-8-sig")
    assert "ungefär 80" in saved and "9999" in saved
    assert message_boxes.texts("information")

    dialog.apply()  # refused: the button is disabled and apply checks again
    assert not dialog.busy
    assert value_rows(services) == before


def test_cancel_during_apply_changes_nothing(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    choose_file: Callable[[Path], None],
    tmp_path: Path,
) -> None:
    before = value_rows(services)
    rows: Rows = [HEADER]
    rows += [["N00209", "1400", year, "T", 50.0 + year % 7] for year in range(1990, 2026)]
    choose_file(write_xlsx(tmp_path / "lång.xlsx", rows))
    analyse(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.busy and dialog.progress.cancel_button.isVisible()
    dialog.progress.cancel_button.click()  # before the worker reaches its last check
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.imported is None
    assert dialog.progress.text.text() == "Avbrutet. Ingenting har ändrats."
    assert dialog.isVisible()
    assert value_rows(services) == before


def test_unknown_headers_are_mapped_and_the_mapping_remembered(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    choose_file: Callable[[Path], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    path = write_xlsx(
        tmp_path / "egen.xlsx",
        [["Mått", "Ort", "Tid", "Grupp", "Utfall"], ["N00209", "1400", 2025, "T", 81.5]],
    )
    asked: list[ColumnMappingDialog] = []

    def answer(mapping_dialog: ColumnMappingDialog) -> int:
        asked.append(mapping_dialog)
        for index, field in enumerate(
            (Field.KPI, Field.MUNICIPALITY, Field.PERIOD, Field.GENDER, Field.VALUE)
        ):
            mapping_dialog.set_field(index, field)
        assert mapping_dialog.problem() == ""
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    choose_file(path)
    assert "okänd" in dialog.layout_label.text()
    analyse(qtbot, dialog)  # needs a mapping: asked at once, then analysed again
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.request and dialog.request.mapping))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert len(asked) == 1
    assert dialog.preview is not None and dialog.preview.new == 1
    remembered = services.indicator_import.inspect(path).sheet().remembered_mapping
    assert remembered is not None and remembered[4] == Field.VALUE

    # A value column chosen twice is refused, naming what was doubled.
    twice = ColumnMappingDialog(dialog.preview.columns, {}, None, dialog)
    twice.set_field(0, Field.VALUE)
    twice.set_field(4, Field.VALUE)
    assert "Värde" in twice.problem()
    twice.deleteLater()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert (2025, 81.5, None) in services.indicators.series("N00209", "1400")["T"]


def test_unknown_indicators_become_local_after_confirmation(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    choose_file: Callable[[Path], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    path = write_xlsx(
        tmp_path / "lokal.xlsx",
        [HEADER, ["EK-099", "1400", 2024, "T", 12], ["EK-099", "1400", 2025, "T", 14]],
    )

    def answer(local_dialog: LocalKpiDialog) -> int:
        assert local_dialog.problem()  # title and unit are required
        local_dialog.titles[0].setText("Cyklande till skolan")
        local_dialog.units[0].setText("%")
        assert local_dialog.problem() == ""
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(LocalKpiDialog, "exec", answer)
    choose_file(path)
    analyse(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.imported is not None and dialog.imported.local_kpis_created == ("EK-099",)
    detail = services.indicators.indicator("EK-099")
    assert (detail.title, detail.unit, detail.is_local) == ("Cyklande till skolan", "%", True)
    assert "Nya lokala nyckeltal: EK-099" in message_boxes.texts("information")[0]


def test_a_wide_sheet_asks_which_indicator_it_holds(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    choose_file: Callable[[Path], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_xlsx(
        tmp_path / "bred.xlsx", [["Kommun", 2024, 2025], ["Exempelkommun", 80.0, 82.5]]
    )

    def answer(kpi_dialog: ChooseKpiDialog) -> int:
        kpi_dialog.search.setText("N00209")
        kpi_dialog._search()
        assert kpi_dialog.kpi_id() == "N00209"
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ChooseKpiDialog, "exec", answer)
    choose_file(path)
    analyse(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.request is not None and dialog.request.kpi_id == "N00209"
    assert dialog.kpi_button.isVisible()
    assert dialog.preview is not None
    assert (dialog.preview.new, dialog.preview.unchanged) == (1, 1)


def test_pointing_at_another_header_row_needs_a_new_review(
    qtbot: QtBot, dialog: ImportDialog, choose_file: Callable[[Path], None], tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "rubrik.xlsx", [HEADER, ["N00209", "1400", 2025, "T", 81.5]])
    choose_file(path)
    analyse(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    dialog.header_row.setValue(2)
    assert dialog.request is not None and dialog.request.header_row == 2
    assert not dialog.import_button.isEnabled()
    assert "granska igen" in dialog.layout_label.text()


def test_a_file_that_is_not_a_spreadsheet_says_so(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    tmp_path: Path,
    message_boxes: Any,
) -> None:
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.info is None
    errors = message_boxes.texts("critical")
    assert errors and "trasig.xlsx" in errors[0]
    with services.database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Kpi).where(Kpi.is_local)) == 3


def test_the_window_keeps_painting_while_a_big_file_is_read(
    qtbot: QtBot,
    dialog: ImportDialog,
    services: Services,
    tmp_path: Path,
    message_boxes: Any,
) -> None:
    from openpyxl import Workbook as WriteOnly

    workbook = WriteOnly(write_only=True)
    sheet = workbook.create_sheet("Värden")
    sheet.append(HEADER)
    areas = [m.id for m in services.reference.municipalities()]
    for year in range(2000, 2025):
        for area in areas:
            sheet.append(["N00209", area, year, "T", 50.0 + (year * 7 + int(area)) % 40])
    path = tmp_path / "stor.xlsx"
    workbook.save(path)

    from PySide6.QtCore import QTimer

    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(dialog.busy))
    timer.start()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.info is not None and not dialog.busy, timeout=20_000)
    analyse(qtbot, dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=30_000)
    timer.stop()
    # The event loop ran while the worker read and wrote: the work was off the GUI thread.
    assert ticks.count(True) >= 5
    assert dialog.imported is not None and dialog.imported.new + dialog.imported.changed > 7000
