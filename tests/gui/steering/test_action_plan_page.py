"""The Handlingsplan page, its editor, the organisation dialog and Excel export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import FocusArea, Objective
from agenda_desktop.gui.steering.action_editor import ActionEditorDialog
from agenda_desktop.gui.steering.action_org_dialog import OrganisationDialog, UnitDialog
from agenda_desktop.gui.steering.action_page import ActionPlanPage
from agenda_desktop.gui.steering.action_table_model import COST, DUE, TITLE
from agenda_desktop.gui.steering.cycle_bar import CycleChoice

PAST = date.today() - timedelta(days=30)
FUTURE = date.today() + timedelta(days=300)


def fill_plan(services: Services) -> dict[str, int]:
    """Units, one målsättning and three actions in a new cycle of their own (the demo's
    cycles may hold actions of their own), chosen on every page."""
    cycle_id = services.cycle.start_cycle("Provperioden 2031–2034", 2031, 2034).cycle_id
    CycleChoice.of(services).choose(cycle_id)
    with services.database.unit_of_work() as session:
        area = FocusArea(cycle_id=cycle_id, position=1, title="Hållbart samhälle")
        area.objectives = [Objective(position=1, text="Fler reser hållbart")]
        session.add(area)
    plan = services.action_plan
    top = plan.add_unit("Testförvaltningen", "forvaltning")
    unit = plan.add_unit("Testenheten", "enhet", top.unit_id)
    school = plan.add_unit("Testskolan", "forvaltning")
    add = plan.create_action
    add(
        cycle_id,
        ActionInput(
            title="Cykelplan",
            org_unit_id=unit.unit_id,
            due_date=PAST,
            status="pagar",
            cost_estimate=250_000,
        ),
    )
    add(
        cycle_id,
        ActionInput(
            title="Skolmat",
            org_unit_id=school.unit_id,
            due_date=FUTURE,
            status="planerad",
            cost_estimate=1_000,
        ),
    )
    add(cycle_id, ActionInput(title="Klar sedan länge", due_date=PAST, status="klar"))
    return {"cycle": cycle_id, "top": top.unit_id, "unit": unit.unit_id}


def titles(page: ActionPlanPage) -> list[str]:
    return [action.title for action in page.proxy.visible_actions()]


def test_table_highlights_overdue_and_filters(qtbot: QtBot, services: Services) -> None:
    ids = fill_plan(services)
    page = ActionPlanPage(services)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    assert "3 åtgärder" in page.summary.text()
    assert "1 försenade" in page.summary.text()
    overdue_row = next(
        r
        for r in range(page.proxy.rowCount())
        if "Cykelplan" in str(page.proxy.index(r, TITLE).data())
    )
    title = page.proxy.index(overdue_row, TITLE)
    assert str(title.data()).startswith("⚠")
    assert "försenad" in str(page.proxy.index(overdue_row, DUE).data())
    assert title.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Försenad" in str(title.data(Qt.ItemDataRole.ToolTipRole))
    page.only_overdue.setChecked(True)
    assert titles(page) == ["Cykelplan"]
    page.only_overdue.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("klar"))
    assert titles(page) == ["Klar sedan länge"]
    page.status_filter.setCurrentIndex(0)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(ids["top"]))
    assert titles(page) == ["Cykelplan"]  # the unit below counts too
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(0))
    assert titles(page) == ["Klar sedan länge"]
    page.unit_filter.setCurrentIndex(0)
    page.search.setText("skol")
    assert titles(page) == ["Skolmat"]
    page.search.clear()
    page.table.sortByColumn(COST, Qt.SortOrder.DescendingOrder)
    assert titles(page) == ["Cykelplan", "Skolmat", "Klar sedan länge"]
    assert page.timeline.shown_actions()[0].title == "Cykelplan"
    page.resize(1200, 800)
    page.tabs.setCurrentIndex(1)
    assert not page.timeline.grab().isNull()


def test_empty_state_without_cycle(qtbot: QtBot, fresh_database: Database) -> None:
    page = ActionPlanPage(Services.for_database(fresh_database))
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty
    assert not page.summary.isVisibleTo(page)


def test_editor_creates_and_refuses(qtbot: QtBot, services: Services) -> None:
    ids = fill_plan(services)
    dialog = ActionEditorDialog(services, ids["cycle"])
    qtbot.addWidget(dialog)
    dialog.title.setText("Trygghetsvandringar")
    dialog.cost.setText("tusen")
    dialog._save()
    assert dialog.saved is None
    assert "Kostnad" in dialog.error.text()
    dialog.cost.setText("30 000,50")
    dialog.start_date.set_value(date(2026, 5, 1))
    dialog.due_date.set_value(date(2026, 4, 1))
    dialog._save()
    assert "Slutdatum" in dialog.error.text()
    dialog.due_date.set_value(date(2026, 6, 1))
    dialog.unit.setCurrentIndex(dialog.unit.findData(ids["unit"]))
    assert dialog.unit.currentText().startswith("    Testenheten")
    objective = services.action_plan.objectives(ids["cycle"])[0]
    dialog.set_links((objective.objective_id,), (11, 16))
    assert dialog.objectives.text.text() == "1.1"
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert saved.cost_estimate == 30_000.5
    assert saved.unit_path == "Testförvaltningen › Testenheten"
    assert saved.goal_numbers == (11, 16)


def test_page_edits_and_deletes(
    qtbot: QtBot, services: Services, message_boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_plan(services)
    page = ActionPlanPage(services)
    qtbot.addWidget(page)
    page.search.setText("Skolmat")
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()

    def save_at_once(dialog: ActionEditorDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData("pagar"))
        dialog._save()
        return int(dialog.result())

    monkeypatch.setattr(ActionEditorDialog, "exec", save_at_once)
    page.edit_action()
    assert page.current_action() is not None
    assert page.current_action().status == "pagar"  # type: ignore[union-attr]
    message_boxes.answer_yes = False
    page.delete_action()
    assert page.model.rowCount() == 3
    message_boxes.answer_yes = True
    page.table.selectRow(0)
    page.delete_action()
    assert page.model.rowCount() == 2
    assert "Skolmat" in message_boxes.texts("question")[0]


def test_organisation_dialog(qtbot: QtBot, services: Services, message_boxes: Any) -> None:
    ids = fill_plan(services)
    dialog = OrganisationDialog(services)
    qtbot.addWidget(dialog)
    tops = dialog.model.rowCount()
    assert tops >= 2
    unit = UnitDialog(services, None, ids["top"], dialog)
    qtbot.addWidget(unit)
    unit.name.setText("Gatuenheten")
    unit._save()
    assert unit.saved is not None and unit.saved.depth == 1
    dialog.reload(ids["top"])
    assert dialog.current() is not None and dialog.current().unit_id == ids["top"]  # type: ignore[union-attr]
    dialog.delete_unit()
    assert "underenheter" in message_boxes.texts("warning")[0]
    dialog.reload(ids["unit"])
    dialog.delete_unit()
    assert "1 åtgärder" in message_boxes.texts("question")[-1]
    assert "1 åtgärder saknar" in message_boxes.texts("information")[0]
    assert dialog.changed
    names = [node.name for node in services.action_plan.org_units()]
    assert "Testenheten" not in names
    move = UnitDialog(services, services.action_plan.unit(ids["top"]), None, dialog)
    qtbot.addWidget(move)
    own_children = {
        node.unit_id for node in services.action_plan.org_units() if node.parent_id == ids["top"]
    }
    offered = {move.place.itemData(i) for i in range(move.place.count())}
    assert ids["top"] not in offered and not own_children & offered


def test_export_to_excel(
    qtbot: QtBot,
    services: Services,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    fill_plan(services)
    page = ActionPlanPage(services)
    qtbot.addWidget(page)
    target = tmp_path / "plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    page.export_excel()
    written = tmp_path / "plan.xlsx"
    sheet = load_workbook(written)["Handlingsplan"]
    assert sheet.max_row == 4
    assert "3 åtgärder" in message_boxes.texts("information")[0]
