"""The main window: navigation order, pages, menus, shortcuts, saved state, about dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.gui.about_dialog import AboutDialog
from agenda_desktop.gui.main_window import MainWindow
from agenda_desktop.gui.navigation import KIND_ROLE, SECTION, page_specs
from agenda_desktop.gui.pages.placeholder import PlaceholderPage, page_texts
from agenda_desktop.gui.settings import LAST_PAGE, AppSettings

pytestmark = pytest.mark.usefixtures("swedish_locale")

PAGES = [
    ("overview", "Översikt", "Ctrl+0"),
    ("analysis", "1 Nulägesanalys", "Ctrl+1"),
    ("priorities", "2 Prioritera och mål", "Ctrl+2"),
    ("action_plan", "3 Handlingsplan", "Ctrl+3"),
    ("dialogue", "4 Kommunicera och involvera", "Ctrl+4"),
    ("follow_up", "5 Följ upp och analysera", "Ctrl+5"),
    ("indicators", "Nyckeltal", "Ctrl+6"),
    ("meetings", "Möten och protokoll", "Ctrl+7"),
    ("networks", "Nätverk och åtaganden", "Ctrl+8"),
    ("reports", "Rapporter", "Ctrl+9"),
]


def open_window(qtbot: QtBot, services: Services, settings: AppSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, services: Services, app_settings: AppSettings) -> MainWindow:
    return open_window(qtbot, services, app_settings)


def test_navigation_follows_the_steering_cycle(window: MainWindow) -> None:
    model = window.navigation_model
    rows = [
        (model.index(row, 0).data(), model.index(row, 0).data(KIND_ROLE))
        for row in range(model.rowCount())
    ]
    assert [title for title, kind in rows if kind != SECTION] == [title for _, title, _ in PAGES]
    assert window.page_keys() == [key for key, _, _ in PAGES]
    kinds = [kind for _, kind in rows]
    # A section heading sets the cycle's steps apart, and another the tools after them.
    assert kinds[1] == SECTION and kinds[7] == SECTION
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_clicking_each_item_shows_its_page(qtbot: QtBot, window: MainWindow) -> None:
    for key, title, _ in reversed(PAGES):
        rect = window.navigation.visualRect(window.navigation_index(key))
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key == key
        assert window.current_page() is window.page(key)
        assert window.window_actions.pages[key].isChecked()
        page = window.page(key)
        if isinstance(page, PlaceholderPage):
            assert page.heading.text() == title


def test_ctrl_number_shows_each_page(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key, _, shortcut in PAGES:
        sequence = QKeySequence(shortcut)
        assert window.window_actions.pages[key].shortcut() == sequence
        combination = sequence[0]
        qtbot.keyClick(window.navigation, combination.key(), combination.keyboardModifiers())
        assert window.current_page_key == key
        assert window.navigation.currentIndex().row() == window.navigation_index(key).row()


def test_keyboard_arrows_in_the_navigation_skip_the_headings(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page("overview")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key == "analysis"


def test_the_navigation_has_the_focus_first(window: MainWindow) -> None:
    assert window.focusWidget() is window.navigation


def test_menus_have_mnemonics_and_standard_shortcuts(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    actions = window.window_actions
    assert QKeySequence(QKeySequence.StandardKey.Open) in actions.open_database.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.New) in actions.new_database.shortcuts()
    assert QKeySequence("Ctrl+Q") in actions.quit.shortcuts()
    assert QKeySequence("Ctrl+,") in actions.settings.shortcuts()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert texts == [
        "&Ny databas…",
        "Ö&ppna databas…",
        "&Gemensam databas…",
        "Öppna &exempeldatabas",
        "",
        "&Säkerhetskopiera nu",
        "Å&terställ säkerhetskopia…",
        "",
        "&Ändringslogg…",
        "",
        "&Avsluta",
    ]
    assert all("&" in text for text in texts if text)


def test_the_view_menu_follows_the_current_page(window: MainWindow) -> None:
    window.window_actions.pages["meetings"].trigger()
    assert window.current_page_key == "meetings"
    window.show_page("reports")
    checked = [key for key, action in window.window_actions.pages.items() if action.isChecked()]
    assert checked == ["reports"]


def test_title_and_status_bar_name_the_database(window: MainWindow, services: Services) -> None:
    path = services.database.location.path
    assert path is not None
    assert window.windowTitle() == (
        f"Agenda Desktop – Exempelkommun, kommunledningskontoret – {path.name}"
    )
    assert str(path) in window.location_label.text()
    assert "Exempeldatabas" in window.location_label.text()


def test_last_page_and_geometry_are_restored(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    first = open_window(qtbot, services, app_settings)
    first.show_page("networks")
    first.resize(700, 520)
    qtbot.waitUntil(lambda: first.size() == QSize(700, 520))
    first.close()
    assert app_settings.get(LAST_PAGE) == "networks"

    second = open_window(qtbot, services, app_settings)
    assert second.current_page_key == "networks"
    assert second.size() == QSize(700, 520)
    assert second.window_actions.pages["networks"].isChecked()


def test_an_unknown_saved_page_falls_back_to_the_overview(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    app_settings.set(LAST_PAGE, "removed-page")
    assert open_window(qtbot, services, app_settings).current_page_key == "overview"


def test_menu_actions_are_signals_for_the_controller(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.window_actions
    for action, signal in (
        (actions.new_database, window.newDatabaseRequested),
        (actions.open_database, window.openDatabaseRequested),
        (actions.open_demo, window.openDemoRequested),
        (actions.backup, window.backupRequested),
        (actions.restore, window.restoreRequested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()
    with qtbot.waitSignal(window.closed, timeout=1000):
        actions.quit.trigger()


def test_backups_are_disabled_with_a_reason_for_a_server_database(
    qtbot: QtBot, demo_database: Database, app_settings: AppSettings
) -> None:
    # The real services on a real engine; only the address says "server", as it would for
    # PostgreSQL, where the app has no file to copy.
    server = Database(
        DatabaseLocation(url="postgresql+psycopg://agenda@db.kommun.se/agenda", path=None),
        demo_database.engine,
    )
    window = open_window(qtbot, Services.for_database(server), app_settings)
    for action in (window.window_actions.backup, window.window_actions.restore):
        assert not action.isEnabled()
        assert "PostgreSQL" in action.toolTip()
    assert "postgresql+psycopg://agenda@db.kommun.se/agenda" in window.location_label.text()


def test_about_lists_the_database_and_the_libraries(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AboutDialog] = []

    def exec_(self: AboutDialog) -> int:
        shown.append(self)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(AboutDialog, "exec", exec_)
    window.window_actions.about.trigger()
    assert len(shown) == 1
    text = shown[0].text()
    assert str(services.database.location.path) in text
    for expected in (
        "Agenda Desktop 0.",
        "PySide6",
        "shiboken6",
        "LGPL-3.0",
        "SQLAlchemy",
        "Alembic",
        "openpyxl",
        "pyqtgraph",
        "NumPy",
        "BSD-3-Clause",
        "reportlab",
        "platformdirs",
        "psycopg",
        "PSF",
        "Mål och delmål: FN (Open SDG, MIT)",
        "Nyckeltal: Källa: Kolada",
    ):
        assert expected in text
    import sqlalchemy

    assert sqlalchemy.__version__ in text


def test_saved_settings_refresh_the_title_and_pass_on_a_new_language(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_dialog = pytest.importorskip("agenda_desktop.gui.settings_dialog")
    dialog_class: Any = settings_dialog.SettingsDialog
    organisation = window.services.organisation

    def exec_(self: Any) -> int:
        # As if the user renamed the organisation, chose English and pressed OK.
        from agenda_desktop.core.services.organisation import ProfileData

        profile = organisation.profile()
        assert profile is not None
        organisation.save_profile(
            ProfileData(profile.municipality_id, "Nya namnet", profile.diarie_prefix)
        )
        self.languageChanged.emit("en")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(dialog_class, "exec", exec_)
    with qtbot.waitSignal(window.languageChanged, timeout=1000) as blocker:
        window.window_actions.settings.trigger()
    assert blocker.args == ["en"]
    assert "Nya namnet" in window.windowTitle()
    assert window.page("overview").header.title.text() == "Nya namnet"  # type: ignore[attr-defined]


def test_placeholder_pages_say_what_they_will_hold(qtbot: QtBot) -> None:
    # Built directly: the window may already show a real page for some of these keys.
    specs = {spec.key: spec for spec in page_specs()}
    texts = page_texts()
    for key, title, _ in PAGES[1:]:
        page = PlaceholderPage(specs[key])
        qtbot.addWidget(page)
        shown = " ".join(label.text() for label in page.findChildren(QLabel))
        assert page.heading.text() == title
        assert texts[key][0] in shown
        assert "Här kommer ni att kunna" in shown


def test_the_change_log_lists_the_latest_changes_and_filters_them(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agenda_desktop.gui.change_log_dialog import ChangeLogDialog

    services.database.actor = "Anna Berg"
    services.glossary.add("Klimatlöfte", "Ett löfte i Klimatkommunerna")
    seen: list[list[str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChangeLogDialog):
            QTimer.singleShot(20, read_and_close)
            return
        assert dialog.windowTitle() == "Ändringslogg"
        first = [dialog.model.index(0, c).data() for c in range(5)]
        seen.append(first)
        dialog.actor.setCurrentIndex(dialog.actor.findData("Exempeldata"))
        seen.append([dialog.model.index(0, 1).data()])
        dialog.search.setText("finns inte någonstans")
        assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.window_actions.change_log.trigger()
    assert seen[0][1:4] == ["Anna Berg", "Skapad", "Term: Klimatlöfte"]
    assert "Förklaring: Ett löfte i Klimatkommunerna" in seen[0][4]
    assert seen[1] == ["Exempeldata"]
