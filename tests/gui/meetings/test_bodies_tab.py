"""Organ och ledamöter: bodies, members and the people register, through real widgets."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.services.bodies_types import BodyInfo, BodyInput, MembershipInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.meetings.bodies_dialogs import (
    BodyDialog,
    EndMembershipDialog,
    MembershipDialog,
)
from agenda_desktop.gui.meetings.bodies_tab import BodiesTab
from agenda_desktop.gui.meetings.people_dialogs import PeopleDialog, PersonDialog


def _fill_then_save(fill: Any) -> Any:
    """An ``exec`` that fills the dialog, presses OK and reports how it ended."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog._save()  # type: ignore[attr-defined]
        return dialog.result()

    return exec_


@pytest.fixture
def tab(qtbot: QtBot, services: Services) -> BodiesTab:
    widget = BodiesTab(services)
    qtbot.addWidget(widget)
    return widget


def _choose(tab: BodiesTab, name: str) -> BodyInfo:
    body = next(b for b in tab._bodies.bodies() if b.name == name)
    assert tab.select_body(body.body_id)
    return body


def test_lists_bodies_and_members_of_the_chosen_one(tab: BodiesTab) -> None:
    names = [tab.body_proxy.index(r, 0).data() for r in range(tab.body_proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    body = _choose(tab, names[0])
    assert tab.title.text() == body.name
    assert tab.member_proxy.rowCount() == len(tab._bodies.memberships(body.body_id))


def test_new_body_with_continuous_numbering(
    tab: BodiesTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: BodyDialog) -> None:
        dialog.name.setText("Samordningsförbundet Väst")
        dialog.kind.setCurrentIndex(dialog.kind.findData("samordningsforbund"))
        dialog.numbering.setCurrentIndex(dialog.numbering.findData("lopande"))
        dialog.start.setValue(1166)
        assert "1166" in dialog.explanation.text()
        dialog.numbering.setCurrentIndex(dialog.numbering.findData("per_mote"))
        assert not dialog.start.isEnabled()
        dialog.numbering.setCurrentIndex(dialog.numbering.findData("lopande"))

    monkeypatch.setattr(BodyDialog, "exec", _fill_then_save(fill))
    tab.add_body()
    body = tab.current_body()
    assert body is not None and body.name == "Samordningsförbundet Väst"
    assert (body.numbering, body.numbering_start) == ("lopande", 1166)


def test_body_dialog_explains_next_number_after_the_last_used(
    qtbot: QtBot, services: Services
) -> None:
    body = next(b for b in services.bodies.bodies() if b.last_paragraph)
    dialog = BodyDialog(services.bodies, body)
    qtbot.addWidget(dialog)
    dialog.numbering.setCurrentIndex(dialog.numbering.findData("lopande"))
    dialog.start.setValue(1)
    assert f"numret {body.last_paragraph + 1}" in dialog.explanation.text()


def test_refused_name_keeps_the_dialog_open(qtbot: QtBot, services: Services) -> None:
    taken = services.bodies.bodies()[0].name
    dialog = BodyDialog(services.bodies)
    qtbot.addWidget(dialog)
    dialog.name.setText(taken.upper())
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "finns redan" in dialog.error.text()


def test_delete_body_with_meetings_is_refused(tab: BodiesTab, message_boxes: Any) -> None:
    body = next(b for b in tab._bodies.bodies() if b.meeting_count)
    tab.select_body(body.body_id)
    tab.delete_body()
    assert any("möten" in text for text in message_boxes.texts("warning"))
    assert tab.current_body() is not None


def test_add_end_and_remove_a_member(
    tab: BodiesTab, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    body = tab._bodies.create_body(BodyInput("Arbetsgruppen", "arbetsgrupp"))
    tab.load(body.body_id)
    assert tab.member_proxy.rowCount() == 0

    def new_person(dialog: PersonDialog) -> None:
        dialog.name.setText("Nina Ny")
        dialog.party.setCurrentIndex(dialog.party.findData("MP"))
        dialog.organisation.setText("Exempelkommun")

    def fill(dialog: MembershipDialog) -> None:
        dialog._add_person()
        assert dialog.chosen_person_id() is not None
        assert dialog.represents.placeholderText() == "Exempelkommun"
        dialog.role.setCurrentIndex(dialog.role.findData("ordforande"))
        dialog.start.setDate(QDate(2023, 1, 1))

    monkeypatch.setattr(PersonDialog, "exec", _fill_then_save(new_person))
    monkeypatch.setattr(MembershipDialog, "exec", _fill_then_save(fill))
    tab.add_member()
    member = tab.current_member()
    assert member is not None
    assert (member.person_name, member.role, member.party) == ("Nina Ny", "ordforande", "MP")
    assert tab.end_member_button.isEnabled()

    def end(dialog: EndMembershipDialog) -> None:
        dialog.end.setDate(QDate(2023, 12, 31))

    monkeypatch.setattr(EndMembershipDialog, "exec", _fill_then_save(end))
    tab.end_member()
    assert tab.member_proxy.rowCount() == 0  # ended: hidden
    tab.show_former.setChecked(True)
    assert tab.member_proxy.rowCount() == 1
    tab.member_table.selectRow(0)
    assert tab.current_member() is not None
    assert tab.current_member().end_date == date(2023, 12, 31)  # type: ignore[union-attr]
    tab.remove_member()
    assert tab.member_proxy.rowCount() == 0
    assert message_boxes.texts("question")


def test_overlapping_membership_is_refused_in_the_dialog(qtbot: QtBot, services: Services) -> None:
    bodies = services.bodies
    body = bodies.create_body(BodyInput("Arbetsgruppen", "arbetsgrupp"))
    person = bodies.people()[0]
    bodies.add_membership(
        body.body_id, MembershipInput(person.person_id, "ledamot", date(2023, 1, 1))
    )
    dialog = MembershipDialog(bodies, bodies.body(body.body_id))
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(person.person_id))
    dialog.start.setDate(QDate(2024, 1, 1))
    dialog._save()
    assert "överlappa" in dialog.error.text()
    dialog.person.setEditText("Ingen som finns")
    dialog._save()
    assert "personregistret" in dialog.error.text()


def test_people_dialog_searches_adds_and_refuses_deleting_a_member(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    dialog = PeopleDialog(services.bodies)
    qtbot.addWidget(dialog)
    everyone = dialog.proxy.rowCount()
    assert everyone > 0
    member = next(p for p in services.bodies.people() if p.membership_count)
    dialog.search.setText(member.name)
    assert 1 <= dialog.proxy.rowCount() < everyone
    dialog.select_person(member.person_id)
    dialog.delete_person()
    assert any("uppdrag" in text for text in message_boxes.texts("warning"))
    dialog.search.clear()

    def fill(person: PersonDialog) -> None:
        person.name.setText("Olle Oberoende")

    monkeypatch.setattr(PersonDialog, "exec", _fill_then_save(fill))
    dialog.add_person()
    assert dialog.changed
    assert dialog.proxy.rowCount() == everyone + 1
    chosen = dialog.current_person()
    assert chosen is not None and chosen.name == "Olle Oberoende"
    dialog.delete_person()
    assert dialog.proxy.rowCount() == everyone


def test_members_sort_by_column(tab: BodiesTab) -> None:
    body = max(tab._bodies.bodies(), key=lambda b: b.member_count)
    tab.select_body(body.body_id)
    rows = tab.member_proxy.rowCount()
    roles = [tab.member_proxy.index(r, 1).data() for r in range(rows)]
    assert roles[0] == "Ordförande"
    tab.member_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [tab.member_proxy.index(r, 0).data() for r in range(rows)]
    assert names == sorted(names, key=rules.name_key)
    tab.member_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [tab.member_proxy.index(r, 0).data() for r in range(rows)] == names[::-1]
