"""Two officers edit one synpunkt, one dialogue activity, one follow-up or one glossary
term: the second save shows both versions and saves what the user chooses; Historik…
shows who changed what."""

from __future__ import annotations

from datetime import date

import pytest
from edit_conflicts import answer_conflict, second_officer
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.follow_up_types import FollowUpChanges
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import ChangeLogDialog
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.steering.cycle_bar import CycleChoice
from agenda_desktop.gui.steering.dialogue_dialogs import ActivityDialog, CommentDialog
from agenda_desktop.gui.steering.dialogue_page import DialoguePage
from agenda_desktop.gui.steering.follow_up_page import FollowUpPage
from agenda_desktop.gui.steering.glossary_tab import TermDialog


def _cycle(services: Services) -> int:
    """A cycle of the test's own, chosen on every page, so the demo's data does not count."""
    cycle_id = services.cycle.start_cycle("Testperioden 2031–2034", 2031, 2034).cycle_id
    CycleChoice.of(services).choose(cycle_id)
    return cycle_id


def _activity(services: Services, cycle_id: int) -> int:
    data = ActivityData("medborgardialog", "Dialog om parkerna", date(2031, 5, 4), None, "Alla")
    return services.dialogue.create_activity(cycle_id, data).activity_id


def _history_buttons(dialog: ActivityDialog | CommentDialog | TermDialog) -> list[str]:
    return [b.text() for b in dialog.buttons.buttons() if b.text() == "Historik…"]


def test_a_comment_edited_by_two_saves_the_users_text_and_keeps_the_others_sender(
    qtbot: QtBot, services: Services
) -> None:
    cycle_id = _cycle(services)
    activity_id = _activity(services, cycle_id)
    services.dialogue.add_comment(activity_id, CommentData("Fler bänkar", "PRO", None))
    snapshot = services.dialogue.dialogue(cycle_id)
    (comment,) = snapshot.activities[0].comments
    dialog = CommentDialog(services, snapshot, activity_id, comment)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == ["Historik…"]
    dialog.text.setPlainText("Fler bänkar och bord i parken")
    with second_officer(services.database) as bo:
        bo.dialogue.update_comment(
            comment.comment_id,
            CommentData("Fler bänkar i Norrbyparken", "Pensionärsrådet", None),
            ExpectedVersion(comment.version),
        )

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["text"].choosable and fields["text"].label == "Synpunkt"
        assert not fields["sender"].changed_by_me  # Bo's sender is kept without asking
        conflict.accept()  # the user's own text, since they changed it

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    assert dialog.result() == CommentDialog.DialogCode.Accepted
    (stored,) = services.dialogue.activity(activity_id).comments
    assert (stored.text, stored.sender) == ("Fler bänkar och bord i parken", "Pensionärsrådet")
    assert dialog.saved is not None and dialog.saved.version == stored.version == 3


def test_going_back_from_an_activity_conflict_saves_nothing(
    qtbot: QtBot, services: Services
) -> None:
    activity_id = _activity(services, _cycle(services))
    detail = services.dialogue.activity(activity_id)
    dialog = ActivityDialog(services, detail.summary.cycle_id, detail)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == ["Historik…"]
    assert _history_buttons(ActivityDialog(services, detail.summary.cycle_id)) == []
    dialog.show()
    dialog.title.setText("Dialog om lekplatserna")
    with second_officer(services.database) as bo:
        data = ActivityData("medborgardialog", "Dialog om parkerna i Norrby", date(2031, 5, 4))
        bo.dialogue.update_activity(activity_id, data, ExpectedVersion(detail.version))
    answer_conflict(lambda conflict: conflict.reject())
    dialog._save()
    assert "Inget sparades" in dialog.error.text() and "Bo Ek" in dialog.error.text()
    assert dialog.isVisible()
    assert services.dialogue.activity(activity_id).summary.title == "Dialog om parkerna i Norrby"


def _page_with_follow_up(qtbot: QtBot, services: Services) -> tuple[FollowUpPage, int]:
    follow_up_id = services.follow_up.create(_cycle(services), "ar", 2032).follow_up_id
    page = FollowUpPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    return page, follow_up_id


def _bo_saves_the_analysis(services: Services, follow_up_id: int, version: int) -> None:
    with second_officer(services.database) as bo:
        bo.follow_up.save(
            follow_up_id,
            FollowUpChanges(what_moved="Bos analys", what_to_change="Bos förslag"),
            ExpectedVersion(version),
        )


def test_the_follow_up_page_resolves_a_conflict_and_then_holds_the_new_version(
    qtbot: QtBot, services: Services
) -> None:
    page, follow_up_id = _page_with_follow_up(qtbot, services)
    assert page.detail is not None
    began = page.detail.summary.version
    page.view.analysis.what_moved.setPlainText("Min analys")
    _bo_saves_the_analysis(services, follow_up_id, began)

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["what_moved"].choosable
        assert fields["what_moved"].label == "Vad har hänt"
        assert not fields["what_to_change"].changed_by_me
        conflict.accept()

    answered = answer_conflict(choose)
    page.save()
    assert len(answered) == 1
    stored = services.follow_up.follow_up(follow_up_id)
    assert (stored.what_moved, stored.what_to_change) == ("Min analys", "Bos förslag")
    assert page.saved_note.text().startswith("Sparat")
    # The form was read again: a second save begins from the version just saved.
    assert page.detail is not None
    assert page.detail.summary.version == stored.summary.version == began + 2
    assert page.view.analysis.what_to_change.toPlainText() == "Bos förslag"
    page.view.analysis.what_to_change.setPlainText("Mitt förslag")
    page.save()  # no conflict: nobody saved in between
    assert services.follow_up.follow_up(follow_up_id).what_to_change == "Mitt förslag"


def test_going_back_on_the_follow_up_page_keeps_the_form_and_saves_nothing(
    qtbot: QtBot, services: Services
) -> None:
    page, follow_up_id = _page_with_follow_up(qtbot, services)
    assert page.detail is not None
    page.view.analysis.what_moved.setPlainText("Min analys")
    _bo_saves_the_analysis(services, follow_up_id, page.detail.summary.version)
    answer_conflict(lambda conflict: conflict.reject())
    page.save()
    assert page.view.analysis.what_moved.toPlainText() == "Min analys"
    assert page.saved_note.text() == ""
    assert services.follow_up.follow_up(follow_up_id).what_moved == "Bos analys"


def test_the_follow_up_history_names_who_changed_what(qtbot: QtBot, services: Services) -> None:
    page, follow_up_id = _page_with_follow_up(qtbot, services)
    assert page.detail is not None
    _bo_saves_the_analysis(services, follow_up_id, page.detail.summary.version)
    assert page.history_button.text() == "Hist&orik…"
    log = ChangeLogDialog(
        services.change_log, page.history_record(), "Årlig uppföljning 2032", page
    )
    qtbot.addWidget(log)
    rows = [[log.model.index(r, c).data() for c in range(5)] for r in range(log.model.rowCount())]
    assert rows[0][1:3] == ["Bo Ek", "Ändrad"]
    assert "Vad har hänt: – → Bos analys" in rows[0][4]


def test_a_glossary_term_edited_by_two_keeps_the_saved_explanation_when_chosen(
    qtbot: QtBot, services: Services
) -> None:
    began = services.glossary.add("Ödlebo", "Ett påhittat ord.")
    assert _history_buttons(TermDialog(services)) == []
    dialog = TermDialog(services, began)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == ["Historik…"]
    dialog.explanation.setPlainText("Min förklaring.")
    with second_officer(services.database) as bo:
        bo.glossary.update(began.term_id, "Ödlebo", "Bos förklaring.", ExpectedVersion(1))

    def choose(conflict: EditConflictDialog) -> None:
        conflict.all_saved.click()
        conflict.accept()

    answer_conflict(choose)
    dialog._save()
    assert dialog.result() == TermDialog.DialogCode.Accepted
    stored = next(t for t in services.glossary.terms() if t.term_id == began.term_id)
    assert (stored.explanation, stored.version) == ("Bos förklaring.", 2)


def test_the_participants_grid_saves_from_the_version_shown_and_shows_its_history(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    activity_id = _activity(services, _cycle(services))
    with second_officer(services.database) as bo:
        bo.dialogue.set_participants(activity_id, {("K", "25-44"): 12})
    page = DialoguePage(services)
    qtbot.addWidget(page)
    tab = page.dialogues
    tab.select_activity(activity_id)
    assert tab.detail.detail is not None and tab.detail.detail.activity_id == activity_id
    for count in (14, 15):  # each save begins from the version the last one stored
        assert tab.detail.detail.version == services.dialogue.activity(activity_id).version
        tab.detail.participants.spins[("M", "25-44")].setValue(count)
        tab.detail.participants.save_button.click()
        grid = services.dialogue.activity(activity_id).participant_grid()
        assert grid == {("K", "25-44"): 12, ("M", "25-44"): count}
    shown: list[list[list[str]]] = []

    def exec_(log: ChangeLogDialog) -> int:
        rows = range(log.model.rowCount())
        shown.append([[log.model.index(r, c).data() for c in range(5)] for r in rows])
        return 0

    monkeypatch.setattr(ChangeLogDialog, "exec", exec_)
    tab.detail.participants.history_button.click()
    (rows,) = shown
    bo_part = next(row for row in rows if row[1] == "Bo Ek" and row[2] == "Skapad")
    assert bo_part[3].startswith("Deltagare") and "Antal: 12" in bo_part[4]
    assert rows[-1][2] == "Skapad" and "Rubrik: Dialog om parkerna" in rows[-1][4]
