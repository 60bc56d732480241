"""Resolve what cells say into stored keys: KPI ids, municipality ids, years and genders.

The catalogue (Kolada's KPIs, local indicators, municipalities) is loaded once per
analysis; each distinct cell text is resolved once and cached, because a big sheet
repeats the same few hundred keys hundreds of thousands of times.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.indicators.headers import GENDER_WORDS, normalise, year_of
from agenda_desktop.core.indicators.numbers import describe_cell
from agenda_desktop.core.indicators.reading import Cell
from agenda_desktop.core.store.models import Kpi, Municipality

GENDERS: Final = ("T", "K", "M")
COUNTRY_ID: Final = "0000"
KPI_ID_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,31}")
# Sweden's 21 counties (län) by county code; regions are "00" + code in Kolada.
COUNTY_NAMES: Final[dict[str, str]] = {
    "01": "Stockholms län",
    "03": "Uppsala län",
    "04": "Södermanlands län",
    "05": "Östergötlands län",
    "06": "Jönköpings län",
    "07": "Kronobergs län",
    "08": "Kalmar län",
    "09": "Gotlands län",
    "10": "Blekinge län",
    "12": "Skåne län",
    "13": "Hallands län",
    "14": "Västra Götalands län",
    "17": "Värmlands län",
    "18": "Örebro län",
    "19": "Västmanlands län",
    "20": "Dalarnas län",
    "21": "Gävleborgs län",
    "22": "Västernorrlands län",
    "23": "Jämtlands län",
    "24": "Västerbottens län",
    "25": "Norrbottens län",
}
COUNTRY_NAMES: Final = (
    "riket",
    "hela riket",
    "riket totalt",
    "sverige",
    "hela landet",
    "alla kommuner",
)
_NAME_SUFFIXES: Final = (" kommun", " stad", " municipality", " kommune")
_LEADING_CODE: Final = re.compile(r"(\d{2}|\d{4})\s+\S.*")


def name_key(text: str) -> str:
    """A municipality or KPI name for comparison: NFC, casefolded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class Catalogue:
    """What the database knows: KPI ids and titles, municipalities and their names."""

    kpi_ids: dict[str, str] = field(default_factory=dict)  # casefolded id -> id
    kpi_titles: dict[str, str] = field(default_factory=dict)  # name_key(title) -> id
    municipality_ids: set[str] = field(default_factory=set)
    municipality_names: dict[str, str] = field(default_factory=dict)  # name_key -> id
    display_names: dict[str, str] = field(default_factory=dict)  # id -> name
    county_of: dict[str, str | None] = field(default_factory=dict)  # id -> county code

    @classmethod
    def load(cls, session: Session) -> Catalogue:
        """Read the catalogue from the database (a few thousand short rows)."""
        catalogue = cls()
        titles: dict[str, str | None] = {}
        for kpi_id, title in session.execute(select(Kpi.id, Kpi.title)):
            catalogue.kpi_ids[kpi_id.casefold()] = kpi_id
            key = name_key(title or "")
            titles[key] = None if key in titles else kpi_id  # ambiguous titles resolve nothing
        catalogue.kpi_titles = {key: kpi for key, kpi in titles.items() if kpi and key}
        rows = session.execute(select(Municipality.id, Municipality.name, Municipality.county_code))
        for municipality_id, name, county in rows:
            catalogue.add_municipality(municipality_id, name, county)
        return catalogue

    def add_municipality(self, municipality_id: str, name: str, county: str | None) -> None:
        self.municipality_ids.add(municipality_id)
        self.display_names[municipality_id] = name
        self.county_of[municipality_id] = county
        self.municipality_names.setdefault(name_key(name), municipality_id)
        if municipality_id == COUNTRY_ID:
            for word in COUNTRY_NAMES:
                self.municipality_names.setdefault(word, municipality_id)
        elif municipality_id.startswith("00") and county:
            county_name = COUNTY_NAMES.get(county)
            if county_name:
                base = name_key(county_name).removesuffix(" län")
                for alias in (county_name, f"region {base}", f"region {base.removesuffix('s')}"):
                    self.municipality_names.setdefault(name_key(alias), municipality_id)

    def region_of(self, municipality_id: str) -> str | None:
        """The region (county) id of a municipality, e.g. 1435 -> 0014."""
        county = self.county_of.get(municipality_id)
        region = f"00{county}" if county else None
        return region if region in self.municipality_ids else None

    def municipality(self, cell: Cell) -> str | None:
        """The municipality id a cell means: an id (leading zeros may be lost), a name
        ("Tanum", "Tanums kommun", "Göteborgs stad"), "Riket", a region or county name,
        or "1401 Härryda" as SCB writes it. None when nothing matches."""
        if isinstance(cell, bool):
            return None
        if isinstance(cell, int | float):
            return self._municipality_id(describe_cell(cell))
        text = describe_cell(cell).strip()
        if not text:
            return None
        if text.isdigit():
            return self._municipality_id(text)
        match = _LEADING_CODE.fullmatch(text)
        if match:
            found = self._municipality_id(match.group(1))
            if found:
                return found
        return self.municipality_by_name(text)

    def municipality_by_name(self, text: str) -> str | None:
        """A municipality, region or Riket by name, case-insensitive, "kommun" suffixes
        and the genitive s removed as needed."""
        key = name_key(text.replace("\u00a0", " "))
        found = self.municipality_names.get(key)
        if found:
            return found
        for suffix in _NAME_SUFFIXES:
            if key.endswith(suffix):
                base = key.removesuffix(suffix).strip()
                found = self.municipality_names.get(base)
                if found is None and base.endswith("s"):
                    found = self.municipality_names.get(base[:-1])
                return found
        if key.startswith("kommun "):
            return self.municipality_names.get(key.removeprefix("kommun "))
        return None

    def _municipality_id(self, digits: str) -> str | None:
        if not digits.isdigit() or len(digits) > 4:
            return None
        padded = digits.zfill(4)
        return padded if padded in self.municipality_ids else None

    def kpi(self, cell: Cell) -> str | None:
        """The KPI id a cell means: its id (any case) or its exact title."""
        text = describe_cell(cell).strip()
        if not text:
            return None
        found = self.kpi_ids.get(text.casefold())
        if found is None:
            found = self.kpi_titles.get(name_key(text))
        return found

    def kpi_in_text(self, text: str) -> str | None:
        """A KPI id or exact title inside a title line or a sheet name ("N00914 Andel …")."""
        for token in re.findall(r"[A-Za-z]\d{5}", text):
            found = self.kpi_ids.get(token.casefold())
            if found:
                return found
        return self.kpi_titles.get(name_key(text))


def period_of(cell: Cell) -> int | None:
    """The year a period cell means (2015, "2015", 2015.0, "202203" -> 2022, a date)."""
    found = year_of(cell)
    if found is not None:
        return found[0]
    year = getattr(cell, "year", None)
    return year if isinstance(year, int) else None


def gender_of(cell: Cell) -> int | None:
    """The index in GENDERS of a gender cell; a blank cell means totalt."""
    if isinstance(cell, str) and not cell.strip():
        return 0
    code = GENDER_WORDS.get(normalise(cell))
    return GENDERS.index(code) if code else None


def is_kpi_id(text: str) -> bool:
    """True when ``text`` can be stored as a KPI id as it is."""
    return bool(KPI_ID_PATTERN.fullmatch(text))
