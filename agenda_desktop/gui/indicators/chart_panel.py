"""One chart with its table of numbers beside it, and the buttons to copy and save them."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.gui.indicators.charts import (
    BACKGROUND,
    IntegerAxis,
    SwedishAxis,
    configure_plot,
    new_legend,
)
from agenda_desktop.gui.indicators.value_table import ValueTableModel
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.style import INK, MUTED_INK, tidy_table

EXPORT_WIDTH = 1600  # pixels: sharp enough for a printed report


def safe_file_name(text: str) -> str:
    """A file name made of the text's letters, digits and dashes ("N00209-utveckling")."""
    kept = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text.strip())
    return "-".join(part for part in kept.split("-") if part) or "diagram"


class ChartPanel(QWidget):
    """A pyqtgraph chart (with its legend below) and a table of the same numbers beside it.

    Attributes:
        plot: the chart's PlotItem.
        legend: the legend, under the chart so it never hides a line.
        model: the table's rows.
        tools: a layout for the chart's own controls (left of the copy and save buttons).
    """

    def __init__(
        self, left_label: str, bottom_label: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setBackground(BACKGROUND)
        self.view.setMinimumSize(360, 280)
        self.view.setAccessibleName(self.tr("Diagram"))
        self.view.ci.layout.setContentsMargins(6, 12, 14, 4)  # room for the last tick label
        self.plot: pg.PlotItem = self.view.addPlot(
            row=0,
            col=0,
            axisItems={"left": SwedishAxis("left"), "bottom": IntegerAxis("bottom")},
        )
        configure_plot(self.plot, left_label, bottom_label)
        # The legend floats in a reserved strip under the chart rather than sitting in
        # the layout: inside a layout, pyqtgraph's LegendItem feeds its stretched width
        # back into its own size and grows wider than the view.
        self._legend_space = pg.GraphicsWidget()
        self.view.addItem(self._legend_space, row=1, col=0)
        self.legend = new_legend()
        self._attach_legend()
        self.view.ci.layout.setRowStretchFactor(0, 1)

        self.model = ValueTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tabell med diagrammets värden"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        tidy_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Measuring every one of 290 rows through Python costs a visible pause; the first
        # rows tell the width as well (fit_table sizes the columns once per drawing).
        header.setResizeContentsPrecision(60)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_INK};")
        self.note.hide()

        self.copy_button = QPushButton(self.tr("&Kopiera tabellen"), self)
        self.copy_button.setToolTip(
            self.tr("Kopierar tabellen med rubriker, så att den kan klistras in i Excel")
        )
        self.copy_button.clicked.connect(self.copy_table)
        self.save_button = QPushButton(self.tr("Spara diagrammet som &bild…"), self)
        self.save_button.clicked.connect(self.save_image)

        self.tools = QHBoxLayout()
        self.tools.setSpacing(8)
        buttons = QHBoxLayout()
        buttons.addLayout(self.tools)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._user_sized = False
        self._title = ""
        self.splitter.splitterMoved.connect(self._splitter_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_table()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_legend()

    def fit_legend(self) -> None:
        """As many legend columns as fit the chart's width, and room for its rows."""
        entries = [(sample.item, label.text) for sample, label in self.legend.items]
        widths = [label.boundingRect().width() + 48 for _s, label in self.legend.items]
        room = self.view.width() - 24
        columns = next(
            (
                n
                for n in range(min(4, len(widths)), 1, -1)
                # entry i goes to column i % n; each column is as wide as its widest
                if sum(max(widths[c::n]) for c in range(n)) <= room
            ),
            1,
        )
        if columns != self.legend.columnCount:
            # A LegendItem keeps its old width when its column count changes: replace it.
            self.view.scene().removeItem(self.legend)
            self.legend = new_legend(columns)
            for item, name in entries:
                self.legend.addItem(item, name)
            self._attach_legend()
        self.legend.updateSize()
        height = self.legend.boundingRect().height() + 10 if entries else 0
        self._legend_space.setMinimumHeight(height)
        self._legend_space.setMaximumHeight(height)

    def fresh_legend(self) -> pg.LegendItem:
        """An empty legend for a new drawing."""
        self.view.scene().removeItem(self.legend)
        self.legend = new_legend()
        self._attach_legend()
        return self.legend

    def _attach_legend(self) -> None:
        self.legend.setParentItem(self.view.ci)
        self.legend.anchor(itemPos=(0, 1), parentPos=(0, 1), offset=(12, -4))

    def fit_table(self) -> None:
        """Give the table the width its columns need (at most 45 %), the chart the rest.

        Left alone once the user has dragged the splitter.
        """
        total = self.splitter.width()
        if self._user_sized or total <= 0:
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        needed = sum(header.sectionSize(n) for n in range(header.count()))
        needed += 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        table = min(max(needed, 160), total * 2 // 5)
        self.splitter.setSizes([total - table, table])
        self.fit_legend()

    def _splitter_moved(self) -> None:
        self._user_sized = True
        self.fit_legend()

    def set_title(self, title: str) -> None:
        """The title written above the chart in a saved image (the page shows it already)."""
        self._title = title

    def set_name(self, name: str) -> None:
        """The start of the file name offered when the chart is saved."""
        self._name = name

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def copy_table(self) -> None:
        """Put the table, headers first, on the clipboard as tab-separated text."""
        QGuiApplication.clipboard().setText(self.model.to_tsv())

    def save_image(self) -> None:
        """Ask for a file name and save the chart (with its legend) as a PNG image."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        ) or str(Path.home())
        suggested = str(Path(folder) / f"{safe_file_name(self._name)}.png")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Spara diagrammet som bild"), suggested, self.tr("PNG-bild (*.png)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not self.write_png(path):
            show_error(
                self,
                self.tr(
                    "Bilden kunde inte sparas i {path}. Kontrollera att mappen finns och att "
                    "du får skriva i den."
                ).format(path=path),
            )

    def write_png(self, path: Path) -> bool:
        """Render the chart into ``path``; False when the file could not be written."""
        if self._title:
            self.plot.setTitle(self._title, color=INK, size="11pt")
        try:
            exporter = pyqtgraph.exporters.ImageExporter(self.view.scene())
            exporter.parameters()["width"] = max(EXPORT_WIDTH, self.view.width())
            exporter.export(str(path))
        except (OSError, ValueError, ZeroDivisionError):
            # The exporter cannot scale an unshown view: fall back to the widget itself.
            return bool(self.view.grab().save(str(path), "PNG"))
        finally:
            self.plot.setTitle(None)
        return path.exists() and path.stat().st_size > 0
