"""The main window's menus and actions: layout only, the window wires their behaviour."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from agenda_desktop.gui.navigation import PageSpec

# Översikt is Ctrl+0 so that Ctrl+1 … Ctrl+5 are the steps with those numbers; the tools
# that follow take Ctrl+6 … Ctrl+9.
PAGE_SHORTCUT_KEYS = "0123456789"


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's standard binding plus a fallback where the platform has none
    (Windows binds no key to Quit or Preferences)."""
    bindings = list(QKeySequence.keyBindings(standard))
    fallback_sequence = QKeySequence(fallback)
    if fallback_sequence not in bindings:
        bindings.append(fallback_sequence)
    return bindings


class WindowActions(QObject):
    """Creates every menu action of a main window and puts them in its menu bar."""

    def __init__(self, window: QMainWindow, pages: list[PageSpec]) -> None:
        super().__init__(window)
        self.new_database = QAction(self.tr("&Ny databas…"), window)
        self.new_database.setShortcuts(QKeySequence.StandardKey.New)
        self.new_database.setStatusTip(self.tr("Skapa en ny, tom databasfil"))
        self.open_database = QAction(self.tr("Ö&ppna databas…"), window)
        self.open_database.setShortcuts(QKeySequence.StandardKey.Open)
        self.open_database.setStatusTip(self.tr("Öppna en befintlig databasfil"))
        self.open_demo = QAction(self.tr("Öppna &exempeldatabas"), window)
        self.open_demo.setStatusTip(
            self.tr("Öppna Exempelkommun, en påhittad kommun att prova programmet med")
        )
        self.shared_database = QAction(self.tr("&Gemensam databas…"), window)
        self.shared_database.setStatusTip(
            self.tr("Arbeta i kommunens gemensamma databas på en PostgreSQL-server")
        )
        self.backup = QAction(self.tr("&Säkerhetskopiera nu"), window)
        self.backup.setStatusTip(self.tr("Kopiera databasen till mappen med säkerhetskopior"))
        self.restore = QAction(self.tr("Å&terställ säkerhetskopia…"), window)
        self.restore.setStatusTip(self.tr("Ersätt databasen med en tidigare säkerhetskopia"))
        self.quit = QAction(self.tr("&Avsluta"), window)
        self.quit.setShortcuts(_shortcuts(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings = QAction(self.tr("&Inställningar…"), window)
        self.settings.setShortcuts(_shortcuts(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings.setStatusTip(self.tr("Organisationens uppgifter, logotyp och språk"))
        self.change_log = QAction(self.tr("&Ändringslogg…"), window)
        self.change_log.setStatusTip(self.tr("Vem som har ändrat vad i databasen, och när"))
        self.about = QAction(self.tr("&Om Agenda Desktop…"), window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.page_group = QActionGroup(window)
        self.page_group.setExclusive(True)
        self.pages: dict[str, QAction] = {}
        for number, spec in enumerate(pages):
            action = QAction(spec.menu_text, window)
            action.setCheckable(True)
            action.setData(spec.key)
            if number < len(PAGE_SHORTCUT_KEYS):
                action.setShortcut(QKeySequence(f"Ctrl+{PAGE_SHORTCUT_KEYS[number]}"))
            self.page_group.addAction(action)
            self.pages[spec.key] = action

        self._populate(window, pages)

    def _populate(self, window: QMainWindow, pages: list[PageSpec]) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&Arkiv"))
        file_menu.setToolTipsVisible(True)  # the tooltip says why backups may be disabled
        file_menu.addActions(
            [self.new_database, self.open_database, self.shared_database, self.open_demo]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.backup, self.restore])
        file_menu.addSeparator()
        file_menu.addAction(self.change_log)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(self.tr("&Redigera"))
        edit_menu.addAction(self.settings)

        view_menu = bar.addMenu(self.tr("&Visa"))
        self._add_pages(view_menu, pages)

        help_menu = bar.addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.about)

    def _add_pages(self, menu: QMenu, pages: list[PageSpec]) -> None:
        section = ""
        for spec in pages:
            if spec.section != section:
                menu.addSeparator()
                section = spec.section
            menu.addAction(self.pages[spec.key])

    def set_backups_available(self, available: bool, reason: str) -> None:
        """Enable the backup actions, or disable them with a tooltip that says why."""
        for action in (self.backup, self.restore):
            action.setEnabled(available)
            action.setToolTip("" if available else reason)
            action.setStatusTip(reason if not available else action.statusTip())
