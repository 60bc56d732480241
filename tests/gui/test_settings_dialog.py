"""The settings dialog on the demo database, with the real services and temporary settings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.organisation import OrganisationService, Profile
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database, login_name
from agenda_desktop.gui.settings import ACTOR_NAME, AUTOMATIC_BACKUPS, LANGUAGE, AppSettings
from agenda_desktop.gui.settings_dialog import SettingsDialog

Warnings = list[tuple[str, str]]


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    """Every QMessageBox.warning as (title, text), answered at once."""
    shown: Warnings = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, app_settings: AppSettings) -> SettingsDialog:
    dialog = SettingsDialog(services.reference, services.organisation, app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog: SettingsDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def press(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttons.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored_profile(database: Database) -> Profile:
    """The profile as read through a new Database object on the same file."""
    reopened = open_database(database.location).database
    try:
        profile = OrganisationService(reopened).profile()
    finally:
        reopened.close()
    assert profile is not None
    return profile


def test_it_is_prefilled_with_the_demo_profile(dialog: SettingsDialog) -> None:
    assert dialog.windowTitle() == "Inställningar"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Organisation",
        "Allmänt",
        "Säkerhetskopior",
    ]
    municipality = dialog.form.municipality()
    assert municipality is not None
    assert municipality.name == "Exempelkommun"
    assert field(dialog, "organisationName").text() == "Exempelkommun, kommunledningskontoret"
    assert field(dialog, "diariePrefix").text() == "KS"
    assert dialog.language.currentData() == "sv"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Svenska",
        "English",
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    assert ok.isEnabled()


def test_ok_saves_an_edit(qtbot: QtBot, dialog: SettingsDialog, demo_database: Database) -> None:
    field(dialog, "organisationName").setText("Exempelkommun, miljö- och byggförvaltningen")
    field(dialog, "diariePrefix").setText("MBN")

    with qtbot.assertNotEmitted(dialog.languageChanged):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = stored_profile(demo_database)
    assert profile.organisation_name == "Exempelkommun, miljö- och byggförvaltningen"
    assert profile.diarie_prefix == "MBN"
    assert profile.municipality_id == "1400"
    assert profile.logo is not None  # the demo logo is kept


def test_ok_without_changes_does_not_touch_the_profile(
    qtbot: QtBot, dialog: SettingsDialog, demo_database: Database, services: Services
) -> None:
    before = services.organisation.profile()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_profile(demo_database) == before


def test_a_bad_prefix_keeps_the_dialog_open_and_names_the_field(
    qtbot: QtBot, dialog: SettingsDialog, demo_database: Database, warnings: Warnings
) -> None:
    field(dialog, "diariePrefix").setText("K$")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.tabs.setCurrentIndex(1)

    with qtbot.assertNotEmitted(dialog.languageChanged):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert len(warnings) == 1
    assert warnings[0][1].startswith("Prefix för diarienummer")
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # back on the tab that holds the field
    assert stored_profile(demo_database).diarie_prefix == "KS"


def test_cancel_changes_nothing(
    qtbot: QtBot, dialog: SettingsDialog, demo_database: Database, app_settings: AppSettings
) -> None:
    field(dialog, "organisationName").setText("Något annat")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))

    with qtbot.assertNotEmitted(dialog.languageChanged):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored_profile(demo_database).organisation_name == (
        "Exempelkommun, kommunledningskontoret"
    )
    assert app_settings.get(LANGUAGE) == "sv"


def test_switching_language_emits_and_stores_it(
    qtbot: QtBot, dialog: SettingsDialog, app_settings: AppSettings
) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))

    with qtbot.waitSignal(dialog.languageChanged, timeout=1000) as signal:
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert signal.args == ["en"]
    assert app_settings.get(LANGUAGE) == "en"
    assert not dialog.isVisible()


def test_the_current_language_is_preselected(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    app_settings.set(LANGUAGE, "en")
    dialog = SettingsDialog(services.reference, services.organisation, app_settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"


def test_ok_is_disabled_while_a_required_field_is_empty(dialog: SettingsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    field(dialog, "organisationName").clear()
    assert not ok.isEnabled()
    field(dialog, "organisationName").setText("Exempelkommun")
    assert ok.isEnabled()


def test_another_kommun_can_be_chosen(
    qtbot: QtBot, dialog: SettingsDialog, demo_database: Database
) -> None:
    search = field(dialog, "municipalitySearch")
    qtbot.keyClicks(search, "1401")
    assert field(dialog, "organisationName").text() == "Exempelkommun, kommunledningskontoret"
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert stored_profile(demo_database).municipality_name == "Härryda"


def test_the_number_of_automatic_backups_is_saved_on_ok(
    qtbot: QtBot, dialog: SettingsDialog, app_settings: AppSettings
) -> None:
    box = dialog.automatic_backups
    assert (box.value(), box.minimum(), box.maximum()) == (10, 1, 100)
    dialog.tabs.setCurrentIndex(2)
    box.setValue(3)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert app_settings.get(AUTOMATIC_BACKUPS) == 3
    assert app_settings.automatic_backups == 3


def test_cancel_keeps_the_number_of_automatic_backups(
    qtbot: QtBot, dialog: SettingsDialog, app_settings: AppSettings
) -> None:
    dialog.automatic_backups.setValue(50)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert app_settings.automatic_backups == 10


def test_a_stored_number_out_of_range_is_brought_within_it(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    app_settings.set(AUTOMATIC_BACKUPS, 500)  # e.g. a hand-edited settings file
    dialog = SettingsDialog(services.reference, services.organisation, app_settings)
    qtbot.addWidget(dialog)
    assert dialog.automatic_backups.value() == 100


def test_the_name_in_the_change_log_is_saved_and_used_for_the_next_change(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    from agenda_desktop.core.services.change_log import RecordRef
    from agenda_desktop.gui.main_window import MainWindow

    window = MainWindow(services, app_settings)
    qtbot.addWidget(window)
    assert services.database.actor == login_name()  # nothing set: the login name
    dialog = SettingsDialog(services.reference, services.organisation, app_settings, window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.tabs.tabText(1) == "Allmänt"
    assert login_name() in dialog.actor_name.placeholderText()
    dialog.actor_name.setText("  Anna   Berg ")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert app_settings.get(ACTOR_NAME) == "Anna Berg"
    assert app_settings.change_log_name == "Anna Berg"
    services.database.actor = app_settings.change_log_name  # as the window does after OK
    term = services.glossary.add("Hållbarhetslöfte", "Ett löfte om hållbarhet")
    (entry,) = services.change_log.history(RecordRef.of("glossary_term", term.term_id))
    assert entry.actor == "Anna Berg"


def test_a_window_opened_later_logs_with_the_saved_name(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    from agenda_desktop.gui.main_window import MainWindow

    app_settings.set(ACTOR_NAME, "Bo Ek")
    window = MainWindow(services, app_settings)
    qtbot.addWidget(window)
    assert services.database.actor == "Bo Ek"
