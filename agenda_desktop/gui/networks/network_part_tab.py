"""The frame of a tab that lists one part of the chosen network (its meeting dates, its
documents): the label, the table, a note under it and the buttons, and reading the part."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInfo
from agenda_desktop.gui.messages import show_error

Row = TypeVar("Row")


class NetworkPartTab(QWidget):
    """Subclasses build their widgets, call ``_lay_out`` last, and give ``reload`` and
    ``_update_buttons``; ``changed`` after every saved change."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.network_id: int | None = None

    def show_network(self, network_id: int | None) -> None:
        """Show the part of ``network_id``; None: no network chosen."""
        self.network_id = network_id
        self.reload()

    def reload(self, select: int | None = None) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _lay_out(self, label: QLabel, view: QTableView, note: QLabel, buttons: QHBoxLayout) -> None:
        """Stack the widgets, follow the table's selection and show no network yet."""
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_network(None)

    def _network_part(self, part: Callable[[NetworkInfo], tuple[Row, ...]]) -> tuple[Row, ...]:
        """``part`` of the chosen network; () without one, or when it cannot be read (after
        saying why)."""
        if self.network_id is None:
            return ()
        try:
            return part(self._services.networks.network(self.network_id))
        except AgendaError as error:
            show_error(self, str(error))
            return ()
