"""A secretary's year, end to end on a fresh database, through the Möten och protokoll page.

Issue 6, "Done means": a secretary can set up a board, run a year of meetings with
continuous numbering, print notices and protocols that look like the real thing, adjust a
protocol and find it can no longer change. Dialogs are driven by replacing their ``exec``
with one that fills the fields and presses Spara (``_save``), as the other GUI tests do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings.fingerprint import short
from agenda_desktop.core.services.bodies_types import BodyInput, MembershipInput, PersonInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import (
    AgendaItemInput,
    AttendanceInput,
    MeetingInput,
)
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.services.protocols_types import DecisionInput, SignatoryInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.indicators.meta_dialogs import SavingDialog
from agenda_desktop.gui.meetings.agenda_item_dialog import AgendaItemDialog
from agenda_desktop.gui.meetings.attendance_dialog import OtherParticipantDialog
from agenda_desktop.gui.meetings.bodies_dialogs import BodyDialog, MembershipDialog
from agenda_desktop.gui.meetings.meeting_dialog import MeetingDialog
from agenda_desktop.gui.meetings.page import MeetingsPage
from agenda_desktop.gui.meetings.people_dialogs import PeopleDialog, PersonDialog

BODY = "Kommunstyrelsen"
TERM_START = date(2026, 1, 1)
MEETINGS = [date(2026, 2, 10), date(2026, 5, 12), date(2026, 9, 15)]
LONG_DATES = ["Tisdag 10 februari 2026", "Tisdag 12 maj 2026", "Tisdag 15 september 2026"]
# name, party, organisation, title, role in the body (None: not a member)
PEOPLE = [
    ("Anna Andersson", "S", "", "", "ordforande"),
    ("Bertil Berg", "M", "", "", "vice_ordforande"),
    ("Cecilia Carlsson", "S", "", "", "ledamot"),
    ("David Dahl", "M", "", "", "ledamot"),
    ("Eva Ek", "C", "", "", "ledamot"),
    ("Fredrik Falk", "SD", "", "", "ledamot"),
    ("Gun Grön", "V", "", "", "ledamot"),
    ("Hans Holm", "S", "", "", "ersattare"),
    ("Ida Isaksson", "M", "", "", "ersattare"),
    ("Karin Kron", None, "Tanums kommun", "nämndsekreterare", "sekreterare"),
    ("Lars Lund", None, "Tanums kommun", "kommundirektör", None),
]
VOTING = PEOPLE[:7]
# title, diarienummer, kind, the "att"-clauses of the decision
MATTERS = [
    [
        ("Budget 2027 och plan 2028–2029", "KS 2026/101", "beslut",
         ["att fastställa budget 2027", "att uppdra åt kommundirektören att återrapportera"]),
        ("Information om Agenda 2030", "KS 2026/102", "information", []),
        ("Hållbarhetsprogram för Tanums kommun", "KS 2026/103", "beslut",
         ["att anta hållbarhetsprogrammet"]),
    ],
    [
        ("Årsredovisning 2025", "KS 2026/201", "beslut", ["att godkänna årsredovisningen"]),
        ("Delårsrapport april", "KS 2026/202", "information", []),
        ("Taxa för bygglov", "KS 2026/203", "beslut", ["att anta den nya taxan"]),
    ],
    [
        ("Delårsrapport augusti", "KS 2026/301", "beslut", ["att godkänna delårsrapporten"]),
        ("Medborgarförslag om cykelväg", "KS 2026/302", "beslut", ["att bifalla förslaget"]),
        ("Detaljplan för Grebbestad hamn", "KS 2026/303", "beslut", ["att anta detaljplanen"]),
    ],
]  # fmt: skip


def _drive(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fills: list[Callable]) -> None:
    """Each ``cls(...).exec()`` runs the next fill, then presses Spara on a SavingDialog;
    a dialog that stays open (a refused value) fails the test with its message."""

    def exec_(dialog: QDialog) -> int:
        assert fills, f"an unexpected {cls.__name__}"
        fills.pop(0)(dialog)
        if isinstance(dialog, SavingDialog):
            dialog._save()
            if dialog.result() != QDialog.DialogCode.Accepted:
                pytest.fail(f"{cls.__name__} refused: {dialog.error.text()}")
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def _pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def _choose_meeting(page: MeetingsPage, held_on: date) -> None:
    view = page.meetings.view
    for row in range(view.model().rowCount()):
        if view.model().index(row, 0).data() == held_on.isoformat():
            view.selectRow(row)
            assert page.meetings.current_meeting().held_on == held_on
            return
    raise AssertionError(f"no meeting on {held_on}")


def _write_decision(page: MeetingsPage, item_id: int, clauses: list[str]) -> None:
    panel = page.protocol
    assert panel.protocol is not None
    row = next(i for i, p in enumerate(panel.protocol.paragraphs) if p.item_id == item_id)
    panel.table.selectRow(row)
    editor = panel.editor
    editor.intro.setText("Kommunstyrelsen beslutar")
    editor.intro.textEdited.emit("Kommunstyrelsen beslutar")
    for index, clause in enumerate(clauses):
        editor.add_clause.click()
        editor.clauses.item(index).setText(clause)
    editor.save.click()
    saved = panel.protocol.paragraph(item_id)
    assert saved is not None and saved.clauses == tuple(clauses)


def _set_up_board(page: MeetingsPage, services: Services, monkeypatch: Any) -> dict[str, int]:
    """Nytt organ, Personer…, and a membership for everyone but the officer."""

    def new_body(dialog: BodyDialog) -> None:
        dialog.name.setText(BODY)
        dialog.kind.setCurrentIndex(dialog.kind.findData("styrelse"))
        dialog.numbering.setCurrentIndex(dialog.numbering.findData("lopande"))
        dialog.start.setValue(1166)
        assert "1166" in dialog.explanation.text()

    _drive(monkeypatch, BodyDialog, [new_body])
    page.tabs.setCurrentWidget(page.bodies)
    page.bodies.add_body()
    body = page.bodies.current_body()
    assert body is not None and (body.name, body.kind) == (BODY, "styrelse")
    assert (body.numbering, body.numbering_start) == ("lopande", 1166)

    def person_filler(name: str, party: str | None, organisation: str, title: str) -> Callable:
        def fill(dialog: PersonDialog) -> None:
            dialog.name.setText(name)
            dialog.party.setCurrentIndex(max(0, dialog.party.findData(party)))
            dialog.organisation.setText(organisation)
            dialog.title.setText(title)

        return fill

    _drive(monkeypatch, PersonDialog, [person_filler(*p[:4]) for p in PEOPLE])
    _drive(monkeypatch, PeopleDialog, [lambda d: [d.add_person() for _ in PEOPLE]])
    page.bodies.open_people()
    ids = {p.name: p.person_id for p in services.bodies.people()}
    assert set(ids) == {p[0] for p in PEOPLE}

    def seat(person_id: int, role: str) -> Callable:
        def fill(dialog: MembershipDialog) -> None:
            dialog.person.setCurrentIndex(dialog.person.findData(person_id))
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            dialog.start.setDate(QDate(TERM_START.year, TERM_START.month, TERM_START.day))

        return fill

    seats = [(ids[p[0]], p[4]) for p in PEOPLE if p[4]]
    _drive(monkeypatch, MembershipDialog, [seat(*s) for s in seats])
    for _ in seats:
        page.bodies.add_member()
    assert page.bodies.member_proxy.rowCount() == 10
    body = services.bodies.body(body.body_id, on=MEETINGS[0])
    assert (body.member_count, body.voting_count) == (10, 7)
    ids["body"] = body.body_id
    return ids


def _create_meetings(page: MeetingsPage, services: Services, monkeypatch: Any) -> list[int]:
    def meeting_filler(day: date) -> Callable:
        def fill(dialog: MeetingDialog) -> None:
            dialog.held_on.setDate(QDate(day.year, day.month, day.day))
            dialog.starts_at.setText("13.00")
            dialog.ends_at.setText("16:30")
            dialog.place.setCurrentText("Kommunhuset, Tanumshede")

        return fill

    page.tabs.setCurrentWidget(page.meetings)
    assert page.meetings.body.currentText() == BODY
    _drive(monkeypatch, MeetingDialog, [meeting_filler(day) for day in MEETINGS])
    for _ in MEETINGS:
        page.meetings.add_meeting()
    listed = services.meetings.meetings(page.meetings.current_body_id())
    meetings = sorted(listed, key=lambda m: m.held_on)
    assert [m.held_on for m in meetings] == MEETINGS
    assert {m.time_text for m in meetings} == {"13:00\u201316:30"}
    return [m.meeting_id for m in meetings]


def _fill_agenda(
    page: MeetingsPage, services: Services, monkeypatch: Any, index: int, tmp_path: Path
) -> list[int]:
    """Ny punkt … for each matter, then Ändra … to attach its underlag."""
    agenda = page.meetings.agenda
    matters = MATTERS[index]

    def item_filler(title: str, dnr: str, kind: str) -> Callable:
        def fill(dialog: AgendaItemDialog) -> None:
            dialog.title.setText(title)
            dialog.diarienummer.setText(dnr)
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.rapporteur.setText("Kommundirektören")
            dialog.matter.setPlainText(f"Ärendet {title.lower()} med bakgrund.")

        return fill

    _drive(monkeypatch, AgendaItemDialog, [item_filler(*m[:3]) for m in matters])
    for _ in matters:
        agenda.add_button.click()
    items = services.meetings.items(page.meetings.current_meeting().meeting_id)
    assert [i.title for i in items][3:6] == [m[0] for m in matters]
    assert items[-1].standard == "closing" and len(items) == 7
    ids = [i.item_id for i in items[3:6]]
    for item_id, (title, dnr, *_rest) in zip(ids, matters, strict=True):
        underlag = tmp_path / f"underlag-{dnr.replace(' ', '-').replace('/', '-')}.pdf"
        underlag.write_bytes(b"%PDF-1.4\n% " + title.encode())

        def attach(dialog: AgendaItemDialog, path: Path = underlag) -> None:
            dialog.attach(path)
            assert [a.filename for a in dialog.attachments.rows] == [path.name]

        _drive(monkeypatch, AgendaItemDialog, [attach])
        agenda.select_item(item_id)
        agenda.edit_button.click()
        assert services.meetings.item(item_id).attachment_count == 1
    return ids


def _record_attendance(
    page: MeetingsPage, monkeypatch: Any, ids: dict[str, int], apologies: bool
) -> str:
    panel = page.meetings.attendance
    for name, *_rest in VOTING:
        kind = "forhinder" if apologies and name == "Eva Ek" else "narvarande"
        panel.choose(ids[name], kind)
    if apologies:
        panel.choose(ids["Hans Holm"], "tjanstgorande_ersattare", serving_for=ids["Eva Ek"])
        panel.choose(ids["Ida Isaksson"], "ersattare")
    panel.choose(ids["Karin Kron"], "narvarande")

    def officer(dialog: OtherParticipantDialog) -> None:
        dialog.person.setCurrentIndex(dialog.person.findData(ids["Lars Lund"]))
        dialog.role.setText("kommundirektör")
        dialog.from_item.setValue(4)
        dialog.to_item.setValue(5)

    _drive(monkeypatch, OtherParticipantDialog, [officer])
    panel.add_other_button.click()
    assert [(r.name, r.items_text) for r in panel.others.rows] == [("Lars Lund", "punkt 4–5")]
    return panel.quorum_label.text()


def test_a_secretary_runs_a_year_of_board_meetings(
    qtbot: QtBot,
    fresh_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    services = Services.for_database(fresh_database)
    services.organisation.save_profile(ProfileData("1435", "Tanums kommun", "KS"))
    page = MeetingsPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()

    # -- the board, its people and their seats -------------------------------------------
    ids = _set_up_board(page, services, monkeypatch)
    meeting_ids = _create_meetings(page, services, monkeypatch)

    # -- the agenda and attendance of each meeting ---------------------------------------
    matter_ids: list[list[int]] = []
    for index, day in enumerate(MEETINGS):
        _choose_meeting(page, day)
        matter_ids.append(_fill_agenda(page, services, monkeypatch, index, tmp_path))
        quorum = _record_attendance(page, monkeypatch, ids, apologies=index == 0)
        assert quorum.startswith("Beslutsför: 7 av 7 röstberättigade"), quorum
        assert services.meetings.quorum(meeting_ids[index]).is_quorate
    groups = {g.kind: g.rows for g in services.meetings.attendance(meeting_ids[0])}
    assert [r.name for r in groups["forhinder"]] == ["Eva Ek"]
    assert [(r.name, r.serving_for_name) for r in groups["tjanstgorande_ersattare"]] == [
        ("Hans Holm", "Eva Ek")
    ]

    # -- draw up in date order, with the decisions ---------------------------------------
    panel = page.protocol
    numbers: list[list[int]] = []
    for index, day in enumerate(MEETINGS):
        _choose_meeting(page, day)
        page.meetings.details.setCurrentWidget(panel)
        assert "ej upprättat" in panel.heading.text()
        panel.draw_up_button.click()
        for item_id, matter in zip(matter_ids[index], MATTERS[index], strict=True):
            if matter[3]:
                _write_decision(page, item_id, matter[3])
        protocol = services.protocols.protocol(meeting_ids[index])
        numbers.append([p.number for p in protocol.paragraphs])
        assert f"§ {protocol.paragraph_range}" in panel.heading.text()
    assert numbers[0] == list(range(1166, 1173))
    assert numbers[1] == list(range(1173, 1180))
    assert numbers[2] == list(range(1180, 1187))
    information = services.protocols.protocol(meeting_ids[0]).paragraph(matter_ids[0][1])
    assert information is not None and information.clauses == (
        "att informationen läggs till handlingarna",
    )

    # -- the third meeting's agenda changes before adjustment: drawn up again, no gaps ---
    third = meeting_ids[2]
    _choose_meeting(page, MEETINGS[2])
    agenda = page.meetings.agenda
    agenda.select_item(matter_ids[2][1])  # punkt 5 up to punkt 4
    agenda.up_button.click()
    agenda.select_item(matter_ids[2][2])  # and punkt 6 goes
    agenda.remove_button.click()
    assert message_boxes.texts("question")[-1].startswith("Ta bort punkt 6")
    titles = [i.title for i in services.meetings.items(third)]
    assert titles[3:5] == [MATTERS[2][1][0], MATTERS[2][0][0]] and len(titles) == 6
    with pytest.raises(ValidationError, match="upprätta det igen"):
        services.protocols.adjust(third, MEETINGS[2])
    # The protocol tab does not follow agenda edits (see the xfail test below): reload it.
    panel.show_meeting(third)
    panel.draw_up_button.click()
    redrawn = services.protocols.protocol(third)
    assert [p.number for p in redrawn.paragraphs] == list(range(1180, 1186))
    assert [p.title for p in redrawn.paragraphs][3:5] == titles[3:5]
    assert redrawn.paragraph(matter_ids[2][1]).number == 1183
    protocols = [services.protocols.protocol(m) for m in meeting_ids]
    all_numbers = [p.number for protocol in protocols for p in protocol.paragraphs]
    assert all_numbers == list(range(1166, 1186))

    # -- signatures of the first protocol, then the kallelse and the protokoll -----------
    first = meeting_ids[0]
    _choose_meeting(page, MEETINGS[0])
    box = panel.signatories
    box.secretary.setCurrentIndex(box.secretary.findData(ids["Karin Kron"]))
    for adjuster in ("Bertil Berg", "Cecilia Carlsson"):
        box.new_adjuster.setCurrentIndex(box.new_adjuster.findData(ids[adjuster]))
        box.add_adjuster.click()
    assert box.adjuster_ids() == [ids["Bertil Berg"], ids["Cecilia Carlsson"]]
    box.place.setText("Kommunhuset, Tanumshede")
    box.adjustment_date.setDate(QDate(2026, 2, 13))
    box.save.click()
    signed = services.protocols.protocol(first)
    assert signed.secretary is not None and signed.secretary.name == "Karin Kron"
    assert [a.name for a in signed.adjusters] == ["Bertil Berg", "Cecilia Carlsson"]
    assert panel.adjust_button.isEnabled()

    documents = page.documents
    documents.kind.setCurrentIndex(documents.kind.findData("kallelse"))
    documents.save_pdf(tmp_path / "kallelse.pdf")
    notice = _pdf_text(tmp_path / "kallelse.pdf")
    for expected in (BODY, "Kallelse", LONG_DATES[0], "Kommunhuset, Tanumshede", "KS 2026/101",
                     "Budget 2027 och plan 2028–2029", "Anna Andersson", "Karin Kron",
                     "Sida 1 av"):  # fmt: skip
        assert expected in notice, expected

    documents.kind.setCurrentIndex(documents.kind.findData("protokoll"))
    documents.save_pdf(tmp_path / "utkast.pdf")
    draft = _pdf_text(tmp_path / "utkast.pdf")
    assert "EJ JUSTERAT" in draft and "§ 1166" in draft

    # -- adjust the first protocol through the panel -------------------------------------
    before_questions = len(message_boxes.texts("question"))
    panel.adjust_button.click()
    assert len(message_boxes.texts("question")) == before_questions + 1
    assert (
        "Justera protokollet från Kommunstyrelsen 2026-02-10 den 2026-02-13"
        in (message_boxes.texts("question")[-1])
    )
    adjusted = services.protocols.protocol(first)
    assert adjusted.adjusted_on == date(2026, 2, 13) and adjusted.fingerprint

    documents.save_pdf(tmp_path / "protokoll.pdf")
    printed = _pdf_text(tmp_path / "protokoll.pdf")
    for expected in (
        BODY,
        "Sammanträdesprotokoll",
        LONG_DATES[0],
        "§ 1166",
        "§ 1172",
        "Paragrafer",
        "Justerare",
        "Bertil Berg",
        "Karin Kron",
        "Tanums kommun",
        "KS 2026/101",
        "Hans Holm",
        "Lars Lund",
        "punkt 4–5",
        "Meddelat förhinder",
        "Sida 1 av",
        adjusted.fingerprint,
    ):
        assert expected in printed, expected
    for clause in MATTERS[0][0][3] + MATTERS[0][2][3]:
        assert clause in printed, clause
    assert "EJ JUSTERAT" not in printed
    assert re.search(r"Sida 1 av \d+", printed)

    # -- read-only for good: the GUI ------------------------------------------------------
    # The meeting list keeps the state it loaded (see the xfail test below): reload it.
    page.meetings.reload_meetings()
    _choose_meeting(page, MEETINGS[1])
    _choose_meeting(page, MEETINGS[0])
    assert "Justerat" in page.meetings.heading.text()
    assert not panel.banner.isHidden()
    assert (
        panel.banner.text() == f"Justerat 2026-02-13 · Kontrollsumma {short(adjusted.fingerprint)}"
    )
    assert not panel.draw_up_button.isEnabled() and not panel.adjust_button.isEnabled()
    assert not panel.editor.save.isEnabled() and panel.editor.intro.isReadOnly()
    assert not panel.editor.add_clause.isEnabled()
    assert not panel.signatories.save.isEnabled()
    assert not panel.signatories.add_adjuster.isEnabled()
    assert not agenda.add_button.isEnabled() and not agenda.remove_button.isEnabled()
    attendance = page.meetings.attendance
    assert not any(chooser.isEnabled() for chooser in attendance.kind_choosers.values())
    assert not attendance.add_other_button.isEnabled()
    assert not page.meetings.delete_button.isEnabled()
    panel.verify_button.click()
    assert message_boxes.shown[-1][1] == "Kontrollsumman stämmer"

    # -- read-only for good: the services -------------------------------------------------
    item_id = matter_ids[0][0]
    with pytest.raises(ValidationError):
        services.meetings.update_item(item_id, AgendaItemInput("Ändrad rubrik", diarienummer="X"))
    with pytest.raises(ValidationError):
        services.protocols.set_decision(item_id, DecisionInput(clauses=("att ändra beslutet",)))
    with pytest.raises(ValidationError):
        services.meetings.set_attendance(first, AttendanceInput(ids["Eva Ek"], "narvarande"))
    with pytest.raises(ValidationError):
        services.meetings.add_item(first, AgendaItemInput("En punkt till"))
    with pytest.raises(ValidationError):
        services.protocols.draw_up(first)
    with pytest.raises(ValidationError):
        services.meetings.delete_meeting(first)
    assert services.protocols.protocol(first) == adjusted
    assert services.protocols.verify(first).matches
    assert [kind for kind, *_ in message_boxes.shown].count("warning") == 0

    # -- the year plan to the calendar ----------------------------------------------------
    documents.export_year(tmp_path / "arsplan.ics")
    calendar = Calendar.from_ical((tmp_path / "arsplan.ics").read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("DTSTART"))
    assert len(events) == 3
    assert [e.decoded("DTSTART").date() for e in events] == MEETINGS
    assert all(BODY in str(e.get("SUMMARY")) for e in events)
    assert len({str(e.get("UID")) for e in events}) == 3


# -- known gaps, kept here until they are fixed (strict: a fix makes these fail) -------------


def _small_page(qtbot: QtBot, database: Database) -> tuple[MeetingsPage, Services, int]:
    """A body with one member and a meeting with one matter, its protocol drawn up and
    signed, shown in the page."""
    services = Services.for_database(database)
    body = services.bodies.create_body(BodyInput(BODY, "styrelse", numbering_start=1166))
    person = services.bodies.create_person(PersonInput("Anna Andersson", "S"))
    clerk = services.bodies.create_person(PersonInput("Karin Kron"))
    services.bodies.add_membership(
        body.body_id, MembershipInput(person.person_id, "ordforande", TERM_START)
    )
    meeting = services.meetings.create_meeting(body.body_id, MeetingInput(MEETINGS[0]))
    services.meetings.add_item(meeting.meeting_id, AgendaItemInput("Budget 2027"))
    services.protocols.draw_up(meeting.meeting_id)
    services.protocols.set_signatories(
        meeting.meeting_id, SignatoryInput(clerk.person_id, (person.person_id,))
    )
    page = MeetingsPage(services)
    qtbot.addWidget(page)
    _choose_meeting(page, MEETINGS[0])
    return page, services, meeting.meeting_id


def test_the_meeting_list_shows_an_adjusted_meeting_as_adjusted(
    qtbot: QtBot, fresh_database: Database, message_boxes: Any
) -> None:
    page, _services, _meeting_id = _small_page(qtbot, fresh_database)
    page.protocol.adjust_button.click()
    assert page.protocol.protocol is not None and page.protocol.protocol.is_adjusted
    assert "Justerat" in page.meetings.heading.text()
    assert not page.meetings.delete_button.isEnabled()


def test_the_protocol_tab_follows_the_agenda(
    qtbot: QtBot, fresh_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, services, meeting_id = _small_page(qtbot, fresh_database)
    _drive(monkeypatch, AgendaItemDialog, [lambda d: d.title.setText("Taxa för bygglov")])
    page.meetings.agenda.add_button.click()
    page.meetings.details.setCurrentWidget(page.protocol)
    assert len(services.meetings.items(meeting_id)) == 6
    assert page.protocol.model.rowCount() == 6
