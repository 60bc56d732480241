"""The first-run wizard: choose the municipality, name the organisation, set the diarie prefix."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.services.organisation import OrganisationService
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.gui.profile_form import ProfileForm, Section, section_of


class PageId(IntEnum):
    WELCOME = 0
    MUNICIPALITY = 1
    ORGANISATION = 2
    DIARIE = 3
    SUMMARY = 4


SECTION_PAGES = {
    Section.MUNICIPALITY: PageId.MUNICIPALITY,
    Section.ORGANISATION: PageId.ORGANISATION,
    Section.DIARIE: PageId.DIARIE,
}


def _wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WelcomePage(QWizardPage):
    """What the app is for, in three plain sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Välkommen till Agenda Desktop"))
        self.setSubTitle(self.tr("Det här tar bara någon minut."))
        text = _wrapped_label(
            self.tr(
                "Agenda Desktop hjälper dig att styra kommunens arbete med Agenda 2030, "
                "från nulägesanalys och egna mål till handlingsplan, dialog och uppföljning."
                "\n\n"
                "Nyckeltal, möten, protokoll och åtaganden samlas på ett ställe, och det som "
                "politiker och invånare ska läsa kan du skriva ut."
                "\n\n"
                "Först behöver programmet veta vilken kommun du arbetar i och hur "
                "organisationen ska stå på papperen."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch()


class SectionPage(QWizardPage):
    """A page that shows one section of the shared :class:`ProfileForm`."""

    def __init__(self, form: ProfileForm, section: Section, title: str, subtitle: str) -> None:
        super().__init__()
        self._form = form
        self._section = section
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form.take_section(section))
        if section is not Section.MUNICIPALITY:
            layout.addStretch()
        form.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        focus = {
            Section.MUNICIPALITY: "Kommun",
            Section.ORGANISATION: "Organisationens namn",
            Section.DIARIE: "Prefix för diarienummer",
        }
        self._form.focus_field(focus[self._section])

    def isComplete(self) -> bool:
        return self._form.section_complete(self._section)

    def validatePage(self) -> bool:
        return self._form.check({self._section})


class SummaryPage(QWizardPage):
    """What will be saved, before the user presses Finish."""

    def __init__(self, form: ProfileForm) -> None:
        super().__init__()
        self._form = form
        self.setTitle(self.tr("Klart"))
        self.setSubTitle(
            self.tr("Kontrollera uppgifterna. Du kan ändra dem senare under Inställningar.")
        )
        self._municipality = _wrapped_label()
        self._name = _wrapped_label()
        self._logo = QLabel()
        self._prefix = _wrapped_label()
        self._hint = _wrapped_label()
        fields = QFormLayout()
        fields.addRow(self.tr("Kommun:"), self._municipality)
        fields.addRow(self.tr("Organisationens namn:"), self._name)
        fields.addRow(self.tr("Logotyp:"), self._logo)
        fields.addRow(self.tr("Prefix för diarienummer:"), self._prefix)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addSpacing(12)
        layout.addWidget(self._hint)
        layout.addStretch()

    def initializePage(self) -> None:
        data = self._form.data()
        municipality = self._form.municipality()
        self._municipality.setText(municipality.label if municipality else "")
        self._name.setText(" ".join(data.organisation_name.split()))
        self._prefix.setText(data.diarie_prefix.strip())
        logo = QPixmap()
        if data.logo is not None and logo.loadFromData(data.logo):
            self._logo.setPixmap(
                logo.scaled(
                    160,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self._logo.setText(self.tr("Ingen logotyp (du kan lägga till den senare)"))
        wizard = self.wizard()
        finish = wizard.buttonText(QWizard.WizardButton.FinishButton) if wizard else ""
        self._hint.setText(
            self.tr("Tryck på ”{button}” för att spara och börja arbeta.").format(
                button=finish.replace("&", "")
            )
        )


class FirstRunWizard(QWizard):
    """Asks for the organisation profile on the first start; Finish saves it in one call.

    ``exec()`` returns ``QDialog.DialogCode.Accepted`` only when the profile was saved;
    cancelling saves nothing.
    """

    def __init__(
        self,
        reference: ReferenceService,
        organisation: OrganisationService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._organisation = organisation
        self.setWindowTitle(self.tr("Kom igång med Agenda Desktop"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 540)
        # One form holds the values; its sections are spread over the pages.
        self.form = ProfileForm(reference, self)
        self.form.hide()
        self.setPage(PageId.WELCOME, WelcomePage())
        self.setPage(
            PageId.MUNICIPALITY,
            SectionPage(
                self.form,
                Section.MUNICIPALITY,
                self.tr("Kommun"),
                self.tr(
                    "Vilken kommun arbetar du i? Sök på namnet eller den fyrsiffriga kommunkoden."
                ),
            ),
        )
        self.setPage(
            PageId.ORGANISATION,
            SectionPage(
                self.form,
                Section.ORGANISATION,
                self.tr("Organisation och logotyp"),
                self.tr(
                    "Namnet och logotypen står på allt du skriver ut. "
                    "Logotypen kan du lägga till senare."
                ),
            ),
        )
        self.setPage(
            PageId.DIARIE,
            SectionPage(
                self.form,
                Section.DIARIE,
                self.tr("Diarienummer"),
                self.tr(
                    "Prefixet står först i diarienumren på handlingar och protokoll, "
                    "ofta förkortningen för nämnden eller kontoret."
                ),
            ),
        )
        self.setPage(PageId.SUMMARY, SummaryPage(self.form))
        self.setStartId(PageId.WELCOME)

    def accept(self) -> None:
        """Save the profile; on a problem, show it on the page of the field and stay open."""
        try:
            self._organisation.save_profile(self.form.data())
        except ValidationError as error:
            self.setCurrentId(SECTION_PAGES[section_of(error)])
            self.form.show_error(error)
            return
        except AgendaError as error:
            QMessageBox.warning(self, self.tr("Profilen kunde inte sparas"), str(error))
            return
        super().accept()
