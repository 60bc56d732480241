"""Two officers edit the same action, unit or goal assessment: the second save shows both
versions and saves what the user chooses; Historik… shows the record's changes."""

from __future__ import annotations

from edit_conflicts import answer_conflict, second_officer
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.steering.analysis_rules import AssessmentData, GoalAssessmentData
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import ChangeLogDialog
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.steering.action_editor import ActionEditorDialog
from agenda_desktop.gui.steering.action_org_dialog import UnitDialog
from agenda_desktop.gui.steering.analysis_page import AnalysisPage
from agenda_desktop.gui.steering.cycle_bar import CycleChoice


def _cycle(services: Services) -> int:
    cycle_id = services.cycle.start_cycle("Provperioden 2031–2034", 2031, 2034).cycle_id
    CycleChoice.of(services).choose(cycle_id)
    return cycle_id


def _history_buttons(dialog: ActionEditorDialog | UnitDialog) -> list[str]:
    return [b.text() for b in dialog.buttons.buttons() if b.text() == "Historik…"]


def test_an_action_edited_by_two_saves_the_users_choice(qtbot: QtBot, services: Services) -> None:
    services.database.actor = "Anna Berg"
    cycle_id = _cycle(services)
    began = services.action_plan.create_action(
        cycle_id, ActionInput(title="Cykelplan", responsible_person="Anna Berg")
    )
    dialog = ActionEditorDialog(services, cycle_id, began)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == ["Historik…"]
    assert dialog.history_record == RecordRef.of("action", began.action_id)
    dialog.title.setText("Cykelplan för tätorterna")
    with second_officer(services.database) as bo:
        form = ActionInput(title="Cykelstrategi", responsible_person="Bo Ek")
        bo.action_plan.update_action(began.action_id, form, ExpectedVersion(began.version))

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["title"].choosable
        assert not fields["responsible_person"].changed_by_me  # Bo's, kept without asking
        assert conflict.conflict.changed_by == "Bo Ek"
        conflict.accept()  # the user's own title is chosen, since they changed it

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    saved = services.action_plan.action(began.action_id)
    assert (saved.title, saved.responsible_person) == ("Cykelplan för tätorterna", "Bo Ek")
    assert dialog.result() == ActionEditorDialog.DialogCode.Accepted
    log = ChangeLogDialog(services.change_log, dialog.history_record, saved.title, dialog)
    qtbot.addWidget(log)
    actors = [log.model.index(row, 1).data() for row in range(log.model.rowCount())]
    assert actors == ["Anna Berg", "Bo Ek", "Anna Berg"]


def test_a_unit_renamed_meanwhile_can_be_kept_as_saved(qtbot: QtBot, services: Services) -> None:
    unit = services.action_plan.add_unit("Testenheten", "enhet")
    dialog = UnitDialog(services, unit)
    qtbot.addWidget(dialog)
    assert _history_buttons(dialog) == ["Historik…"]
    dialog.name.setText("Min enhet")
    with second_officer(services.database) as bo:
        bo.action_plan.rename_unit(unit.unit_id, "Bos enhet", ExpectedVersion(unit.version))

    def choose(conflict: EditConflictDialog) -> None:
        conflict.all_saved.click()
        conflict.accept()

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    assert services.action_plan.unit(unit.unit_id).name == "Bos enhet"
    new_unit = UnitDialog(services, None)
    qtbot.addWidget(new_unit)
    assert _history_buttons(new_unit) == []  # a new unit has no history yet


def test_the_goal_editor_asks_then_holds_the_new_version(qtbot: QtBot, services: Services) -> None:
    cycle_id = _cycle(services)
    services.analysis.save_goal(cycle_id, 1, GoalAssessmentData("vissa", analysis="Början"))
    page = AnalysisPage(services)
    qtbot.addWidget(page)
    page.overview.choose(1)
    editor = page.editor
    assert editor.history_button.isEnabled()
    began = editor.goal
    assert began is not None and began.assessment.version == 1
    editor.fields.analysis.setPlainText("Min analys")
    with second_officer(services.database) as bo:
        bo.analysis.save_goal(
            cycle_id, 1, GoalAssessmentData("stor", analysis="Bos analys"), ExpectedVersion(1)
        )

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert (fields["analysis"].mine_text, fields["analysis"].saved_text) == (
            "Min analys",
            "Bos analys",
        )
        conflict.accept()

    answered = answer_conflict(choose)
    editor.save_button.click()
    assert len(answered) == 1
    stored = services.analysis.goal(cycle_id, 1).assessment
    assert (stored.assessment, stored.analysis) == ("stor", "Min analys")
    assert not editor.is_dirty
    assert editor.goal is not None and editor.goal.assessment.version == stored.version
    # A second save from the same form is no conflict with itself.
    editor.fields.analysis.setPlainText("Min analys, utvecklad")
    assert editor.save()
    assert len(answered) == 1
    assert services.analysis.goal(cycle_id, 1).assessment.analysis == "Min analys, utvecklad"
    record = editor.history_record()
    assert record is not None and record.table == "goal_assessment"
    actors = [change.actor for change in services.change_log.history(record)]
    assert actors[2] == "Bo Ek" and len(actors) == 4


def test_going_back_from_the_goal_conflict_keeps_the_form(qtbot: QtBot, services: Services) -> None:
    cycle_id = _cycle(services)
    page = AnalysisPage(services)
    qtbot.addWidget(page)
    page.overview.choose(2)
    editor = page.editor
    assert not editor.history_button.isEnabled()  # never assessed: no history yet
    editor.fields.analysis.setPlainText("Min första analys")
    with second_officer(services.database) as bo:
        bo.analysis.save_goal(cycle_id, 2, GoalAssessmentData("stor", analysis="Bos"))
    answered = answer_conflict(lambda conflict: conflict.reject())
    assert not editor.save()
    assert len(answered) == 1
    assert "Inget sparades" in editor.error.text()
    assert editor.is_dirty and editor.fields.analysis.toPlainText() == "Min första analys"
    assert services.analysis.goal(cycle_id, 2).assessment.analysis == "Bos"


def test_a_target_assessed_meanwhile_is_a_conflict(qtbot: QtBot, services: Services) -> None:
    cycle_id = _cycle(services)
    page = AnalysisPage(services)
    qtbot.addWidget(page)
    page.overview.choose(3)
    dialog = page.targets.target_dialog()
    assert dialog is not None
    code = str(dialog.target.currentData())
    dialog.fields.assessment.setCurrentIndex(dialog.fields.assessment.findData("vissa"))
    with second_officer(services.database) as bo:
        bo.analysis.save_target(cycle_id, code, AssessmentData("stor", analysis="Bos"))

    def choose(conflict: EditConflictDialog) -> None:
        assert conflict.conflict.table == "target_assessment"
        conflict.accept()

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    (target,) = services.analysis.goal(cycle_id, 3).targets
    assert (target.assessment.assessment, target.assessment.analysis) == ("vissa", "Bos")
    page.targets._reload()
    page.targets.table.selectRow(0)
    edit = page.targets.target_dialog(page.targets.selected())
    assert edit is not None
    assert edit.history_record == RecordRef.of(
        "target_assessment", target.assessment.assessment_id or 0
    )
