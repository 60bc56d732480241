"""Försenat och att göra on Översikt: what is overdue and what is due within 30 days, across
commitments, actions, remisser, financing decisions and invoices, each a link to its page."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.deadlines import HORIZON_DAYS, Deadline, DeadlineService
from agenda_desktop.gui.messages import show_error
from agenda_desktop.gui.style import ACCENT, INK, MUTED_INK, paragraph

# More than this many rows would push the rest of Översikt far down.
SHOWN = 12
OVERDUE_RED = "#a11d1d"


def kind_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "commitment": translate("DeadlinesPanel", "Åtagande"),
        "action": translate("DeadlinesPanel", "Åtgärd"),
        "remiss": translate("DeadlinesPanel", "Remiss"),
        "financing_decision": translate("DeadlinesPanel", "Finansieringsbeslut"),
        "invoice": translate("DeadlinesPanel", "Faktura"),
    }


def when_text(deadline: Deadline, today: date) -> str:
    """ "⚠ Försenad sedan 2026-03-01", "I dag" or the ISO date."""
    translate = QCoreApplication.translate
    if deadline.overdue:
        return translate("DeadlinesPanel", "⚠ Försenad sedan %1").replace(
            "%1", deadline.day.isoformat()
        )
    if deadline.day == today:
        return translate("DeadlinesPanel", "I dag, %1").replace("%1", deadline.day.isoformat())
    return deadline.day.isoformat()


def title_text(deadline: Deadline) -> str:
    """The thing itself; an invoice with the year it pays for."""
    if deadline.kind == "invoice" and deadline.year is not None:
        text = QCoreApplication.translate("DeadlinesPanel", "%1, avgift för %2")
        return text.replace("%1", deadline.title).replace("%2", str(deadline.year))
    return deadline.title


def context_text(deadline: Deadline) -> str:
    """Where it belongs; a remiss also says how many comments lack återkoppling."""
    if deadline.kind != "remiss" or not deadline.open_comments:
        return deadline.context
    translate = QCoreApplication.translate
    count = deadline.open_comments
    comments = (
        translate("DeadlinesPanel", "1 synpunkt utan återkoppling")
        if count == 1
        else translate("DeadlinesPanel", "%1 synpunkter utan återkoppling").replace(
            "%1", str(count)
        )
    )
    return f"{deadline.context} · {comments}" if deadline.context else comments


class DeadlinesPanel(QWidget):
    """One row per deadline: when, what, the title (a link to its page) and where it
    belongs. Activating a title emits ``pageRequested(page)``."""

    pageRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(
        self, deadlines: DeadlineService, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._deadlines = deadlines
        self._today = today
        self._body: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.items: list[Deadline] = []
        self.rows: list[str] = []
        self.links: list[QLabel] = []
        self.refresh()

    def refresh(self) -> None:
        if self._body is not None:
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
        today = self._today or date.today()
        try:
            self.items = self._deadlines.deadlines(today, HORIZON_DAYS)
        except AgendaError as error:
            self.items = []
            show_error(self, str(error))
        self._body = QWidget(self)
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.rows, self.links = [], []
        if not self.items:
            layout.addWidget(
                paragraph(
                    self.tr("Inget förfaller de närmaste %1 dagarna.").replace(
                        "%1", str(HORIZON_DAYS)
                    ),
                    self._body,
                    muted=True,
                )
            )
        else:
            layout.addWidget(self._grid(self.items[:SHOWN], today, self._body))
            if len(self.items) > SHOWN:
                more = self.tr("… och %1 till.").replace("%1", str(len(self.items) - SHOWN))
                layout.addWidget(paragraph(more, self._body, muted=True))
        self._layout.addWidget(self._body)

    def _grid(self, deadlines: list[Deadline], today: date, parent: QWidget) -> QWidget:
        grid_widget = QWidget(parent)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(10)
        headers = (self.tr("När"), self.tr("Vad"), self.tr("Att göra"), self.tr("Var"))
        for column, text in enumerate(headers):
            label = QLabel(text, grid_widget)
            label.setStyleSheet(f"color: {MUTED_INK}; font-weight: bold;")
            grid.addWidget(label, 0, column)
        names = kind_names()
        for row, deadline in enumerate(deadlines, start=1):
            when = QLabel(when_text(deadline, today), grid_widget)
            colour = OVERDUE_RED if deadline.overdue else INK
            weight = " font-weight: bold;" if deadline.overdue else ""
            when.setStyleSheet(f"color: {colour};{weight}")
            kind = QLabel(names.get(deadline.kind, deadline.kind), grid_widget)
            kind.setStyleSheet(f"color: {INK};")
            link = self._link(deadline, grid_widget)
            context = QLabel(context_text(deadline), grid_widget)
            context.setWordWrap(True)
            context.setStyleSheet(f"color: {MUTED_INK};")
            cells = (when, kind, link, context)
            for column, label in enumerate(cells):
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, column)
            text = " · ".join((when.text(), kind.text(), title_text(deadline), context.text()))
            link.setAccessibleName(text)
            self.rows.append(text)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        return grid_widget

    def _link(self, deadline: Deadline, parent: QWidget) -> QLabel:
        """The title as a link (mouse and keyboard) to the page that handles it."""
        link = QLabel(parent)
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setText(
            f'<a href="{deadline.page}" style="color: {ACCENT};">'
            f"{html.escape(title_text(deadline))}</a>"
        )
        link.setWordWrap(True)
        link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        link.setToolTip(self.tr("Gå till sidan där det görs"))
        link.linkActivated.connect(self.pageRequested)
        self.links.append(link)
        return link
