"""Financing commitments and invoices: the checks, totals and sums, overdue invoices, the
deciding paragraph written out, and taking our amounts from an imported sheet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from financing_files import HEADER, make_network, make_paragraph, write_xlsx
from sqlalchemy import func, select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.models import FinancingCommitment, FinancingInvoice

TITLE = "Rekommendation om samfinansiering 2024–2027"
PERIOD = FinancingInput(
    title=TITLE,
    deadline=date(2024, 3, 31),
    first_year=2024,
    last_year=2027,
    yearly_excl_vat=4_125_000,
    yearly_incl_vat=5_156_250,
)


@pytest.fixture
def services(core_services: Services) -> Services:
    core_services.organisation.save_profile(ProfileData("1435", "Tanums kommun", "KS"))
    return core_services


@pytest.fixture
def network_id(services: Services) -> int:
    return make_network(services.database)


def stored(services: Services) -> list[tuple[object, ...]]:
    with services.database.unit_of_work() as session:
        rows = session.scalars(select(FinancingCommitment).order_by(FinancingCommitment.id))
        return [
            (r.title, r.decision, r.first_year, r.last_year, r.yearly_excl_vat, r.source)
            for r in rows
        ]


def test_create_read_update_remove(services: Services, network_id: int) -> None:
    financing = services.financing
    created = financing.create_financing(network_id, replace(PERIOD, title="  " + TITLE + " "))
    assert created.title == TITLE
    assert created.network_name == "Regional samfinansiering"
    assert (created.decision, created.decision_name, created.decision_reference) == (
        None,
        "Ej beslutad",
        "",
    )
    assert created.total_excl_vat == 4 * 4_125_000
    assert created.total_incl_vat == 4 * 5_156_250
    assert (created.invoiced_incl_vat, created.paid_incl_vat, created.invoices) == (0, 0, ())
    second = financing.create_financing(network_id, FinancingInput(title="Utan period"))
    assert second.total_excl_vat is None and second.total_incl_vat is None
    assert [f.financing_id for f in financing.financings(network_id)] == [
        created.financing_id,
        second.financing_id,
    ]
    adopted = financing.update_financing(
        created.financing_id,
        replace(PERIOD, decision="antagen", decided_on=date(2024, 3, 10)),
    )
    assert (adopted.decision, adopted.decision_name) == ("antagen", "Antagen")
    financing.remove_financing(second.financing_id)
    assert [f.financing_id for f in financing.financings(network_id)] == [created.financing_id]
    with pytest.raises(NotFoundError):
        financing.financing(second.financing_id)
    with pytest.raises(NotFoundError):
        financing.financings(network_id + 100)
    with pytest.raises(NotFoundError):
        financing.create_financing(network_id + 100, PERIOD)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "   "}, "Rekommendation"),
        ({"first_year": 2028}, "Sista år"),
        ({"yearly_excl_vat": -1}, "Per år exkl. moms"),
        ({"yearly_incl_vat": -1}, "Per år inkl. moms"),
        ({"yearly_incl_vat": 100}, "Per år inkl. moms"),  # less than excl. VAT
        ({"decision": "kanske", "decided_on": date(2024, 3, 1)}, "Beslut"),
        ({"decision": "antagen"}, "Beslutsdatum"),
        ({"decided_on": date(2024, 3, 1)}, "Beslutsdatum"),
        ({"decision_item_id": 999_999}, "Beslutsparagraf"),
        ({"last_year": 3000}, "Sista år"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    services: Services, network_id: int, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.financing.create_financing(network_id, replace(PERIOD, **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert str(refused.value).startswith(f"{field}: ")
    assert stored(services) == []


def test_decision_reference(services: Services, network_id: int) -> None:
    numbered = make_paragraph(services.database)
    info = services.financing.create_financing(
        network_id,
        replace(
            PERIOD, decision="antagen", decided_on=date(2026, 3, 10), decision_item_id=numbered
        ),
    )
    assert info.decision_item_id == numbered
    assert info.decision_reference == "Kommunstyrelsen 2026-03-10 § 1190"


def test_decision_reference_before_numbering(services: Services, network_id: int) -> None:
    item = make_paragraph(services.database, number=None, position=7)
    info = services.financing.create_financing(network_id, replace(PERIOD, decision_item_id=item))
    assert info.decision_reference == "Kommunstyrelsen 2026-03-10 punkt 7"


def test_invoices_sums_and_overdue(services: Services, network_id: int) -> None:
    financing = services.financing
    created = financing.create_financing(network_id, PERIOD)
    paid = financing.add_invoice(
        created.financing_id,
        InvoiceInput(2024, 4_125_000, 5_156_250, date(2024, 4, 30), date(2024, 4, 20), " F-1 "),
    )
    assert paid.reference == "F-1" and not paid.overdue
    late = financing.add_invoice(
        created.financing_id, InvoiceInput(2025, 4_125_000, 5_156_250, date(2025, 4, 30))
    )
    financing.add_invoice(created.financing_id, InvoiceInput(2026, 4_125_000, 5_156_250))
    info = financing.financing(created.financing_id, today=date(2025, 6, 1))
    assert [i.year for i in info.invoices] == [2024, 2025, 2026]
    assert [i.overdue for i in info.invoices] == [False, True, False]
    assert info.invoiced_incl_vat == 3 * 5_156_250
    assert info.paid_incl_vat == 5_156_250
    assert (
        not financing.financing(created.financing_id, today=date(2025, 4, 30)).invoices[1].overdue
    )
    marked = financing.update_invoice(
        late.invoice_id,
        InvoiceInput(2025, 4_125_000, 5_156_250, date(2025, 4, 30), date(2025, 6, 2)),
    )
    assert marked.paid_on == date(2025, 6, 2) and not marked.overdue
    financing.remove_invoice(paid.invoice_id)
    assert [i.year for i in financing.financing(created.financing_id).invoices] == [2025, 2026]
    with pytest.raises(NotFoundError):
        financing.remove_invoice(paid.invoice_id)
    financing.remove_financing(created.financing_id)
    with services.database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(FinancingInvoice)) == 0


@pytest.mark.parametrize(
    ("invoice", "field"),
    [
        (InvoiceInput(2023, 100, 125), "År"),
        (InvoiceInput(2028, 100, 125), "År"),
        (InvoiceInput(2024, -100, 125), "Belopp exkl. moms"),
        (InvoiceInput(2024, 100, 99), "Belopp inkl. moms"),
        (InvoiceInput(2024, 100, 125, reference="x" * 101), "Fakturanummer"),
    ],
)
def test_bad_invoices(
    services: Services, network_id: int, invoice: InvoiceInput, field: str
) -> None:
    created = services.financing.create_financing(network_id, PERIOD)
    with pytest.raises(ValidationError) as refused:
        services.financing.add_invoice(created.financing_id, invoice)
    assert refused.value.field == field
    assert services.financing.financing(created.financing_id).invoices == ()


def test_period_cannot_leave_an_invoice_outside(services: Services, network_id: int) -> None:
    created = services.financing.create_financing(network_id, PERIOD)
    services.financing.add_invoice(created.financing_id, InvoiceInput(2027, 100, 125))
    with pytest.raises(ValidationError) as refused:
        services.financing.update_financing(created.financing_id, replace(PERIOD, last_year=2026))
    assert refused.value.field == "Sista år" and "2027" in refused.value.reason
    assert services.financing.financing(created.financing_id).last_year == 2027


def test_apply_sheet_row_excl_only(services: Services, network_id: int, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "belopp.xlsx", [["Kommun", "Belopp"], ["Kiruna", 300], ["Tanum", "41 250"]]
    )
    created = services.financing.create_financing(network_id, FinancingInput(title=TITLE))
    sheet = services.financing.read_amount_sheet(path)
    assert sheet.own_row == 1
    applied = services.financing.apply_sheet_row(created.financing_id, sheet, sheet.own_row)
    assert (applied.yearly_excl_vat, applied.yearly_incl_vat) == (4_125_000, 5_156_250)
    assert applied.source == (
        "belopp.xlsx, blad ”Belopp”, rad 3 (Tanum); inkl. moms beräknat som exkl. moms + 25 %"
    )
    assert applied.title == TITLE  # the rest is kept


def test_apply_another_row_with_both_amounts(
    services: Services, network_id: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "båda.xlsx",
        [HEADER, ["2584", "Kiruna kommun", 800, 1000], ["1435", "Tanum", 1, 2]],
    )
    created = services.financing.create_financing(network_id, PERIOD)
    sheet = services.financing.read_amount_sheet(path)
    applied = services.financing.apply_sheet_row(created.financing_id, sheet, 0)
    assert (applied.yearly_excl_vat, applied.yearly_incl_vat) == (80_000, 100_000)
    assert applied.source == "båda.xlsx, blad ”Belopp”, rad 2 (Kiruna kommun)"
    assert applied.total_incl_vat == 4 * 100_000


def test_apply_refuses_a_bad_row_and_writes_nothing(
    services: Services, network_id: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "fel.xlsx",
        [HEADER, ["1435", "Tanum", "se bilaga", 125], ["2584", "Kiruna", None, None]],
    )
    created = services.financing.create_financing(network_id, PERIOD)
    sheet = services.financing.read_amount_sheet(path)
    before = stored(services)
    with pytest.raises(ValidationError, match=r"rad 2.*se bilaga"):
        services.financing.apply_sheet_row(created.financing_id, sheet, 0)
    with pytest.raises(ValidationError, match="inget belopp"):
        services.financing.apply_sheet_row(created.financing_id, sheet, 1)
    with pytest.raises(ValidationError, match="välj en rad"):
        services.financing.apply_sheet_row(created.financing_id, sheet, 5)
    assert stored(services) == before
