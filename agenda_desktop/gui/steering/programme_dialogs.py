"""Small dialogs of the programme page: a focus area, a new målsättning, a key effort.

Each calls its service on OK and stays open when a value is refused, naming the field
(see ``SavingDialog``). An edit passes on the version the dialog was filled from
(``version``; None for something new), so that a save never overwrites unseen what
another officer saved meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from agenda_desktop.core.steering import programme_rules as rules
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog

NO_YEAR = 1949  # the spin box's "no year" value, one below the first year allowed


class OptionalYear(QSpinBox):
    """A year spin box whose lowest step reads e.g. "Inget målår" and means None."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_YEAR, rules.LAST_YEAR)
        self.setSpecialValueText(none_text)
        self.setGroupSeparatorShown(False)
        self.setMinimumWidth(150)

    def year(self) -> int | None:
        return None if self.value() == NO_YEAR else self.value()

    def set_year(self, year: int | None) -> None:
        self.setValue(NO_YEAR if year is None else year)

    def stepBy(self, steps: int) -> None:
        """From "no year", the first step up lands on 2030 rather than on 1950."""
        if self.value() == NO_YEAR and steps > 0:
            self.setValue(2030)
            return
        super().stepBy(steps)


def text_box(parent: QWidget, text: str = "", lines: int = 4) -> QPlainTextEdit:
    """A plain text box about ``lines`` lines high, where Tab moves on to the next field."""
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class EditingDialog(SavingDialog):
    """A dialog that edits a stored record (``version`` given) or adds a new one (None)."""

    def __init__(self, title: str, version: int | None, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self._version = version

    def expected_version(self) -> ExpectedVersion | None:
        """What the save passes to its service: None for something new."""
        return None if self._version is None else self.expected(self._version)


class FocusAreaDialog(EditingDialog):
    """Nytt insatsområde / Ändra insatsområde: a name and a description."""

    def __init__(
        self,
        title: str,
        store: Callable[[str, str, ExpectedVersion | None], object],
        name: str = "",
        description: str = "",
        parent: QWidget | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(title, version, parent)
        self._store = store
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("t.ex. Hållbar samhällsplanering"))
        self.description = text_box(self, description)
        self.form.addRow(self.tr("&Namn:"), self.name)
        self.form.addRow(self.tr("&Beskrivning:"), self.description)
        self._fields = {
            rules.FIELD_AREA_TITLE: self.name,
            rules.FIELD_AREA_DESCRIPTION: self.description,
        }
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self._store(self.name.text(), self.description.toPlainText(), self.expected_version())


class ObjectiveDialog(SavingDialog):
    """Ny målsättning: "Hit vill vi", with a target year."""

    def __init__(
        self,
        store: Callable[[str, int | None], object],
        area_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ny målsättning"), parent)
        self._store = store
        hint = QLabel(self.tr("Hit vill vi, i insatsområdet %1.").replace("%1", area_title), self)
        hint.setWordWrap(True)
        self.text = text_box(self)
        self.text.setPlaceholderText(self.tr("t.ex. Andelen förnybar energi ska öka till 80 %"))
        self.year = OptionalYear(self.tr("Inget målår"), self)
        self.year.setValue(2030)
        self.form.addRow("", hint)
        self.form.addRow(self.tr("&Målsättning:"), self.text)
        self.form.addRow(self.tr("Mål&år:"), self.year)
        self._fields = {
            rules.FIELD_OBJECTIVE_TEXT: self.text,
            rules.FIELD_OBJECTIVE_YEAR: self.year,
        }
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self._store(self.text.toPlainText(), self.year.year())


class EffortDialog(EditingDialog):
    """Ny insats / Ändra insats: one line of "Det gör vi genom att"."""

    def __init__(
        self,
        title: str,
        store: Callable[[str, ExpectedVersion | None], object],
        text: str = "",
        parent: QWidget | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(title, version, parent)
        self._store = store
        self.text = text_box(self, text, lines=3)
        self.text.setPlaceholderText(
            self.tr("t.ex. ställa krav på förnybar energi vid upphandling")
        )
        self.form.addRow(self.tr("&Det gör vi genom att:"), self.text)
        self._fields = {rules.FIELD_EFFORT_TEXT: self.text}
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self._store(self.text.toPlainText(), self.expected_version())
