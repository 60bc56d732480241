"""The list of networks on the left of the page: each with its name, organiser and how
its commitments stand ("3 av 10 uppfyllda", "⚠ 1 försenat"), and Ny…/Ändra…/Ta bort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkSummary
from agenda_desktop.gui.messages import confirm, show_error
from agenda_desktop.gui.networks.network_dialog import NetworkDialog, network_kind_names
from agenda_desktop.gui.style import INK, MUTED_INK, scaled_font

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_INK = "#a61e1e"
_Index = QModelIndex | QPersistentModelIndex


def progress_text(network: NetworkSummary) -> str:
    """ "3 av 10 uppfyllda", "1 finansieringsåtagande" for a joint financing without other
    commitments, or "Inga åtaganden ännu"."""
    if not network.commitment_count:
        if network.financing_count == 1:
            return QCoreApplication.translate("NetworkList", "1 finansieringsåtagande")
        if network.financing_count > 1:
            return QCoreApplication.translate("NetworkList", "%1 finansieringsåtaganden").replace(
                "%1", str(network.financing_count)
            )
        return QCoreApplication.translate("NetworkList", "Inga åtaganden ännu")
    text = QCoreApplication.translate("NetworkList", "%1 av %2 uppfyllda")
    text = text.replace("%1", str(network.fulfilled_count))
    return text.replace("%2", str(network.commitment_count))


def overdue_text(network: NetworkSummary) -> str:
    """ "⚠ 1 försenat", "⚠ 2 försenade", or "" when none is overdue."""
    count = network.overdue_count
    if not count:
        return ""
    if count == 1:
        return "⚠ " + QCoreApplication.translate("NetworkList", "1 försenat")
    return "⚠ " + QCoreApplication.translate("NetworkList", "%1 försenade").replace(
        "%1", str(count)
    )


class NetworkListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NetworkSummary] = []

    def set_rows(self, rows: list[NetworkSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, network_id: int | None) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.network_id == network_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == SUMMARY_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [row.name, self.second_line(row), progress_text(row), overdue_text(row)]
            return "\n".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (row.name, self.second_line(row)) if part)
        return None

    @staticmethod
    def second_line(row: NetworkSummary) -> str:
        kind = network_kind_names().get(row.kind, row.kind_name)
        return " · ".join(part for part in (row.organiser, kind) if part)


class NetworkDelegate(QStyledItemDelegate):
    """Three lines: the name in bold, organiser and kind, and the progress with ⚠."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        lines = option.fontMetrics.lineSpacing()
        return QSize(120, 3 * lines + 2 * self.PADDING + 4)  # as wide as the list

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(SUMMARY_ROLE)
        if not isinstance(row, NetworkSummary):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        self.initStyleOption(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        highlighted = option.palette.highlightedText().color()
        rect: QRect = option.rect.adjusted(
            self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING
        )
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        painter.save()
        bold = scaled_font(widget, 1.0, bold=True) if widget is not None else painter.font()
        painter.setFont(bold)
        painter.setPen(highlighted if selected else QColor(INK))
        name = painter.fontMetrics().elidedText(row.name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, name)
        painter.setFont(option.font)
        painter.setPen(highlighted if selected else QColor(MUTED_INK))
        second = metrics.elidedText(
            NetworkListModel.second_line(row), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), 0, second)
        progress = progress_text(row)
        third = QRect(rect.left(), rect.top() + 2 * line + 2, rect.width(), line)
        painter.drawText(third, 0, progress)
        overdue = overdue_text(row)
        if overdue:
            offset = metrics.horizontalAdvance(progress + " · ")
            painter.drawText(third.adjusted(metrics.horizontalAdvance(progress), 0, 0, 0), 0, " · ")
            painter.setPen(highlighted if selected else QColor(OVERDUE_INK))
            painter.drawText(third.adjusted(offset, 0, 0, 0), 0, overdue)
        painter.restore()


class NetworkList(QWidget):
    """The networks; ``chosen`` carries the chosen network's id (or None), ``changed``
    follows a network that was added, changed or removed here."""

    chosen = Signal(object)
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = NetworkListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(NetworkDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Nätverk"))
        self.view.setMinimumWidth(200)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(self.edit_network)
        label = QLabel(self.tr("&Nätverk:"), self)
        label.setBuddy(self.view)
        self.new_button = QPushButton(self.tr("N&y…"), self)
        self.edit_button = QPushButton(self.tr("Än&dra…"), self)
        self.remove_button = QPushButton(self.tr("Ta b&ort…"), self)
        self.new_button.clicked.connect(lambda: self.add_network())
        self.edit_button.clicked.connect(self.edit_network)
        self.remove_button.clicked.connect(self.remove_network)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def reload(self, select_id: int | None = None) -> None:
        """Reload the networks, keeping the chosen one (or choosing ``select_id``)."""
        keep = select_id if select_id is not None else self.current_id()
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(self._services.networks.networks())
        row = self.model.row_of(keep)
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectionModel().blockSignals(False)
        self._update_buttons()
        self.chosen.emit(self.current_id())

    def current(self) -> NetworkSummary | None:
        if not self.view.selectionModel().hasSelection():
            return None
        found = self.view.currentIndex().data(SUMMARY_ROLE)
        return found if isinstance(found, NetworkSummary) else None

    def current_id(self) -> int | None:
        chosen = self.current()
        return chosen.network_id if chosen else None

    def select(self, network_id: int) -> None:
        row = self.model.row_of(network_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _current_changed(self) -> None:
        self._update_buttons()
        self.chosen.emit(self.current_id())

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- editing -----------------------------------------------------------------------

    def add_network(self, template: str | None = None) -> None:
        dialog = NetworkDialog(self._services, None, self, template=template)
        self._finish(dialog)

    def edit_network(self) -> None:
        network_id = self.current_id()
        if network_id is None:
            return
        network = self._services.networks.network(network_id)
        self._finish(NetworkDialog(self._services, network, self))

    def _finish(self, dialog: NetworkDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.network_id)
            self.changed.emit()

    def remove_network(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        text = self.tr(
            "Ta bort nätverket ”%1”? Dess åtaganden med belägg, möten, dokument och "
            "finansiering tas bort också. Protokoll, åtgärder och personer finns kvar."
        ).replace("%1", chosen.name)
        if not confirm(self, text, self.tr("Ta bort nätverk")):
            return
        try:
            self._services.networks.remove_network(chosen.network_id)
        except AgendaError as error:
            show_error(self, str(error))
        self.reload()
        self.changed.emit()
