"""Nytt lokalt nyckeltal and the "Om nyckeltalet" tab: goal links and target values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import GoalLinkInfo, TargetValueInfo
from agenda_desktop.gui.indicators.local_indicator_dialog import LocalIndicatorDialog
from agenda_desktop.gui.indicators.meta_dialogs import GoalLinkDialog, TargetValueDialog
from agenda_desktop.gui.indicators.page import IndicatorsPage

pytestmark = pytest.mark.usefixtures("swedish_locale")


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> LocalIndicatorDialog:
    widget = LocalIndicatorDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_creates_a_local_indicator(dialog: LocalIndicatorDialog, services: Services) -> None:
    dialog.kpi_id.setText("EK-010")
    dialog.title.setText("Andel cyklande till skolan")
    dialog.description.setPlainText("Elever i åk 4–9 som cyklar minst tre dagar i veckan.")
    dialog.unit.setText("%")
    dialog.source.setText("Resvaneenkät")
    dialog.direction.setCurrentIndex(dialog.direction.findData(True))
    dialog.gender_split.setChecked(True)
    dialog.set_goal(3)
    dialog.set_goal(11)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.indicators.indicator("EK-010")
    assert (detail.title, detail.unit, detail.source) == (
        "Andel cyklande till skolan",
        "%",
        "Resvaneenkät",
    )
    assert detail.is_local and detail.gender_split and detail.higher_is_better is True
    assert detail.goal_links == (GoalLinkInfo(3, None), GoalLinkInfo(11, None))
    assert dialog.created == detail


@pytest.mark.parametrize(
    ("kpi_id", "title", "field"),
    [
        ("N12345", "Något", "Id"),
        ("1abc", "Något", "Id"),
        ("EK-001", "Något", "Id"),
        ("EK-011", "", "Namn"),
    ],
)
def test_a_refused_field_is_named_and_the_dialog_stays_open(
    dialog: LocalIndicatorDialog, services: Services, kpi_id: str, title: str, field: str
) -> None:
    dialog.kpi_id.setText(kpi_id)
    dialog.title.setText(title)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.created is None
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith(f"{field}:")
    focused = dialog.kpi_id if field == "Id" else dialog.title
    assert dialog.focusWidget() is focused or not dialog.isActiveWindow()
    assert "EK-011" not in {s.id for s in services.indicators.list_indicators(limit=None)}


def test_page_creates_and_selects_the_new_indicator(
    qtbot: QtBot, page: IndicatorsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(dialog: LocalIndicatorDialog) -> int:
        dialog.kpi_id.setText("EK-020")
        dialog.title.setText("Besök på biblioteket")
        dialog.unit.setText("antal")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(LocalIndicatorDialog, "exec", exec_)
    page.new_button.click()
    assert page.list.current_id == "EK-020"
    qtbot.waitUntil(lambda: page.detail.shown_kpi == "EK-020" and not page.loading)
    assert page.detail.title.text() == "Besök på biblioteket"


def test_goal_links_and_target_values_on_the_about_tab(
    qtbot: QtBot,
    page: IndicatorsPage,
    services: Services,
    show_indicator: Callable[[str], IndicatorsPage],
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    show_indicator("N00401")
    about = page.detail.about

    def link(dialog: GoalLinkDialog) -> int:
        dialog.goal.setCurrentIndex(dialog.goal.findData(11))
        dialog.target.setCurrentIndex(dialog.target.findData("11.6"))
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(GoalLinkDialog, "exec", link)
    about.add_link.click()
    assert GoalLinkInfo(11, "11.6") in services.indicators.indicator("N00401").goal_links
    qtbot.waitUntil(lambda: not page.loading)
    texts = [about.links.item(n).text() for n in range(about.links.count())]
    assert any(text.startswith("Delmål 11.6") for text in texts)

    about.links.setCurrentRow(texts.index(next(t for t in texts if t.startswith("Delmål 11.6"))))
    about.remove_link.click()
    assert GoalLinkInfo(11, "11.6") not in services.indicators.indicator("N00401").goal_links

    def target(dialog: TargetValueDialog) -> int:
        dialog.year.setValue(2035)
        dialog.value.setText("abc")
        dialog.buttons.accepted.emit()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error.text().startswith("Målvärde:")
        dialog.value.setText("2,5")
        dialog.note.setText("Klimatmålet")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(TargetValueDialog, "exec", target)
    about.add_target.click()
    expected = TargetValueInfo("T", 2035, 2.5, "Klimatmålet")
    assert expected in services.indicators.indicator("N00401").target_values
    qtbot.waitUntil(lambda: not page.loading and about.targets.rowCount() > 0)
    row = next(
        r for r in range(about.targets.rowCount()) if about.targets.item(r, 0).text() == "2035"
    )
    assert about.targets.item(row, 2).text() == "2,5"
    about.targets.selectRow(row)
    about.remove_target.click()  # confirmed by the patched question
    assert expected not in services.indicators.indicator("N00401").target_values
