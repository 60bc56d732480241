"""The invented figures of the demo database: how each indicator behaves, Exempelkommun's
local indicators, goal links, target values, missing values and an edited import.

Plain data, read by :mod:`agenda_desktop.core.demo_indicators`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SEED = 2030
YEARS = range(2015, 2025)
RIKET_ID = "0000"
DEMO_SOURCE = "Exempeldata (påhittade värden)"
DEMO_LOADED_AT = datetime(2024, 2, 1, 9, 0)
EDITED_FILE = "Nyckeltal Exempelkommun 2024-03.xlsx"
EDITED_AT = datetime(2024, 3, 15, 10, 12)
TARGET_NOTE = "Mål i Exempelkommuns hållbarhetsprogram 2023–2030"


@dataclass(frozen=True)
class Profile:
    """How an indicator's invented values behave.

    ``level`` is Riket's value in 2015, ``drift`` its change per year, ``spread`` the
    relative spread between municipalities, ``gap`` women minus men (for gender-split
    indicators), ``floor``/``ceiling`` the possible range.
    """

    level: float
    drift: float
    spread: float
    decimals: int
    higher_is_better: bool | None
    gap: float = 0.0
    floor: float | None = 0.0
    ceiling: float | None = None


def _share(
    level: float, drift: float, spread: float, better: bool | None, gap: float = 0.0
) -> Profile:
    return Profile(level, drift, spread, 1, better, gap, 0.0, 100.0)


# RKA's Agenda 2030 selection (2019), the ids still in Kolada's catalogue.
PROFILES: dict[str, Profile] = {
    "N31816": _share(1.4, -0.03, 0.35, False, -0.2),
    "U01411": _share(15.0, 0.25, 0.15, False, -1.0),
    "N00403": _share(18.0, 0.4, 0.6, True),
    "N00925": Profile(84.1, 0.08, 0.01, 1, True),
    "N00923": Profile(80.3, 0.12, 0.012, 1, True),
    "U20462": Profile(2600.0, 10.0, 0.12, 0, False, 300.0),
    "N00404": Profile(320.0, -8.0, 0.1, 0, False, 90.0),
    "N15428": _share(84.0, -0.2, 0.05, True, 3.0),
    "N17461": _share(70.0, 0.3, 0.08, True, 5.0),
    "N18409": _share(38.0, 0.5, 0.25, True, 4.0),
    "N00209": _share(68.0, 1.2, 0.08, True, -8.0),
    "N00943": _share(28.0, 0.4, 0.12, True),
    "N00952": _share(78.0, 0.5, 0.04, True),
    "N00953": _share(91.0, 0.3, 0.03, True),
    "N85051": _share(30.0, 0.0, 0.5, True),
    "N85052": _share(25.0, 0.0, 0.5, True),
    "N85053": _share(90.0, 0.0, 0.08, True),
    "N45933": Profile(90.0, 0.0, 0.5, 0, False),
    "N45905": Profile(38.0, -0.4, 0.3, 1, False),
    "N03700": Profile(450.0, 12.0, 0.15, 0, True),
    "N07900": _share(60.0, 3.0, 0.2, True),
    "U07451": Profile(68.0, 0.5, 0.05, 0, True),
    "N07418": _share(75.0, 0.2, 0.15, True, 1.0),
    "N00956": Profile(0.32, 0.002, 0.08, 3, False, -0.02),
    "U01413": _share(27.0, 0.3, 0.15, False, -2.0),
    "N00973": _share(40.0, 1.0, 0.3, True, -15.0),
    "U28532": _share(75.0, 0.3, 0.1, True),
    "N00927": Profile(0.78, 0.005, 0.1, 2, None),
    "N07907": _share(13.0, 0.1, 0.3, False, -0.5),
    "N85047": Profile(14.0, -0.4, 0.3, 1, False),
    "N85048": Profile(1.6, -0.04, 0.3, 2, False),
    "U07801": Profile(470.0, -4.0, 0.12, 0, False),
    "U07414": _share(36.0, 0.6, 0.2, True),
    "U07514": _share(28.0, 0.8, 0.3, True),
    "N00401": Profile(5.4, -0.15, 0.25, 2, False),
    "U07917": Profile(690.0, -5.0, 0.15, 0, False),
    "N85054": _share(6.0, 0.2, 0.6, True),
    "N05831": _share(74.0, 0.0, 0.08, True),
    "U01420": _share(19.0, 0.2, 0.2, False, 14.0),
    "N07403": Profile(880.0, 8.0, 0.2, 0, False),
    "N03102": Profile(3.0, -0.1, 0.8, 1, True, floor=None),
}


@dataclass(frozen=True)
class LocalDemo:
    id: str
    title: str
    description: str
    unit: str
    source: str
    gender_split: bool
    goal: int
    profile: Profile


LOCAL_INDICATORS = (
    LocalDemo(
        "EK-001",
        "Andel elever som känner sig trygga i skolan (lokal enkät)",
        "Elever i åk 5, 8 och gymnasiets år 2 som svarat ”stämmer helt” eller ”stämmer "
        "ganska bra” på påståendet ”Jag känner mig trygg i skolan”.",
        "%",
        "Exempelkommuns elevenkät",
        True,
        4,
        _share(81.0, 0.4, 0.0, True, -2.0),
    ),
    LocalDemo(
        "EK-002",
        "Deltagare i kommunens medborgardialoger",
        "Antal personer som deltagit i medborgardialoger, ungdomsrådets möten och "
        "öppna samråd under året.",
        "antal",
        "Kommunledningskontoret, dialogregistret",
        False,
        16,
        Profile(140.0, 14.0, 0.0, 0, True),
    ),
    LocalDemo(
        "EK-003",
        "Andel fossilfria fordon i kommunens fordonsflotta",
        "Personbilar och lätta lastbilar som kommunen äger eller leasar och som drivs med el, "
        "biogas eller HVO, andel av alla.",
        "%",
        "Kommunens fordonsenhet",
        False,
        13,
        _share(12.0, 5.0, 0.0, True),
    ),
)

# Extra links to a target, beside the goal link every demo indicator gets.
TARGET_LINKS = (
    ("N00401", 13, "13.2"),
    ("U07801", 12, "12.5"),
    ("N05831", 16, "16.7"),
    ("N00973", 10, "10.2"),
    ("N31816", 1, "1.2"),
    ("U01411", 3, "3.4"),
    ("N15428", 4, "4.1"),
    ("N07418", 11, "11.2"),
    ("N85054", 15, "15.5"),
    ("EK-001", 4, "4.a"),
    ("EK-002", 16, "16.7"),
    ("EK-003", 13, "13.2"),
)
# (kpi, gender, year, value): what the municipality wants to reach.
TARGETS = (
    ("N00401", "T", 2030, 3.0),
    ("U07801", "T", 2030, 400.0),
    ("U07414", "T", 2030, 50.0),
    ("N05831", "T", 2030, 80.0),
    ("N00209", "T", 2030, 85.0),
    ("N00209", "K", 2030, 85.0),
    ("N17461", "T", 2030, 80.0),
    ("U01411", "T", 2030, 13.0),
    ("N85054", "T", 2030, 10.0),
    ("N00973", "T", 2027, 55.0),
    ("EK-001", "T", 2030, 90.0),
    ("EK-003", "T", 2026, 60.0),
    ("EK-003", "T", 2030, 100.0),
)
# Missing values, with Kolada's reasons: (kpi, municipality, year, gender) -> reason.
MISSING = {
    ("N00973", "{own}", 2017, "T"): "bortfall",
    ("N00973", "{own}", 2017, "K"): "bortfall",
    ("N00973", "{own}", 2017, "M"): "bortfall",
    ("U28532", "{own}", 2016, "T"): "bortfall",
    ("U07451", "{own}", 2015, "T"): "tom",
    ("EK-001", "{own}", 2020, "T"): "bortfall",
    ("EK-001", "{own}", 2020, "K"): "bortfall",
    ("EK-001", "{own}", 2020, "M"): "bortfall",
    ("N18409", "2418", 2020, "T"): "sekretess",
    ("N18409", "2425", 2021, "K"): "sekretess",
    ("N18409", "2425", 2021, "M"): "sekretess",
    ("N45933", "2463", 2018, "T"): "ej_tillampligt",
}
# Values an "edited import" changed in March 2024: (kpi, year, gender, what it was before:
# the new value times a factor, or a missing mark's reason).
EDITED: tuple[tuple[str, int, str, float | str], ...] = (
    ("N00401", 2023, "T", 1.04),
    ("U07801", 2023, "T", 0.97),
    ("N05831", 2022, "T", "bortfall"),
    ("N17461", 2023, "K", 0.98),
    ("N07900", 2023, "T", 0.95),
)
