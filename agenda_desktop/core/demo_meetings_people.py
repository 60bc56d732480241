"""The demo's people and bodies: Kommunstyrelsen, Ungdomsrådet and the steering group.

Everyone is invented. Each person is kept once, whatever the number of bodies they sit in.
"""

from __future__ import annotations

from datetime import date

from agenda_desktop.core.demo_meetings_types import BodyPlan, PersonPlan, SeatPlan

KLK = "Exempelkommun, kommunledningskontoret"
REGION = "Region Exempellän"
FK = "Försäkringskassan"

PEOPLE: tuple[PersonPlan, ...] = (
    # Kommunstyrelsen, ledamöter
    PersonPlan("bergstrom", "Anna Bergström", "M", title="kommunstyrelsens ordförande"),
    PersonPlan("lindahl", "Per-Olof Lindahl", "C", title="kommunstyrelsens vice ordförande"),
    PersonPlan("holmqvist", "Birgitta Holmqvist", "S", title="oppositionsråd"),
    PersonPlan("wallgren", "Jonas Wallgren", "M"),
    PersonPlan("alkhatib", "Fatima Al-Khatib", "S"),
    PersonPlan("engstrom", "Lars Engström", "KD"),
    PersonPlan("oberg", "Maria Öberg", "L"),
    PersonPlan("sundqvist", "Göran Sundqvist", "SD"),
    PersonPlan("dahl", "Helena Dahl", "S"),
    PersonPlan("lund", "Kristoffer Lund", "M"),
    PersonPlan("rask", "Elin Rask", "V"),
    # Kommunstyrelsen, ersättare
    PersonPlan("nordin", "Ingrid Nordin", "M"),
    PersonPlan("hedlund", "Tomas Hedlund", "S"),
    PersonPlan("blom", "Sara Blom", "C"),
    PersonPlan("strand", "Mikael Strand", "SD"),
    PersonPlan("ek", "Linda Ek", "MP"),
    PersonPlan("akesson", "Bengt Åkesson", "KD"),
    # Officers
    PersonPlan(
        "strom",
        "Camilla Ström",
        organisation=KLK,
        title="kommunsekreterare",
        email="camilla.strom@exempelkommun.se",
    ),
    PersonPlan(
        "hallberg",
        "Magnus Hallberg",
        organisation=KLK,
        title="kommundirektör",
        email="magnus.hallberg@exempelkommun.se",
    ),
    PersonPlan(
        "lindqvist",
        "Karin Lindqvist",
        organisation=KLK,
        title="hållbarhetsstrateg",
        email="karin.lindqvist@exempelkommun.se",
    ),
    PersonPlan(
        "sanden",
        "Ulrika Sandén",
        organisation=KLK,
        title="ekonomichef",
        email="ulrika.sanden@exempelkommun.se",
    ),
    PersonPlan(
        "karimi",
        "Nadia Karimi",
        organisation="Exempelkommun, kultur- och fritidsförvaltningen",
        title="ungdomssamordnare",
        email="nadia.karimi@exempelkommun.se",
    ),
    PersonPlan(
        "forsberg",
        "Linnea Forsberg",
        organisation=KLK,
        title="demokratiutvecklare",
        email="linnea.forsberg@exempelkommun.se",
    ),
    # From outside
    PersonPlan("falk", "Henrik Falk", organisation=REGION, title="regionutvecklare"),
    PersonPlan("lindgren", "Åsa Lindgren", organisation=FK, title="samverkansansvarig"),
    PersonPlan("mattsson", "Johan Mattsson", "S", organisation=REGION, title="regionråd"),
    # Ungdomsrådet
    PersonPlan("nystrom", "Alva Nyström", organisation="Exempelgymnasiet"),
    PersonPlan("berg", "Elias Berg", organisation="Exempelgymnasiet"),
    PersonPlan("karlsson", "Maja Karlsson", organisation="Norrbyskolan"),
    PersonPlan("yusuf", "Omar Yusuf", organisation="Stationsskolan"),
    PersonPlan("sjoholm", "Wilma Sjöholm", organisation="Västerby skola"),
    PersonPlan("lindberg", "Noah Lindberg", organisation="Exempelgymnasiet"),
    PersonPlan("eriksson", "Saga Eriksson", organisation="Stationsskolan"),
    PersonPlan("hult", "Liam Andersson Hult", organisation="Norrbyskolan"),
    PersonPlan("johansson", "Ebba Johansson", organisation="Exempelgymnasiet"),
)

BOARD_MEMBERS = (
    "bergstrom",
    "lindahl",
    "holmqvist",
    "wallgren",
    "alkhatib",
    "engstrom",
    "oberg",
    "sundqvist",
    "dahl",
    "lund",
    "rask",
)
BOARD_SUBSTITUTES = ("nordin", "hedlund", "blom", "strand", "ek", "akesson")
_BOARD_ROLES = {"bergstrom": "ordforande", "lindahl": "vice_ordforande"}

KOMMUNSTYRELSEN = BodyPlan(
    "ks",
    "Kommunstyrelsen",
    "styrelse",
    "Exempelkommun",
    "lopande",
    1166,
    False,
    "Kommunens ledande politiska förvaltningsorgan. Leder och samordnar arbetet med "
    "hållbarhetsprogrammet Hållbara Exempelkommun 2030 och har uppsikt över nämnderna "
    "och bolagen.",
    (
        *(SeatPlan(key, _BOARD_ROLES.get(key, "ledamot")) for key in BOARD_MEMBERS),
        *(SeatPlan(key, "ersattare") for key in BOARD_SUBSTITUTES),
        SeatPlan("strom", "sekreterare"),
    ),
)

YOUTH_START = date(2025, 9, 1)
YOUTH_END = date(2027, 6, 30)
YOUTH_MEMBERS = (
    "nystrom",
    "berg",
    "karlsson",
    "yusuf",
    "sjoholm",
    "lindberg",
    "eriksson",
    "hult",
    "johansson",
)
_YOUTH_ROLES = {"nystrom": "ordforande", "berg": "vice_ordforande"}

UNGDOMSRADET = BodyPlan(
    "ur",
    "Ungdomsrådet",
    "rad",
    "Exempelkommun, kultur- och fritidsnämnden",
    "per_mote",
    1,
    True,
    "Unga mellan 13 och 19 år från kommunens skolor som ger kommunen sina synpunkter "
    "och driver egna frågor. Rådet för anteckningar i stället för protokoll.",
    (
        *(
            SeatPlan(key, _YOUTH_ROLES.get(key, "ledamot"), "", YOUTH_START, YOUTH_END)
            for key in YOUTH_MEMBERS
        ),
        SeatPlan("karimi", "sekreterare", "", YOUTH_START, YOUTH_END),
    ),
)

STEERING_START = date(2023, 3, 1)
STYRGRUPPEN = BodyPlan(
    "sg",
    "Styrgruppen för Agenda 2030",
    "styrgrupp",
    "Exempelkommun, Region Exempellän",
    "per_ar",
    1,
    False,
    "Styr arbetet med Agenda 2030 och hållbarhetsprogrammet. Följer upp handlingsplanen "
    "och förbereder ärenden till kommunstyrelsen.",
    (
        SeatPlan("bergstrom", "ordforande", "Exempelkommun", STEERING_START),
        SeatPlan("holmqvist", "vice_ordforande", "Exempelkommun", STEERING_START),
        SeatPlan("hallberg", "ledamot", "Exempelkommun", STEERING_START),
        SeatPlan("falk", "ledamot", REGION, STEERING_START),
        SeatPlan("lindgren", "adjungerad", FK, date(2025, 1, 1)),
        SeatPlan("lindqvist", "sekreterare", "Exempelkommun", STEERING_START),
    ),
)

BODIES: tuple[BodyPlan, ...] = (KOMMUNSTYRELSEN, UNGDOMSRADET, STYRGRUPPEN)
