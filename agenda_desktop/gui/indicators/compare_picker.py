"""Jämför med…: choose a few other kommuner to draw beside our own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.style import MUTED_INK

# More lines than this make the comparison chart unreadable.
MAX_CHOSEN = 6
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ComparePicker(QDialog):
    """A searchable list of kommuner with check boxes."""

    def __init__(
        self,
        services: Services,
        chosen: Sequence[str],
        own_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jämför med kommuner"))
        self.resize(420, 520)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök kommun eller kommunkod"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Kommuner"))
        wanted = set(chosen)
        for municipality in services.reference.municipalities():
            if municipality.id == own_id:
                continue
            item = QListWidgetItem(municipality.label, self.list)
            item.setData(ID_ROLE, municipality.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = municipality.id in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(self._update_count)
        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {MUTED_INK};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Jämför"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        intro = QLabel(
            self.tr(
                "Välj upp till {count} kommuner. De ritas som tunnare linjer bredvid kommunen, "
                "riket, länet och kommungruppen."
            ).format(count=MAX_CHOSEN),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._update_count()

    def chosen(self) -> list[str]:
        """The ids of the checked kommuner, in list order."""
        return [
            str(item.data(ID_ROLE))
            for row in range(self.list.count())
            if (item := self.list.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, municipality_id: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == municipality_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update_count(self) -> None:
        count = len(self.chosen())
        too_many = count > MAX_CHOSEN
        self.count.setText(
            self.tr("Välj högst {most} kommuner (nu {count}).").format(most=MAX_CHOSEN, count=count)
            if too_many
            else self.tr("1 kommun vald")
            if count == 1
            else self.tr("{count} kommuner valda").format(count=count)
        )
        self._ok.setEnabled(not too_many)
