"""The main window: navigation in the order of the steering cycle, the pages, and menus.

The window only lays things out and asks; what a menu action does to the database is the
controller's business (``AppController`` in ``app.py``), reached through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from agenda_desktop import APP_NAME
from agenda_desktop.core.demo import is_demo
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.about_dialog import AboutDialog
from agenda_desktop.gui.navigation import (
    KEY_ROLE,
    NavigationDelegate,
    NavigationModel,
    PageSpec,
    page_specs,
)
from agenda_desktop.gui.page_frame import PageFrame
from agenda_desktop.gui.pages import create_page
from agenda_desktop.gui.settings import (
    LAST_PAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    AppSettings,
)
from agenda_desktop.gui.style import ACCENT, INK, NAVIGATION_BACKGROUND
from agenda_desktop.gui.window_actions import WindowActions

NAVIGATION_WIDTH = 260
NAVIGATION_STYLE = f"""
QListView#navigation {{
    background: {NAVIGATION_BACKGROUND}; border: none; border-right: 1px solid #d9dee4;
    padding: 12px 8px; outline: none; color: {INK};
}}
QListView#navigation::item {{ padding: 0 10px; border-radius: 6px; margin: 1px 0; }}
QListView#navigation::item:hover {{ background: #e2e7ec; }}
QListView#navigation::item:selected {{ background: #d3e3f6; color: {INK}; font-weight: bold; }}
QListView#navigation::item:selected:focus {{ border: 2px solid {ACCENT}; }}
"""


class MainWindow(QMainWindow):
    """The window of one open database.

    Signals:
        newDatabaseRequested, openDatabaseRequested, sharedDatabaseRequested,
        openDemoRequested, backupRequested, restoreRequested: the Arkiv menu's actions, for
        the controller to carry out.
        languageChanged(str): Inställningar was saved with another language.
        pageChanged(str): the key of the page now shown.
        closed: the window was closed (Avsluta, or the window's close button).
    """

    newDatabaseRequested = Signal()  # noqa: N815 (Qt naming)
    openDatabaseRequested = Signal()  # noqa: N815
    sharedDatabaseRequested = Signal()  # noqa: N815
    openDemoRequested = Signal()  # noqa: N815
    backupRequested = Signal()  # noqa: N815
    restoreRequested = Signal()  # noqa: N815
    languageChanged = Signal(str)  # noqa: N815
    pageChanged = Signal(str)  # noqa: N815
    closed = Signal()

    def __init__(
        self, services: Services, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self._settings = settings
        self._language = settings.language
        services.database.actor = settings.change_log_name
        self._specs = {spec.key: spec for spec in page_specs()}
        self._pages: dict[str, QWidget] = {}
        # Each page sits in a frame that scrolls when the window is smaller than the page
        # needs, so no page can force the window wider than a small laptop screen.
        self._frames: dict[str, PageFrame] = {}

        self.navigation_model = NavigationModel(list(self._specs.values()), self)
        self.navigation = QListView(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigering"))
        self.navigation.setModel(self.navigation_model)
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.navigation.selectionModel().selectionChanged.connect(self._navigation_changed)

        self.stack = QStackedWidget(self)
        self.stack.setFrameShape(QFrame.Shape.NoFrame)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.window_actions = WindowActions(self, list(self._specs.values()))
        self._connect_actions()
        self.location_label = QLabel(self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location_label, 1)

        self.refresh_window_texts()
        self._update_backup_availability()
        self._restore_settings()
        self.setTabOrder(self.navigation, self.stack)
        self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)

    # Pages -----------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        """Page keys in navigation order."""
        return self.navigation_model.page_keys()

    @property
    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next((key for key, frame in self._frames.items() if frame is current), "overview")

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.current_page_key) if self.stack.currentWidget() else None

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is needed."""
        if key not in self._pages:
            frame = PageFrame(self.stack)
            frame.setObjectName(f"frame-{key}")
            page = create_page(self._specs[key], self.services, self._settings, frame)
            requested = getattr(page, "pageRequested", None)  # a page that links to others
            if requested is not None:
                requested.connect(self.show_page)
            frame.set_page(page)
            self._pages[key] = page
            self._frames[key] = frame
            self.stack.addWidget(frame)
        return self._pages[key]

    def show_page(self, key: str) -> None:
        """Show a page and keep the navigation and the Visa menu in step with it."""
        if key not in self._specs:
            key = "overview"
        if key != self.current_page_key and not self._may_leave(self.current_page()):
            key = self.current_page_key  # the user stays to finish an edit
        self.page(key)
        self.stack.setCurrentWidget(self._frames[key])
        index = self.navigation_model.index_of(key)
        if self.navigation.currentIndex() != index:
            self.navigation.setCurrentIndex(index)
        self.window_actions.pages[key].setChecked(True)
        self.pageChanged.emit(key)

    def _navigation_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            key = indexes[0].data(KEY_ROLE)
            if key != self.current_page_key or self.stack.currentWidget() is None:
                self.show_page(str(key))

    def _page_action_triggered(self, action: QAction) -> None:
        self.show_page(str(action.data()))

    # Menus -----------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        actions = self.window_actions
        actions.new_database.triggered.connect(self.newDatabaseRequested)
        actions.open_database.triggered.connect(self.openDatabaseRequested)
        actions.shared_database.triggered.connect(self.sharedDatabaseRequested)
        actions.open_demo.triggered.connect(self.openDemoRequested)
        actions.backup.triggered.connect(self.backupRequested)
        actions.restore.triggered.connect(self.restoreRequested)
        actions.quit.triggered.connect(self.close)
        actions.settings.triggered.connect(self.open_settings)
        actions.about.triggered.connect(self.show_about)
        actions.change_log.triggered.connect(self.show_change_log)
        actions.page_group.triggered.connect(self._page_action_triggered)

    def _update_backup_availability(self) -> None:
        on_file = self.services.database.location.path is not None
        reason = self.tr(
            "Databasen ligger på en databasserver (PostgreSQL). Säkerhetskopior av den görs "
            "av den som driftar servern, inte av programmet."
        )
        self.window_actions.set_backups_available(on_file, "" if on_file else reason)

    def open_settings(self) -> None:
        """Inställningar; a saved change of language is passed on once the dialog is closed,
        because the controller then rebuilds this window."""
        from agenda_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.services.reference, self.services.organisation, self._settings, self
        )
        chosen: list[str] = []
        dialog.languageChanged.connect(chosen.append)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self.services.database.actor = self._settings.change_log_name
        self.refresh()
        language = chosen[-1] if chosen else self._settings.language
        if language != self._language:
            self.languageChanged.emit(language)

    def show_change_log(self) -> None:
        """Arkiv → Ändringslogg…: the latest changes in the whole database."""
        from agenda_desktop.gui.change_log_dialog import ChangeLogDialog

        dialog = ChangeLogDialog(self.services.change_log, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        dialog = AboutDialog(self.services.database.location.describe(), self)
        dialog.exec()
        dialog.deleteLater()

    # Texts and state -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the profile again (title, Översikt), e.g. after Inställningar was saved."""
        self.refresh_window_texts()
        overview = self._pages.get("overview")
        refresh = getattr(overview, "refresh", None)
        if callable(refresh):
            refresh()

    def refresh_window_texts(self) -> None:
        location = self.services.database.location
        profile = self.services.organisation.profile()
        parts = [APP_NAME]
        if profile is not None:
            parts.append(profile.organisation_name)
        parts.append(location.path.name if location.path is not None else location.describe())
        self.setWindowTitle(" – ".join(parts))
        text = self.tr("Databas: {location}").format(location=location.describe())
        if is_demo(self.services.database):
            text += " · " + self.tr("Exempeldatabas med påhittat innehåll")
        self.location_label.setText(text)

    def _restore_settings(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 840)
        state = self._settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.show_page(self._settings.get(LAST_PAGE))

    def save_settings(self) -> None:
        """Remember geometry, toolbar/dock state and the page for the next window."""
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        self._settings.set(LAST_PAGE, self.current_page_key)
        self._settings.sync()

    @staticmethod
    def _may_leave(page: QWidget | None) -> bool:
        """Ask a page with unsaved edits (one that has ``confirm_leave``) before leaving it."""
        confirm_leave = getattr(page, "confirm_leave", None)
        return True if confirm_leave is None else bool(confirm_leave())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave(self.current_page()):
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
        self.closed.emit()

    def spec(self, key: str) -> PageSpec:
        return self._specs[key]

    def navigation_index(self, key: str) -> QModelIndex:
        return self.navigation_model.index_of(key)
