"""Two officers change one indicator: Ändra… of a local indicator, Ändra enhet och källa…
and the direction show both versions on the second save and save the user's choice;
Historik… shows who changed what."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from edit_conflicts import answer_conflict, second_officer
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import LocalIndicatorData
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import ChangeLogDialog
from agenda_desktop.gui.edit_conflict_dialog import EditConflictDialog
from agenda_desktop.gui.indicators.local_indicator_dialog import LocalIndicatorDialog
from agenda_desktop.gui.indicators.meta_dialogs import UnitSourceDialog
from agenda_desktop.gui.indicators.page import IndicatorsPage

pytestmark = pytest.mark.usefixtures("swedish_locale")

Show = Callable[[str], IndicatorsPage]


def _history(dialog: LocalIndicatorDialog | UnitSourceDialog) -> list[str]:
    return [b.text() for b in dialog.buttons.buttons() if b.text() == "Historik…"]


def test_a_local_indicator_edited_by_two_saves_the_users_title_and_keeps_the_others_unit(
    qtbot: QtBot, services: Services
) -> None:
    began = services.indicators.indicator("EK-002")
    new = LocalIndicatorDialog(services)
    qtbot.addWidget(new)
    assert _history(new) == []
    dialog = LocalIndicatorDialog(services, editing=began)
    qtbot.addWidget(dialog)
    assert _history(dialog) == ["Historik…"]
    dialog.title.setText("Medborgardialoger per år")
    with second_officer(services.database) as bo:
        data = LocalIndicatorData(
            began.id,
            "Antal medborgardialoger",
            began.description,
            "st",
            began.own_source,
            began.higher_is_better,
            began.gender_split,
        )
        bo.indicators.update_local_indicator(began.id, data, ExpectedVersion(began.version))

    def choose(conflict: EditConflictDialog) -> None:
        fields = {f.field: f for f in conflict.conflict.fields}
        assert fields["title"].choosable and fields["title"].label == "Namn"
        assert not fields["unit"].changed_by_me
        conflict.accept()

    answered = answer_conflict(choose)
    dialog._save()
    assert len(answered) == 1
    stored = services.indicators.indicator("EK-002")
    assert (stored.title, stored.own_unit) == ("Medborgardialoger per år", "st")
    assert dialog.saved is not None and dialog.saved.version == stored.version

    log = ChangeLogDialog(services.change_log, dialog.history_record, "EK-002", dialog)
    qtbot.addWidget(log)
    rows = [[log.model.index(r, c).data() for c in range(5)] for r in range(log.model.rowCount())]
    assert [row[1] for row in rows[:2]] == [services.database.actor, "Bo Ek"]
    assert "Enhet: antal → st" in rows[1][4]


def test_unit_and_source_keep_the_others_unit_when_chosen(
    page: IndicatorsPage,
    services: Services,
    show_indicator: Show,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_indicator("N00401")
    began = services.indicators.indicator("N00401")
    with second_officer(services.database) as bo:
        bo.indicators.update_indicator_meta(
            "N00401", "ton/inv", "", began.higher_is_better, ExpectedVersion(began.version)
        )
    seen: list[list[str]] = []

    def change(dialog: UnitSourceDialog) -> int:
        seen.append(_history(dialog))
        dialog.unit.setText("kg/inv")
        dialog.source.setText("Naturvårdsverket")
        dialog.buttons.accepted.emit()
        return dialog.result()

    def choose(conflict: EditConflictDialog) -> None:
        conflict.all_saved.click()  # Bo's unit; the source only the user changed
        conflict.accept()

    monkeypatch.setattr(UnitSourceDialog, "exec", change)
    answered = answer_conflict(choose)
    page.detail.about.own_actions.edit_meta.click()
    assert seen == [["Historik…"]] and len(answered) == 1
    stored = services.indicators.indicator("N00401")
    assert (stored.own_unit, stored.own_source) == ("ton/inv", "Naturvårdsverket")


def test_the_direction_chosen_on_the_page_meets_the_others_and_the_page_shows_the_result(
    qtbot: QtBot, page: IndicatorsPage, services: Services, show_indicator: Show
) -> None:
    show_indicator("N00401")
    began = services.indicators.indicator("N00401")
    assert began.higher_is_better is False
    with second_officer(services.database) as bo:
        bo.indicators.update_indicator_meta("N00401", "", "", None, ExpectedVersion(began.version))
    answered = answer_conflict(lambda conflict: conflict.reject())  # the user goes back
    combo = page.detail.direction
    combo.setCurrentIndex(combo.findData(True))
    combo.activated.emit(combo.currentIndex())
    assert len(answered) == 1
    assert services.indicators.indicator("N00401").higher_is_better is None
    qtbot.waitUntil(lambda: not page.loading)
    qtbot.waitUntil(lambda: combo.currentData() is None)  # what Bo saved
    assert page.detail.about.own_actions.history.isEnabled()

    # The page was read again: the next choice begins from the version now stored.
    data = page.detail.data
    assert data is not None
    assert data.detail.version == services.indicators.indicator("N00401").version
    combo.setCurrentIndex(combo.findData(True))
    combo.activated.emit(combo.currentIndex())
    assert services.indicators.indicator("N00401").higher_is_better is True
