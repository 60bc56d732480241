"""The Rapporter page: build through the worker, preview, print and save."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.reports.build import ReportResult
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.worker import wait_for_tasks
from agenda_desktop.gui.reports.page import ReportsPage
from agenda_desktop.gui.reports.printing import PdfPages, print_pdf


def make_page(qtbot: QtBot, services: Services) -> ReportsPage:
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    return page


def test_page_lists_the_kinds_and_prefills_the_form(qtbot: QtBot, services: Services) -> None:
    page = make_page(qtbot, services)
    assert page.kinds.count() == 5
    assert page.title.text() == "Nulägesanalys"
    page.kinds.setCurrentRow(2)
    assert page.title.text() == "Handlingsplan" and "ansvarig" in page.description.text()
    assert page.cycle.currentText() == "Mandatperioden 2023–2026"
    assert page.diarienummer.text().startswith("KS 20")
    assert page.glossary.isChecked()
    assert page.preview_button.isEnabled()


def test_save_as_pdf_builds_in_a_worker(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: object
) -> None:
    page = make_page(qtbot, services)
    page.kinds.setCurrentRow(1)
    page.cycle.setCurrentIndex(1)  # the earlier cycle
    page.diarienummer.setText("KS 2026/31")
    out = tmp_path / "program"
    with qtbot.waitSignal(page.built, timeout=30_000) as built:
        page.save_pdf(out)
    assert wait_for_tasks()
    result = built.args[0]
    assert isinstance(result, ReportResult)
    assert result.path == tmp_path / "program.pdf"
    first = PdfReader(result.path).pages[0].extract_text()
    assert "Program för Agenda 2030" in first
    assert "Mandatperioden 2019–2022" in first and "KS 2026/31" in first
    assert "sparades" in message_boxes.texts("information")[0]  # type: ignore[attr-defined]
    assert not page.progress.isVisible() and page.save_button.isEnabled()


def test_untouched_prefix_prints_no_diarienummer(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: object
) -> None:
    page = make_page(qtbot, services)
    with qtbot.waitSignal(page.built, timeout=30_000) as built:
        page.save_pdf(tmp_path / "n.pdf")
    assert wait_for_tasks()
    first = PdfReader(built.args[0].path).pages[0].extract_text()
    assert "Diarienummer" in first and "Dnr" not in first


def test_preview_renders_the_pages_and_printing_paints_them(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page = make_page(qtbot, services)
    page.kinds.setCurrentRow(4)
    with qtbot.waitSignal(page.built, timeout=30_000) as built:
        page.preview_button.click()
    assert wait_for_tasks()
    qtbot.waitUntil(lambda: isinstance(page.dialog, QPrintPreviewDialog))
    dialog = page.dialog
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    result: ReportResult = built.args[0]
    with PdfPages(result.path) as pages:
        assert pages.page_count == result.pages
        image = pages.image(0, 40)
        assert image.width() > 100 and image.pixelColor(10, 10).name() == "#ffffff"
        dark = sum(
            1
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
            if image.pixelColor(x, y).lightness() < 100
        )
        assert dark > 50  # text and logo were drawn

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    print_pdf(result.path, printer)
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == result.pages
    dialog.close()
