"""Om Agenda Desktop: version, where the database is, and the licences of what we ship."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from agenda_desktop import APP_NAME, __version__


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


# (shown name, distribution names to try, licence). PySide6 is installed either as the
# full "PySide6" or as "PySide6-Essentials"; both carry the same licence.
BUNDLED = (
    ("PySide6", ("PySide6", "PySide6-Essentials"), "LGPL-3.0"),
    ("shiboken6", ("shiboken6",), "LGPL-3.0"),
    ("SQLAlchemy", ("SQLAlchemy",), "MIT"),
    ("Alembic", ("alembic",), "MIT"),
    ("openpyxl", ("openpyxl",), "MIT"),
    ("pyqtgraph", ("pyqtgraph",), "MIT"),
    ("NumPy", ("numpy",), "BSD-3-Clause"),
    ("reportlab", ("reportlab",), "BSD"),
    ("platformdirs", ("platformdirs",), "MIT"),
    ("psycopg", ("psycopg",), "LGPL-3.0"),
    ("psycopg-binary (libpq)", ("psycopg-binary",), "LGPL-3.0; libpq: PostgreSQL"),
)


def _installed_version(distributions: tuple[str, ...]) -> str | None:
    for distribution in distributions:
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return None


def bundled_components() -> list[Component]:
    """The libraries the app ships with, their installed versions and their licences."""
    unknown = QCoreApplication.translate("AboutDialog", "okänd version")
    components = [
        Component(name, _installed_version(distributions) or unknown, licence)
        for name, distributions, licence in BUNDLED
    ]
    components.insert(0, Component("Qt", qVersion(), "LGPL-3.0"))
    components.append(Component("Python", platform.python_version(), "PSF"))
    return components


class AboutDialog(QDialog):
    """A read-only page the user can select and copy from, e.g. into a support e-mail."""

    def __init__(self, database_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Agenda Desktop"))
        self.resize(620, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self.html(database_location))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def html(self, database_location: str) -> str:
        rows = "".join(
            f"<tr><td>{escape(c.name)}</td><td>{escape(c.version)}</td>"
            f"<td>{escape(c.licence)}</td></tr>"
            for c in bundled_components()
        )
        # Each tr() stands alone (not inside an f-string) so that lupdate finds it.
        free = self.tr("Agenda Desktop är fri programvara under GPL-3.0 eller senare.")
        database = self.tr("Databas")
        versions = self.tr("Versioner")
        bundled = self.tr("Bibliotek som följer med programmet")
        library = self.tr("Bibliotek")
        version = self.tr("Version")
        licence = self.tr("Licens")
        sources = self.tr("Källor")
        goals_source = self.tr("Mål och delmål: FN (Open SDG, MIT)")
        kolada_source = self.tr("Nyckeltal: Källa: Kolada")
        about = self.tr(
            "Stöd för kommunens arbete med Agenda 2030: nulägesanalys, mål, "
            "handlingsplan, dialog, uppföljning, nyckeltal, möten och nätverk."
        )
        runtime = self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=qVersion(), pyside=pyside_version, python=platform.python_version()
        )
        parts = [
            f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>",
            f"<p>{escape(about)}</p>",
            f"<p>{escape(free)}</p>",
            f"<h3>{escape(database)}</h3><p>{escape(database_location)}</p>",
            f"<h3>{escape(versions)}</h3><p>{escape(runtime)}</p>",
            f"<h3>{escape(bundled)}</h3>",
            "<table cellspacing='0' cellpadding='4'>"
            f"<tr><th align='left'>{escape(library)}</th>"
            f"<th align='left'>{escape(version)}</th>"
            f"<th align='left'>{escape(licence)}</th></tr>{rows}</table>",
            f"<h3>{escape(sources)}</h3><ul>"
            f"<li>{escape(goals_source)}</li><li>{escape(kolada_source)}</li></ul>",
        ]
        return "".join(parts)

    def text(self) -> str:
        """The dialog's content as plain text."""
        return self.browser.toPlainText()
