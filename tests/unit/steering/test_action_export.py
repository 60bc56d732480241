"""The action plan's Excel sheet, read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from agenda_desktop.core.errors import ExportError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering.action_export import export_action_plan
from agenda_desktop.core.steering.action_types import ActionInput
from agenda_desktop.core.store.models import FocusArea, Objective

TODAY = date(2026, 11, 22)


def make_plan(services: Services) -> int:
    cycle_id = services.cycle.start_cycle("Mandatperioden 2023–2026", 2023, 2026).cycle_id
    with services.database.unit_of_work() as session:
        area = FocusArea(cycle_id=cycle_id, position=1, title="Hållbart samhälle")
        area.objectives = [Objective(position=1, text="Fler reser hållbart")]
        session.add(area)
        session.flush()
        objective_id = area.objectives[0].id
    plan = services.action_plan
    top = plan.add_unit("Samhällsbyggnadsförvaltningen", "forvaltning")
    unit = plan.add_unit("Planenheten", "enhet", top.unit_id)
    plan.create_action(
        cycle_id,
        ActionInput(
            title="Ta fram en cykelplan",
            org_unit_id=unit.unit_id,
            responsible_person="Anna Berg",
            start_date=date(2025, 1, 1),
            due_date=date(2026, 6, 30),
            status="pagar",
            cost_estimate=1_250_000,
            radighet="samverkan",
            partners='=HYPERLINK("http://example.com")',
            objective_ids=(objective_id,),
            goal_numbers=(11, 3),
        ),
    )
    plan.create_action(cycle_id, ActionInput(title="-minska matsvinnet", status="klar"))
    return cycle_id


def test_sheet_has_header_dates_numbers_and_names(core_services: Services, tmp_path: Path) -> None:
    cycle_id = make_plan(core_services)
    path = tmp_path / "handlingsplan.xlsx"
    export_action_plan(core_services.action_plan.action_plan(cycle_id, TODAY), path)
    sheet = load_workbook(path)["Handlingsplan"]
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Åtgärd", "Beskrivning", "Ansvarig enhet"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["A"].width >= 30
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert row["Åtgärd"].value == "Ta fram en cykelplan"
    assert row["Ansvarig enhet"].value == "Samhällsbyggnadsförvaltningen › Planenheten"
    assert row["Startdatum"].value == datetime(2025, 1, 1)
    assert row["Startdatum"].number_format == "yyyy-mm-dd"
    assert row["Slutdatum"].value == datetime(2026, 6, 30)
    assert row["Status"].value == "Pågår"
    assert row["Försenad"].value == "Ja"
    assert row["Kostnad (kr)"].value == 1_250_000
    assert row["Kostnad (kr)"].number_format == "#,##0"
    assert row["Rådighet"].value == "Kräver samverkan"
    assert row["Målsättningar"].value == "1.1 Fler reser hållbart"
    assert row["Globala mål"].value.startswith("3 ")
    assert "; 11 " in row["Globala mål"].value
    # Formula-like text stays text and is never run.
    partners = row["Samverkanspartner"]
    assert partners.data_type == "s"
    assert partners.value == '=HYPERLINK("http://example.com")'
    assert partners.quotePrefix
    second = {name: cell for name, cell in zip(header, sheet[3], strict=True)}
    assert second["Åtgärd"].value == "-minska matsvinnet"
    assert second["Åtgärd"].data_type == "s"
    assert second["Status"].value == "Klar"
    assert second["Försenad"].value is None
    assert sheet.max_row == 3


def test_bad_target_and_failed_write_leave_no_file(core_services: Services, tmp_path: Path) -> None:
    cycle_id = make_plan(core_services)
    plan = core_services.action_plan.action_plan(cycle_id, TODAY)
    with pytest.raises(ValidationError, match="Filnamn"):
        export_action_plan(plan, tmp_path / "plan.csv")
    with pytest.raises(ValidationError, match="Mapp"):
        export_action_plan(plan, tmp_path / "saknas" / "plan.xlsx")
    target = tmp_path / "finns.xlsx"
    target.mkdir()  # a folder in the way: os.replace fails
    with pytest.raises(ExportError, match="kunde inte sparas"):
        export_action_plan(plan, target)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp.xlsx")]
