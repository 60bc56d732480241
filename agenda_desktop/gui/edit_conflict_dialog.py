"""Someone else saved while you edited: both versions side by side, field by field.

For each field both of you changed, the user chooses which value to keep (their own is
chosen when they changed it). Fields only the other person changed keep the saved value;
fields only this user changed keep theirs. "Spara" saves again from the saved version with
those choices; "Tillbaka" returns to the form with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.store.record_versions import (
    ConflictField,
    EditConflict,
    EditConflictError,
    ExpectedVersion,
    SimultaneousSaveError,
)

MUTED = "color: palette(placeholder-text);"
T = TypeVar("T")


class EditConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Någon annan har ändrat samtidigt"))
        who = conflict.changed_by or self.tr("någon annan")
        when = f"{conflict.changed_at:%Y-%m-%d %H:%M}" if conflict.changed_at else ""
        heading = QLabel(
            self.tr(
                "<b>%1 ”%2”</b> sparades av %3 %4 medan du redigerade. Inget av det du "
                "ändrade är sparat ännu. Välj vilket värde som ska gälla där ni båda har "
                "ändrat; det som bara en av er ändrat behålls."
            )
            .replace("%1", conflict.record_kind)
            .replace("%2", conflict.record_label)
            .replace("%3", who)
            .replace("%4", when),
            self,
        )
        heading.setWordWrap(True)
        self._choices: dict[str, QButtonGroup] = {}
        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        grid.setHorizontalSpacing(18)
        headers = (
            self.tr("Fält"),
            self.tr("När du började"),
            self.tr("Din version"),
            self.tr("Sparad version (%1)").replace("%1", who),
        )
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", grid_holder)
            grid.addWidget(label, 0, column)
        for row, item in enumerate(conflict.fields, start=1):
            self._add_row(grid, grid_holder, row, item)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(len(conflict.fields) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_holder)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Spara med dessa val"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.all_mine = QPushButton(self.tr("Välj alla mina"), self)
        self.all_saved = QPushButton(self.tr("Välj alla sparade"), self)
        buttons.addButton(self.all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.all_saved, QDialogButtonBox.ButtonRole.ActionRole)
        back = buttons.addButton(
            self.tr("Tillbaka till redigeringen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.all_mine.clicked.connect(lambda: self._choose_all(mine=True))
        self.all_saved.clicked.connect(lambda: self._choose_all(mine=False))
        self.all_mine.setEnabled(bool(self._choices))
        self.all_saved.setEnabled(bool(self._choices))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        back.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, min(640, 180 + 56 * len(conflict.fields)))

    def _add_row(self, grid: QGridLayout, parent: QWidget, row: int, item: ConflictField) -> None:
        grid.addWidget(QLabel(item.label, parent), row, 0, Qt.AlignmentFlag.AlignTop)
        began = QLabel(item.began_text if item.began_text is not None else "?", parent)
        began.setStyleSheet(MUTED)
        began.setWordWrap(True)
        began.setToolTip(
            self.tr("Okänt: ändringen gjordes utan att loggas.") if item.began_text is None else ""
        )
        grid.addWidget(began, row, 1, Qt.AlignmentFlag.AlignTop)
        if item.choosable:
            group = QButtonGroup(parent)
            mine = _Choice(item.mine_text, parent)
            saved = _Choice(item.saved_text, parent)
            group.addButton(mine.button, 0)
            group.addButton(saved.button, 1)
            (mine if item.changed_by_me else saved).button.setChecked(True)
            self._choices[item.field] = group
            grid.addWidget(mine, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(saved, row, 3, Qt.AlignmentFlag.AlignTop)
            return
        mine_label = QLabel(item.mine_text, parent)
        saved_label = QLabel(item.saved_text, parent)
        kept, other = (
            (saved_label, mine_label) if item.changed_by_them else (mine_label, saved_label)
        )
        if item.can_keep_saved:
            kept.setText(self.tr("%1 (behålls)").replace("%1", kept.text()))
        other.setStyleSheet(MUTED)
        for label in (mine_label, saved_label):
            label.setWordWrap(True)
        grid.addWidget(mine_label, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(saved_label, row, 3, Qt.AlignmentFlag.AlignTop)

    def _choose_all(self, mine: bool) -> None:
        for group in self._choices.values():
            button = group.button(0 if mine else 1)
            button.setChecked(True)

    def kept_saved(self) -> frozenset[str]:
        """The fields whose saved value is to be kept."""
        kept = {
            item.field
            for item in self.conflict.fields
            if item.changed_by_them and not item.changed_by_me
        }
        kept |= {name for name, group in self._choices.items() if group.checkedId() == 1}
        return frozenset(kept)

    def expected(self) -> ExpectedVersion:
        """What to save again with: from the saved version, with the user's choices."""
        return ExpectedVersion(self.conflict.saved_version, self.kept_saved())


class _Choice(QWidget):
    """A radio button with a value that wraps; clicking the value chooses it too."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.button = QRadioButton(self)
        self.button.setAccessibleName(text)
        self.value = QLabel(text, self)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.value, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.button.setChecked(True)
        super().mousePressEvent(event)


def save_resolving_conflicts(
    parent: QWidget, version: int, save: Callable[[ExpectedVersion], T]
) -> T | None:
    """Save an edit that began from ``version``; on a conflict, let the user choose and
    save again. None when the user went back without saving (nothing was saved)."""
    expected = ExpectedVersion(version)
    while True:
        try:
            return save(expected)
        except EditConflictError as error:
            dialog = EditConflictDialog(error.conflict, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            expected = dialog.expected()
        except SimultaneousSaveError as error:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("EditConflictDialog", "Inget sparades"),
                str(error),
            )
            return None
