"""The demo's step 4 for 2023–2026: the dialogues and their comments (synpunkter).

The remiss of the revised programme is still open (deadline 2026-12-15): some of its
comments are answered, most are not yet.
"""

from __future__ import annotations

from datetime import date

from agenda_desktop.core.demo_cycle_types import ActivityPlan, CommentPlan

_PRIVATE = "Privatperson"

ACTIVITIES: tuple[ActivityPlan, ...] = (
    ActivityPlan(
        "medborgardialog",
        "Hur vill du att Exempelkommun ska vara 2030? Dialogturné i byarna",
        date(2023, 10, 7),
        "Alla invånare; särskilt boende i byarna och i Södra Stationsområdet",
        "Politiker och tjänstepersoner besökte torget i centralorten och bygdegårdarna i "
        "Norrby, Västerby, Åsen och Lilla Mo. Invånarna markerade på kartor och skrev lappar "
        "om vad som är bra, vad som saknas och vad som oroar dem.",
        (
            ("K", "16-24", 9),
            ("M", "16-24", 6),
            ("K", "25-44", 21),
            ("M", "25-44", 14),
            ("K", "45-64", 26),
            ("M", "45-64", 19),
            ("K", "65+", 18),
            ("M", "65+", 15),
            ("X", "okand", 4),
        ),
        (
            CommentPlan(
                date(2023, 10, 7),
                "Boende i Norrby",
                "Bussen till centralorten går bara tre gånger om dagen och inte alls på helger. "
                "Utan bil kommer man inte till jobbet eller vårdcentralen.",
                "besvarad",
                "Synpunkten är lämnad till Västtrafik inför tidtabellen 2025. Kommunen har "
                "också infört anropsstyrd trafik på helger från Norrby och Åsen.",
                date(2024, 3, 4),
                (11, 13),
                ("klimat",),
                ("O-klimat",),
            ),
            CommentPlan(
                date(2023, 10, 7),
                "Lantbrukare, Västra Ängen",
                "Bygg inte bostäder på den bästa åkermarken vid Västra Ängen. Förtäta i "
                "centralorten i stället.",
                "besvarad",
                "Målkonflikten mellan bostadsbyggande och jordbruksmark är nu beskriven i "
                "programmet, och planprogrammet för Västra Ängen prövar förtätning först.",
                date(2024, 5, 20),
                (2, 11, 15),
                ("tillvaxt",),
                ("O-bostader", "O-natur"),
            ),
            CommentPlan(
                date(2023, 10, 7),
                "Boende i Södra Stationsområdet",
                "Gångvägen från stationen är mörk och känns otrygg på kvällen, särskilt för "
                "kvinnor och äldre.",
                "avslutad",
                "Trygghetsvandringar har genomförts och ny belysning ingår i handlingsplanen "
                "(åtgärden är försenad, se handlingsplanen).",
                date(2024, 6, 24),
                (5, 16),
                ("inkluderande",),
                ("O-trygghet",),
            ),
        ),
    ),
    ActivityPlan(
        "ungdomsrad",
        "Ungdomsrådet granskar förslaget till hållbarhetsprogram",
        date(2024, 2, 13),
        "Ungdomsrådets ledamöter, 13–19 år, från alla skolor i kommunen",
        "Ungdomsrådet läste förslaget i smågrupper och gav sina synpunkter till "
        "kommunstyrelsens ordförande. Anteckningarna finns i ungdomsrådets protokoll.",
        (
            ("K", "0-15", 4),
            ("M", "0-15", 3),
            ("K", "16-24", 5),
            ("M", "16-24", 3),
            ("X", "16-24", 1),
        ),
        (
            CommentPlan(
                date(2024, 2, 13),
                "Ungdomsrådet",
                "Programmet har för många svåra ord, som rådighet, målkonflikt, indikator och "
                "insatsområde. Skriv så att alla förstår.",
                "avslutad",
                "Texterna är omskrivna i klarspråk och granskade av två ledamöter i "
                "ungdomsrådet innan programmet antogs.",
                date(2024, 5, 28),
                (16,),
                ("barnochunga",),
                (),
            ),
            CommentPlan(
                date(2024, 2, 13),
                "Ungdomsrådet",
                "Gör en ordlista som förklarar de svåra orden, både i den tryckta versionen "
                "och på webben.",
                "avslutad",
                "En ordlista med de viktigaste orden finns nu sist i programmet och på "
                "kommunens webbplats.",
                date(2024, 5, 28),
                (16,),
                (),
                (),
            ),
            CommentPlan(
                date(2024, 2, 13),
                "Ungdomsrådet",
                "Programmet borde finnas på engelska, så att elever som är nya i Sverige och "
                "deras föräldrar också kan läsa det.",
                "behandlas",
                "",
                None,
                (10, 16),
                ("barnochunga",),
                ("O-demokrati",),
            ),
            CommentPlan(
                date(2024, 2, 13),
                "Ungdomsrådet",
                "Det behövs fler ställen att vara på kvällar och helger, särskilt i byarna där "
                "fritidsgården har stängt.",
                "besvarad",
                "Öppna hallar på fredagar i Norrby och Västerby ingår i åtgärden Rörelse i "
                "hela livet.",
                date(2024, 9, 2),
                (3, 10),
                ("barnochunga",),
                ("O-halsa",),
            ),
        ),
    ),
    ActivityPlan(
        "workshop",
        "Workshop med företag och föreningar: hållbar tillväxt i Exempelkommun",
        date(2024, 4, 17),
        "Företagare, föreningar, byalag och LRF",
        "Halvdagsworkshop i kommunhuset om insatsområdet Hållbar tillväxt och arbete, med "
        "gruppdiskussioner om kompetensförsörjning, bredband och mark för etableringar.",
        (
            ("K", "25-44", 6),
            ("M", "25-44", 8),
            ("K", "45-64", 7),
            ("M", "45-64", 11),
            ("M", "65+", 3),
        ),
        (
            CommentPlan(
                date(2024, 4, 17),
                "Företagarna Exempelkommun",
                "Besked om bygglov och miljötillstånd tar för lång tid. Inför en väg in för "
                "företagen.",
                "besvarad",
                "En företagslots med en kontaktperson genom hela ärendet infördes i april 2025.",
                date(2025, 4, 15),
                (8, 9),
                ("tillvaxt",),
                ("O-foretag",),
            ),
            CommentPlan(
                date(2024, 4, 17),
                "Byalaget i Lilla Mo",
                "Utan fiber kan vi inte driva företag eller arbeta hemifrån. Vi kan själva "
                "gräva om kommunen hjälper till med ansökan om stöd.",
                "besvarad",
                "Byalaget ingår i den tredje etappen av fiberutbyggnaden; Exempelkommuns "
                "Energi AB har hjälpt till med ansökan.",
                date(2024, 8, 30),
                (9,),
                ("tillvaxt",),
                ("O-bredband",),
            ),
            CommentPlan(
                date(2024, 4, 17),
                "LRF Exempelkommun",
                "Nya verksamhetsområden vid väg 44 får inte ta jordbruksmark. Kommunen bör "
                "peka ut mark som redan är exploaterad.",
                "behandlas",
                "",
                None,
                (2, 15),
                ("tillvaxt", "klimat"),
                ("O-natur",),
            ),
        ),
    ),
    ActivityPlan(
        "enkat",
        "Invånarenkät om trygghet och hållbarhet 2025",
        date(2025, 3, 10),
        "Invånare 16–84 år, slumpmässigt urval om 2 000 personer",
        "Enkäten besvarades av 812 personer (41 procent). De fria svaren är sammanfattade "
        "som synpunkter nedan; hela rapporten finns i diariet.",
        (
            ("K", "16-24", 31),
            ("M", "16-24", 22),
            ("K", "25-44", 118),
            ("M", "25-44", 96),
            ("K", "45-64", 161),
            ("M", "45-64", 139),
            ("K", "65+", 128),
            ("M", "65+", 109),
            ("X", "okand", 8),
        ),
        (
            CommentPlan(
                date(2025, 4, 2),
                "Sammanfattning av fria svar",
                "Många kvinnor undviker busshållplatsen vid stationen och gångtunneln under "
                "väg 44 efter mörkrets inbrott.",
                "besvarad",
                "Gångtunneln har fått ny belysning och kameraövervakning av hållplatsen utreds "
                "tillsammans med polisen.",
                date(2025, 9, 15),
                (5, 11, 16),
                ("inkluderande",),
                ("O-trygghet",),
            ),
            CommentPlan(
                date(2025, 4, 2),
                "Sammanfattning av fria svar",
                "Det behövs fler laddplatser för elbil i byarna, annars är elbil inget "
                "alternativ på landsbygden.",
                "behandlas",
                "",
                None,
                (7, 11, 13),
                ("klimat",),
                ("O-klimat",),
            ),
        ),
    ),
    ActivityPlan(
        "remiss",
        "Remiss: Förslag till reviderat hållbarhetsprogram Hållbara Exempelkommun 2030",
        date(2026, 10, 15),
        "Nämnder, kommunala bolag, myndigheter, organisationer, föreningar och invånare",
        "Förslaget till reviderat program med uppdaterade målsättningar och målvärden skickas "
        "på remiss. Synpunkter lämnas senast den 15 december 2026 till "
        "kommunstyrelsen, diarienummer KS 2026/412.",
        (("K", "25-44", 2), ("M", "45-64", 1), ("K", "65+", 1), ("X", "okand", 6)),
        (
            CommentPlan(
                date(2026, 10, 28),
                "Region Västra Götaland, folkhälsoenheten",
                "Målsättningen om goda levnadsvanor bör kompletteras med ett mått på fysisk "
                "aktivitet bland barn och unga, inte bara fetma bland vuxna.",
                "besvarad",
                "Förslaget tas med: ett nyckeltal om fysisk aktivitet från elevhälsans "
                "hälsosamtal läggs till i det slutliga programmet.",
                date(2026, 11, 10),
                (3,),
                ("inkluderande",),
                ("O-halsa",),
            ),
            CommentPlan(
                date(2026, 11, 4),
                "Länsstyrelsen i Västra Götalands län",
                "Målåret 2035 för vattendragens ekologiska status är senare än "
                "miljökvalitetsnormerna, som ska följas senast 2027. Kommunen bör visa hur "
                "den bidrar till att normerna nås.",
                "behandlas",
                "",
                None,
                (6, 15),
                ("klimat",),
                ("O-natur",),
            ),
            CommentPlan(
                date(2026, 11, 12),
                "Trafikverket, region Väst",
                "Trafikverket ser positivt på målsättningen om minskade utsläpp och föreslår "
                "att kommunen lyfter behovet av pendlarparkeringar i den regionala "
                "transportplanen.",
                "ny",
                "",
                None,
                (11, 13),
                ("klimat",),
                ("O-klimat",),
            ),
            CommentPlan(
                date(2026, 11, 14),
                "Naturskyddsföreningen Exempelkommun",
                "Programmet bör slå fast att brukningsvärd jordbruksmark inte ska bebyggas. "
                "Målkonflikten med bostadsbyggandet är beskriven men inte avgjord.",
                "ny",
                "",
                None,
                (2, 11, 15),
                ("klimat", "tillvaxt"),
                ("O-bostader", "O-natur"),
            ),
            CommentPlan(
                date(2026, 11, 3),
                "Företagarna Exempelkommun",
                "Målsättningen om företagsklimatet har målår 2026 och saknar mål för resten "
                "av programperioden.",
                "besvarad",
                "Målåret förlängs till 2030 i det reviderade programmet, med ett nytt målvärde "
                "som tas fram tillsammans med Företagarna.",
                date(2026, 11, 18),
                (8,),
                ("tillvaxt",),
                ("O-foretag",),
            ),
            CommentPlan(
                date(2026, 11, 16),
                "Ungdomsrådet",
                "Tack för ordlistan! Men den engelska versionen som vi bad om 2024 finns "
                "fortfarande inte.",
                "ny",
                "",
                None,
                (10, 16),
                ("barnochunga",),
                ("O-demokrati",),
            ),
            CommentPlan(
                date(2026, 10, 30),
                f"{_PRIVATE}, Norrby",
                "Bra att fibern kommer, men glöm inte att mobiltäckningen i Norrby är dålig. "
                "Det är en trygghetsfråga för äldre som bor ensamma.",
                "besvarad",
                "Kommunen har anmält de dåliga områdena till Post- och telestyrelsen och tar "
                "upp frågan i det regionala bredbandsrådet.",
                date(2026, 11, 16),
                (9, 16),
                ("tillvaxt",),
                ("O-bredband",),
            ),
            CommentPlan(
                date(2026, 11, 19),
                "Exempelbostäder AB",
                "Bolaget kan bygga omkring 120 av de 400 bostäderna till 2030, förutsatt att "
                "detaljplanerna för Västra Ängen och Stationsområdet antas senast 2027.",
                "behandlas",
                "",
                None,
                (11,),
                ("tillvaxt",),
                ("O-bostader",),
            ),
            CommentPlan(
                date(2026, 11, 20),
                "Kommunal, sektion Exempelkommun",
                "Heltid som norm får inte leda till fler delade turer. Följ upp arbetsmiljön "
                "för dem som gått upp till heltid.",
                "ny",
                "",
                None,
                (5, 8),
                ("tillvaxt",),
                ("O-heltid",),
            ),
        ),
        deadline=date(2026, 12, 15),
    ),
)
