"""The protocol panel: draw up, write decisions, sign, adjust, and read-only afterwards."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.protocols_types import INFORMATION_CLAUSE
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AgendaItem, Body, Meeting, Person
from agenda_desktop.gui.meetings import protocol_links
from agenda_desktop.gui.meetings.protocol_panel import ProtocolPanel
from agenda_desktop.gui.meetings.protocol_search import ProtocolSearchDialog

MARCH = date(2026, 3, 12)


def make_meeting(
    database: Database, keeps_notes: bool = False, name: str = "Kommunstyrelsen"
) -> int:
    with database.unit_of_work() as session:
        body = Body(
            name=name,
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
    box.new_adjuster.setCurrentIndex(box.new_adjuster.findText("Bo Lind"))
    box.add_adjuster.click()
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


def test_any_number_of_adjusters_in_order(panel) -> None:
    widget, meeting_id = panel
    box = widget.signatories
    for name in ("Cia Öst", "Anna Ek", "Bo Lind", "Anna Ek"):  # Anna only once
        box.new_adjuster.setCurrentIndex(box.new_adjuster.findText(name))
        box.add_adjuster.click()
    assert [box.adjusters.item(i).text() for i in range(box.adjusters.count())] == [
        "1. Cia Öst",
        "2. Anna Ek",
        "3. Bo Lind",
    ]
    box.adjusters.setCurrentRow(1)
    box.remove_adjuster.click()
    assert box.adjusters.item(1).text() == "2. Bo Lind"
    box.save.click()
    protocol = widget._protocols.protocol(meeting_id)
    assert [p.name for p in protocol.adjusters] == ["Cia Öst", "Bo Lind"]
    widget.show_meeting(meeting_id)  # read back in the same order
    assert box.adjuster_ids() == [p.id for p in protocol.adjusters]


def test_paragraph_links_to_goals_objectives_and_actions(
    qtbot, services: Services, monkeypatch
) -> None:
    meeting_id = make_meeting(services.database, name="Testnämnden")
    widget = ProtocolPanel(services)
    qtbot.addWidget(widget)
    widget.show_meeting(meeting_id)
    widget.table.selectRow(1)
    assert widget.links.label.text() == "Beslutet är inte kopplat till mål eller åtgärder."
    catalogue = widget.catalogue()
    kinds = [key[0] for key in catalogue.names]
    assert kinds.count("goal") == 17 and "objective" in kinds and "action" in kinds
    assert "commitment" in kinds  # the demo's network commitments
    objective = next(key for key in catalogue.names if key[0] == "objective")
    action = next(key for key in catalogue.names if key[0] == "action")
    commitment = next(key for key in catalogue.names if key[0] == "commitment")
    offered: list[tuple[str, list]] = []

    def answer(keys):
        def fake_choose(_parent, title, choices, checked):
            offered.append((title, sorted(checked)))
            return keys

        return fake_choose

    monkeypatch.setattr(
        protocol_links, "choose", answer([("goal", "13"), objective, action, commitment])
    )
    widget.links.button.click()
    paragraph = widget.selected()
    assert paragraph is not None and paragraph.title == "Budget 2027"
    assert {(link.kind, link.target) for link in paragraph.links} == {
        ("goal", "13"),
        objective,
        action,
        commitment,
    }
    # The paragraph is now evidence of the commitment as well.
    evidence = services.commitments.commitment(int(commitment[1])).evidence
    assert paragraph.item_id in [e.agenda_item_id for e in evidence]
    assert catalogue.names[commitment].startswith("Åtagande ")
    text = widget.links.label.text()
    assert text.startswith("Beslutet gäller: Mål 13 Bekämpa klimatförändringarna · ")
    assert catalogue.names[objective] in text and catalogue.names[action] in text
    assert catalogue.names[objective].startswith("Målsättning ")
    assert catalogue.names[action].startswith("Åtgärd ")
    # unchecking removes, and the picker is opened with what is linked
    monkeypatch.setattr(protocol_links, "choose", answer([action]))
    widget.links.button.click()
    assert offered[-1][1] == sorted([("goal", "13"), objective, action, commitment])
    paragraph = widget.selected()
    assert paragraph is not None
    assert [(link.kind, link.target) for link in paragraph.links] == [action]
    # cancelling changes nothing
    monkeypatch.setattr(protocol_links, "choose", lambda *_args: None)
    widget.links.button.click()
    assert widget.selected() is not None and len(widget.selected().links) == 1


def test_links_are_read_only_once_adjusted(qtbot, services: Services) -> None:
    adjusted = next(
        meeting
        for body in services.protocols.bodies()
        for meeting in services.meetings.meetings(body.id)
        if meeting.is_adjusted
    )
    widget = ProtocolPanel(services)
    qtbot.addWidget(widget)
    widget.show_meeting(adjusted.meeting_id)
    assert widget.selected() is not None
    assert not widget.links.button.isEnabled()
    assert not widget.signatories.add_adjuster.isEnabled()
    assert not widget.signatories.remove_adjuster.isEnabled()
