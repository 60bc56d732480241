"""Exportera: the choices become the right file, written in the worker and read back with
openpyxl; cancelling leaves no file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.indicators import template as t
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.export_dialog import ExportDialog
from agenda_desktop.gui.indicators.page import IndicatorsPage

pytestmark = pytest.mark.usefixtures("swedish_locale")


@pytest.fixture
def make_dialog(qtbot: QtBot, services: Services) -> Callable[..., ExportDialog]:
    def make(selected: str | None = "N00209", listed: tuple[str, ...] = ()) -> ExportDialog:
        dialog = ExportDialog(services, selected, list(listed))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def read_values(path: Path) -> list[tuple[Any, ...]]:
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook[t.VALUES_SHEET].iter_rows(values_only=True))
    workbook.close()
    assert rows[0] == t.VALUES_HEADER
    return rows[1:]


def test_exports_the_selected_indicator_for_us_and_riket(
    qtbot: QtBot,
    make_dialog: Callable[..., ExportDialog],
    services: Services,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Any]],
    message_boxes: Any,
) -> None:
    dialog = make_dialog()
    assert dialog.selected_option.isChecked()
    assert dialog.county_box.text() == "Västra Götalandsregionen"
    dialog.county_box.setChecked(False)
    save_as(tmp_path / "export")  # the suffix is added
    dialog.findChild(type(dialog.export_button), None)
    dialog.choose_path()
    assert dialog.path.text() == str(tmp_path / "export.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = read_values(tmp_path / "export.xlsx")
    assert {row[0] for row in rows} == {"N00209"}
    assert {row[2] for row in rows} == {"1400", "0000"}
    own_total = services.indicators.series("N00209", "1400")["T"]
    written = {(row[4], row[6]) for row in rows if row[2] == "1400" and row[5] == "T"}
    assert written == {(p.period, p.value) for p in own_total}
    assert "sparades i" in message_boxes.texts("information")[0]


def test_exports_the_listed_indicators_for_the_kommungrupp(
    qtbot: QtBot,
    make_dialog: Callable[..., ExportDialog],
    services: Services,
    tmp_path: Path,
    message_boxes: Any,
) -> None:
    dialog = make_dialog(listed=("N00209", "N00401"))
    dialog.listed_option.setChecked(True)
    dialog.group_box.setChecked(True)
    assert dialog.kpi_ids() == ["N00209", "N00401"]
    areas = dialog.municipality_ids()
    group = [m.id for m in services.reference.municipalities() if m.kommungrupp == "C8"]
    assert areas is not None and set(areas) == set(group) | {"0000", "0014"}
    dialog.path.setText(str(tmp_path / "grupp.xlsx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10_000)
    rows = read_values(tmp_path / "grupp.xlsx")
    assert {row[0] for row in rows} == {"N00209", "N00401"}
    assert len({row[2] for row in rows}) > 30


def test_cancelled_export_leaves_no_file(
    qtbot: QtBot, make_dialog: Callable[..., ExportDialog], tmp_path: Path
) -> None:
    dialog = make_dialog()
    dialog.everything_option.setChecked(True)
    dialog.all_box.setChecked(True)
    assert dialog.kpi_ids() is None and dialog.municipality_ids() is None
    target = tmp_path / "allt.xlsx"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    dialog.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20_000)
    assert dialog.exported is None
    assert dialog.progress.text.text() == "Avbrutet. Ingen fil sparades."
    assert list(tmp_path.glob("*.xlsx")) == []


def test_page_offers_the_selected_and_the_listed_indicators(
    qtbot: QtBot,
    page: IndicatorsPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        seen.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    page.list.select("N00401")
    page.export_button.click()
    assert seen[0].kpi_ids() == ["N00401"]
    seen[0].listed_option.setChecked(True)
    assert seen[0].kpi_ids() == [s.id for s in page.list.visible_indicators()]
