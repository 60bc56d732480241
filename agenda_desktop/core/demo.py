"""The demo database: "Exempelkommun", a fictional small municipality with invented content.

Every later capability adds its part here, so a newcomer sees a populated app at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agenda_desktop.core.demo_cycle import populate_steering
from agenda_desktop.core.demo_indicators import populate_indicators
from agenda_desktop.core.demo_meetings import populate_meetings
from agenda_desktop.core.demo_networks import populate_networks
from agenda_desktop.core.errors import DatabaseError
from agenda_desktop.core.resources import resource_path
from agenda_desktop.core.services.cycle import CycleService
from agenda_desktop.core.services.organisation import OrganisationService, ProfileData
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.models import AppMeta, Municipality, Target

DEMO_KEY = "demo"
DEMO_MUNICIPALITY_ID = "1400"  # no real kommunkod ends in 00: this one can never clash
DEMO_MUNICIPALITY = Municipality(
    id=DEMO_MUNICIPALITY_ID,
    name="Exempelkommun",
    kind="kommun",
    county_code="14",
    kommungrupp="C8",
    kommungrupp_title="Landsbygdskommun, ej nära större stad",
    kolada_group_id=None,
    is_fictional=True,
)
TARGET_TITLES_SV = {
    "1.2": "Minska fattigdomen",
    "3.4": "Minska icke-smittsamma sjukdomar och främja psykisk hälsa",
    "3.5": "Förebygga och behandla missbruk",
    "4.1": "Avgiftsfri grund- och gymnasieutbildning av god kvalitet",
    "4.a": "Bygga och förbättra säkra och inkluderande skolmiljöer",
    "5.5": "Kvinnors fulla deltagande i ledarskap och beslutsfattande",
    "6.3": "Förbättra vattenkvaliteten och minska föroreningar",
    "7.2": "Öka andelen förnybar energi",
    "8.5": "Full sysselsättning och anständiga arbetsvillkor för alla",
    "8.6": "Minska andelen unga som varken arbetar eller studerar",
    "9.c": "Tillgång till informations- och kommunikationsteknik",
    "10.2": "Främja social, ekonomisk och politisk inkludering",
    "11.1": "Säkra bostäder till rimliga kostnader",
    "11.2": "Hållbara transportsystem för alla",
    "11.6": "Minska städers miljöpåverkan",
    "12.3": "Halvera matsvinnet",
    "12.5": "Minska mängden avfall avsevärt",
    "13.2": "Integrera klimatåtgärder i politik och planering",
    "15.5": "Skydda den biologiska mångfalden",
    "16.1": "Minska alla former av våld",
    "16.7": "Inkluderande och representativt beslutsfattande",
}


@dataclass(frozen=True)
class DemoResult:
    path: Path
    created: bool


def is_demo(database: Database) -> bool:
    with database.unit_of_work() as session:
        return session.get(AppMeta, DEMO_KEY) is not None


def demo_logo() -> bytes | None:
    path = resource_path("demo", "exempelkommun-logotyp.png")
    return path.read_bytes() if path.exists() else None


def populate(database: Database) -> None:
    """Write the demo content into a freshly created database."""
    with database.unit_of_work() as session:
        session.merge(DEMO_MUNICIPALITY)
        for code, title in TARGET_TITLES_SV.items():
            target = session.get(Target, code)
            if target is not None:
                target.short_title_sv = title
    OrganisationService(database).save_profile(
        ProfileData(
            municipality_id=DEMO_MUNICIPALITY_ID,
            organisation_name="Exempelkommun, kommunledningskontoret",
            diarie_prefix="KS",
            logo=demo_logo(),
            logo_filename="exempelkommun-logotyp.png",
        )
    )
    cycles = CycleService(database)
    earlier = cycles.start_cycle("Mandatperioden 2019–2022", 2019, 2022)
    for step, day in enumerate(
        (
            date(2019, 11, 5),
            date(2020, 3, 17),
            date(2020, 9, 1),
            date(2021, 4, 20),
            date(2022, 10, 4),
        ),
        start=1,
    ):
        cycles.mark_step(earlier.cycle_id, step, day)
    current = cycles.start_cycle("Mandatperioden 2023–2026", 2023, 2026)
    cycles.mark_step(current.cycle_id, 1, date(2024, 3, 12))
    cycles.mark_step(current.cycle_id, 2, date(2024, 6, 18))
    populate_indicators(database, DEMO_MUNICIPALITY_ID)
    populate_steering(database, earlier.cycle_id, current.cycle_id, DEMO_MUNICIPALITY_ID)
    populate_meetings(database)
    populate_networks(database)
    with database.unit_of_work() as session:
        session.add(AppMeta(key=DEMO_KEY, value="Exempelkommun"))


DEMO_ACTOR = "Exempeldata"  # who the change log names for what the demo was built with


def build_demo(path: Path) -> DemoResult:
    """Create the demo database at ``path``, or reuse it when it already is one.

    An existing file that is not a demo database is refused, never overwritten.
    """
    existed = path.exists() and path.stat().st_size > 0
    opened = open_database(DatabaseLocation.for_file(path))
    database = opened.database
    try:
        if existed:
            if not is_demo(database):
                raise DatabaseError(
                    f"Filen {path} finns redan och är ingen exempeldatabas; den skrivs inte över. "
                    "Välj ett annat filnamn för exempeldatabasen."
                )
            return DemoResult(path, created=False)
        database.actor = DEMO_ACTOR
        try:
            populate(database)
        except BaseException:
            database.close()
            remove_database_file(path)
            raise
        return DemoResult(path, created=True)
    finally:
        database.close()


def remove_database_file(path: Path) -> None:
    """Remove a half-built database with its journal files."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)
