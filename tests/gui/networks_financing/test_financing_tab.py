"""The network's Finansiering tab with real services: commitments made in the dialog, the
deciding paragraph picked by search, invoices (overdue, marked paid), and the import of a
real .xlsx amount sheet with our row preselected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import AgendaItem, Body, Meeting
from agenda_desktop.gui.networks.financing_dialogs import FinancingDialog, InvoiceDialog
from agenda_desktop.gui.networks.financing_import_dialog import FinancingImportDialog
from agenda_desktop.gui.networks.financing_models import FinancingColumn, InvoiceColumn
from agenda_desktop.gui.networks.financing_tab import FinancingTab

pytestmark = pytest.mark.usefixtures("swedish_locale")

TITLE = "Rekommendation om samfinansiering 2024–2027"


@pytest.fixture
def services(fresh_database: Database) -> Services:
    services = Services.for_database(fresh_database)
    services.organisation.save_profile(ProfileData("1435", "Tanums kommun", "KS"))
    return services


@pytest.fixture
def network_id(services: Services) -> int:
    return services.networks.create_network(NetworkInput("Regional samfinansiering")).network_id


@pytest.fixture
def tab(qtbot: QtBot, services: Services, network_id: int) -> FinancingTab:
    widget = FinancingTab(services)
    qtbot.addWidget(widget)
    widget.show_network(network_id)
    return widget


def fill_then_save(fill: Callable[[Any], None]) -> Callable[[QDialog], int]:
    """An ``exec`` that fills the dialog, presses its OK button and says how it ended."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)
        dialog._save()  # type: ignore[attr-defined]
        return dialog.result()

    return exec_


def cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def make_financing(services: Services, network_id: int, **changes: Any) -> int:
    data = FinancingInput(title=TITLE, first_year=2024, last_year=2027, **changes)
    return services.financing.create_financing(network_id, data).financing_id


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kw: (str(path), "")))  # fmt: skip


def write_sheet(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Fördelning"
    sheet.append(["Samfinansiering 2024–2027, belopp per kommun och år"])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_nothing_chosen_disables_the_buttons(qtbot: QtBot, services: Services) -> None:
    tab = FinancingTab(services)
    qtbot.addWidget(tab)
    tab.show_network(None)
    buttons = [
        tab.new_button,
        tab.edit_button,
        tab.remove_button,
        tab.import_button,
        tab.invoices.new_button,
        tab.invoices.edit_button,
        tab.invoices.remove_button,
        tab.invoices.paid_button,
    ]
    assert not any(button.isEnabled() for button in buttons)
    assert tab.model.rowCount() == 0


def test_new_commitment_with_a_paragraph_found_by_search(
    qtbot: QtBot, tab: FinancingTab, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    with services.database.unit_of_work() as session:
        body = Body(name="Kommunstyrelsen", kind="styrelse")
        session.add(body)
        session.flush()
        meeting = Meeting(body_id=body.id, held_on=date(2026, 3, 10))
        session.add(meeting)
        session.flush()
        session.add(AgendaItem(meeting_id=meeting.id, position=3, title="Budget 2027"))
        session.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=5,
                title="Samfinansiering av regional utveckling",
                paragraph_number=1190,
            )
        )
    assert tab.new_button.isEnabled() and not tab.edit_button.isEnabled()

    def fill(dialog: FinancingDialog) -> None:
        dialog.title.setText(TITLE)
        dialog.first_year.setValue(2024)
        dialog.last_year.setValue(2027)
        dialog.yearly_excl.setText("41 250")
        dialog.compute_incl.click()
        assert dialog.yearly_incl.text() == "51 562,50"
        dialog.decision.setCurrentIndex(dialog.decision.findData("antagen"))
        dialog.decided_on.set_day(date(2026, 3, 10))
        dialog.paragraph.search.setText("SAMFINANSIERING")
        dialog.paragraph.load()
        assert dialog.paragraph.choice.count() == 2  # "Ingen paragraf" and the hit
        dialog.paragraph.choice.setCurrentIndex(1)
        assert "§ 1190" in dialog.paragraph.choice.currentText()

    monkeypatch.setattr(FinancingDialog, "exec", fill_then_save(fill))
    with qtbot.waitSignal(tab.changed):
        tab.new_button.click()
    row = cells(tab.model, 0)
    assert row[FinancingColumn.TITLE] == TITLE
    assert row[FinancingColumn.DECISION] == "Antagen\n2026-03-10"
    assert row[FinancingColumn.PERIOD] == "2024–2027"
    assert row[FinancingColumn.YEARLY_EXCL] == "41 250,00 kr"
    assert row[FinancingColumn.YEARLY_INCL] == "51 562,50 kr"
    assert "Kommunstyrelsen 2026-03-10 § 1190" in tab.decision_line.text()
    assert "165 000,00 kr exkl. moms" in tab.summary.text()
    assert "206 250,00 kr inkl. moms" in tab.summary.text()


def test_bad_money_text_is_refused_naming_the_field(
    tab: FinancingTab, services: Services, network_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fill(dialog: FinancingDialog) -> None:
        dialog.title.setText(TITLE)
        dialog.yearly_excl.setText("fyrtio tusen")
        dialog._save()
        shown.append(dialog.error.text())
        dialog.reject()

    monkeypatch.setattr(FinancingDialog, "exec", fill_then_save(fill))
    tab.add_financing()
    assert shown[0].startswith("Per år exkl. moms: ”fyrtio tusen” är inte ett belopp")
    assert services.financing.financings(network_id) == []


def test_import_a_real_sheet_with_our_row_preselected(
    qtbot: QtBot,
    tab: FinancingTab,
    services: Services,
    network_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_financing(services, network_id)
    tab.reload()
    path = write_sheet(
        tmp_path / "rekommendation.xlsx",
        [
            ["Kommunkod", "Kommun", "Belopp exkl. moms", "Belopp inkl. moms"],
            ["0180", "Stockholm", 125000, 156250],
            ["1435", "Tanums kommun", "41 250,00", "51 562,50"],
            ["9999", "Atlantis", 100, 125],
        ],
    )
    choose_file(monkeypatch, path)
    seen: dict[str, Any] = {}

    def check(dialog: FinancingImportDialog) -> None:
        model = dialog.model
        seen["chosen"] = dialog.chosen_row()
        seen["note"] = model.data(model.index(1, 5))
        seen["bold"] = model.data(model.index(1, 1), Qt.ItemDataRole.FontRole).bold()
        seen["other_bold"] = model.data(model.index(0, 1), Qt.ItemDataRole.FontRole)
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["label"] = dialog.chosen_label.text()

    monkeypatch.setattr(FinancingImportDialog, "exec", fill_then_save(check))
    with qtbot.waitSignal(tab.changed):
        tab.import_button.click()
    assert seen["chosen"] == 1 and seen["bold"] and seen["other_bold"] is None
    assert seen["note"] == "◀ vår kommun"
    assert seen["problems"] == [
        "⚠ rekommendation.xlsx, blad ”Fördelning”, rad 6, kolumn A (Kommunkod): Kommunen "
        "”9999” finns inte i listan över kommuner. Förväntat: ett kommunnamn som ”Tanum” "
        "eller ”Tanums kommun”, eller en kod med fyra siffror som ”1435”."
    ]
    assert "rad 5, Tanums kommun – 41 250,00 kr exkl. moms" in seen["label"]
    row = cells(tab.model, 0)
    assert row[FinancingColumn.YEARLY_EXCL] == "41 250,00 kr"
    assert row[FinancingColumn.YEARLY_INCL] == "51 562,50 kr"
    assert tab.source_line.text() == (
        "Källa: rekommendation.xlsx, blad ”Fördelning”, rad 5 (Tanums kommun)"
    )


def test_import_another_row_when_ours_is_missing(
    tab: FinancingTab,
    services: Services,
    network_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    financing_id = make_financing(services, network_id)
    tab.reload()
    path = write_sheet(tmp_path / "utan-oss.xlsx", [["Kommun", "Belopp"], ["Kiruna", "9 000"]])
    choose_file(monkeypatch, path)

    def pick(dialog: FinancingImportDialog) -> None:
        assert dialog.chosen_row() is None and not dialog.use_button.isEnabled()
        assert any("Tanum (1435)" in dialog.problems.item(i).text() for i in range(1))
        dialog.choose_row(0)
        assert dialog.use_button.isEnabled()
        assert "inte vår kommuns rad" in dialog.chosen_label.text()

    monkeypatch.setattr(FinancingImportDialog, "exec", fill_then_save(pick))
    tab.import_amounts()
    info = services.financing.financing(financing_id)
    assert (info.yearly_excl_vat, info.yearly_incl_vat) == (900_000, 1_125_000)
    assert "rad 4 (Kiruna)" in info.source and "+ 25 %" in info.source


def test_import_cancelled_or_unreadable_writes_nothing(
    tab: FinancingTab,
    services: Services,
    network_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    financing_id = make_financing(services, network_id, yearly_excl_vat=100)
    tab.reload()
    good = write_sheet(tmp_path / "bra.xlsx", [["Kommun", "Belopp"], ["Tanum", 5000]])
    choose_file(monkeypatch, good)
    monkeypatch.setattr(FinancingImportDialog, "exec", lambda dialog: dialog.reject() or 0)
    tab.import_amounts()
    assert services.financing.financing(financing_id).yearly_excl_vat == 100
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    choose_file(monkeypatch, broken)
    tab.import_amounts()
    [text] = message_boxes.texts("warning")
    assert "”trasig.xlsx”" in text and "skadad" in text
    assert services.financing.financing(financing_id).yearly_excl_vat == 100


def test_invoices_overdue_and_marked_paid(
    qtbot: QtBot,
    tab: FinancingTab,
    services: Services,
    network_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    financing_id = make_financing(
        services, network_id, yearly_excl_vat=4_125_000, yearly_incl_vat=5_156_250
    )
    services.financing.add_invoice(
        financing_id, InvoiceInput(2024, 4_125_000, 5_156_250, date(2024, 4, 30), date(2024, 4, 2))
    )
    tab.reload()

    def fill(dialog: InvoiceDialog) -> None:
        assert dialog.year.value() == 2025  # the first year without an invoice
        assert dialog.incl.text() == "51 562,50"  # the yearly amount
        dialog.expected_on.set_day(date(2025, 4, 30))
        dialog.reference.setText("F-2025-17")

    monkeypatch.setattr(InvoiceDialog, "exec", fill_then_save(fill))
    with qtbot.waitSignal(tab.changed):
        tab.invoices.new_button.click()
    rows = [cells(tab.invoices.model, r) for r in range(tab.invoices.model.rowCount())]
    assert [r[InvoiceColumn.YEAR] for r in rows] == ["2024", "2025"]
    assert rows[1][InvoiceColumn.EXPECTED] == "2025-04-30 ⚠ förfallen"
    assert rows[0][InvoiceColumn.EXPECTED] == "2024-04-30"
    assert rows[1][InvoiceColumn.INCL] == "51 562,50 kr"
    assert "Fakturerat 103 125,00 kr, varav betalt 51 562,50 kr." in tab.summary.text()
    assert (
        tab.invoices.current_invoice() is not None and tab.invoices.current_invoice().year == 2025
    )
    assert tab.invoices.paid_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        tab.invoices.paid_button.click()
    paid = cells(tab.invoices.model, 1)
    assert paid[InvoiceColumn.EXPECTED] == "2025-04-30"
    assert paid[InvoiceColumn.PAID] == date.today().isoformat()
    assert not tab.invoices.paid_button.isEnabled()


def test_remove_a_commitment_after_asking(
    tab: FinancingTab, services: Services, network_id: int, message_boxes: Any
) -> None:
    make_financing(services, network_id)
    tab.reload()
    message_boxes.answer_yes = False
    tab.remove_button.click()
    assert tab.model.rowCount() == 1
    message_boxes.answer_yes = True
    tab.remove_button.click()
    assert tab.model.rowCount() == 0 and services.financing.financings(network_id) == []
    assert not tab.edit_button.isEnabled()


def test_invoice_outside_the_period_is_refused(
    tab: FinancingTab, services: Services, network_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    financing_id = make_financing(services, network_id)
    tab.reload()
    shown: list[str] = []

    def fill(dialog: InvoiceDialog) -> None:
        dialog.year.setValue(2030)
        dialog.excl.setText("100")
        dialog.incl.setText("125 kr")
        dialog._save()
        shown.append(dialog.error.text())
        dialog.reject()

    monkeypatch.setattr(InvoiceDialog, "exec", fill_then_save(fill))
    tab.invoices.add_invoice()
    assert shown == ["År: året 2030 ligger utanför åtagandets period 2024–2027."]
    assert services.financing.financing(financing_id).invoices == ()


def test_leaving_the_network_empties_the_tab(
    tab: FinancingTab, services: Services, network_id: int
) -> None:
    make_financing(services, network_id)
    tab.show_network(network_id)
    assert tab.model.rowCount() == 1 and tab.invoices.new_button.isEnabled()
    tab.show_network(None)
    assert tab.model.rowCount() == 0
    assert not tab.new_button.isEnabled() and not tab.invoices.new_button.isEnabled()
