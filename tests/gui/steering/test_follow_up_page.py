"""Följ upp och analysera: the follow-up page on the demo database with a small programme."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Action,
    ActionObjective,
    FocusArea,
    Objective,
    ObjectiveIndicator,
)
from agenda_desktop.gui.steering.follow_up_dialogs import NewFollowUpDialog
from agenda_desktop.gui.steering.follow_up_outcomes import STATUS_COLOURS, OutcomeTableModel
from agenda_desktop.gui.steering.follow_up_page import DETAIL, EMPTY, FollowUpPage

pytestmark = pytest.mark.usefixtures("swedish_locale")

# (focus area, objective, kpi, baseline year, baseline, target year, target)
PROGRAMME = [
    ("Klimat och energi", "Halverade utsläpp", "N00401", 2019, 4.18, 2030, 2.1),
    ("Klimat och energi", "Fossilfri fordonsflotta", "EK-003", 2019, 31.7, 2030, 70.0),
    ("Trygg uppväxt", "Fler elever känner sig trygga", "EK-001", 2019, 83.2, 2030, 88.0),
    ("Trygg uppväxt", "Längre liv", "N00923", 2019, 80.0, 2030, 82.0),
    ("Trygg uppväxt", "Heltid som norm", "N00209", 2019, 72.6, 2026, 80.0),
    ("Trygg uppväxt", "Fler mötesplatser för unga", None, None, None, None, None),
]


def add_programme(database: Database, cycle_id: int) -> list[int]:
    """The programme above in ``cycle_id``, with four actions (one late); the objective ids."""
    areas: dict[str, FocusArea] = {}
    objective_ids: list[int] = []
    with database.unit_of_work() as session:
        for area_title, text, kpi, by, bv, ty, tv in PROGRAMME:
            if area_title not in areas:
                areas[area_title] = FocusArea(
                    cycle_id=cycle_id, position=len(areas), title=area_title
                )
                session.add(areas[area_title])
                session.flush()
            objective = Objective(
                focus_area_id=areas[area_title].id, position=len(objective_ids), text=text
            )
            session.add(objective)
            session.flush()
            objective_ids.append(objective.id)
            if kpi is not None:
                session.add(
                    ObjectiveIndicator(
                        objective_id=objective.id,
                        kpi_id=kpi,
                        baseline_year=by,
                        baseline_value=bv,
                        target_year=ty,
                        target_value=tv,
                    )
                )
        actions = [
            Action(cycle_id=cycle_id, title="Laddinfrastruktur", status="pagar",
                   due_date=date(2024, 6, 30), responsible_person="Eva"),
            Action(cycle_id=cycle_id, title="Elbilar i hemtjänsten", status="klar"),
            Action(cycle_id=cycle_id, title="Trygghetsvandringar", status="planerad"),
            Action(cycle_id=cycle_id, title="Heltidsresan", status="pagar"),
        ]  # fmt: skip
        session.add_all(actions)
        session.flush()
        session.add(ActionObjective(action_id=actions[0].id, objective_id=objective_ids[0]))
    return objective_ids


@pytest.fixture
def cycle_id(services: Services) -> int:
    """A cycle of our own, newer than the demo's (so the page shows it), without follow-ups.

    The demo's values end in 2024, so every outcome below is 2024's value.
    """
    return services.cycle.start_cycle("Testperioden 2031–2034", 2031, 2034).cycle_id


@pytest.fixture
def objective_ids(services: Services, cycle_id: int) -> list[int]:
    return add_programme(services.database, cycle_id)


def show_page(qtbot: QtBot, services: Services) -> FollowUpPage:
    page = FollowUpPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_without_follow_ups_the_page_invites_one(
    qtbot: QtBot, services: Services, cycle_id: int
) -> None:
    page = show_page(qtbot, services)
    assert page.stack.currentIndex() == EMPTY
    assert "ingen uppföljning" in page.empty.text()
    assert not page.delete_button.isEnabled()


def test_a_new_follow_up_shows_outcomes_with_status(
    qtbot: QtBot,
    services: Services,
    cycle_id: int,
    objective_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = show_page(qtbot, services)

    def exec_(dialog: NewFollowUpDialog) -> int:
        dialog.year.setValue(2032)
        dialog._save()
        return int(dialog.result())

    monkeypatch.setattr(NewFollowUpDialog, "exec", exec_)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == DETAIL
    assert page.list.count() == 1
    assert page.list.item(0).text().startswith("Årlig uppföljning 2032")
    view = page.view
    assert view.title.text() == "Årlig uppföljning 2032"
    model = view.outcomes.model
    assert model.rowCount() == 6
    statuses = {
        model.index(r, 0).data(): model.index(r, OutcomeTableModel.STATUS).data() for r in range(6)
    }
    assert statuses == {
        "1.1 Halverade utsläpp": "Risk",
        "1.2 Fossilfri fordonsflotta": "På väg",
        "2.1 Fler elever känner sig trygga": "På väg",
        "2.2 Längre liv": "Inte på väg",
        "2.3 Heltid som norm": "Uppnått",
        "2.4 Fler mötesplatser för unga": "–",
    }
    risk = model.index(0, OutcomeTableModel.STATUS)
    assert risk.data(Qt.ItemDataRole.BackgroundRole).color().name() == STATUS_COLOURS["risk"][0]
    assert model.index(0, OutcomeTableModel.BASELINE).data() == "4,18 (2019)"
    assert model.index(0, OutcomeTableModel.OUTCOME).data() == "3,48 (2024)"
    # The rule is explained on the page, and the chosen row's own explanation beside the chart.
    assert "rak linje" in view.outcomes.rule.text() and view.outcomes.rule.isVisible()
    assert view.outcomes.explanation.text().startswith("Risk: Utfallet 2024")
    assert view.outcomes.chart.shown is not None
    assert view.outcomes.chart.shown.kpi_id == "N00401"
    assert "Pågår: 2" in view.action_summary.counts.text()
    assert view.action_summary.overdue.text().startswith("1 av dem")


def test_sorting_by_status_uses_its_rank(
    qtbot: QtBot, services: Services, cycle_id: int, objective_ids: list[int]
) -> None:
    services.follow_up.create(cycle_id, "ar", 2032)
    page = show_page(qtbot, services)
    table = page.view.outcomes.table
    table.sortByColumn(OutcomeTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    proxy = page.view.outcomes.proxy
    first = [proxy.index(r, OutcomeTableModel.STATUS).data() for r in range(3)]
    assert first == ["Inte på väg", "Risk", "På väg"]
    table.selectRow(0)
    assert page.view.outcomes.chart.shown is not None
    assert page.view.outcomes.chart.shown.kpi_id == "N00923"


def test_saving_keeps_texts_checklist_maturity_and_comments(
    qtbot: QtBot,
    services: Services,
    cycle_id: int,
    objective_ids: list[int],
    message_boxes: Any,
) -> None:
    created = services.follow_up.create(cycle_id, "ar", 2032)
    page = show_page(qtbot, services)
    view = page.view
    qtbot.keyClicks(view.analysis.what_moved, "Fler fossilfria fordon.")
    view.analysis.what_to_change.setPlainText("Mer kraft på utsläppen.")
    view.maturity.boxes["analys"].setChecked(True)
    view.maturity.boxes["matbara_indikatorer"].setChecked(True)
    assert view.maturity.suggestion.text() == "Kryssen pekar på nivån: Mellan"
    view.maturity.level.setCurrentIndex(view.maturity.level.findData("mellan"))
    view.maturity.published.setChecked(True)
    view.maturity.published_on.setDate(QDate(2033, 4, 1))
    view.outcomes.comment.setPlainText("Utsläppen minskar för långsamt.")
    view.outcomes.table.selectRow(1)  # the comment is kept when another row is chosen
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    detail = services.follow_up.follow_up(created.follow_up_id)
    assert detail.what_moved == "Fler fossilfria fordon."
    assert detail.what_to_change == "Mer kraft på utsläppen."
    assert detail.summary.maturity == "mellan"
    assert detail.summary.published_on == date(2033, 4, 1)
    assert {c.criterion for c in detail.criteria if c.fulfilled} == {
        "analys",
        "matbara_indikatorer",
    }
    assert detail.objectives[0].comment == "Utsläppen minskar för långsamt."
    assert page.saved_note.text().startswith("Sparat")
    assert "Publicerad" in page.list.item(0).text()
    hint = view.maturity.hints["matbara_indikatorer"].text()
    assert hint == "– 5 av 6 målsättningar har en indikator med målvärde och målår."


def test_a_duplicate_is_refused_in_the_dialog(
    qtbot: QtBot, services: Services, cycle_id: int
) -> None:
    services.follow_up.create(cycle_id, "ar", 2032)
    cycle = next(c for c in services.cycle.cycles() if c.cycle_id == cycle_id)
    dialog = NewFollowUpDialog(services.follow_up, cycle, today=date(2033, 2, 1))
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2032
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "finns redan" in dialog.error.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("mandatperiod"))
    assert dialog.year.value() == 2034
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_deleting_asks_first(
    qtbot: QtBot, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    services.follow_up.create(cycle_id, "ar", 2032)
    page = show_page(qtbot, services)
    message_boxes.answer_yes = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(services.follow_up.follow_ups(cycle_id)) == 1
    [question] = message_boxes.texts("question")
    assert "Årlig uppföljning 2032" in question
    message_boxes.answer_yes = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert services.follow_up.follow_ups(cycle_id) == []
    assert page.stack.currentIndex() == EMPTY


def test_without_a_cycle_a_friendly_note(qtbot: QtBot, fresh_database: Database) -> None:
    page = show_page(qtbot, Services.for_database(fresh_database))
    assert page.no_cycle.isVisible() and not page.body.isVisible()


def test_a_refused_save_is_explained(
    qtbot: QtBot, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    created = services.follow_up.create(cycle_id, "ar", 2032)
    page = show_page(qtbot, services)
    page.view.maturity.published.setChecked(True)
    page.view.maturity.published_on.setDate(QDate(2031, 5, 1))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [text] = message_boxes.texts("warning")
    assert text.startswith("Publicerad: uppföljningen av 2032 kan inte ha publicerats före 2032")
    assert services.follow_up.follow_up(created.follow_up_id).summary.published_on is None


def test_unsaved_edits_are_offered_for_saving_when_leaving(
    qtbot: QtBot, services: Services, cycle_id: int, message_boxes: Any
) -> None:
    older = services.follow_up.create(cycle_id, "ar", 2031)
    services.follow_up.create(cycle_id, "ar", 2032)
    page = show_page(qtbot, services)
    assert page.list.currentRow() == 0 and not page.has_unsaved_changes()
    page.view.analysis.what_moved.setPlainText("Mer cykling.")
    assert page.has_unsaved_changes()
    page.list.setCurrentRow(1)  # the 2031 follow-up; the answer is Yes
    [question] = message_boxes.texts("question")
    assert "Årlig uppföljning 2032" in question
    assert services.follow_up.follow_ups(cycle_id)[0].year == 2032
    saved = services.follow_up.follow_up(services.follow_up.follow_ups(cycle_id)[0].follow_up_id)
    assert saved.what_moved == "Mer cykling."
    assert page.chosen_id() == older.follow_up_id and not page.has_unsaved_changes()
    # Without edits nothing is asked.
    page.list.setCurrentRow(0)
    assert len(message_boxes.texts("question")) == 1
