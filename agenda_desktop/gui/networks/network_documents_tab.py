"""Dokument, a tab of a network: files copied into the database (never a path), opened,
saved as a copy and removed here. Files can also be dropped onto the table."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.file_names import safe_filename
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkDocumentInfo
from agenda_desktop.gui.formatting import file_size
from agenda_desktop.gui.messages import confirm, show_error, show_warning
from agenda_desktop.gui.networks.network_part_tab import NetworkPartTab
from agenda_desktop.gui.row_table_model import AnyIndex, RowTableModel, selected_row
from agenda_desktop.gui.style import MUTED_INK, fitted_table

ROW_ROLE = Qt.ItemDataRole.UserRole


class NetworkDocumentTableModel(RowTableModel[NetworkDocumentInfo]):
    """Titel, Fil, Storlek (e.g. "1,4 MB") and Tillagd (ISO date and time)."""

    def headers(self) -> Sequence[str]:
        translate = QCoreApplication.translate
        return [
            translate("NetworkDocumentsTab", "Titel"),
            translate("NetworkDocumentsTab", "Fil"),
            translate("NetworkDocumentsTab", "Storlek"),
            translate("NetworkDocumentsTab", "Tillagd"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self.rows[index.row()]
        if role == ROW_ROLE:
            return document
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (document.title, document.filename, file_size(document.size),
                  f"{document.added_at:%Y-%m-%d %H:%M}")  # fmt: skip
        return values[index.column()]


def local_files(urls: Iterable[QUrl]) -> list[Path]:
    """The dropped URLs that are files on this computer (folders and web links left out)."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class DocumentTable(QTableView):
    """A table that takes files dropped from the file manager: ``filesDropped(paths)``."""

    filesDropped = Signal(list)  # noqa: N815 (Qt naming); list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.accepting = False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider(event)

    def _consider(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self.accepting and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData().urls()) if self.accepting else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(paths)


class NetworkDocumentsTab(NetworkPartTab):
    """The chosen network's documents; ``changed`` after every saved change."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._folder: Path | None = None
        self.model = NetworkDocumentTableModel(self)
        self.view = DocumentTable(self)
        fitted_table(self.view, self.model, 0)
        self.view.doubleClicked.connect(lambda _index: self.open_document())
        self.view.filesDropped.connect(self.add_files)
        label = QLabel(self.tr("Nätverkets &dokument:"), self)
        label.setBuddy(self.view)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED_INK};")

        self.add_button = QPushButton(self.tr("&Lägg till…"), self)
        self.open_button = QPushButton(self.tr("Ö&ppna"), self)
        self.save_button = QPushButton(self.tr("&Spara som…"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort"), self)
        self.add_button.clicked.connect(self.add_document)
        self.open_button.clicked.connect(self.open_document)
        self.save_button.clicked.connect(lambda: self.save_document())
        self.remove_button.clicked.connect(self.remove_document)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._lay_out(label, self.view, self.hint, buttons)

    # -- showing -----------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        previous = self.current_document()
        wanted = select if select is not None else (previous.document_id if previous else None)
        documents = self._network_part(lambda network: network.documents)
        self.model.set_rows(documents)
        ids = [document.document_id for document in documents]
        if ids:
            self.view.selectRow(ids.index(wanted) if wanted in ids else 0)
        if self.network_id is None:
            self.hint.setText(self.tr("Välj ett nätverk för att se dess dokument."))
        elif not documents:
            self.hint.setText(
                self.tr(
                    "Inga dokument ännu. Lägg till en fil med Lägg till… eller dra den hit. "
                    "Filen kopieras in i databasen."
                )
            )
        else:
            self.hint.setText(self.tr("Dra filer hit för att lägga till dem."))
        self.view.accepting = self.network_id is not None
        self._update_buttons()

    def current_document(self) -> NetworkDocumentInfo | None:
        document: NetworkDocumentInfo | None = selected_row(self.view, ROW_ROLE)
        return document

    def _update_buttons(self) -> None:
        chosen = self.current_document() is not None
        self.add_button.setEnabled(self.network_id is not None)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # -- adding and removing -----------------------------------------------------------

    def add_document(self) -> None:
        """Ask for a file and an optional title, and copy the file into the database."""
        if self.network_id is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Lägg till dokument"))
        if not name:
            return
        path = Path(name)
        title, ok = QInputDialog.getText(
            self, self.tr("Dokumentets titel"),
            self.tr("Titel (lämna tomt för att använda filens namn):"),
            QLineEdit.EchoMode.Normal, path.stem,
        )  # fmt: skip
        if ok:
            self.add_files([path], title.strip())

    def add_files(self, paths: list[Path], title: str = "") -> None:
        """Copy each file into the database (dropped files keep their file name as title)."""
        network_id = self.network_id
        if network_id is None:
            return
        added: list[int] = []
        problems: list[str] = []
        for path in paths:
            try:
                added.append(
                    self._services.networks.add_document(network_id, path, title).document_id
                )
            except AgendaError as error:
                problems.append(str(error))
        self.reload(added[-1] if added else None)
        if added:
            self.changed.emit()
        if problems:
            show_warning(self, "\n\n".join(problems))

    def remove_document(self) -> None:
        document = self.current_document()
        if document is None:
            return
        question = self.tr(
            "Ta bort dokumentet ”%1” ur databasen? Om dokumentet är belägg för ett åtagande "
            "slutar det att vara belägg, och åtagandets status kan ändras."
        ).replace("%1", document.title or document.filename)
        if not confirm(self, question, self.tr("Ta bort dokument")):
            return
        try:
            self._services.networks.remove_document(document.document_id)
        except AgendaError as error:
            show_warning(self, str(error))
            self.reload()
            return
        self.reload()
        self.changed.emit()

    # -- opening and saving ------------------------------------------------------------

    def _content(self, document: NetworkDocumentInfo) -> tuple[str, bytes] | None:
        try:
            return self._services.networks.document_content(document.document_id)
        except AgendaError as error:
            show_error(self, str(error))
            return None

    def open_document(self) -> None:
        """Write the file to a temporary folder and open it with the computer's program."""
        document = self.current_document()
        if document is None:
            return
        content = self._content(document)
        if content is None:
            return
        filename, data = content
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="agenda-natverk-"))
        folder = self._folder / str(document.document_id)
        path = folder / safe_filename(filename, "dokument")
        try:
            folder.mkdir(exist_ok=True)
            path.write_bytes(data)
        except OSError as error:
            show_error(
                self,
                self.tr("Filen kunde inte skrivas till %1 (%2).")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_warning(
                self,
                self.tr(
                    "Det finns inget program som kan öppna %1. Spara en kopia med Spara som… "
                    "och öppna den därifrån."
                ).replace("%1", path.name),
            )

    def save_document(self, path: Path | None = None) -> None:
        """Save a copy of the chosen document (``path`` None: ask where)."""
        document = self.current_document()
        if document is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Spara en kopia av dokumentet"),
                str(Path.home() / safe_filename(document.filename, "dokument")),
            )
            if not chosen:
                return
            path = Path(chosen)
        content = self._content(document)
        if content is None:
            return
        try:
            path.write_bytes(content[1])
        except OSError as error:
            show_error(
                self,
                self.tr("Filen kunde inte sparas i %1 (%2). Välj en annan mapp.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
