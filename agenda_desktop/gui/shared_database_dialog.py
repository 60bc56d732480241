"""Gemensam databas (PostgreSQL): choose the municipality's shared database on a server,
test the connection, and switch the app to it.

The password is never stored in the app's settings: it is used for this session, and
saved in the user's PostgreSQL password file only when the user ticks the box (see
agenda_desktop/core/store/server_address.py).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import head_revision
from agenda_desktop.core.store.server_address import (
    DEFAULT_PORT,
    ConnectionCheck,
    ServerAddress,
    check_connection,
    password_file,
    save_password,
)
from agenda_desktop.gui.style import paragraph

OpenLocation = Callable[[DatabaseLocation], bool]


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the user database
        return ""


class SharedDatabaseDialog(QDialog):
    """Server, port, database, user and password; ”Testa anslutningen” says what it found;
    ”Använd” opens the database through ``open_location`` (the app controller's) and
    closes the dialog when it opened."""

    def __init__(
        self,
        open_location: OpenLocation,
        current: DatabaseLocation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_location = open_location
        self.setWindowTitle(self.tr("Gemensam databas (PostgreSQL)"))
        self.setMinimumWidth(520)
        known = ServerAddress.from_url(current.url) if current is not None else None

        self.host = QLineEdit(known.host if known else "", self)
        self.host.setObjectName("hostEdit")
        self.host.setPlaceholderText(self.tr("t.ex. databas.kommun.se"))
        self.port = QSpinBox(self)
        self.port.setObjectName("portBox")
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else DEFAULT_PORT)
        self.database = QLineEdit(known.database if known else "agenda", self)
        self.database.setObjectName("databaseEdit")
        self.user = QLineEdit(known.user if known else _login_name(), self)
        self.user.setObjectName("userEdit")
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("tomt om servern inte frågar efter lösenord"))
        self.save_password = QCheckBox(
            self.tr("Spara lösenordet i PostgreSQL:s lösenordsfil på den här datorn"), self
        )
        self.save_password.setObjectName("savePasswordBox")
        self.save_password.setToolTip(
            self.tr(
                "Lösenordet sparas i {file}, som bara du kan läsa, och används vid nästa "
                "start. Annars gäller det bara tills programmet stängs."
            ).format(file=password_file())
        )

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Databas:"), self.database)
        form.addRow(self.tr("&Användare:"), self.user)
        form.addRow(self.tr("&Lösenord:"), self.password)
        form.addRow("", self.save_password)

        self.test_button = QPushButton(self.tr("&Testa anslutningen"), self)
        self.test_button.setObjectName("testButton")
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = paragraph("", self)
        self.outcome.setObjectName("outcomeLabel")

        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            self.tr("A&nvänd"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.use)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "I en gemensam databas på kommunens PostgreSQL-server arbetar flera "
                    "handläggare i samma uppgifter. Den som sköter servern skapar databasen "
                    "och ger dig server, databas, användare och lösenord. Säkerhetskopior "
                    "av den gemensamma databasen sköts på servern."
                ),
                self,
                muted=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # What the user entered --------------------------------------------------------------

    def address(self) -> ServerAddress | None:
        """The address entered, or None (and a note in the dialog) when a field is empty."""
        fields = (
            (self.host, self.tr("Server")),
            (self.database, self.tr("Databas")),
            (self.user, self.tr("Användare")),
        )
        for edit, name in fields:
            if not edit.text().strip():
                self.outcome.setText(self.tr("Fyll i {field}.").format(field=name))
                edit.setFocus()
                return None
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def location(self) -> DatabaseLocation | None:
        address = self.address()
        return None if address is None else address.location(self.password.text())

    # Testa anslutningen and Använd ------------------------------------------------------

    def test_connection(self) -> bool:
        """Connect once, change nothing, and say in the dialog what was found."""
        location = self.location()
        if location is None:
            return False
        self.outcome.setText(self.tr("Ansluter till {server} …").format(server=self.host.text()))
        try:
            with _busy():
                check = check_connection(location)
        except AgendaError as error:
            self.outcome.setText(str(error))
            return False
        self.outcome.setText(self.verdict(check))
        return not check.newer and not check.foreign_tables

    def verdict(self, check: ConnectionCheck) -> str:
        database = self.database.text().strip()
        works = self.tr("Anslutningen fungerar (PostgreSQL {version}).").format(
            version=check.server_version
        )
        if check.newer:
            return (
                works
                + " "
                + self.tr(
                    "Men databasen {database} har skapats av en nyare version av Agenda Desktop: "
                    "uppdatera programmet för att använda den."
                ).format(database=database)
            )
        if check.foreign_tables:
            return (
                works
                + " "
                + self.tr(
                    "Men databasen {database} innehåller andra tabeller än Agenda Desktops: be "
                    "den som sköter servern om en egen, tom databas för Agenda Desktop."
                ).format(database=database)
            )
        if check.revision is None:
            return (
                works
                + " "
                + self.tr(
                    "Databasen {database} är tom: Agenda Desktop lägger upp sina tabeller när du "
                    "väljer Använd."
                ).format(database=database)
            )
        if check.revision != head_revision():
            return (
                works
                + " "
                + self.tr(
                    "Databasen {database} är en Agenda Desktop-databas från en äldre version; "
                    "den uppgraderas när du väljer Använd. Säkerhetskopiera den på servern först."
                ).format(database=database)
            )
        return (
            works
            + " "
            + self.tr("Databasen {database} är en Agenda Desktop-databas och kan användas.").format(
                database=database
            )
        )

    def use(self) -> None:
        """Save the password if asked, then switch the app to the database."""
        address = self.address()
        if address is None:
            return
        password = self.password.text()
        if self.save_password.isChecked() and password:
            try:
                save_password(address, password)
            except AgendaError as error:
                self.outcome.setText(str(error))
                return
        if self._open_location(address.location(password)):
            self.accept()


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def choose_shared_database(
    parent: QWidget | None, current: DatabaseLocation | None, open_location: OpenLocation
) -> bool:
    """Show the dialog; True when the app switched to a shared database."""
    dialog = SharedDatabaseDialog(open_location, current, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
