"""A network's commitments exported to Excel and read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.networks.excel_export import export_network
from agenda_desktop.core.services.bodies_types import PersonInput
from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput
from agenda_desktop.core.services.networks_types import NetworkInput

TODAY = date(2026, 12, 1)
FORMULA = '=HYPERLINK("http://example.com";"Klicka")'


def export(services: Services, network_id: int, path: Path) -> Path:
    return export_network(
        services.networks.network(network_id),
        services.commitments.commitments(network_id, TODAY),
        services.financing.financings(network_id, TODAY),
        path,
        TODAY,
    )


def test_commitments_network_and_financing_sheets(core_services: Services, tmp_path: Path) -> None:
    services = core_services
    person = services.bodies.create_person(PersonInput(name="Ánne Ŋuolja"))
    unit = services.action_plan.add_unit("Miljöförvaltningen", "forvaltning")
    network = services.networks.create_network(
        NetworkInput(name="Klimatnätverket", organiser="Region Exempel", organiser_kind="region")
    )
    network_id = network.network_id
    services.commitments.create_commitment(
        network_id,
        CommitmentInput(
            text=FORMULA,
            responsible_person_id=person.person_id,
            responsible_unit_id=unit.unit_id,
            due_date=date(2026, 6, 30),
        ),
    )
    services.commitments.create_commitment(
        network_id, CommitmentInput(text="Rapportera årligen", kind="forvantning", status="pagar")
    )
    financing = services.financing.create_financing(
        network_id,
        FinancingInput(
            title="Samfinansiering 2025–2026",
            first_year=2025,
            last_year=2026,
            yearly_excl_vat=4_125_000,
            yearly_incl_vat=5_156_250,
        ),
    )
    services.financing.add_invoice(
        financing.financing_id,
        InvoiceInput(
            year=2025,
            amount_excl_vat=4_125_000,
            amount_incl_vat=5_156_250,
            paid_on=date(2025, 3, 1),
        ),
    )
    path = export(services, network_id, tmp_path / "nätverk.xlsx")

    book = load_workbook(path)
    assert book.sheetnames == ["Åtaganden", "Nätverk", "Finansiering", "Fakturor"]
    sheet = book["Åtaganden"]
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == [
        "Nr",
        "Typ",
        "Åtagande",
        "Ansvarig",
        "Enhet",
        "Klart senast",
        "Status",
        "Status satt",
        "Förklaring",
        "Belägg",
    ]
    assert sheet["A1"].font.bold
    late = list(sheet[2])
    assert late[0].value == 1 and late[1].value == "Utfästelse"
    # the text that looks like a formula stays text: never run, shown as written
    assert late[2].value == FORMULA and late[2].data_type == "s" and late[2].quotePrefix
    assert late[3].value == "Ánne Ŋuolja" and late[4].value == "Miljöförvaltningen"
    assert late[5].is_date and late[5].value == datetime(2026, 6, 30)
    assert late[6].value == "Försenad" and late[7].value == "automatiskt"
    assert "2026-06-30" in late[8].value
    expectation = [cell.value for cell in sheet[3]]
    assert expectation[:2] == [1, "Förväntning"]
    assert expectation[5] is None and expectation[6:8] == ["Pågår", "för hand"]

    facts = {row[0]: row[1] for row in book["Nätverk"].iter_rows(min_row=2, values_only=True)}
    assert facts["Nätverk"] == "Klimatnätverket" and facts["Organisatör"] == "Region Exempel"
    assert facts["Läget per"] == datetime(2026, 12, 1)
    assert facts["Utfästelser"] == "0 av 1 uppfylld, 1 försenad"

    money = book["Finansiering"]
    assert money.freeze_panes == "A2"
    row = list(money[2])
    assert row[0].value == "Samfinansiering 2025–2026"
    assert row[7].value == pytest.approx(41_250.0) and row[8].value == pytest.approx(51_562.5)
    assert row[7].number_format == "#,##0.00"
    invoice = list(book["Fakturor"][2])
    assert invoice[1].value == 2025 and invoice[5].is_date
    assert not list(tmp_path.glob(".*tmp*"))  # no partial file left behind


def test_a_network_without_anything_and_bad_targets(
    core_services: Services, tmp_path: Path
) -> None:
    network = core_services.networks.create_network(NetworkInput(name="Tomt"))
    path = export(core_services, network.network_id, tmp_path / "tomt.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Åtaganden", "Nätverk"]  # no financing sheet
    assert book["Åtaganden"].max_row == 1
    with pytest.raises(ValidationError, match="xlsx"):
        export(core_services, network.network_id, tmp_path / "tomt.csv")
    with pytest.raises(ValidationError, match="finns inte"):
        export(core_services, network.network_id, tmp_path / "saknas" / "x.xlsx")
