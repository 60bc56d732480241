"""Inställningar: the organisation profile (in the database); the language, the name in the
change log and the number of automatic backups kept (on this computer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.services.organisation import OrganisationService, Profile, ProfileData
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.store.backup_rotation import KEEP_RANGE
from agenda_desktop.core.store.database import login_name
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.forms import child, load_form
from agenda_desktop.gui.profile_form import ProfileForm
from agenda_desktop.gui.settings import (
    ACTOR_NAME,
    AUTOMATIC_BACKUPS,
    LANGUAGE,
    LANGUAGES,
    AppSettings,
)


def _stored_data(profile: Profile) -> ProfileData:
    return ProfileData(
        profile.municipality_id,
        profile.organisation_name,
        profile.diarie_prefix,
        profile.logo,
        profile.logo_filename,
    )


class SettingsDialog(QDialog):
    """Tabs ”Organisation”, ”Allmänt” and ”Säkerhetskopior”; OK saves, Cancel changes nothing.

    Signals:
        languageChanged(str): the language code (``"sv"``, ``"en"``) after OK changed it.
    """

    languageChanged = Signal(str)  # noqa: N815  (Qt's naming, as the app controller expects)

    def __init__(
        self,
        reference: ReferenceService,
        organisation: OrganisationService,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._organisation = organisation
        self._settings = settings
        self.setWindowTitle(self.tr("Inställningar"))
        content = load_form("settings_dialog", self)
        layout = QVBoxLayout(self)
        layout.addWidget(content)

        self.tabs = child(content, QTabWidget, "tabs")
        self.form = ProfileForm(reference, self)
        organisation_tab = child(content, QWidget, "organisationTab")
        tab_layout = organisation_tab.layout()
        assert tab_layout is not None
        tab_layout.addWidget(self.form)

        self._stored = organisation.profile()
        if self._stored is not None:
            self.form.set_profile(self._stored)

        self.language = child(content, QComboBox, "languageBox")
        for code, name in LANGUAGES.items():  # each language in its own name: not translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.actor_name = child(content, QLineEdit, "actorNameEdit")
        self.actor_name.setText(settings.get(ACTOR_NAME))
        self.actor_name.setPlaceholderText(
            self.tr("t.ex. Anna Berg (tomt: %1)").replace("%1", login_name())
        )

        self.automatic_backups = child(content, QSpinBox, "automaticBackupsBox")
        self.automatic_backups.setRange(*KEEP_RANGE)
        self.automatic_backups.setValue(settings.automatic_backups)

        self.buttons = child(content, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._update_ok)
        self._update_ok()
        hint = self.sizeHint()
        self.resize(max(hint.width(), 900), hint.height())

    def accept(self) -> None:
        """Save the profile if it changed, then the settings of this computer; stay open on
        a problem. A smaller number of backups takes effect at the next automatic backup."""
        if not self._save_profile():
            return
        self._settings.set(AUTOMATIC_BACKUPS, self.automatic_backups.value())
        self._settings.set(ACTOR_NAME, " ".join(self.actor_name.text().split()))
        code = str(self.language.currentData())
        language_changed = code != self._settings.language
        if language_changed:
            self._settings.set(LANGUAGE, code)
        super().accept()
        if language_changed:
            self.languageChanged.emit(code)

    def _save_profile(self) -> bool:
        data = self.form.data()
        if self._stored is not None and data == _stored_data(self._stored):
            return True
        stored = self._stored
        try:
            saved: Profile | None
            if stored is None:
                saved = self._organisation.save_profile(data)
            else:
                saved = save_resolving_conflicts(
                    self, stored.version, lambda e: self._organisation.save_profile(data, e)
                )
            if saved is None:
                return False  # the user went back to the form; nothing was saved
            self._stored = saved
        except ValidationError as error:
            self.tabs.setCurrentIndex(0)
            self.form.show_error(error)
            return False
        except AgendaError as error:
            QMessageBox.warning(self, self.tr("Profilen kunde inte sparas"), str(error))
            return False
        return True

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.form.is_complete())
