"""Where the municipality stands in the steering cycle, with the one step to take next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.services.cycle import CyclePosition, CycleService, StepState
from agenda_desktop.core.services.follow_up import FollowUpService
from agenda_desktop.core.steering.next_steps import DueItem
from agenda_desktop.gui.formatting import long_date
from agenda_desktop.gui.messages import confirm, show_error, show_warning
from agenda_desktop.gui.pages.due_next_texts import due_text
from agenda_desktop.gui.style import ACCENT, CARD_BORDER, INK, MUTED_INK, paragraph, scaled_font

DONE_GREEN = "#2f7d32"
CURRENT_BACKGROUND = "#e8f1fb"
URGENT_RED = "#a11d1d"


def step_names() -> dict[int, str]:
    translate = QCoreApplication.translate
    return {
        1: translate("CyclePanel", "Nulägesanalys"),
        2: translate("CyclePanel", "Prioritera och sätt egna mål"),
        3: translate("CyclePanel", "Handlingsplan"),
        4: translate("CyclePanel", "Kommunicera och involvera"),
        5: translate("CyclePanel", "Följ upp och analysera"),
    }


def term_of_office(today: date) -> tuple[int, int]:
    """The term of office (mandatperiod) to suggest for a new cycle: the current one, or
    the coming one once the September election of the term's last year has been held."""
    start = 2023 + 4 * ((today.year - 2023) // 4)
    if today.year == start + 3 and today.month >= 9:
        start += 4
    return start, start + 3


class StepCard(QFrame):
    """One step: its number (or a tick), its name and whether it is done, current or ahead."""

    def __init__(self, state: StepState, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("stepCard")
        done = state.completed_on is not None
        border = ACCENT if state.is_current else CARD_BORDER
        background = CURRENT_BACKGROUND if state.is_current else "#ffffff"
        width = 2 if state.is_current else 1
        self.setStyleSheet(
            f"QFrame#stepCard {{ border: {width}px solid {border}; border-radius: 8px;"
            f" background: {background}; }}"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)

        badge = QLabel("✓" if done else str(state.number), self)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(30, 30)
        badge_colour = DONE_GREEN if done else (ACCENT if state.is_current else "#9aa5b1")
        badge.setStyleSheet(
            f"background: {badge_colour}; color: white; border-radius: 15px; font-weight: bold;"
        )
        layout.addWidget(badge)
        title = QLabel(self.tr("{number}. {name}").format(number=state.number, name=name), self)
        title.setWordWrap(True)
        title.setFont(scaled_font(title, 1.05, bold=True))
        title.setStyleSheet(f"color: {INK}; border: none; background: transparent;")
        layout.addWidget(title)
        if state.completed_on is not None:
            status = self.tr("Klart {date}").format(date=long_date(state.completed_on))
            colour = DONE_GREEN
        elif state.is_current:
            status = self.tr("Pågår nu")
            colour = ACCENT
        else:
            status = self.tr("Kommande")
            colour = MUTED_INK
        self.status = QLabel(status, self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(
            f"color: {colour}; border: none; background: transparent;"
            + (" font-weight: bold;" if state.is_current else "")
        )
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setAccessibleName(f"{title.text()}: {status}")


class CyclePanel(QWidget):
    """The latest cycle as five steps, or an invitation to start one."""

    cycleChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, cycles: CycleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cycles = cycles
        self.position: CyclePosition | None = None
        self.cards: list[StepCard] = []
        self.mark_button: QPushButton | None = None
        self.start_button: QPushButton | None = None
        self._body: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.refresh()

    def refresh(self) -> None:
        """Read the latest cycle again and rebuild the panel."""
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        self.cards, self.mark_button, self.start_button = [], None, None
        self.position = self._cycles.latest()
        self._body = QWidget(self)
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        if self.position is None:
            self._show_no_cycle(self._body, layout)
        else:
            self._show_cycle(self.position, self._body, layout)
        self._layout.addWidget(self._body)

    def _show_no_cycle(self, body: QWidget, layout: QVBoxLayout) -> None:
        layout.addWidget(
            paragraph(
                self.tr(
                    "Ni har inte startat någon styrcykel ännu. En styrcykel följer oftast "
                    "mandatperioden och går i fem steg: nulägesanalys, prioriterade mål, "
                    "handlingsplan, kommunikation och dialog, och uppföljning."
                ),
                body,
            )
        )
        self.start_button = QPushButton(self.tr("Starta en styrcykel…"), body)
        self.start_button.clicked.connect(self._start_cycle)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _show_cycle(self, position: CyclePosition, body: QWidget, layout: QVBoxLayout) -> None:
        period = f"{position.start_year}–{position.end_year}"
        caption = position.name if period in position.name else f"{position.name} ({period})"
        name = QLabel(caption, body)
        name.setFont(scaled_font(name, 1.05, bold=True))
        name.setStyleSheet(f"color: {INK};")
        layout.addWidget(name)

        row = QHBoxLayout()
        row.setSpacing(10)
        names = step_names()
        for state in position.steps:
            card = StepCard(state, names[state.number], body)
            self.cards.append(card)
            row.addWidget(card, 1)
        layout.addLayout(row)

        actions = QHBoxLayout()
        actions.setSpacing(12)
        current = position.current_step
        if current is None:
            self.start_button = QPushButton(self.tr("Starta en ny styrcykel…"), body)
            self.start_button.clicked.connect(self._start_cycle)
            actions.addWidget(self.start_button)
            note = self.tr("Alla fem steg är klara. Nästa varv börjar med en ny nulägesanalys.")
        else:
            self.mark_button = QPushButton(self.tr("Markera steget som klart"), body)
            self.mark_button.setToolTip(
                self.tr("Markera steg {number} som klart med dagens datum").format(number=current)
            )
            self.mark_button.clicked.connect(self._mark_current_step)
            actions.addWidget(self.mark_button)
            note = self.tr("Steg {number}, {name}, pågår.").format(
                number=current, name=names[current]
            )
        hint = QLabel(note, body)
        hint.setStyleSheet(f"color: {MUTED_INK};")
        actions.addWidget(hint)
        actions.addStretch(1)
        layout.addSpacing(4)
        layout.addLayout(actions)

    def _mark_current_step(self) -> None:
        position = self.position
        if position is None or position.current_step is None:
            return
        step = position.current_step
        today = date.today()
        question = self.tr("Markera steg {number}, {name}, som klart i dag ({date})?").format(
            number=step, name=step_names()[step], date=long_date(today)
        )
        if not confirm(self, question, self.tr("Markera steget som klart")):
            return
        try:
            self._cycles.mark_step(position.cycle_id, step, today)
        except AgendaError as error:
            show_error(self, str(error))
            return
        self.refresh()
        self.cycleChanged.emit()

    def _start_cycle(self) -> None:
        dialog = StartCycleDialog(self._cycles, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.cycleChanged.emit()
        dialog.deleteLater()


class StartCycleDialog(QDialog):
    """Asks for the name and years of a new cycle, and starts it when the user accepts."""

    def __init__(
        self, cycles: CycleService, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._cycles = cycles
        self.position: CyclePosition | None = None
        self.setWindowTitle(self.tr("Starta en styrcykel"))
        start, end = term_of_office(today or date.today())
        self._name_was_edited = False

        self.name_edit = QLineEdit(self)
        self.name_edit.setMinimumWidth(320)
        self.start_year = QSpinBox(self)
        self.end_year = QSpinBox(self)
        for box, value in ((self.start_year, start), (self.end_year, end)):
            box.setRange(2000, 2100)
            box.setValue(value)
            box.valueChanged.connect(self._suggest_name)
        self._suggest_name()
        self.name_edit.textEdited.connect(self._remember_edit)

        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name_edit)
        form.addRow(self.tr("&Från år:"), self.start_year)
        form.addRow(self.tr("&Till år:"), self.end_year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Starta"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(
            paragraph(
                self.tr("En styrcykel följer oftast mandatperioden. Steg 1 blir aktuellt direkt."),
                self,
                muted=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _remember_edit(self) -> None:
        self._name_was_edited = True

    def _suggest_name(self) -> None:
        if not self._name_was_edited:
            self.name_edit.setText(
                self.tr("Mandatperioden {start}–{end}").format(
                    start=self.start_year.value(), end=self.end_year.value()
                )
            )

    def accept(self) -> None:
        try:
            self.position = self._cycles.start_cycle(
                self.name_edit.text(), self.start_year.value(), self.end_year.value()
            )
        except ValidationError as error:
            show_warning(self, str(error))
            return
        except AgendaError as error:
            show_error(self, str(error))
            return
        super().accept()


def page_titles() -> dict[str, str]:
    """The navigation's page titles, for the "Gå till …" buttons."""
    from agenda_desktop.gui.navigation import page_specs

    return {spec.key: spec.title for spec in page_specs()}


class DueNextPanel(QWidget):
    """What is due next in the latest cycle, each with a button to the page that does it.

    ``pageRequested`` carries a navigation key ("action_plan", "follow_up" …); the main
    window shows that page.
    """

    pageRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(
        self, follow_up: FollowUpService, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._follow_up = follow_up
        self._today = today
        self.items: list[DueItem] = []
        self.buttons: list[QPushButton] = []
        self._body: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.refresh()

    def refresh(self) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        try:
            self.items = self._follow_up.due_next(self._today or date.today())
        except AgendaError as error:
            self.items = []
            show_error(self, str(error))
        self.buttons = []
        self._body = QWidget(self)
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        titles = page_titles()
        for item in self.items:
            layout.addWidget(self._row(item, titles.get(item.page, ""), self._body))
        self._layout.addWidget(self._body)

    def _row(self, item: DueItem, page_title: str, parent: QWidget) -> QFrame:
        row = QFrame(parent)
        row.setObjectName("dueItem")
        border = URGENT_RED if item.urgent else CARD_BORDER
        row.setStyleSheet(
            f"QFrame#dueItem {{ border: 1px solid {border}; border-left: 4px solid {border};"
            " border-radius: 6px; background: #ffffff; }"
        )
        layout = QHBoxLayout(row)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(16)
        mark = QLabel("!" if item.urgent else "→", row)
        mark.setFixedWidth(16)
        mark.setStyleSheet(
            f"color: {URGENT_RED if item.urgent else ACCENT}; font-weight: bold;"
            " border: none; background: transparent;"
        )
        text = QLabel(due_text(item), row)
        text.setWordWrap(True)
        text.setStyleSheet(f"color: {INK}; border: none; background: transparent;")
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(text, 1)
        if page_title:
            button = QPushButton(self.tr("Gå till %1").replace("%1", page_title), row)
            button.clicked.connect(lambda _=False, key=item.page: self.pageRequested.emit(key))
            self.buttons.append(button)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.setAccessibleName(text.text())
        return row
