"""Ny punkt / Ändra punkt: title, kind, diarienummer, rapporteur, the matter and attachments.

Attachments are copied into the database at once (each is its own action); they can be
added once the item exists, i.e. when an item is edited. A change is saved with the
version the dialog was filled from and offers the item's history (Historik…).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.file_names import safe_filename
from agenda_desktop.core.meetings import agenda_rules as rules
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInfo, AgendaItemInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.meetings.meeting_models import (
    ROW_ROLE,
    AttachmentTableModel,
)
from agenda_desktop.gui.meetings.vocabulary_names import item_kind_names
from agenda_desktop.gui.messages import show_warning


class AgendaItemDialog(SavingDialog):
    """Calls ``store`` with the typed item on Spara, and, for a change of ``item``, the
    version it began from (None for a new item)."""

    def __init__(
        self,
        services: Services,
        store: Callable[[AgendaItemInput, ExpectedVersion | None], object],
        item: AgendaItemInfo | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Ny punkt")
            if item is None
            else self.tr("Punkt %1").replace("%1", str(item.position))
        )
        super().__init__(title, parent)
        self._services = services
        self._store = store
        self._item = item
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("t.ex. Budget 2026 för ungdomsrådet"))
        self.kind = QComboBox(self)
        for code, name in item_kind_names().items():
            self.kind.addItem(name, code)
        self.diarienummer = QLineEdit(self)
        self.diarienummer.setPlaceholderText(self.tr("t.ex. KS 2025/123"))
        self.rapporteur = QLineEdit(self)
        self.rapporteur.setPlaceholderText(self.tr("t.ex. Kommundirektören"))
        self.matter = QPlainTextEdit(self)
        self.matter.setPlaceholderText(self.tr("Ärendet och bakgrunden."))
        self.form.addRow(self.tr("&Rubrik:"), self.title)
        self.form.addRow(self.tr("&Typ av ärende:"), self.kind)
        self.form.addRow(self.tr("&Diarienummer:"), self.diarienummer)
        self.form.addRow(self.tr("&Föredragande:"), self.rapporteur)
        self.form.addRow(self.tr("Ä&rendet:"), self.matter)
        self._fields = {
            rules.FIELD_TITLE: self.title,
            rules.FIELD_KIND: self.kind,
            rules.FIELD_DIARIENUMMER: self.diarienummer,
            rules.FIELD_RAPPORTEUR: self.rapporteur,
            rules.FIELD_MATTER: self.matter,
        }
        self.attachments = AttachmentTableModel(self)
        self.attachment_view = QTableView(self)
        self.attachment_view.setModel(self.attachments)
        self.attachment_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.attachment_view.horizontalHeader().setStretchLastSection(True)
        self.attachment_view.setMaximumHeight(130)
        attachments_label = QLabel(self.tr("&Bilagor:"), self)
        attachments_label.setBuddy(self.attachment_view)
        self.add_attachment = QPushButton(self.tr("&Lägg till bilaga …"), self)
        self.export_attachment = QPushButton(self.tr("&Spara kopia …"), self)
        self.remove_attachment = QPushButton(self.tr("Ta &bort bilaga"), self)
        self.add_attachment.clicked.connect(self._add_attachment)
        self.export_attachment.clicked.connect(self._export_attachment)
        self.remove_attachment.clicked.connect(self._remove_attachment)
        buttons = QHBoxLayout()
        for button in (self.add_attachment, self.export_attachment, self.remove_attachment):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.form.addRow(attachments_label, self.attachment_view)
        self.form.addRow("", buttons)
        if item is None:
            hint = self.tr("Spara punkten först; sedan kan ni lägga till bilagor.")
            self.add_attachment.setEnabled(False)
            self.add_attachment.setToolTip(hint)
        else:
            self.title.setText(item.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
            self.kind.setEnabled(item.standard is None)
            self.diarienummer.setText(item.diarienummer)
            self.rapporteur.setText(item.rapporteur)
            self.matter.setPlainText(item.matter)
            self._reload_attachments()
        if read_only:
            for widget in (self.title, self.kind, self.diarienummer, self.rapporteur):
                widget.setEnabled(False)
            self.matter.setReadOnly(True)
            self.add_attachment.setEnabled(False)
            self.remove_attachment.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
        if item is not None:
            self.add_history(
                services.change_log,
                RecordRef.of("agenda_item", item.item_id),
                f"{title} {item.title}",
            )
        self.resize(560, 520)

    def save(self) -> None:
        item = self._item
        self._store(
            AgendaItemInput(
                title=self.title.text(),
                matter=self.matter.toPlainText(),
                diarienummer=self.diarienummer.text(),
                rapporteur=self.rapporteur.text(),
                kind=str(self.kind.currentData()),
            ),
            self.expected(item.version) if item is not None else None,
        )

    def _reload_attachments(self) -> None:
        if self._item is not None:
            self.attachments.set_rows(self._services.meetings.attachments(self._item.item_id))

    def _chosen_attachment_id(self) -> int | None:
        index = self.attachment_view.currentIndex()
        if not index.isValid():
            return None
        return int(self.attachments.data(index, ROW_ROLE).attachment_id)

    def attach(self, path: Path) -> None:
        """Copy ``path`` into the database as a bilaga (what the file chooser leads to)."""
        if self._item is None:
            return
        try:
            self._services.meetings.add_attachment(self._item.item_id, path)
        except AgendaError as error:
            show_warning(self, str(error))
        self._reload_attachments()

    def _add_attachment(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Lägg till bilaga"))
        if name:
            self.attach(Path(name))

    def _export_attachment(self) -> None:
        attachment_id = self._chosen_attachment_id()
        if attachment_id is None:
            return
        row = self.attachments.rows[self.attachment_view.currentIndex().row()]
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Spara en kopia av bilagan"), safe_filename(row.filename, "bilaga")
        )
        if not name:
            return
        try:
            self._services.meetings.export_attachment(attachment_id, Path(name))
        except AgendaError as error:
            show_warning(self, str(error))

    def _remove_attachment(self) -> None:
        attachment_id = self._chosen_attachment_id()
        if attachment_id is None:
            return
        try:
            self._services.meetings.remove_attachment(attachment_id)
        except AgendaError as error:
            show_warning(self, str(error))
        self._reload_attachments()
