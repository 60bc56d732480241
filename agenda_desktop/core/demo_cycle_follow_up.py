"""The demo's ordlista (step 4) and its yearly follow-ups of 2023–2026 (step 5).

2024's follow-up was published with the annual report and judged "mellan"; 2025's is
written, judged "hog" and not yet published.
"""

from __future__ import annotations

from datetime import date

from agenda_desktop.core.demo_cycle_types import FollowUpPlan

FOLLOW_UPS: tuple[FollowUpPlan, ...] = (
    FollowUpPlan(
        2024,
        "Utsläppen av växthusgaser fortsatte att minska och ligger i fas med målet för 2030, "
        "främst tack vare den förnybara fjärrvärmen och fler elbilar i kommunens "
        "fordonsflotta. Andelen heltidsarbetande ökade till 80 procent, men bland kvinnor går "
        "det långsammare. Behörigheten till gymnasiet ökade totalt men sjönk bland pojkar. "
        "Valdeltagandet i det distrikt som röstar minst och andelen gymnasieelever med examen "
        "inom fyra år går åt fel håll, och otryggheten har inte minskat. Framgångsfaktorer att "
        "sprida: tydliga ägare av varje åtgärd och samverkan med bolagen.",
        "Analysera pojkarnas resultat tillsammans med rektorerna och elevhälsan och följ upp "
        "närvaroteamet. Öka takten i avfallsarbetet: återvinningen ökar för långsamt för att "
        "nå hälften 2030. Sätt in demokratiambassadörer inför valet 2026. Från 2025 ska "
        "uppföljningen ingå i årsredovisningen i stället för i en separat rapport, och varje "
        "åtgärd ska ha en namngiven ansvarig.",
        "mellan",
        date(2025, 4, 22),
        (
            ("analys", True, "Nulägesanalysen antogs av kommunstyrelsen i mars 2024."),
            ("mal_mot_utmaningar", True, "Insatsområdena bygger på analysens största utmaningar."),
            (
                "matbara_indikatorer",
                False,
                "Tre målsättningar saknade målvärden när uppföljningen gjordes; de fastställdes "
                "i december 2024.",
            ),
            ("arsredovisning", False, "Uppföljningen gjordes i en separat rapport."),
            ("atgarder_kopplade", False, "Fyra åtgärder saknade en ansvarig person."),
            ("resultat_publiceras", True, "Rapporten publicerades på exempelkommun.se."),
        ),
        (
            (
                "O-klimat",
                "I fas med målet. Elbilarna i hemtjänsten och den fossilfria fjärrvärmen "
                "förklarar det mesta av minskningen.",
            ),
            (
                "O-heltid",
                "Totalt på väg, men kvinnornas heltidsandel ökar långsammare än männens. "
                "Följs upp per arbetsplats.",
            ),
            (
                "O-behorighet",
                "Flickornas behörighet ökade och pojkarnas sjönk till 92 procent. Analyseras "
                "med rektorerna under våren 2025.",
            ),
            (
                "O-demokrati",
                "Valdeltagandet i Södra Stationsområdet minskar. Fler deltar i dialogerna, "
                "men få unga och få med utländsk bakgrund.",
            ),
            ("O-avfall", "Avfallsmängden minskar, men återvinningen ökar för långsamt."),
        ),
    ),
    FollowUpPlan(
        2025,
        "Klimat, energi och heltid fortsätter att gå åt rätt håll, och återbruksparken har "
        "tagit emot över 60 ton möbler och byggmaterial sedan invigningen. Fibern når nu över "
        "nio av tio hushåll, men målet om alla hushåll 2026 nås inte eftersom den sista "
        "etappen väntar på markavtal. Gymnasieexamen inom fyra år och tryggheten står "
        "fortfarande still. Sex åtgärder i handlingsplanen är försenade, de flesta av skäl "
        "som kommunen inte själv råder över: handläggningstider hos elnätsbolaget, en "
        "överprövad upphandling och underlag från Länsstyrelsen.",
        "Lyft fiberns sista etapp och laddplatserna till ägardialogen med Exempelkommuns "
        "Energi AB. Ge trygghetsarbetet en samlad ledning tillsammans med polisen. Låt "
        "resultaten för gymnasiet styra budgetdialogen med gymnasieförbundet. Inför "
        "hållbarhetsbokslutet 2026: ta fram en ny nulägesanalys och jämför med 2023.",
        "hog",
        None,
        (
            ("analys", True, "Nulägesanalysen från 2024 är aktuell och uppdateras 2026."),
            ("mal_mot_utmaningar", True, ""),
            ("matbara_indikatorer", True, "Alla målsättningar har nyckeltal med målvärden."),
            ("arsredovisning", True, "Ingår i årsredovisningen 2025, avsnittet Hållbarhet."),
            ("atgarder_kopplade", True, "Alla åtgärder har ansvarig enhet och person."),
            (
                "resultat_publiceras",
                True,
                "Publiceras på exempelkommun.se när kommunfullmäktige har behandlat "
                "årsredovisningen.",
            ),
        ),
        (
            (
                "O-gymnasiet",
                "Inte på väg. Närvaroteamet har minskat frånvaron i grundskolan, men effekten "
                "syns inte ännu i gymnasiet.",
            ),
            (
                "O-trygghet",
                "Kvinnors otrygghet har minskat något, men de anmälda våldsbrotten ökar. "
                "Belysningen i Södra Stationsområdet är försenad.",
            ),
            (
                "O-bredband",
                "Målet för 2026 nås inte: den tredje etappen i de norra byarna väntar på "
                "markavtal.",
            ),
            (
                "O-natur",
                "Den skyddade arealen ökar långsamt. Vattendragens status har inte förbättrats; "
                "åtgärderna i Exempelån ger effekt först om några år.",
            ),
            (
                "O-etablering",
                "Fler nyanlända är i arbete eller studier, men takten räcker inte för 55 "
                "procent 2027. Språkutvecklande anställningar ger bäst resultat.",
            ),
        ),
    ),
)

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "Agenda 2030",
        "FN:s plan för hållbar utveckling i hela världen fram till år 2030. Den har 17 globala "
        "mål som alla länder, och även kommuner, ska arbeta för.",
    ),
    (
        "Globala målen",
        "De 17 målen i Agenda 2030, till exempel ingen fattigdom, god utbildning för alla och "
        "att bekämpa klimatförändringarna. Målen hänger ihop och är lika viktiga.",
    ),
    (
        "Delmål",
        "Varje globalt mål är uppdelat i mindre och mer konkreta mål, sammanlagt 169 stycken. "
        "Delmål 4.1 handlar till exempel om att alla ska gå ut grundskolan.",
    ),
    (
        "Nulägesanalys",
        "En beskrivning av hur det ser ut i kommunen i dag: vad som går bra, vad som är de "
        "största utmaningarna och vilka grupper som har det svårast.",
    ),
    (
        "Insatsområde",
        "Ett av de få områden som hållbarhetsprogrammet är indelat i, till exempel Klimat och "
        "miljö. Varje insatsområde har egna målsättningar.",
    ),
    (
        "Målsättning",
        "Det kommunen vill uppnå, ofta till ett visst år. Till exempel att nio av tio elever "
        "ska känna sig trygga i skolan 2030.",
    ),
    (
        "Indikator",
        "Ett mått som visar om vi närmar oss en målsättning, till exempel andelen elever som "
        "tar examen från gymnasiet.",
    ),
    (
        "Nyckeltal",
        "Ett tal som beskriver verksamheten och som kan jämföras mellan år och mellan "
        "kommuner. Kallas ibland KPI.",
    ),
    (
        "Kolada",
        "En öppen databas på internet med nyckeltal för alla kommuner och regioner i Sverige. "
        "Den drivs av RKA.",
    ),
    (
        "Kommungrupp",
        "SKR:s indelning av Sveriges kommuner i grupper som liknar varandra. Exempelkommun "
        "jämförs med andra landsbygdskommuner som inte ligger nära en större stad.",
    ),
    (
        "Rådighet",
        "Hur mycket kommunen själv kan bestämma över en fråga. När rådigheten är liten måste "
        "kommunen samarbeta med andra för att något ska hända.",
    ),
    (
        "Samverkan",
        "När kommunen arbetar tillsammans med andra, till exempel regionen, Länsstyrelsen, "
        "företag eller föreningar, för att nå ett gemensamt mål.",
    ),
    (
        "Synergi",
        "När arbetet för ett mål också hjälper ett annat mål. Snabbt bredband gör till exempel "
        "att fler kan arbeta hemifrån och köra mindre bil.",
    ),
    (
        "Målkonflikt",
        "När två mål drar åt olika håll. Nya bostäder behövs, men om de byggs på åkermark "
        "minskar möjligheten att odla mat.",
    ),
    (
        "Medborgardialog",
        "När kommunen frågar invånarna vad de tycker innan ett beslut fattas, till exempel på "
        "ett möte, i en enkät eller på nätet.",
    ),
    (
        "Remiss",
        "Ett förslag som skickas ut så att andra kan lämna synpunkter innan det beslutas. "
        "Synpunkterna ska lämnas senast ett visst datum.",
    ),
    (
        "Återkoppling",
        "Besked till den som lämnat en synpunkt om vad kommunen har gjort med den.",
    ),
    (
        "Handlingsplan",
        "En lista över vad kommunen ska göra för att nå målsättningarna: vem som ansvarar, när "
        "det ska vara klart och vad det kostar.",
    ),
    (
        "Hållbarhetsbokslut",
        "En uppföljning en gång per mandatperiod av hur kommunen har utvecklats mot de globala "
        "målen och de egna målsättningarna.",
    ),
)
