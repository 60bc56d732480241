"""The texts and dates of the demo's networks: SKR's network, its participants, meeting
dates and the participation agreement, Glokala Sverige and the joint financing."""

from __future__ import annotations

from datetime import date, time

from agenda_desktop.core.services.networks_types import NetworkMeetingInput

SKR = "Sveriges Kommuner och Regioner"
SKR_START = date(2026, 9, 1)
SKR_END = date(2028, 6, 30)
UNIT = "Kommunstyrelsen, kommunledningsförvaltningen"
# Other participants of SKR's network: name and Kolada id.
PARTICIPANTS = (
    ("Hudiksvalls kommun", "2184"),
    ("Härnösands kommun", "2280"),
    ("Ljusdals kommun", "2161"),
    ("Sala kommun", "1981"),
    ("Sollefteå kommun", "2283"),
    ("Tierps kommun", "0360"),
    ("Region Gävleborg", "0021"),
)
STOCKHOLM = "SKR, Hornsgatan 20, Stockholm"
DIGITAL = "Digitalt via Teams"
NETWORK_MEETINGS = (
    NetworkMeetingInput(
        date(2026, 9, 24),
        time(10, 0),
        time(16, 0),
        STOCKHOLM,
        "Startträff: nätverkets upplägg och förväntningar",
        "Varje kommun presenterar sig och sina förutsättningar. Ta med kommunens beslut "
        "om deltagande.",
    ),
    NetworkMeetingInput(
        date(2026, 11, 12),
        time(9, 0),
        time(12, 0),
        DIGITAL,
        "Träff 2: nulägesanalys",
        "Genomgång av metoder för nulägesanalys och av Kolada-data för de globala målen.",
    ),
    NetworkMeetingInput(
        date(2027, 2, 11),
        time(10, 0),
        time(16, 0),
        "Hudiksvall, Stadshuset",
        "Träff 3: prioriteringar och egna mål",
    ),
    NetworkMeetingInput(
        date(2027, 4, 22),
        time(9, 0),
        time(12, 0),
        DIGITAL,
        "Träff 4: medborgardialog",
    ),
    NetworkMeetingInput(
        date(2027, 9, 23),
        time(10, 0),
        time(16, 0),
        STOCKHOLM,
        "Träff 5: förändring i hela organisationen",
    ),
    NetworkMeetingInput(
        date(2027, 11, 25),
        time(9, 0),
        time(12, 0),
        DIGITAL,
        "Träff 6: uppföljning på kort och lång sikt",
    ),
)
AGREEMENT = (
    "Överenskommelse om deltagande i SKR:s utvecklingsnätverk Styra med Agenda 2030\n"
    "\n"
    "Parter: Sveriges Kommuner och Regioner (SKR) och Exempelkommun.\n"
    "Period: 1 september 2026 – 30 juni 2028.\n"
    "\n"
    "Exempelkommun åtar sig att\n"
    "- delta med förtroendevalda och tjänstepersoner i nätverkets sex träffar,\n"
    "- avsätta tid för arbetet mellan träffarna, motsvarande 20 procent av en tjänst,\n"
    "- ha en styrgrupp, en kontaktperson och en arbetsgrupp för arbetet.\n"
    "\n"
    "SKR svarar för processledning, träffarnas innehåll och dokumentation.\n"
    "\n"
    "Kontaktperson för Exempelkommun: Karin Lindqvist, hållbarhetsstrateg.\n"
)
GLOKALA_START = date(2024, 3, 1)
FINANCING_TITLE = "Rekommendation om samfinansiering av nationellt stöd för Agenda 2030 2024–2027"
YEARLY_EXCL = 4_125_000  # 41 250 kr, in öre
YEARLY_INCL = 5_156_250  # 51 562,50 kr
