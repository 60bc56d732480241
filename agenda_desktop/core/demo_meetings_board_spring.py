"""Kommunstyrelsen's meetings in the spring of 2026, February to June, all adjusted."""

from __future__ import annotations

from datetime import date, time

from agenda_desktop.core.demo_meetings_types import ItemPlan, MeetingPlan, OtherPlan

ROOM = "Kommunhuset, sammanträdesrum Exemplet"
ADJUSTED_AT = "Kommunledningskontoret, Exempelkommun"
GROUP_MEETINGS = "Gruppmöten kl. 08.00–08.45. Fika serveras från kl. 08.45."
LINDQVIST = "Karin Lindqvist, hållbarhetsstrateg"
HALLBERG = "Magnus Hallberg, kommundirektör"
SANDEN = "Ulrika Sandén, ekonomichef"
STROM = "Camilla Ström, kommunsekreterare"
DIRECTOR = OtherPlan("hallberg", "kommundirektör")

FEBRUARY = MeetingPlan(
    date(2026, 2, 10),
    time(9, 0),
    time(11, 45),
    ROOM,
    (
        ItemPlan(
            "Information: Kolada-data 2025",
            "Hållbarhetsstrategen redovisar utfallen för 2025 i RKA:s urval av nyckeltal för "
            "Agenda 2030. Exempelkommun har förbättrat sig inom utbildning och förnybar energi "
            "men ligger kvar under riket för valdeltagande och andel skyddad natur. "
            "Skillnaderna mellan flickor och pojkar i behörighet till gymnasiet kvarstår.",
            kind="information",
            diarienummer="KS 2026/12",
            rapporteur=LINDQVIST,
        ),
        ItemPlan(
            "Uppdrag att revidera hållbarhetsprogrammet Hållbara Exempelkommun 2030",
            "Programmet antogs 2024 och ska enligt beslutet ses över efter halva tiden. "
            "Uppföljningen 2025 visar att några målsättningar saknar målvärden efter 2026 och "
            "att handlingsplanen behöver knytas tydligare till nämndernas verksamhetsplaner.",
            (
                "att ge kommundirektören i uppdrag att ta fram ett förslag till reviderat "
                "hållbarhetsprogram senast den 30 oktober 2026,",
                "att revideringen ska föregås av dialog med ungdomsrådet, näringslivet och "
                "invånarna i byarna.",
            ),
            diarienummer="KS 2026/13",
            rapporteur=HALLBERG,
            goals=(16, 17),
        ),
        ItemPlan(
            "Internkontrollplan 2026 för kommunstyrelsen",
            "Förslaget bygger på risk- och väsentlighetsanalysen som genomfördes i december. "
            "Nya kontrollmoment gäller upphandlingar med hållbarhetskrav och hanteringen av "
            "allmänna handlingar.",
            ("att anta internkontrollplan 2026 för kommunstyrelsen enligt bilaga.",),
            diarienummer="KS 2026/9",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Redovisning av delegationsbeslut",
            "Delegationsbeslut fattade under perioden 2025-12-01 till 2026-01-31 enligt "
            "förteckning.",
            ("att lägga redovisningen av delegationsbeslut till handlingarna.",),
            diarienummer="KS 2026/2",
        ),
    ),
    adjusters=("holmqvist", "engstrom"),
    adjustment_date=date(2026, 2, 17),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("lund", "nordin"), ("rask", "ek")),
    others=(DIRECTOR, OtherPlan("lindqvist", "hållbarhetsstrateg", (4, 5))),
    notes=GROUP_MEETINGS,
)

MARCH = MeetingPlan(
    date(2026, 3, 17),
    time(9, 0),
    time(12, 30),
    ROOM,
    (
        ItemPlan(
            "Årsredovisning 2025 för Exempelkommun",
            "Kommunkoncernen redovisar ett resultat på 18,4 miljoner kronor. Balanskravet är "
            "uppfyllt. Av fullmäktiges elva mål för god ekonomisk hushållning är sju uppfyllda, "
            "tre delvis uppfyllda och ett inte uppfyllt. Hållbarhetsredovisningen ingår som en "
            "del av förvaltningsberättelsen.",
            (
                "att föreslå kommunfullmäktige att godkänna årsredovisning 2025 för Exempelkommun,",
                "att föreslå kommunfullmäktige att reservera 6,0 miljoner kronor till "
                "resultatutjämningsreserven.",
            ),
            diarienummer="KS 2026/41",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Hållbarhetsredovisning 2025: årlig uppföljning av Hållbara Exempelkommun 2030",
            "Av programmets femton målsättningar utvecklas sex i önskad riktning, fem står "
            "still och fyra går åt fel håll. Störst framsteg finns inom förnybar energi och "
            "återvinning; utsläppen från transporter och tryggheten bland kvinnor går åt fel "
            "håll.",
            (
                "att godkänna hållbarhetsredovisningen för 2025,",
                "att redovisningen publiceras på kommunens webbplats.",
            ),
            diarienummer="KS 2026/44",
            rapporteur=LINDQVIST,
        ),
        ItemPlan(
            "Medborgarförslag om laddstolpar i Stationsområdet",
            "En invånare föreslår att kommunen sätter upp publika laddstolpar vid "
            "pendelparkeringen och vid Stationsgatan, eftersom de som bor i flerbostadshus "
            "saknar möjlighet att ladda hemma. Förslaget ligger i linje med handlingsplanens "
            "åtgärd om laddplatser.",
            (
                "att överlämna medborgarförslaget till samhällsbyggnadsnämnden för beredning,",
                "att förslagsställaren ska få svar senast den 31 augusti 2026.",
            ),
            diarienummer="KS 2026/37",
            key="laddstolpar",
        ),
        ItemPlan(
            "Motion från Elin Rask (V) om avgiftsfri kollektivtrafik för unga",
            "Motionären föreslår att ungdomar mellan 13 och 19 år ska resa avgiftsfritt med "
            "kollektivtrafiken inom kommunen. Kostnaden beräknas till 2,1 miljoner kronor per "
            "år. Kommunledningskontoret föreslår att motionen avslås med hänvisning till det "
            "ekonomiska läget men att frågan prövas i budgetarbetet för 2028.",
            ("att föreslå kommunfullmäktige att avslå motionen.",),
            diarienummer="KS 2025/288",
            rapporteur=HALLBERG,
            reservations="Elin Rask (V), Birgitta Holmqvist (S), Fatima Al-Khatib (S) och "
            "Helena Dahl (S) reserverar sig mot beslutet till förmån för eget yrkande om "
            "bifall till motionen.",
            goals=(10, 11),
        ),
    ),
    adjusters=("dahl", "oberg"),
    adjustment_date=date(2026, 3, 24),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("engstrom", "akesson"), ("strand", "")),
    others=(
        DIRECTOR,
        OtherPlan("sanden", "ekonomichef", (4, 4)),
        OtherPlan("lindqvist", "hållbarhetsstrateg", (5, 5)),
    ),
    notes=GROUP_MEETINGS,
)

APRIL = MeetingPlan(
    date(2026, 4, 21),
    time(9, 0),
    time(12, 0),
    ROOM,
    (
        ItemPlan(
            "Remissvar: Regional utvecklingsstrategi för Exempellän 2026–2035",
            "Region Exempellän har remitterat förslaget till ny regional utvecklingsstrategi. "
            "Kommunledningskontoret föreslår att kommunen ställer sig bakom strategins "
            "inriktning men framhåller landsbygdens behov av kollektivtrafik, bredband och "
            "kompetensförsörjning, och att kopplingen till Agenda 2030 blir tydligare.",
            (
                "att anta kommunledningskontorets förslag till yttrande som sitt eget och "
                "översända det till Region Exempellän.",
            ),
            diarienummer="KS 2026/58",
            rapporteur="Henrik Falk, regionutvecklare, Region Exempellän",
            goals=(8, 9, 11),
        ),
        ItemPlan(
            "Klimatfärdplan för kommunkoncernen 2026–2030",
            "Färdplanen ger kommunkoncernen en utsläppsbudget och årliga delmål fram till "
            "2030. De största åtgärderna gäller fordon, tjänsteresor, livsmedel och byggmaterial. "
            "Bolagen har deltagit i arbetet.",
            (
                "att föreslå kommunfullmäktige att anta klimatfärdplan för kommunkoncernen "
                "2026–2030,",
                "att nämnder och bolag ska redovisa utfallet mot delmålen i årsredovisningen.",
            ),
            diarienummer="KS 2025/201",
            rapporteur=LINDQVIST,
            reservations="Göran Sundqvist (SD) reserverar sig mot beslutet till förmån för "
            "eget yrkande om återremiss för en konsekvensanalys av kostnaderna.",
            goals=(13,),
            objectives=("O-klimat",),
            key="klimatfardplan",
        ),
        ItemPlan(
            "Riktlinjer för medborgardialog",
            "Riktlinjerna beskriver när och hur kommunen för dialog med invånarna, hur "
            "synpunkter registreras och hur återkopplingen ska ske. De bygger på modellen "
            "som prövades i Södra Stationsområdet 2025.",
            ("att föreslå kommunfullmäktige att anta riktlinjer för medborgardialog.",),
            diarienummer="KS 2026/22",
            rapporteur="Linnea Forsberg, demokratiutvecklare",
            protocol_note="Elin Rask (V) lämnar en protokollsanteckning: Vi välkomnar "
            "riktlinjerna men vill att ungdomsrådet får ett eget stöd för att kunna delta.",
            objectives=("O-demokrati",),
        ),
    ),
    adjusters=("alkhatib", "lund"),
    adjustment_date=date(2026, 4, 28),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("wallgren", "nordin"),),
    others=(
        DIRECTOR,
        OtherPlan("falk", "regionutvecklare, Region Exempellän", (4, 4)),
        OtherPlan("lindqvist", "hållbarhetsstrateg", (5, 6)),
        OtherPlan("forsberg", "demokratiutvecklare", (6, 6)),
    ),
    notes=GROUP_MEETINGS,
)

MAY = MeetingPlan(
    date(2026, 5, 19),
    time(9, 0),
    time(11, 30),
    ROOM,
    (
        ItemPlan(
            "Rättelse av beslut {§}, medborgarförslag om laddstolpar i Stationsområdet",
            "I kommunstyrelsens beslut den 17 mars 2026, {§}, överlämnades medborgarförslaget till "
            "samhällsbyggnadsnämnden. Publika laddplatser på allmän platsmark hör enligt "
            "reglementet till tekniska nämnden. Beslutet är justerat och rättas därför genom "
            "detta beslut.",
            (
                "att rätta beslutet den 17 mars 2026, {§}, så att medborgarförslaget "
                "överlämnas till tekniska nämnden för beredning,",
                "att beslutet i övrigt gäller oförändrat.",
            ),
            diarienummer="KS 2026/37",
            corrects="laddstolpar",
        ),
        ItemPlan(
            "Inriktning för budget 2027 och ekonomisk plan 2028–2029",
            "Skatteunderlagsprognosen från april pekar på en svagare utveckling än i "
            "februari. Kommunledningskontoret föreslår ramar som ger ett resultat på två "
            "procent av skatter och bidrag, och att hållbarhetsprogrammets prioriteringar "
            "styr fördelningen av utvecklingsmedel.",
            ("att fastställa inriktningen för budgetarbetet enligt bilaga.",),
            diarienummer="KS 2026/71",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Avsiktsförklaring om samverkan för unga som varken arbetar eller studerar",
            "Kommunen, Region Exempellän, Försäkringskassan och Arbetsförmedlingen vill "
            "samordna sina insatser för unga som står långt från arbetsmarknaden, som ett "
            "första steg mot ett samordningsförbund.",
            (
                "att godkänna avsiktsförklaringen,",
                "att utse Anna Bergström (M) och Birgitta Holmqvist (S) att företräda kommunen "
                "i den gemensamma beredningsgruppen.",
            ),
            diarienummer="KS 2026/66",
            rapporteur=HALLBERG,
            goals=(8, 10),
        ),
        ItemPlan(
            "Information: Ungdomsrådets synpunkter på revideringen av hållbarhetsprogrammet",
            "Ungdomsrådet har läst programmet på sitt möte i april och önskar färre svåra ord, "
            "en uppdaterad ordlista och en engelsk version.",
            kind="information",
            diarienummer="KS 2026/13",
            rapporteur="Nadia Karimi, ungdomssamordnare",
        ),
    ),
    adjusters=("holmqvist", "lindahl"),
    adjustment_date=date(2026, 5, 26),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("dahl", "hedlund"), ("oberg", "")),
    absent=("akesson",),
    others=(DIRECTOR, OtherPlan("karimi", "ungdomssamordnare", (7, 7))),
    notes=GROUP_MEETINGS,
)

JUNE = MeetingPlan(
    date(2026, 6, 16),
    time(9, 0),
    time(14, 15),
    ROOM,
    (
        ItemPlan(
            "Budget 2027 och ekonomisk plan 2028–2029",
            "Förslaget innehåller ramar för nämnderna, investeringsbudget på 142 miljoner "
            "kronor och en oförändrad skattesats på 22,14 kronor. Utvecklingsmedel på 3 "
            "miljoner kronor avsätts för åtgärder i handlingsplanen för Agenda 2030.",
            (
                "att föreslå kommunfullmäktige att fastställa budget 2027 och ekonomisk plan "
                "2028–2029 enligt bilaga,",
                "att föreslå kommunfullmäktige att skattesatsen för 2027 blir oförändrad 22,14 "
                "kronor.",
            ),
            diarienummer="KS 2026/71",
            rapporteur=SANDEN,
            reservations="Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig "
            "mot beslutet till förmån för eget budgetförslag. Göran Sundqvist (SD) reserverar "
            "sig till förmån för eget budgetförslag.",
        ),
        ItemPlan(
            "Tertialrapport 1 2026",
            "Prognosen för helåret är ett överskott på 9,2 miljoner kronor. Socialnämnden "
            "prognostiserar ett underskott på 4,5 miljoner kronor för placeringar.",
            ("att godkänna tertialrapport 1 2026.",),
            diarienummer="KS 2026/80",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Anslutning till SKR:s utvecklingsnätverk Styra med Agenda 2030",
            "Sveriges Kommuner och Regioner bjuder in kommuner till ett tvåårigt "
            "utvecklingsnätverk. Deltagandet förutsätter ett beslut av kommunledningen, en "
            "styrgrupp, en kontaktperson och tid för förtroendevalda och tjänstepersoner.",
            (
                "att Exempelkommun deltar i SKR:s utvecklingsnätverk Styra med Agenda 2030 "
                "2026–2028,",
                "att styrgruppen för Agenda 2030 är kommunens styrgrupp i nätverket,",
                "att utse hållbarhetsstrategen till kontaktperson gentemot nätverket.",
            ),
            diarienummer="KS 2026/84",
            rapporteur=LINDQVIST,
            goals=(17,),
        ),
        ItemPlan(
            "Naturvårdsprogram 2026–2035, godkännande för samråd",
            "Förslaget pekar ut värdefulla naturområden, föreslår två nya naturreservat och "
            "beskriver hur kommunen ska arbeta med naturvårdsavtal tillsammans med "
            "markägarna.",
            ("att godkänna förslaget till naturvårdsprogram för samråd under hösten 2026.",),
            diarienummer="KS 2025/176",
            rapporteur=LINDQVIST,
            goals=(15,),
            objectives=("O-natur",),
        ),
        ItemPlan(
            "Sammanträdesplan för kommunstyrelsen hösten 2026",
            "Förslag till sammanträdesdagar för hösten 2026.",
            ("att fastställa sammanträdesplanen enligt bilaga.",),
            diarienummer="KS 2026/3",
            rapporteur=STROM,
        ),
    ),
    adjusters=("rask", "wallgren"),
    adjustment_date=date(2026, 6, 22),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("sundqvist", "strand"),),
    others=(
        DIRECTOR,
        OtherPlan("sanden", "ekonomichef", (4, 5)),
        OtherPlan("lindqvist", "hållbarhetsstrateg", (6, 7)),
    ),
    notes="Sammanträdet ajourneras för lunch kl. 12.00–12.45. " + GROUP_MEETINGS,
)

SPRING: tuple[MeetingPlan, ...] = (FEBRUARY, MARCH, APRIL, MAY, JUNE)
