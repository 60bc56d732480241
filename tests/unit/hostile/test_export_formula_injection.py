"""Every export writes texts that look like formulas as text: the indicator export, the
action plan, the network export and the personal-data extract.

The exports run on the demo database with every user text replaced by formula-like texts
(starting with "=", "+", "-", "@", tab or CR). Each file is read back with openpyxl: no
cell is a formula, and every such text is there as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, update

from agenda_desktop.core.demo import build_demo
from agenda_desktop.core.indicators.export import export_values
from agenda_desktop.core.networks.excel_export import export_network
from agenda_desktop.core.personal_data_export import write_extract
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.steering.action_export import export_action_plan
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import Kpi, KpiValue, Municipality, Network, Person
from agenda_desktop.core.store.models.cycle import SteeringCycle

pytestmark = pytest.mark.sqlite_only

PAYLOADS = (
    '=HYPERLINK("http://x")',
    "@SUM(1)",
    "+1+1",
    "-2+3",
    "\t=1+1",
    "\r=2+2",
    "=cmd|' /C calc'!A0",
)
TODAY = date(2025, 6, 1)
KEEP = 2  # items kept of every list, so that each text field can be tried alone


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("formler") / "demo.agenda"
    build_demo(path)
    database = open_database(DatabaseLocation.for_file(path)).database
    yield database
    database.close()


def read_back(path: Path) -> list[Any]:
    """Every cell value of every sheet; fails on a formula cell."""
    book = openpyxl.load_workbook(path)
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{path.name} {sheet.title}!{cell.coordinate}"
                values.append(cell.value)
    return values


def assert_texts_intact(path: Path, written: set[str]) -> set[str]:
    """The formula-like texts found in the file (at least three, every kind of start among
    them), each exactly as written; returns them."""
    texts = {value.strip() for value in read_back(path) if isinstance(value, str)}
    found = {text for text in written if text.strip() in texts}
    assert len(found) >= 3, f"{path.name}: too few of the texts are in the file: {found}"
    by_number = {text.rsplit(" ", 1)[-1]: text.strip() for text in written}
    mangled = {
        text
        for text in texts
        if text.rsplit(" ", 1)[-1] in by_number and by_number[text.rsplit(" ", 1)[-1]] not in text
    }
    assert not mangled, f"{path.name}: these texts were changed: {mangled}"
    return found


# -- dataclass-based exports: every str field of the objects they are given --------------


Path_ = tuple[str | int, ...]


def shrunk(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            field.name: shrunk(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple | list):
        return type(value)(shrunk(item) for item in value[:KEEP])
    return value


def text_paths(value: Any, path: Path_ = ()) -> Iterator[Path_]:
    if isinstance(value, str):
        yield path
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from text_paths(getattr(value, field.name), (*path, field.name))
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from text_paths(item, (*path, index))


def replaced(value: Any, path: Path_, text: str) -> Any:
    if not path:
        return text
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(value)
        items[head] = replaced(items[head], rest, text)
        return type(value)(items)
    return dataclasses.replace(value, **{head: replaced(getattr(value, head), rest, text)})


def poisoned(value: Any, export: Callable[[Any, Path], object], folder: Path) -> tuple[Any, set]:
    """``value`` with every text field the export accepts as free text replaced by a
    payload (a field the export refuses then, such as a status code, is left as it was)."""
    texts: set[str] = set()
    result = value
    for number, path in enumerate(text_paths(value)):
        text = f"{PAYLOADS[number % len(PAYLOADS)]} #{number}"
        trial = replaced(result, path, text)
        try:
            export(trial, folder / "prov.xlsx")
        except Exception:  # a code, not a text
            continue
        result = trial
        texts.add(text)
    return result, texts


def test_the_action_plan_export(demo: Database, tmp_path: Path) -> None:
    services = Services.for_database(demo)
    with demo.unit_of_work() as session:
        cycle_ids = list(session.scalars(select(SteeringCycle.id)))
    plans = [services.action_plan.action_plan(cycle_id, TODAY) for cycle_id in cycle_ids]
    plan = shrunk(max(plans, key=lambda plan: len(plan.actions)))
    assert plan.actions
    hostile, texts = poisoned(plan, export_action_plan, tmp_path)
    assert len(texts) >= 3
    export_action_plan(hostile, tmp_path / "handlingsplan.xlsx")
    assert_texts_intact(tmp_path / "handlingsplan.xlsx", texts)


def test_the_network_export(demo: Database, tmp_path: Path) -> None:
    services = Services.for_database(demo)
    with demo.unit_of_work() as session:
        network_ids = list(session.scalars(select(Network.id)))
    network_id = max(network_ids, key=lambda i: len(services.financing.financings(i, TODAY)))
    parts = (
        services.networks.network(network_id),
        tuple(services.commitments.commitments(network_id, TODAY)),
        tuple(services.financing.financings(network_id, TODAY)),
    )

    def export(value: Any, path: Path) -> object:
        network, commitments, financings = value
        return export_network(network, commitments, financings, path, TODAY)

    hostile, texts = poisoned(tuple(shrunk(part) for part in parts), export, tmp_path)
    assert len(texts) >= 3
    export(hostile, tmp_path / "natverk.xlsx")
    assert_texts_intact(tmp_path / "natverk.xlsx", texts)


def test_the_personal_data_export(demo: Database, tmp_path: Path) -> None:
    services = Services.for_database(demo)
    with demo.unit_of_work() as session:
        person_id = session.scalars(select(Person.id)).first()
    record = shrunk(services.personal_data.person_data(person_id, TODAY))
    hostile, texts = poisoned(record, write_extract, tmp_path)
    assert len(texts) >= 3
    write_extract(hostile, tmp_path / "utdrag.xlsx")
    assert_texts_intact(tmp_path / "utdrag.xlsx", texts)


# -- the indicator export reads the database: its texts are set there ---------------------


def test_the_indicator_export(demo: Database, tmp_path: Path) -> None:
    with demo.unit_of_work() as session:
        kpi_ids = list(session.scalars(select(KpiValue.kpi_id).distinct().limit(3)))
        area_ids = list(session.scalars(select(KpiValue.municipality_id).distinct()))
        fields = ("title", "description", "operating_area", "perspective", "unit", "source")
        for number, kpi_id in enumerate(kpi_ids):
            values = {
                name: PAYLOADS[(number + offset) % len(PAYLOADS)]
                for offset, name in enumerate(fields)
            }
            session.execute(update(Kpi).where(Kpi.id == kpi_id).values(**values))
        session.execute(
            update(Municipality).where(Municipality.id.in_(area_ids)).values(name=PAYLOADS[0])
        )
        session.execute(update(KpiValue).values(source=PAYLOADS[1]))
    export_values(demo, tmp_path / "nyckeltal.xlsx", kpi_ids)
    found = assert_texts_intact(tmp_path / "nyckeltal.xlsx", set(PAYLOADS))
    assert found == set(PAYLOADS)
