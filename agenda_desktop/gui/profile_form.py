"""The organisation profile fields, shared by the first-run wizard and the settings dialog."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.services.organisation import (
    MAX_LOGO_BYTES,
    Profile,
    ProfileData,
    logo_format,
    validate_profile,
)
from agenda_desktop.core.services.reference import MunicipalityInfo, ReferenceService
from agenda_desktop.gui.forms import child, load_form
from agenda_desktop.gui.municipality_model import (
    INFO_ROLE,
    MunicipalityFilter,
    MunicipalityListModel,
)


class Section(StrEnum):
    """The parts of the form; the wizard shows one per page."""

    MUNICIPALITY = "municipalitySection"
    ORGANISATION = "organisationSection"
    DIARIE = "diarieSection"


# The field names that core's ValidationError uses, and where each field lives.
FIELD_SECTIONS = {
    "Kommun": Section.MUNICIPALITY,
    "Organisationens namn": Section.ORGANISATION,
    "Logotyp": Section.ORGANISATION,
    "Prefix för diarienummer": Section.DIARIE,
}


def section_of(error: ValidationError) -> Section:
    """Return the section that holds the field an error names."""
    return FIELD_SECTIONS.get(error.field, Section.MUNICIPALITY)


def proposed_name(municipality: MunicipalityInfo) -> str:
    """The organisation name proposed for a municipality (data, so not translated)."""
    return f"{municipality.name} kommun"


class ProfileForm(QWidget):
    """Kommun, organisation name, logo and diarie prefix, loaded from organisation_form.ui.

    Signals:
        changed: any field changed; check :meth:`is_complete` or :meth:`section_complete`.
    """

    changed = Signal()

    def __init__(self, reference: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = load_form("organisation_form", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._ui)

        self._search = child(self._ui, QLineEdit, "municipalitySearch")
        self._list = child(self._ui, QListView, "municipalityList")
        self._info = child(self._ui, QLabel, "municipalityInfo")
        self._info.setTextFormat(Qt.TextFormat.RichText)
        self._name = child(self._ui, QLineEdit, "organisationName")
        self._preview = child(self._ui, QLabel, "logoPreview")
        self._choose_logo_button = child(self._ui, QPushButton, "chooseLogo")
        self._remove_logo_button = child(self._ui, QPushButton, "removeLogo")
        self._prefix = child(self._ui, QLineEdit, "diariePrefix")
        self._example = child(self._ui, QLabel, "diarieExample")

        self._municipality: MunicipalityInfo | None = None
        self._proposed_name = ""
        self._logo: bytes | None = None
        self._logo_filename: str | None = None

        self.model = MunicipalityListModel(self)
        self.model.set_municipalities(reference.municipalities())
        self.proxy = MunicipalityFilter(self)
        self.proxy.setSourceModel(self.model)
        self._list.setModel(self.proxy)

        self._search.textChanged.connect(self._search_changed)
        self._search.installEventFilter(self)
        self._list.selectionModel().selectionChanged.connect(self._selection_changed)
        self._name.textChanged.connect(self.changed)
        self._prefix.textChanged.connect(self._prefix_changed)
        self._choose_logo_button.clicked.connect(self.choose_logo)
        self._remove_logo_button.clicked.connect(self.remove_logo)
        self._show_logo()
        self._prefix_changed()

    # The values

    def municipality(self) -> MunicipalityInfo | None:
        """Return the chosen municipality, if any."""
        return self._municipality

    def data(self) -> ProfileData:
        """Return what the fields hold, unvalidated; the service validates it."""
        return ProfileData(
            municipality_id=self._municipality.id if self._municipality else "",
            organisation_name=self._name.text(),
            diarie_prefix=self._prefix.text(),
            logo=self._logo,
            logo_filename=self._logo_filename if self._logo else None,
        )

    def set_profile(self, profile: Profile) -> None:
        """Fill the fields from a stored profile."""
        self._search.clear()
        self._proposed_name = ""
        index = self.proxy.index_of(profile.municipality_id)
        if index.isValid():
            self._select(index)
        self._name.setText(profile.organisation_name)
        self._name.setCursorPosition(0)
        self._prefix.setText(profile.diarie_prefix)
        self._set_logo(profile.logo, profile.logo_filename)

    def section_complete(self, section: Section) -> bool:
        """Whether a section has what it needs to go on (the service still validates)."""
        if section is Section.MUNICIPALITY:
            return self._municipality is not None
        if section is Section.ORGANISATION:
            return bool(self._name.text().strip())
        return bool(self._prefix.text().strip())

    def is_complete(self) -> bool:
        return all(self.section_complete(section) for section in Section)

    # Sections and errors

    def section(self, section: Section) -> QGroupBox:
        return child(self._ui, QGroupBox, section.value)

    def take_section(self, section: Section) -> QGroupBox:
        """Take a section out of this form, without its frame, to place on a wizard page."""
        box = self.section(section)
        layout = self._ui.layout()
        if layout is not None:
            layout.removeWidget(box)
        box.setTitle("")
        box.setFlat(True)
        box.setStyleSheet("QGroupBox { border: none; margin-top: 0; padding-top: 0; }")
        return box

    def focus_field(self, field: str) -> None:
        """Put the keyboard focus on the field a ValidationError names."""
        widget: QWidget = {
            "Organisationens namn": self._name,
            "Logotyp": self._choose_logo_button,
            "Prefix för diarienummer": self._prefix,
        }.get(field, self._search)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def show_error(self, error: ValidationError) -> None:
        """Tell the user which field is wrong and why, then focus that field."""
        QMessageBox.warning(
            self.window(),
            self.tr("Kontrollera uppgifterna"),
            self.tr("{field}: {reason}").format(field=error.field, reason=error.reason),
        )
        self.focus_field(error.field)

    def check(self, sections: set[Section]) -> bool:
        """Validate the fields of ``sections``; show the first problem and return False."""
        try:
            validate_profile(self.data())
        except ValidationError as error:
            if section_of(error) in sections:
                self.show_error(error)
                return False
        return True

    # Municipality

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search field picks the first match instead of pressing OK or Next;
        # the arrow down key walks on into the list.
        if (
            watched is self._search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        ):
            if self.proxy.rowCount() > 0:
                current = self._list.currentIndex()
                if not current.isValid() or event.key() != Qt.Key.Key_Down:
                    current = self.proxy.index(0, 0)
                self._select(current)
                self._list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() == 1:
            self._select(self.proxy.index(0, 0))
        elif self._municipality is not None:
            index = self.proxy.index_of(self._municipality.id)
            if index.isValid():
                self._select(index)

    def _select(self, index: QModelIndex) -> None:
        selection = self._list.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._list.scrollTo(index)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        # Rows filtered away by the search leave the chosen municipality as it is.
        indexes = selected.indexes()
        if indexes:
            self._choose(indexes[0].data(INFO_ROLE))

    def _choose(self, municipality: MunicipalityInfo) -> None:
        if municipality == self._municipality:
            return
        self._municipality = municipality
        self._info.setText(self._describe(municipality))
        current_name = self._name.text().strip()
        if not current_name or current_name == self._proposed_name:
            self._proposed_name = proposed_name(municipality)
            self._name.setText(self._proposed_name)
        self.changed.emit()

    def _describe(self, municipality: MunicipalityInfo) -> str:
        lines = [
            self.tr("<b>{name}</b>, kommunkod {code}").format(
                name=escape(municipality.name), code=escape(municipality.id)
            )
        ]
        if municipality.county_name:
            lines.append(escape(municipality.county_name))
        if municipality.kommungrupp:
            lines.append(
                self.tr("Kommungrupp {code}: {title}").format(
                    code=escape(municipality.kommungrupp),
                    title=escape(municipality.kommungrupp_title or ""),
                )
            )
        return "<br>".join(lines)

    # Logo

    def choose_logo(self) -> None:
        """Ask for an image file and use it as the logo."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window(),
            self.tr("Välj logotyp"),
            "",
            self.tr("Bilder (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> bool:
        """Use the image at ``path`` as the logo; refuse, with a message, what cannot be one."""
        try:
            data = path.read_bytes()
        except OSError as error:
            return self._refuse_logo(
                self.tr("Filen ”{name}” kunde inte läsas: {reason}").format(
                    name=path.name, reason=error.strerror or error
                )
            )
        if len(data) > MAX_LOGO_BYTES:
            return self._refuse_logo(
                self.tr(
                    "Bilden ”{name}” är {size:.1f} MB. Logotypen får vara högst 2 MB; "
                    "spara en mindre version av bilden och välj den."
                ).format(name=path.name, size=len(data) / 1024 / 1024)
            )
        if logo_format(data) is None or QPixmap().loadFromData(data) is False:
            return self._refuse_logo(
                self.tr(
                    "Filen ”{name}” är ingen PNG- eller JPEG-bild. Välj en bild i något av "
                    "de formaten."
                ).format(name=path.name)
            )
        self._set_logo(data, path.name)
        return True

    def remove_logo(self) -> None:
        self._set_logo(None, None)

    def _refuse_logo(self, message: str) -> bool:
        QMessageBox.warning(self.window(), self.tr("Logotyp"), message)
        return False

    def _set_logo(self, data: bytes | None, filename: str | None) -> None:
        changed = (data, filename) != (self._logo, self._logo_filename)
        self._logo, self._logo_filename = data, filename
        self._show_logo()
        if changed:
            self.changed.emit()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo is not None and pixmap.loadFromData(self._logo):
            ratio = self._preview.devicePixelRatioF()
            size = self._preview.contentsRect().size() * ratio
            scaled = pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self._preview.setPixmap(scaled)
            self._preview.setToolTip(self._logo_filename or "")
        else:
            self._preview.clear()
            self._preview.setText(self.tr("Ingen logotyp"))
            self._preview.setToolTip("")
        self._remove_logo_button.setEnabled(self._logo is not None)

    # Diarie prefix

    def _prefix_changed(self) -> None:
        prefix = self._prefix.text().strip() or "KS"
        self._example.setText(
            self.tr("Exempel: {number}").format(number=f"{prefix} {date.today().year}/123")
        )
        self.changed.emit()
