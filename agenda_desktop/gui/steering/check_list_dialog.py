"""Choose several things from a list: goals, targets, målsättningar or indicators.

One dialog for every "which ... does this concern?" question of the steering pages: a
filter field, a list of check boxes (optionally under group headings) and OK/Avbryt.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from agenda_desktop.gui.indicators.meta_dialogs import error_line_and_buttons

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    key: Hashable
    label: str
    group: str = ""  # shown as a heading above the choices that share it


class CheckListDialog(QDialog):
    def __init__(
        self,
        title: str,
        choices: Iterable[Choice],
        checked: Iterable[Hashable] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 520)
        chosen = set(checked)
        self.model = QStandardItemModel(self)
        group = None
        for choice in choices:
            if choice.group and choice.group != group:
                group = choice.group
                heading = QStandardItem(group)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.model.appendRow(heading)
            item = QStandardItem(choice.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.key in chosen else Qt.CheckState.Unchecked
            )
            item.setData(choice.key, KEY_ROLE)
            self.model.appendRow(item)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filtrera…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        _, buttons = error_line_and_buttons(self, self.tr("Välj"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            is_heading = item.data(KEY_ROLE) is None
            hide = bool(needle) and not is_heading and needle not in item.text().casefold()
            self.view.setRowHidden(row, hide)

    def set_checked(self, keys: Iterable[Hashable]) -> None:
        wanted = set(keys)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            key = item.data(KEY_ROLE)
            if key is not None:
                state = Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def checked_keys(self) -> list[Hashable]:
        """The checked keys, in the list's order."""
        return [
            self.model.item(row).data(KEY_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).data(KEY_ROLE) is not None
            and self.model.item(row).checkState() == Qt.CheckState.Checked
        ]


def choose(
    parent: QWidget | None,
    title: str,
    choices: Iterable[Choice],
    checked: Iterable[Hashable] = (),
) -> list[Hashable] | None:
    """Ask; the checked keys, or None when the user cancelled."""
    dialog = CheckListDialog(title, choices, checked, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.checked_keys()
