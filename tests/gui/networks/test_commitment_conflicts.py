"""Two officers edit one commitment: the second save shows both versions and saves what the
user chooses; the record's history names who changed what."""

from __future__ import annotations

from datetime import date

from edit_conflicts import answer_conflict, second_officer
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.commitments_types import CommitmentInfo, CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import ChangeLogDialog
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.networks.commitment_dialog import CommitmentDialog


def _commitment(services: Services) -> CommitmentInfo:
    network = services.networks.create_network(NetworkInput("Hållbara kommuner i väst"))
    return services.commitments.create_commitment(
        network.network_id,
        CommitmentInput("Rapportera till nätverket varje halvår", due_date=date(2027, 6, 30)),
    )


def _bo_changes_text_and_date(bo: Services, began: CommitmentInfo) -> None:
    bo.commitments.update_commitment(
        began.commitment_id,
        CommitmentInput("Rapportera till nätverket varje kvartal", due_date=date(2027, 9, 30)),
        ExpectedVersion(began.version),
    )


def test_the_second_save_shows_both_versions_and_saves_the_users_choice(
    qtbot: QtBot, services: Services
) -> None:
    began = _commitment(services)
    dialog = CommitmentDialog(services, began.network_id, began)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Rapportera till nätverket varje månad")
    with second_officer(services.database) as bo:
        _bo_changes_text_and_date(bo, began)

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["text"].choosable
        assert not fields["due_date"].changed_by_me  # Bo's date is kept without asking
        assert conflict.conflict.changed_by == "Bo Ek"
        conflict.accept()  # the user's own text is chosen, since they changed it

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    saved = services.commitments.commitment(began.commitment_id)
    assert saved.text == "Rapportera till nätverket varje månad"
    assert saved.due_date == date(2027, 9, 30)  # Bo's change, kept
    assert dialog.result() == CommitmentDialog.DialogCode.Accepted


def test_going_back_saves_nothing_and_says_so(qtbot: QtBot, services: Services) -> None:
    began = _commitment(services)
    dialog = CommitmentDialog(services, began.network_id, began)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Rapportera varje månad")
    with second_officer(services.database) as bo:
        _bo_changes_text_and_date(bo, began)
    answer_conflict(lambda conflict: conflict.reject())
    dialog._save()
    assert "Inget sparades" in dialog.error.text() and "Bo Ek" in dialog.error.text()
    assert dialog.isVisible()
    stored = services.commitments.commitment(began.commitment_id)
    assert stored.text == "Rapportera till nätverket varje kvartal"


def test_choosing_all_saved_keeps_the_other_officers_text(qtbot: QtBot, services: Services) -> None:
    began = _commitment(services)
    dialog = CommitmentDialog(services, began.network_id, began)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Rapportera varje månad")
    dialog.note.setPlainText("Min anteckning")
    with second_officer(services.database) as bo:
        _bo_changes_text_and_date(bo, began)

    def choose(conflict: EditConflictDialog) -> None:
        conflict.all_saved.click()
        conflict.accept()

    answer_conflict(choose)
    dialog._save()
    stored = services.commitments.commitment(began.commitment_id)
    assert stored.text == "Rapportera till nätverket varje kvartal"
    assert stored.note == "Min anteckning"


def test_the_history_shows_who_changed_what(qtbot: QtBot, services: Services) -> None:
    services.database.actor = "Anna Berg"
    began = _commitment(services)
    with second_officer(services.database) as bo:
        _bo_changes_text_and_date(bo, began)
    dialog = CommitmentDialog(services, began.network_id, began)
    qtbot.addWidget(dialog)
    history_buttons = [b for b in dialog.buttons.buttons() if b.text() == "Historik…"]
    assert len(history_buttons) == 1
    log = ChangeLogDialog(services.change_log, dialog.history_record, "x", dialog)
    qtbot.addWidget(log)
    rows = [[log.model.index(r, c).data() for c in range(5)] for r in range(log.model.rowCount())]
    assert [row[1:3] for row in rows] == [["Bo Ek", "Ändrad"], ["Anna Berg", "Skapad"]]
    assert "Klart senast: 2027-06-30 → 2027-09-30" in rows[0][4]
