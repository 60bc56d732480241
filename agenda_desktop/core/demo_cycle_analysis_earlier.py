"""The demo's nulägesanalys for "Mandatperioden 2019–2022", Exempelkommun's first.

Some goals were judged differently then: the comparison with 2023–2026 should show
goals that improved (energy, climate, gender equality, broadband), goals that got worse
(health, education, inequality, safety) and goals that were not assessed at all.
"""

from __future__ import annotations

from datetime import datetime

from agenda_desktop.core.demo_cycle_types import Assessed

EARLIER_ANALYSED_AT = datetime(2019, 10, 22, 10, 30)

EARLIER_GOALS: tuple[Assessed, ...] = (
    Assessed(
        1,
        "vissa",
        "oforandrad",
        "delad",
        "Försäkringskassan, Arbetsförmedlingen",
        "V",
        "Ensamstående mammor är överrepresenterade bland hushåll med ekonomiskt bistånd.",
        "Det långvariga ekonomiska biståndet ligger under riket. Kommunen saknar en samlad "
        "bild av barnfattigdomen.",
    ),
    Assessed(
        2,
        "betydande",
        "okand",
        "samverkan",
        "LRF, Länsstyrelsen",
        "S",
        "",
        "Det saknas lokala data om livsmedelsproduktionen. Jordbruksmark har tagits i anspråk "
        "för bostäder och verksamheter i centralortens utkant.",
    ),
    Assessed(
        3,
        "vissa",
        "oforandrad",
        "delad",
        "Västra Götalandsregionen, föreningslivet",
        "VA",
        "Männens medellivslängd är lägre än kvinnornas och skillnaden minskar inte.",
        "Folkhälsan är i stort som i riket. Andelen med fetma ökar långsamt, och fallskador "
        "bland äldre är ett känt problem i hemtjänsten.",
    ),
    Assessed(
        4,
        "vissa",
        "oforandrad",
        "egen",
        "Gymnasieförbundet",
        "VA",
        "Flickor når bättre resultat än pojkar i alla årskurser.",
        "Behörigheten till gymnasiet är hög och stabil. Genomströmningen i gymnasiet ligger "
        "nära riket.",
    ),
    Assessed(
        5,
        "betydande",
        "forbattras",
        "egen",
        "Fackliga organisationer",
        "DA",
        "Deltidsarbetet är vanligast bland kvinnor i vård och omsorg.",
        "Bara knappt tre av fyra månadsavlönade i kommunen arbetar heltid. Ett arbete med "
        "heltid som norm startade 2018 tillsammans med Kommunal.",
    ),
    Assessed(
        6,
        "ej_bedomd",
        "okand",
        None,
        "",
        "",
        "",
        "Målet bedömdes inte i denna analys; vattenfrågorna hanterades i VA-planen.",
    ),
    Assessed(
        7,
        "betydande",
        "oforandrad",
        "delad",
        "Exempelkommuns Energi AB",
        "S",
        "Hushåll på landsbygden värmer ofta med el eller olja.",
        "Fjärrvärmen eldas delvis med olja vid kyla. Energianvändningen per invånare minskar "
        "långsamt, och industrin i Norrby står för en stor del av den.",
    ),
    Assessed(
        8,
        "vissa",
        "forbattras",
        "samverkan",
        "Arbetsförmedlingen, Företagarna",
        "SA",
        "Unga utan gymnasieexamen har svårt att få arbete.",
        "Sysselsättningen ökar och arbetslösheten är låg. Näringslivet är sårbart med få "
        "stora arbetsgivare.",
    ),
    Assessed(
        9,
        "betydande",
        "forbattras",
        "delad",
        "Trafikverket, Post- och telestyrelsen",
        "S",
        "Byarna i norr saknar fiber.",
        "Bara tre av fyra invånare har tillgång till snabbt bredband, vilket hindrar "
        "distansarbete och företagande på landsbygden.",
    ),
    Assessed(
        10,
        "vissa",
        "oforandrad",
        "delad",
        "Arbetsförmedlingen, studieförbunden",
        "DV",
        "Nyanlända kvinnor deltar mindre i etableringsinsatser än nyanlända män.",
        "Inkomstskillnaderna ökar långsamt. Etableringen av nyanlända går något sämre än i riket.",
    ),
    Assessed(
        11,
        "betydande",
        "oforandrad",
        "delad",
        "Trafikverket, Västtrafik, Exempelbostäder AB",
        "S",
        "Unga saknar bostäder att flytta till.",
        "Bostadsbristen är kommunens största planeringsfråga. Kollektivtrafiken är glest "
        "utbyggd utanför tätorterna.",
    ),
    Assessed(
        12,
        "betydande",
        "oforandrad",
        "delad",
        "Renhållningen, handeln",
        "SV",
        "",
        "Avfallsmängderna är höga och matavfallet samlas ännu inte in separat.",
    ),
    Assessed(
        13,
        "stor",
        "oforandrad",
        "delad",
        "Länsstyrelsen, Trafikverket",
        "SV",
        "Landsbygdens invånare har få alternativ till bilen.",
        "Utsläppen per invånare minskar för långsamt för att nå de nationella målen, och "
        "transporterna står för den största delen. Kommunen saknar en klimatstrategi.",
    ),
    Assessed(
        14,
        "ej_bedomd",
        "okand",
        None,
        "",
        "",
        "",
        "Bedömdes inte: kommunen har ingen kust.",
    ),
    Assessed(
        15,
        "betydande",
        "oforandrad",
        "delad",
        "Länsstyrelsen, Skogsstyrelsen",
        "S",
        "",
        "Andelen skyddad natur är låg och naturvårdsprogrammet från 2008 behöver uppdateras.",
    ),
    Assessed(
        16,
        "vissa",
        "oforandrad",
        "egen",
        "Polisen",
        "DV",
        "Kvinnor känner sig mer otrygga än män i centralorten på kvällstid.",
        "Tryggheten är i nivå med riket. Valdeltagandet är högt utom i Södra Stationsområdet.",
    ),
    Assessed(
        17,
        "betydande",
        "okand",
        "egen",
        "Grannkommunerna",
        "D",
        "",
        "Agenda 2030 saknas i kommunens styrdokument och samverkan sker mest i enskilda frågor.",
        should_work_on=True,
    ),
)

EARLIER_TARGETS: tuple[Assessed, ...] = (
    Assessed(
        "4.1",
        "vissa",
        "oforandrad",
        "egen",
        "Gymnasieförbundet",
        "V",
        "",
        "Resultaten i grundskolan är stabila och nära riket.",
    ),
    Assessed(
        "7.2",
        "betydande",
        "oforandrad",
        "delad",
        "Exempelkommuns Energi AB",
        "S",
        "",
        "Oljan i fjärrvärmens spetslast behöver fasas ut.",
    ),
    Assessed(
        "12.5",
        "stor",
        "oforandrad",
        "delad",
        "Renhållningen",
        "S",
        "",
        "Ingen separat insamling av matavfall; återvinningsgraden är låg.",
    ),
    Assessed(
        "13.2",
        "stor",
        "okand",
        "egen",
        "",
        "SD",
        "",
        "Klimatfrågan saknas i översiktsplanen och i budgetprocessen.",
    ),
)
