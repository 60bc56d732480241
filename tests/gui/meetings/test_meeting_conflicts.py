"""Two officers edit one body, agenda item, decision or signature block: the second save
shows both versions and saves what the user chooses; Historik… shows who changed what."""

from __future__ import annotations

from datetime import date, time

from edit_conflicts import answer_conflict, second_officer
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.bodies_types import BodyInput, PersonInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.protocols_types import DecisionInput, Paragraph, SignatoryInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.meetings.agenda_item_dialog import AgendaItemDialog
from agenda_desktop.gui.meetings.bodies_dialogs import BodyDialog
from agenda_desktop.gui.meetings.meeting_dialog import MeetingDialog
from agenda_desktop.gui.meetings.people_dialogs import PersonDialog
from agenda_desktop.gui.meetings.protocol_panel import ProtocolPanel

DAY = date(2026, 3, 12)


def _services(database: Database) -> Services:
    database.actor = "Anna Berg"
    return Services.for_database(database)


def _meeting(services: Services) -> tuple[int, int]:
    body = services.bodies.create_body(BodyInput("Kommunstyrelsen", "styrelse"))
    meeting = services.meetings.create_meeting(
        body.body_id, MeetingInput(DAY, time(13), None, "Sessionssalen")
    )
    item = services.meetings.add_item(meeting.meeting_id, AgendaItemInput("Budget 2027"))
    return meeting.meeting_id, item.item_id


def _history_buttons(dialog: BodyDialog | AgendaItemDialog | MeetingDialog | PersonDialog) -> int:
    return sum(1 for b in dialog.buttons.buttons() if b.text() == "Historik…")


def _no_conflict_expected() -> list[EditConflictDialog]:
    """Answer a conflict dialog that should not appear (so it never blocks the test)."""
    seen: list[EditConflictDialog] = answer_conflict(lambda conflict: conflict.reject())
    return seen


def test_a_body_edited_meanwhile_saves_the_users_choice(
    qtbot: QtBot, fresh_database: Database
) -> None:
    services = _services(fresh_database)
    began = services.bodies.create_body(BodyInput("Ungdomsrådet", "rad", owners="Kommunen"))
    dialog = BodyDialog(services.bodies, began, None, services.change_log)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == 1
    dialog.owners.setText("Kommunen och Regionen")
    with second_officer(fresh_database) as bo:
        bo.bodies.update_body(
            began.body_id,
            BodyInput("Ungdomsrådet", "rad", owners="Kommunen och Folkhögskolan"),
            ExpectedVersion(began.version),
        )

    def choose(conflict: EditConflictDialog) -> None:
        (owners,) = conflict.conflict.fields
        assert (owners.label, owners.saved_text) == ("Huvudman", "Kommunen och Folkhögskolan")
        assert conflict.conflict.changed_by == "Bo Ek"
        conflict.all_saved.click()
        conflict.accept()

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    assert services.bodies.body(began.body_id).owners == "Kommunen och Folkhögskolan"
    assert dialog.result() == BodyDialog.DialogCode.Accepted


def test_an_agenda_item_edited_meanwhile_keeps_the_users_title(
    qtbot: QtBot, fresh_database: Database
) -> None:
    services = _services(fresh_database)
    _meeting_id, item_id = _meeting(services)
    began = services.meetings.item(item_id)

    def store(data: AgendaItemInput, expected: ExpectedVersion | None) -> None:
        services.meetings.update_item(item_id, data, expected)

    dialog = AgendaItemDialog(services, store, began)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == 1
    dialog.title.setText("Budget 2027 och plan 2028–2029")
    with second_officer(fresh_database) as bo:
        bo.meetings.update_item(
            item_id,
            AgendaItemInput("Budget för 2027", diarienummer="KS 2026/12"),
            ExpectedVersion(began.version),
        )
    answered = answer_conflict(lambda conflict: conflict.accept())  # the user's own title
    dialog._save()
    assert len(answered) == 1
    fields = {f.field: f for f in answered[0].conflict.fields}
    assert fields["title"].choosable and not fields["diarienummer"].changed_by_me
    saved = services.meetings.item(item_id)
    assert (saved.title, saved.diarienummer) == ("Budget 2027 och plan 2028–2029", "KS 2026/12")


def test_the_meeting_and_person_dialogs_offer_the_history(
    qtbot: QtBot, fresh_database: Database
) -> None:
    services = _services(fresh_database)
    meeting_id, _item = _meeting(services)
    meeting = services.meetings.meeting(meeting_id)
    dialog = MeetingDialog(lambda _data, _expected: None, meeting, None, services.change_log)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == 1
    new = MeetingDialog(lambda _data, _expected: None, None, None, services.change_log)
    qtbot.addWidget(new)
    assert _history_buttons(new) == 0
    person = services.bodies.create_person(PersonInput("Sara Sekreterare"))
    editor = PersonDialog(services.bodies, person, None, services.change_log)
    qtbot.addWidget(editor)
    assert _history_buttons(editor) == 1


def _panel(qtbot: QtBot, services: Services, meeting_id: int, item_id: int) -> ProtocolPanel:
    panel = ProtocolPanel(services)
    qtbot.addWidget(panel)
    panel.show_meeting(meeting_id)
    assert panel.protocol is not None
    row = next(i for i, p in enumerate(panel.protocol.paragraphs) if p.item_id == item_id)
    panel.table.selectRow(row)
    return panel


def _shown(panel: ProtocolPanel, item_id: int) -> Paragraph:
    assert panel.protocol is not None
    paragraph = panel.protocol.paragraph(item_id)
    assert paragraph is not None
    return paragraph


def test_two_secretaries_writing_one_decision_meet_in_the_conflict_dialog(
    qtbot: QtBot, fresh_database: Database
) -> None:
    services = _services(fresh_database)
    meeting_id, item_id = _meeting(services)
    services.protocols.set_decision(item_id, DecisionInput("Nämnden beslutar", ["att anta"]))
    panel = _panel(qtbot, services, meeting_id, item_id)
    began = _shown(panel, item_id).version
    panel.editor.clauses.item(0).setText("att anta budgeten")
    with second_officer(fresh_database) as bo:
        bo.protocols.set_decision(
            item_id,
            DecisionInput("Nämnden beslutar", ["att avslå budgeten"]),
            ExpectedVersion(began),
        )

    def choose(conflict: EditConflictDialog) -> None:
        (clauses,) = conflict.conflict.fields
        assert clauses.label == "Att-satser"
        assert clauses.changed_by_me and clauses.changed_by_them
        assert "Bo Ek" in clauses.saved_text
        conflict.accept()  # the user's clauses replace Bo's, as the dialog says

    answered = answer_conflict(choose)
    panel.editor.save.click()
    assert len(answered) == 1
    assert _shown(panel, item_id).clauses == ("att anta budgeten",)
    assert not panel.editor.dirty
    # The editor now holds the saved version: saving again asks nothing.
    assert panel.editor.paragraph is not None
    assert panel.editor.paragraph.version == _shown(panel, item_id).version > began
    unexpected = _no_conflict_expected()
    panel.editor.clauses.item(0).setText("att anta budgeten för 2027")
    panel.editor.save.click()
    assert not unexpected
    saved = services.protocols.protocol(meeting_id).paragraph(item_id)
    assert saved is not None and saved.clauses == ("att anta budgeten för 2027",)

    history = panel.paragraph_history()
    assert history is not None
    qtbot.addWidget(history)
    rows = [
        [history.model.index(r, c).data() for c in range(5)]
        for r in range(history.model.rowCount())
    ]
    assert rows[0][1] == "Anna Berg"
    assert any(row[1] == "Bo Ek" and "att anta → att avslå budgeten" in row[4] for row in rows)


def test_going_back_from_a_decision_conflict_keeps_the_typed_text(
    qtbot: QtBot, fresh_database: Database
) -> None:
    services = _services(fresh_database)
    meeting_id, item_id = _meeting(services)
    panel = _panel(qtbot, services, meeting_id, item_id)
    panel.editor.intro.setText("Kommunstyrelsen beslutar")
    panel.editor.intro.textEdited.emit("Kommunstyrelsen beslutar")
    with second_officer(fresh_database) as bo:
        bo.protocols.set_decision(
            item_id,
            DecisionInput("Nämnden beslutar"),
            ExpectedVersion(_shown(panel, item_id).version),
        )
    answer_conflict(lambda conflict: conflict.reject())
    panel.editor.save.click()
    assert panel.editor.dirty and panel.editor.intro.text() == "Kommunstyrelsen beslutar"
    saved = services.protocols.protocol(meeting_id).paragraph(item_id)
    assert saved is not None and saved.decision_intro == "Nämnden beslutar"


def test_signatures_saved_meanwhile_and_the_meetings_history(
    qtbot: QtBot, fresh_database: Database
) -> None:
    services = _services(fresh_database)
    meeting_id, item_id = _meeting(services)
    panel = _panel(qtbot, services, meeting_id, item_id)
    assert panel.protocol is not None
    began = panel.protocol.version
    panel.signatories.place.setText("Kommunhuset")
    with second_officer(fresh_database) as bo:
        bo.protocols.set_signatories(
            meeting_id, SignatoryInput(adjustment_place="Stadshuset"), ExpectedVersion(began)
        )
    answered = answer_conflict(lambda conflict: conflict.accept())
    panel.signatories.save.click()
    assert len(answered) == 1
    assert services.protocols.protocol(meeting_id).adjustment_place == "Kommunhuset"
    assert panel.protocol.version == services.protocols.protocol(meeting_id).version
    assert panel.signatories.history.isEnabled()
    history = panel.meeting_history()
    assert history is not None
    qtbot.addWidget(history)
    summaries = [history.model.index(r, 4).data() for r in range(history.model.rowCount())]
    assert "Justeringsplats: Stadshuset → Kommunhuset" in summaries[0]
