"""The demo database: Exempelkommun, built once, never over somebody's real file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from agenda_desktop.core.demo import DEMO_MUNICIPALITY_ID, build_demo, is_demo
from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation


def test_the_demo_is_a_populated_fictional_municipality(tmp_path: Path) -> None:
    result = build_demo(tmp_path / "exempel.agenda")
    assert result.created
    database = open_database(DatabaseLocation.for_file(result.path)).database
    services = Services.for_database(database)
    profile = services.organisation.profile()
    assert profile is not None
    assert profile.municipality_name == "Exempelkommun"
    assert profile.logo is not None and profile.logo.startswith(b"\x89PNG")
    municipality = services.reference.municipality(DEMO_MUNICIPALITY_ID)
    assert municipality.county_name == "Västra Götalandsregionen"
    assert municipality.kommungrupp == "C8"
    assert DEMO_MUNICIPALITY_ID not in {m.id for m in services.reference.municipalities("14")} - {
        DEMO_MUNICIPALITY_ID
    }
    position = services.cycle.latest()
    assert position is not None and position.name == "Mandatperioden 2023–2026"
    assert position.current_step == 4
    assert services.reference.goal(13).targets[1].short_title_sv
    assert is_demo(database)
    database.close()


def test_building_again_reuses_the_demo(tmp_path: Path) -> None:
    path = tmp_path / "exempel.agenda"
    build_demo(path)
    assert not build_demo(path).created


def test_a_real_database_is_never_overwritten_by_the_demo(tmp_path: Path) -> None:
    path = tmp_path / "riktig.agenda"
    open_database(DatabaseLocation.for_file(path)).database.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match="ingen exempeldatabas"):
        build_demo(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
