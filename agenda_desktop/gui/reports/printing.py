"""Print preview and printing of a finished PDF file.

PySide6-Essentials has no QtPdf, so the pages are rendered to images with pypdfium2 and
painted onto the printer: at the printer's resolution (at most ``PRINT_DPI``) when
printing, and at ``PREVIEW_DPI`` in the preview, whose recorded pages stay in memory.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

PREVIEW_DPI = 110
PRINT_DPI = 300
POINTS_PER_INCH = 72


class PdfPages:
    """A PDF file opened for rendering; close it (or use ``with``) when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document = pypdfium2.PdfDocument(str(path))

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._document.close()

    @property
    def page_count(self) -> int:
        return len(self._document)

    def page_size_points(self, index: int) -> tuple[float, float]:
        width, height = self._document[index].get_size()
        return float(width), float(height)

    def image(self, index: int, dpi: float, grayscale: bool = False) -> QImage:
        """Page ``index`` (from 0) as an image at ``dpi`` dots per inch."""
        page = self._document[index]
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=grayscale)
        image_format = (
            QImage.Format.Format_Grayscale8
            if bitmap.n_channels == 1
            else QImage.Format.Format_BGR888
        )
        if bitmap.n_channels == 4:
            image_format = QImage.Format.Format_RGB32
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, image_format
        ).copy()  # own the pixels: the bitmap is freed below
        bitmap.close()
        page.close()
        return image

    def paint(self, printer: QPrinter, first: int = 0, last: int | None = None) -> None:
        """Paint pages ``first``..``last`` (from 0) onto ``printer``, one page each."""
        last = self.page_count - 1 if last is None else min(last, self.page_count - 1)
        width, height = self.page_size_points(first)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4)
                if abs(width - 595.3) < 2 and abs(height - 841.9) < 2
                else QPageSize(QRectF(0, 0, width, height).size(), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            engine = painter.paintEngine()
            previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
            dpi = PREVIEW_DPI if previewing else min(printer.resolution(), PRINT_DPI)
            grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                image = self.image(index, dpi, grayscale)
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                size = image.size().toSizeF() * scale
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()


def preview_dialog(path: Path, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of the PDF; its print button prints at the printer's resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintPreviewDialog(printer, parent)
    title = QCoreApplication.translate("ReportsPage", "Förhandsgranska – %1")
    dialog.setWindowTitle(title.replace("%1", path.name))
    dialog.resize(900, 1000)
    pages = PdfPages(path)
    dialog.paintRequested.connect(pages.paint)
    dialog.finished.connect(lambda _result: pages.close())
    dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    return dialog


def print_dialog(path: Path, parent: QWidget | None = None) -> QPrintDialog:
    """Qt's print dialog for the PDF; accepting it prints the chosen pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    with PdfPages(path) as pages:
        count = pages.page_count
    dialog.setMinMax(1, count)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)

    def accepted(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = printer.fromPage() - 1, printer.toPage() - 1
        print_pdf(path, printer, first, last)

    dialog.finished.connect(accepted)
    dialog._printer = printer  # type: ignore[attr-defined]
    return dialog


def open_window_modal(dialog: QDialog, previous: QDialog | None) -> QDialog:
    """Show ``dialog`` modal to its window without blocking (tests close it themselves), in
    place of ``previous`` (the dialog last opened, if any), and return it."""
    if previous is not None:
        previous.deleteLater()
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def print_pdf(path: Path, printer: QPrinter, first: int = 0, last: int | None = None) -> None:
    """Print the PDF's pages ``first``..``last`` (from 0) on ``printer``."""
    with PdfPages(path) as pages:
        pages.paint(printer, first, last)
