"""Om nyckeltalet: Ändra… and Ta bort… of a local indicator, Ändra enhet och källa… of
any indicator, and RKA's selection edited from the tab, each read back via the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.gui.indicators.list_panel import Selection
from agenda_desktop.gui.indicators.local_indicator_dialog import LocalIndicatorDialog
from agenda_desktop.gui.indicators.meta_dialogs import UnitSourceDialog
from agenda_desktop.gui.indicators.page import IndicatorsPage

pytestmark = pytest.mark.usefixtures("swedish_locale")

Show = Callable[[str], IndicatorsPage]


def listed(page: IndicatorsPage) -> set[str]:
    return {summary.id for summary in page.list.visible_indicators()}


def rka(services: Services) -> dict[str, int]:
    return {item.kpi_id: item.goal_number for item in services.reference.selection(RKA_PRESET_KEY)}


class Questions:
    """What QMessageBox.question was asked, and the answers it gives in turn."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answers: list[bool] = []  # Yes once they run out


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Patched questions; an error box fails the test."""
    recorded = Questions()

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        recorded.asked.append(text)
        answer = recorded.answers.pop(0) if recorded.answers else True
        return QMessageBox.StandardButton.Yes if answer else QMessageBox.StandardButton.No

    def critical(_parent: object, _title: str, text: str, *_args: object) -> object:
        pytest.fail(f"unexpected error box: {text}")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    return recorded


# -- local indicators -------------------------------------------------------------------


def test_a_local_indicator_is_changed_in_the_same_dialog(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_indicator("EK-002")
    actions = page.detail.about.own_actions
    assert actions.edit_local.isEnabled() and actions.delete_local.isEnabled()

    def edit(dialog: LocalIndicatorDialog) -> int:
        assert dialog.windowTitle() == "Ändra lokalt nyckeltal"
        assert dialog.kpi_id.text() == "EK-002" and dialog.kpi_id.isReadOnly()
        assert dialog.unit.text() == "antal" and dialog.gender_split.isChecked() is False
        assert not dialog.form.isRowVisible(dialog.goals)
        dialog.title.setText("   ")
        dialog.buttons.accepted.emit()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error.text().startswith("Namn:")
        dialog.title.setText("Medborgardialoger per år")
        dialog.unit.setText("st")
        dialog.direction.setCurrentIndex(dialog.direction.findData(None))
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(LocalIndicatorDialog, "exec", edit)
    actions.edit_local.click()
    detail = services.indicators.indicator("EK-002")
    assert (detail.title, detail.unit, detail.higher_is_better) == (
        "Medborgardialoger per år",
        "st",
        None,
    )
    assert detail.value_count == 10 and len(detail.goal_links) == 2  # untouched
    qtbot.waitUntil(lambda: not page.loading and page.detail.title.text() == detail.title)
    row = page.list.model.row_of("EK-002")
    assert row is not None
    assert "Medborgardialoger per år" in {s.title for s in page.list.visible_indicators()}


def test_deleting_an_indicator_with_values_names_them_and_asks_again(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    questions: Questions,
) -> None:
    for objective in services.programme.programme(services.cycle.latest().cycle_id).objectives():
        for indicator in objective.indicators:
            if indicator.kpi_id == "EK-001":
                services.programme.remove_indicator(indicator.indicator_id)
    show_indicator("EK-001")
    actions = page.detail.about.own_actions
    questions.answers = [True, False]
    actions.delete_local.click()
    assert len(questions.asked) == 2
    assert "EK-001" in questions.asked[0]
    assert "30 värden" in questions.asked[1]
    assert services.indicators.indicator("EK-001").value_count == 30  # declined: kept

    questions.asked.clear()
    actions.delete_local.click()  # Yes and Yes
    assert len(questions.asked) == 2
    with pytest.raises(NotFoundError):
        services.indicators.indicator("EK-001")
    qtbot.waitUntil(lambda: not page.loading)
    assert "EK-001" not in listed(page)
    assert page.list.current_id == "" and page.detail.shown_kpi == ""


def test_an_indicator_without_values_is_deleted_after_one_question(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    questions: Questions,
) -> None:
    services.indicators.create_local_indicator(LocalIndicatorData("EK-050", "Nytt mått"), [3])
    page.list.reload()
    show_indicator("EK-050")
    questions.answers = [False]
    page.detail.about.own_actions.delete_local.click()
    assert services.indicators.indicator("EK-050").title == "Nytt mått"
    page.detail.about.own_actions.delete_local.click()
    assert len(questions.asked) == 2  # once declined, once Yes: no second question
    assert questions.asked[0] == questions.asked[1]
    assert "EK-050" not in {s.id for s in services.indicators.list_indicators(limit=None)}
    qtbot.waitUntil(lambda: not page.loading and "EK-050" not in listed(page))


def test_kolada_s_indicators_cannot_be_changed_or_deleted(
    page: IndicatorsPage, show_indicator: Show
) -> None:
    show_indicator("N00401")
    actions = page.detail.about.own_actions
    for button in (actions.edit_local, actions.delete_local):
        assert not button.isEnabled()
        assert "Koladas nyckeltal kan inte ändras eller tas bort" in button.toolTip()
    assert actions.edit_meta.isEnabled()


# -- unit and source ----------------------------------------------------------------------


def test_unit_and_source_of_a_kolada_indicator(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_indicator("N00401")
    about = page.detail.about
    answers = [("ton/invånare", "Naturvårdsverket via Kolada"), ("", "")]

    def change(dialog: UnitSourceDialog) -> int:
        if dialog.unit.text() == "":
            assert dialog.unit.placeholderText() == "ton CO2-ekv/inv"
            assert dialog.source.placeholderText() == "Källa: Kolada"
        dialog.unit.setText(answers[0][0])
        dialog.source.setText(answers[0][1])
        answers.pop(0)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(UnitSourceDialog, "exec", change)
    about.own_actions.edit_meta.click()
    detail = services.indicators.indicator("N00401")
    assert (detail.unit, detail.source) == ("ton/invånare", "Naturvårdsverket via Kolada")
    assert detail.higher_is_better is False  # the direction is kept
    qtbot.waitUntil(lambda: not page.loading and about.unit.text() == "ton/invånare")
    assert about.source.text() == "Naturvårdsverket via Kolada"

    about.own_actions.edit_meta.click()  # emptied: back to what is shown by default
    detail = services.indicators.indicator("N00401")
    assert (detail.own_unit, detail.unit, detail.source) == ("", "ton CO2-ekv/inv", "Källa: Kolada")


def test_a_too_long_unit_is_named_and_the_dialog_stays(
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_indicator("EK-003")

    def change(dialog: UnitSourceDialog) -> int:
        assert dialog.unit.text() == "%"
        dialog.unit.setText("x" * 61)
        dialog.buttons.accepted.emit()
        assert dialog.error.text().startswith("Enhet:")
        return dialog.result()

    monkeypatch.setattr(UnitSourceDialog, "exec", change)
    page.detail.about.own_actions.edit_meta.click()
    assert services.indicators.indicator("EK-003").unit == "%"


# -- RKA's selection -----------------------------------------------------------------------


def test_an_indicator_joins_and_leaves_rka_s_selection(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_indicator("EK-002")
    actions = page.detail.about.own_actions
    assert not actions.add_to_selection.isHidden() and actions.remove_from_selection.isHidden()
    asked: list[tuple[Any, ...]] = []
    answer: list[str | None] = [None]

    def get_item(*args: Any) -> tuple[str, bool]:
        asked.append(args)
        items, current = args[3], args[4]
        chosen = answer[0] or items[current]
        return chosen, answer[0] != ""

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    answer[0] = ""  # cancelled: nothing changes
    actions.add_to_selection.click()
    assert "EK-002" not in rka(services)

    answer[0] = None  # the default: the goal it is linked to
    actions.add_to_selection.click()
    assert asked[-1][3][asked[-1][4]].startswith("16 ")
    assert rka(services)["EK-002"] == 16
    qtbot.waitUntil(lambda: not page.loading and not actions.remove_from_selection.isHidden())
    assert actions.add_to_selection.isHidden()
    assert "mål 16" in page.detail.about.selection_note.text()

    page.list.selection.setCurrentIndex(page.list.selection.findData(Selection.RKA))
    assert "EK-002" in listed(page)
    actions.remove_from_selection.click()
    assert "EK-002" not in rka(services)
    assert services.indicators.indicator("EK-002").title  # the indicator itself stays
    qtbot.waitUntil(lambda: not page.loading)
    assert "EK-002" not in listed(page)


def test_a_kolada_indicator_in_the_selection_can_be_put_under_another_goal_only_by_leaving(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    show_indicator("N00401")
    actions = page.detail.about.own_actions
    assert actions.add_to_selection.isHidden() and not actions.remove_from_selection.isHidden()
    actions.remove_from_selection.click()
    assert "N00401" not in rka(services)
    qtbot.waitUntil(lambda: not page.loading and not actions.add_to_selection.isHidden())

    def get_item(*args: Any) -> tuple[str, bool]:
        return next(item for item in args[3] if item.startswith("7 ")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    actions.add_to_selection.click()
    assert rka(services)["N00401"] == 7
    assert message_boxes.shown == []
