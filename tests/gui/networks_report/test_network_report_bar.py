"""The network's report bar: the status report saved as PDF through the worker, previewed,
and the commitments exported to Excel, with the file dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.reports.build import ReportResult
from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.gui.indicators.worker import wait_for_tasks
from agenda_desktop.gui.networks.report_bar import NetworkReportBar

NAME = "Glokala Sverige – Årjeplog"
TEXT = "Anta ett program för Agenda 2030"


@pytest.fixture
def network_services(tmp_path: Path) -> Iterator[Services]:
    database = open_database(DatabaseLocation.for_file(tmp_path / "n.agenda")).database
    services = Services.for_database(database)
    services.organisation.save_profile(ProfileData("1401", "Exempelkommun", "KS"))
    yield services
    database.close()


def make_bar(qtbot: QtBot, services: Services) -> tuple[NetworkReportBar, int]:
    network = services.networks.create_network(NetworkInput(name=NAME, organiser="SKR"))
    services.commitments.create_commitment(network.network_id, CommitmentInput(text=TEXT))
    bar = NetworkReportBar(services)
    qtbot.addWidget(bar)
    bar.show()
    return bar, network.network_id


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[str]:
    """Answer QFileDialog.getSaveFileName with ``chosen``; return the suggested names."""
    asked: list[str] = []

    def get_save_file_name(_parent: object, _title: str, suggested: str, *_a: object) -> tuple:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def test_buttons_wait_for_a_network(qtbot: QtBot, network_services: Services) -> None:
    bar, network_id = make_bar(qtbot, network_services)
    assert not bar.save_button.isEnabled() and not bar.excel_button.isEnabled()
    bar.show_network(network_id)
    assert bar.save_button.isEnabled() and bar.preview_button.isEnabled()
    assert bar.diarienummer.text().startswith("KS 20")  # the prefix, to be completed
    assert not bar.progress.isVisible()
    bar.show_network(None)
    assert not bar.print_button.isEnabled()


def test_save_as_pdf_builds_in_a_worker(
    qtbot: QtBot,
    network_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: object,
) -> None:
    bar, network_id = make_bar(qtbot, network_services)
    bar.show_network(network_id)
    bar.diarienummer.setText("KS 2026/41")
    asked = answer_save_dialog(monkeypatch, tmp_path / "status")  # no suffix typed
    with qtbot.waitSignal(bar.built, timeout=30_000) as built:
        bar.save_button.click()
    assert wait_for_tasks()
    assert NAME in asked[0] and asked[0].endswith(".pdf")
    result = built.args[0]
    assert isinstance(result, ReportResult) and result.path == tmp_path / "status.pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(result.path).pages).split())
    assert f"Statusrapport för nätverket {NAME}" in text
    assert "KS 2026/41" in text and TEXT in text and "Ej påbörjad" in text
    assert "sparades" in message_boxes.texts("information")[0]  # type: ignore[attr-defined]
    assert not bar.progress.isVisible() and bar.save_button.isEnabled()


def test_preview_opens_the_print_preview(qtbot: QtBot, network_services: Services) -> None:
    bar, network_id = make_bar(qtbot, network_services)
    bar.show_network(network_id)
    with qtbot.waitSignal(bar.built, timeout=30_000):
        bar.preview_button.click()
    assert wait_for_tasks()
    qtbot.waitUntil(lambda: isinstance(bar.dialog, QPrintPreviewDialog))
    assert bar.dialog is not None and bar.dialog.isVisible()
    bar.dialog.close()


def test_export_to_excel(
    qtbot: QtBot,
    network_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: object,
) -> None:
    bar, network_id = make_bar(qtbot, network_services)
    bar.show_network(network_id)
    answer_save_dialog(monkeypatch, tmp_path / "åtaganden")
    with qtbot.waitSignal(bar.exported, timeout=5_000) as exported:
        bar.excel_button.click()
    path = exported.args[0]
    assert path == tmp_path / "åtaganden.xlsx"
    sheet = load_workbook(path)["Åtaganden"]
    assert sheet["C2"].value == TEXT
    shown = message_boxes.texts("information")  # type: ignore[attr-defined]
    assert "åtaganden (1 st.) sparades" in shown[0]
