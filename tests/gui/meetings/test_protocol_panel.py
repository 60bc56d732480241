"""The protocol panel: draw up, write decisions, sign, adjust, and read-only afterwards."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.protocols_types import INFORMATION_CLAUSE
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AgendaItem, Body, Meeting, Person
from agenda_desktop.gui.meetings.protocol_panel import ProtocolPanel
from agenda_desktop.gui.meetings.protocol_search import ProtocolSearchDialog

MARCH = date(2026, 3, 12)


def make_meeting(database: Database, keeps_notes: bool = False) -> int:
    with database.unit_of_work() as session:
        body = Body(
            name="Kommunstyrelsen",
            kind="styrelse",
            numbering="lopande",
            numbering_start=1166,
            keeps_notes=keeps_notes,
        )
        session.add(body)
        session.add_all([Person(name="Anna Ek"), Person(name="Bo Lind"), Person(name="Cia Öst")])
        session.flush()
        meeting = Meeting(body_id=body.id, held_on=MARCH, starts_at=time(13), place="Salen")
        session.add(meeting)
        session.flush()
        titles = [
            ("Mötets öppnande", "beslut"),
            ("Budget 2027", "beslut"),
            ("Information om Agenda 2030", "information"),
        ]
        session.add_all(
            AgendaItem(meeting_id=meeting.id, position=i + 1, title=title, kind=kind)
            for i, (title, kind) in enumerate(titles)
        )
        return meeting.id


@pytest.fixture
def panel(qtbot, fresh_database: Database) -> tuple[ProtocolPanel, int]:
    services = Services.for_database(fresh_database)
    meeting_id = make_meeting(fresh_database)
    widget = ProtocolPanel(services)
    qtbot.addWidget(widget)
    widget.show_meeting(meeting_id)
    return widget, meeting_id


def test_draw_up_write_decision_sign_and_adjust(panel, message_boxes) -> None:
    widget, _meeting_id = panel
    assert "ej upprättat" in widget.heading.text()
    assert not widget.adjust_button.isEnabled()
    widget.draw_up_button.click()
    assert widget.model.index(0, 0).data() == "§ 1166"
    assert "§ 1166–1168" in widget.heading.text()
    widget.table.selectRow(2)
    assert widget.editor.clauses.item(0).text() == INFORMATION_CLAUSE
    widget.table.selectRow(1)
    widget.editor.intro.setText("Kommunstyrelsen beslutar")
    widget.editor.intro.textEdited.emit("Kommunstyrelsen beslutar")
    widget.editor.add_clause.click()
    widget.editor.clauses.item(0).setText("att fastställa budgeten")
    widget.editor.save.click()
    protocol = widget.protocol
    assert protocol is not None
    assert protocol.paragraphs[1].clauses == ("att fastställa budgeten",)
    box = widget.signatories
    box.secretary.setCurrentIndex(box.secretary.findText("Anna Ek"))
    box.adjusters[0].setCurrentIndex(box.adjusters[0].findText("Bo Lind"))
    box.adjustment_date.setDate(QDate(2026, 3, 14))
    box.save.click()
    assert widget.adjust_button.isEnabled()
    widget.adjust_button.click()
    assert "aldrig" in message_boxes.texts("question")[0]
    assert widget.protocol is not None and widget.protocol.is_adjusted
    assert widget.banner.isVisibleTo(widget)
    assert widget.banner.text().startswith("Justerat 2026-03-14 · Kontrollsumma ")
    assert widget.protocol.fingerprint is not None
    assert widget.protocol.fingerprint[:8] in widget.banner.text()
    # read-only for good
    assert widget.editor.intro.isReadOnly() and not widget.editor.save.isEnabled()
    assert not widget.draw_up_button.isEnabled() and not widget.adjust_button.isEnabled()
    assert not box.save.isEnabled()
    widget.verify_button.click()
    assert "oförändrat" in message_boxes.texts("information")[0]


def test_adjusting_can_be_declined_and_refusals_are_shown(panel, message_boxes) -> None:
    widget, _meeting_id = panel
    widget.draw_up_button.click()
    message_boxes.answer_yes = False
    widget.adjust_button.click()
    assert widget.protocol is not None and not widget.protocol.is_adjusted
    message_boxes.answer_yes = True
    widget.adjust_button.click()  # no secretary yet: the service refuses, the panel says so
    assert "sekreterare" in message_boxes.texts("warning")[0]


def test_typed_decision_is_kept_when_another_paragraph_is_chosen(panel) -> None:
    widget, _meeting_id = panel
    widget.table.selectRow(1)
    widget.editor.add_clause.click()
    widget.editor.clauses.item(0).setText("att anta budgeten")
    widget.table.selectRow(0)
    assert widget.protocol is not None
    assert widget.protocol.paragraphs[1].clauses == ("att anta budgeten",)
    assert widget.editor.paragraph is not None and widget.editor.paragraph.position == 1


def test_notes_body_shows_outcome(qtbot, fresh_database: Database) -> None:
    services = Services.for_database(fresh_database)
    meeting_id = make_meeting(fresh_database, keeps_notes=True)
    widget = ProtocolPanel(services)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_meeting(meeting_id)
    widget.table.selectRow(1)
    assert widget.editor.outcome.isVisible() and not widget.editor.intro.isVisible()
    widget.editor.outcome.setPlainText("Rådet skriver till kostenheten.")
    widget.editor.save.click()
    assert widget.protocol is not None
    assert widget.protocol.paragraphs[1].outcome == "Rådet skriver till kostenheten."
    assert widget.heading.text().startswith("Anteckningar")


def test_search_dialog_finds_and_opens(qtbot, panel) -> None:
    widget, meeting_id = panel
    dialog = ProtocolSearchDialog(widget._protocols)
    qtbot.addWidget(dialog)
    dialog.text.setText("agenda 2030")
    dialog.run_search()
    assert dialog.model.rowCount() == 1
    assert dialog.status.text() == "1 paragraf hittades."
    chosen: list[tuple[int, int]] = []
    dialog.paragraph_chosen.connect(lambda m, i: chosen.append((m, i)))
    dialog.table.selectRow(0)
    dialog.open_button.click()
    assert chosen and chosen[0][0] == meeting_id
    dialog.text.setText("finns inte")
    dialog.run_search()
    assert dialog.status.text() == "Inga paragrafer hittades."
