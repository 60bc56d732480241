"""The protocol of one meeting: its paragraphs, the chosen one's decision and what it decided
on, the signatures, drawing up (numbering) and adjustment; read-only for good once it is
justerat.

A decision and the signatures are saved with the version they were shown from: when
another secretary saved the same paragraph (or meeting) in between, the conflict dialog
shows both versions. Historik… beside each Save shows the paragraph's (agenda item's) or
the meeting's history; the meeting's includes drawing up and adjusting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.meetings.fingerprint import short
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.protocols_types import Paragraph, ParagraphRef, Protocol
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import ChangeLogDialog
from agenda_desktop.gui.edit_conflict_dialog import save_resolving_conflicts
from agenda_desktop.gui.meetings.protocol_editor import DecisionEditor
from agenda_desktop.gui.meetings.protocol_links import LinkCatalogue, LinkKey, LinksBar, pick_links
from agenda_desktop.gui.meetings.protocol_models import ROW_ROLE, ParagraphTableModel
from agenda_desktop.gui.meetings.protocol_search import ProtocolSearchDialog
from agenda_desktop.gui.meetings.protocol_signatories import SignatoryBox
from agenda_desktop.gui.messages import confirm, show_information, show_warning

BANNER_STYLE = (
    "background: #e6fcf5; border: 1px solid #0ca678; border-radius: 4px; padding: 6px;"
    " font-weight: bold;"
)


class ProtocolPanel(QWidget):
    """``show_meeting(meeting_id)`` loads a protocol; every change goes through the service."""

    # After drawing up or adjusting: the meeting list shows the new state.
    protocolChanged = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._protocols = services.protocols
        self._catalogue: LinkCatalogue | None = None
        self.protocol: Protocol | None = None
        self._correctable: list[ParagraphRef] = []
        self.banner = QLabel(self)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.heading = QLabel(self.tr("Inget möte valt."), self)
        self.heading.setWordWrap(True)
        self.draw_up_button = QPushButton(self.tr("Upprätta protokollet (&numrera paragraferna)"))
        self.adjust_button = QPushButton(self.tr("&Justera…"), self)
        self.verify_button = QPushButton(self.tr("&Verifiera kontrollsumman"), self)
        self.search_button = QPushButton(self.tr("S&ök i protokoll…"), self)
        self.model = ParagraphTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Paragrafer"))
        self.editor = DecisionEditor(self)
        self.links = LinksBar(self)
        self.signatories = SignatoryBox(self)
        self._build()
        self.draw_up_button.clicked.connect(self.draw_up)
        self.adjust_button.clicked.connect(self.adjust)
        self.verify_button.clicked.connect(self.verify)
        self.search_button.clicked.connect(self.open_search)
        self.editor.save_requested.connect(self.save_decision)
        self.signatories.save_requested.connect(self.save_signatories)
        self.editor.history_requested.connect(lambda: self._open(self.paragraph_history()))
        self.signatories.history_requested.connect(lambda: self._open(self.meeting_history()))
        self.links.link_requested.connect(self.link)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._set_enabled()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.draw_up_button, self.adjust_button, self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.links)
        right_layout.addWidget(self.signatories)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 520])  # "§ 1174 Mötets öppnande" readable beside the editor
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    # -- loading -------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int) -> None:
        try:
            protocol = self._protocols.protocol(meeting_id)
            people = self._protocols.people()
            correctable = self._protocols.correctable(meeting_id)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        self.signatories.set_people(people)
        self._correctable = correctable
        self._catalogue = None  # the goals, målsättningar and actions are read again
        self._show(protocol)

    def _show(self, protocol: Protocol, keep_item: int | None = None) -> None:
        self.protocol = protocol
        self.heading.setText(self._heading_text(protocol))
        self.banner.setVisible(protocol.is_adjusted)
        if protocol.is_adjusted and protocol.adjusted_on is not None:
            self.banner.setText(
                self.tr("Justerat %1 · Kontrollsumma %2")
                .replace("%1", protocol.adjusted_on.isoformat())
                .replace("%2", short(protocol.fingerprint))
            )
            self.banner.setToolTip(protocol.fingerprint or "")
        self.model.set_rows(protocol.paragraphs)
        self.signatories.set_protocol(protocol)
        row = next(
            (i for i, p in enumerate(protocol.paragraphs) if p.item_id == keep_item),
            0 if protocol.paragraphs else -1,
        )
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._edit(None)
        self._set_enabled()

    def _heading_text(self, protocol: Protocol) -> str:
        kind = self.tr("Anteckningar") if protocol.keeps_notes else self.tr("Protokoll")
        text = (
            self.tr("%1 · %2 %3")
            .replace("%1", kind)
            .replace("%2", protocol.body_name)
            .replace("%3", protocol.held_on.isoformat())
        )
        if protocol.paragraph_range:
            text += self.tr(" · § %1").replace("%1", protocol.paragraph_range)
        elif protocol.paragraphs:
            text += self.tr(" · ej upprättat")
        return text

    def _set_enabled(self) -> None:
        protocol = self.protocol
        open_protocol = protocol is not None and not protocol.is_adjusted
        self.draw_up_button.setEnabled(open_protocol and bool(protocol and protocol.paragraphs))
        self.adjust_button.setEnabled(open_protocol and bool(protocol and protocol.is_numbered))
        self.verify_button.setVisible(protocol is not None and protocol.is_adjusted)
        self.signatories.setEnabled(protocol is not None)

    def selected(self) -> Paragraph | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        paragraph = self.model.data(rows[0], ROW_ROLE)
        return paragraph if isinstance(paragraph, Paragraph) else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        target = self.selected()
        if self.editor.dirty and self.editor.paragraph is not None and self.protocol:
            # Keep what was typed: the decision is saved before another paragraph is shown.
            if self._save_editor():
                self._show(self.protocol, keep_item=target.item_id if target else None)
            return
        self._edit(target)

    def _edit(self, paragraph: Paragraph | None) -> None:
        protocol = self.protocol
        read_only = protocol is None or protocol.is_adjusted
        keeps_notes = bool(protocol and protocol.keeps_notes)
        self.editor.set_paragraph(paragraph, keeps_notes, read_only)
        self.editor.set_correctable(self._correctable, paragraph.corrects if paragraph else None)
        self.editor.dirty = False
        names = self.catalogue().names if paragraph is not None else {}
        self.links.show_links(paragraph, names, read_only)

    def catalogue(self) -> LinkCatalogue:
        """What a paragraph can be linked to, read once per shown meeting."""
        if self._catalogue is None:
            self._catalogue = LinkCatalogue(self._services)
        return self._catalogue

    # -- actions -------------------------------------------------------------------------

    def _save_editor(self) -> bool:
        """Save the shown paragraph from the version it was shown at; False when nothing
        was saved (a refusal, or the user went back from a conflict: the text stays)."""
        paragraph = self.editor.paragraph
        if paragraph is None or self.protocol is None:
            return True
        keeps_notes = self.protocol.keeps_notes
        outcome, decision = self.editor.outcome_text(), self.editor.decision()
        corrected = self.editor.corrected_item_id()
        current = paragraph.corrects.item_id if paragraph.corrects else None
        item_id = paragraph.item_id

        def store(expected: ExpectedVersion) -> Protocol:
            if keeps_notes:
                saved = self._protocols.set_outcome(item_id, outcome, expected)
            else:
                saved = self._protocols.set_decision(item_id, decision, expected)
            if corrected != current:
                saved = self._protocols.set_correction(item_id, corrected, expected)
            return saved

        try:
            protocol = save_resolving_conflicts(self, paragraph.version, store)
        except AgendaError as error:
            show_warning(self, str(error))
            return False
        if protocol is None:
            return False
        self.editor.dirty = False
        self.protocol = protocol
        return True

    def save_decision(self) -> None:
        paragraph = self.editor.paragraph
        if paragraph is not None and self._save_editor() and self.protocol is not None:
            self._show(self.protocol, keep_item=paragraph.item_id)

    def link(self) -> None:
        """Koppla…: choose the goals, målsättningar and actions the decision concerns."""
        paragraph = self.selected()
        if paragraph is None or self.protocol is None or self.protocol.is_adjusted:
            return
        if not self._save_pending():
            return
        self._show(self.protocol, keep_item=paragraph.item_id)
        paragraph = self.protocol.paragraph(paragraph.item_id) or paragraph
        title = self.tr("Vad gäller beslutet i %1?").replace("%1", paragraph.label)
        answer = pick_links(self, title, self.catalogue(), paragraph)
        if answer is None:
            return
        self.apply_links(paragraph.item_id, *answer)

    def apply_links(self, item_id: int, added: list[LinkKey], removed: list[LinkKey]) -> None:
        protocol = self.protocol
        try:
            for kind, target in removed:
                protocol = self._protocols.remove_link(item_id, kind, target)
            for kind, target in added:
                protocol = self._protocols.add_link(item_id, kind, target)
        except AgendaError as error:
            show_warning(self, str(error))
            if self.protocol is not None:
                protocol = self._protocols.protocol(self.protocol.meeting_id)
        if protocol is not None:
            self._show(protocol, keep_item=item_id)

    def save_signatories(self) -> None:
        if self.protocol is None:
            return
        meeting_id, data = self.protocol.meeting_id, self.signatories.signatories()
        try:
            protocol = save_resolving_conflicts(
                self,
                self.protocol.version,
                lambda expected: self._protocols.set_signatories(meeting_id, data, expected),
            )
        except AgendaError as error:
            show_warning(self, str(error))
            return
        if protocol is not None:
            self._show(protocol, keep_item=self._current_item())

    def paragraph_history(self) -> ChangeLogDialog | None:
        """Historik of the shown paragraph: its decision, clauses, links and agenda item."""
        paragraph = self.editor.paragraph
        if paragraph is None:
            return None
        record = RecordRef.of("agenda_item", paragraph.item_id)
        title = f"{paragraph.label} {paragraph.title}"
        return ChangeLogDialog(self._services.change_log, record, title, self)

    def meeting_history(self) -> ChangeLogDialog | None:
        """Historik of the meeting: signatures, drawing up, adjustment, attendance."""
        protocol = self.protocol
        if protocol is None:
            return None
        record = RecordRef.of("meeting", protocol.meeting_id)
        title = f"{protocol.body_name} {protocol.held_on.isoformat()}"
        return ChangeLogDialog(self._services.change_log, record, title, self)

    @staticmethod
    def _open(dialog: ChangeLogDialog | None) -> None:
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def draw_up(self) -> None:
        if self.protocol is None or not self._save_pending():
            return
        try:
            protocol = self._protocols.draw_up(self.protocol.meeting_id)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        self._show(protocol, keep_item=self._current_item())
        self.protocolChanged.emit(protocol.meeting_id)

    def adjust(self) -> None:
        protocol = self.protocol
        if protocol is None or not self._save_pending():
            return
        on = self.signatories.chosen_date() or date.today()
        question = (
            self.tr(
                "Justera protokollet från %1 den %2?\n\nEfter justering kan protokollet aldrig "
                "ändras. En rättelse görs genom ett nytt beslut i ett senare möte."
            )
            .replace("%1", f"{protocol.body_name} {protocol.held_on.isoformat()}")
            .replace("%2", on.isoformat())
        )
        if not confirm(self, question, self.tr("Justera protokollet")):
            return
        try:
            adjusted = self._protocols.adjust(protocol.meeting_id, on)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        self._show(adjusted, keep_item=self._current_item())
        self.protocolChanged.emit(adjusted.meeting_id)

    def verify(self) -> None:
        if self.protocol is None:
            return
        try:
            result = self._protocols.verify(self.protocol.meeting_id)
        except AgendaError as error:
            show_warning(self, str(error))
            return
        if result.matches:
            show_information(
                self,
                self.tr("Protokollet är oförändrat sedan justeringen (kontrollsumma %1).").replace(
                    "%1", short(result.computed)
                ),
                self.tr("Kontrollsumman stämmer"),
            )
        else:
            show_warning(
                self,
                self.tr(
                    "Protokollets innehåll stämmer inte med kontrollsumman från justeringen. "
                    "Databasfilen har ändrats utanför programmet; använd en säkerhetskopia."
                ),
                self.tr("Kontrollsumman stämmer inte"),
            )

    def open_search(self) -> None:
        dialog = ProtocolSearchDialog(self._protocols, self)
        dialog.paragraph_chosen.connect(self._open_hit)
        dialog.open()

    def _open_hit(self, meeting_id: int, item_id: int) -> None:
        self.show_meeting(meeting_id)
        if self.protocol is not None:
            self._show(self.protocol, keep_item=item_id)

    def _save_pending(self) -> bool:
        return not self.editor.dirty or self._save_editor()

    def _current_item(self) -> int | None:
        paragraph = self.selected()
        return paragraph.item_id if paragraph else None
