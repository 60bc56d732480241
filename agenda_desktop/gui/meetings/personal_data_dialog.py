"""Anonymisera: remove a person who has left, after showing what goes, what stays and why.

The dialog first shows the preview (nothing is changed): what will be removed, what stays
because adjusted protocols are public records that never change, and the free texts that
name the person (not changed automatically). "Anonymisera" carries it out in one
transaction and the dialog then shows what was done.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.services.personal_data import PersonalDataService
from agenda_desktop.core.services.personal_data_types import AnonymisationSummary
from agenda_desktop.gui.messages import show_warning
from agenda_desktop.gui.style import heading

LISTED_MENTIONS = 30  # free-text mentions listed; the rest are counted


class AnonymiseDialog(QDialog):
    """Shows ``preview`` and, when confirmed, anonymises the person (``outcome`` then)."""

    def __init__(
        self,
        service: PersonalDataService,
        preview: AnonymisationSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anonymisera person"))
        self._service = service
        self._preview = preview
        self.outcome: AnonymisationSummary | None = None
        self.title = heading("", self, level=2)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Vad som tas bort och vad som finns kvar"))
        self.buttons = QDialogButtonBox(self)
        self.anonymise_button: QPushButton = self.buttons.addButton(
            self.tr("&Anonymisera"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.cancel_button.setDefault(True)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.show_summary(preview)
        self.resize(640, 520)

    def anonymise(self) -> None:
        """Carry it out; on success show what was done, with only "Stäng" left."""
        try:
            self.outcome = self._service.anonymise_person(self._preview.person_id)
        except AgendaError as error:
            show_warning(self, str(error), self.tr("Personen kunde inte anonymiseras"))
            return
        self.anonymise_button.hide()
        self.cancel_button.setText(self.tr("Stäng"))
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.accept)
        self.show_summary(self.outcome)

    def show_summary(self, summary: AnonymisationSummary) -> None:
        name = summary.name
        if not summary.done:
            self.title.setText(self.tr("Anonymisera ”%1”?").replace("%1", name))
        elif summary.person_deleted:
            self.title.setText(self.tr("”%1” är borttagen ur personregistret").replace("%1", name))
        else:
            self.title.setText(self.tr("”%1” är anonymiserad").replace("%1", name))
        self.title.setAccessibleName(self.title.text())
        self.details.setHtml(self._html(summary))

    def _html(self, summary: AnonymisationSummary) -> str:
        parts = [f"<p>{escape(self._why(summary))}</p>"]
        removed_title = (
            self.tr("Det här togs bort") if summary.done else self.tr("Det här tas bort")
        )
        parts.append(_section(removed_title, summary.removed or (self.tr("Inget."),)))
        if summary.kept:
            parts.append(_section(self.tr("Det här finns kvar, och varför"), summary.kept))
        if summary.mentions:
            parts.append(self._mentions_html(summary))
        return "".join(parts)

    def _why(self, summary: AnonymisationSummary) -> str:
        if summary.person_deleted:
            return self.tr(
                "Inget justerat protokoll nämner personen. Personen tas därför bort helt ur "
                "personregistret, med alla uppdrag, roller och ansvar."
            )
        listed = ", ".join(ref.label for ref in summary.adjusted_protocols[:5])
        if len(summary.adjusted_protocols) > 5:
            listed += " …"
        return (
            self.tr(
                "Justerade protokoll är allmänna handlingar och ändras aldrig. Personens namn "
                "finns kvar i %1 justerade protokoll (%2). Allt annat om personen tas bort."
            )
            .replace("%1", str(len(summary.adjusted_protocols)))
            .replace("%2", listed)
        )

    def _mentions_html(self, summary: AnonymisationSummary) -> str:
        lines = []
        for mention in summary.mentions[:LISTED_MENTIONS]:
            line = f"{mention.place}: {mention.record}, {mention.field.lower()}: {mention.snippet}"
            if mention.in_adjusted_protocol:
                line += self.tr(" (i ett justerat protokoll, ändras inte)")
            lines.append(line)
        if len(summary.mentions) > LISTED_MENTIONS:
            lines.append(
                self.tr("… och %1 till.").replace(
                    "%1", str(len(summary.mentions) - LISTED_MENTIONS)
                )
            )
        intro = self.tr(
            "Namnet nämns också i fritext. Texterna är inte kopplade till personen och ändras "
            "inte automatiskt: gå igenom dem och ändra dem där det behövs. Texter i justerade "
            "protokoll kan inte ändras."
        )
        return _section(self.tr("Nämns i text"), lines, intro)


def _section(title: str, lines: tuple[str, ...] | list[str], intro: str = "") -> str:
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    lead = f"<p>{escape(intro)}</p>" if intro else ""
    return f"<h3>{escape(title)}</h3>{lead}<ul>{items}</ul>"
