"""The demo's nulägesanalys for "Mandatperioden 2023–2026": all 17 goals and six targets.

Invented content in the words Exempelkommun's officers would use; read by
:mod:`agenda_desktop.core.demo_cycle`.
"""

from __future__ import annotations

from datetime import datetime

from agenda_desktop.core.demo_cycle_types import Assessed

CURRENT_ANALYSED_AT = datetime(2024, 2, 28, 14, 5)

CURRENT_GOALS: tuple[Assessed, ...] = (
    Assessed(
        1,
        "vissa",
        "forbattras",
        "delad",
        "Region Västra Götaland, Försäkringskassan, Arbetsförmedlingen, Svenska kyrkan",
        "VA",
        "Ensamstående föräldrar, oftast kvinnor, och äldre kvinnor med låg pension har lägst "
        "marginaler. Barnfattigdomen är högre i tätorten än på landsbygden.",
        "Andelen vuxna med långvarigt ekonomiskt bistånd har minskat sedan 2019 och ligger "
        "under riket. Kostnadsökningarna för mat och el 2022–2023 har ändå gjort att fler "
        "hushåll söker akut stöd, vilket budget- och skuldrådgivningen bekräftar.",
    ),
    Assessed(
        2,
        "vissa",
        "forbattras",
        "samverkan",
        "LRF, Länsstyrelsen i Västra Götalands län, lokala livsmedelsproducenter",
        "S",
        "",
        "Andelen ekologiskt brukad åkermark ökar och ligger över riket. Kommunen har liten "
        "egen rådighet över jordbruket men kan påverka genom upphandling av livsmedel och "
        "genom att skydda jordbruksmark i den fysiska planeringen.",
    ),
    Assessed(
        3,
        "betydande",
        "forsamras",
        "delad",
        "Region Västra Götaland (primärvård och folkhälsa), föreningslivet, Folkhälsomyndigheten",
        "VSA",
        "Fetma är vanligare bland män och bland invånare med kortare utbildning. Fallskadorna "
        "bland äldre ökar mest i de glesa delarna av kommunen, där hemtjänsten har långa "
        "körvägar.",
        "Andelen invånare med fetma har ökat stadigt sedan 2015 och fallskadorna bland "
        "personer över 65 år ligger kvar på en hög nivå. Medellivslängden för män har inte "
        "ökat på fem år. Folkhälsorådet pekar på rörelse, matvanor och ensamhet som de "
        "viktigaste frågorna.",
    ),
    Assessed(
        4,
        "betydande",
        "oforandrad",
        "egen",
        "Gymnasieförbundet, Region Västra Götaland (ungdomsmottagning), studieförbunden",
        "VA",
        "Pojkarnas behörighet till gymnasiet sjönk 2024 medan flickornas ökade. Elever med "
        "utländsk bakgrund och elever i skolorna på landsbygden har lägre måluppfyllelse.",
        "Behörigheten till gymnasiet är hög men skillnaden mellan flickor och pojkar har "
        "vuxit. Bara sju av tio gymnasieelever tar examen inom fyra år, och andelen har inte "
        "ökat sedan 2020. Den lokala elevenkäten visar att tryggheten i skolan är god men "
        "sjönk tillfälligt 2023.",
    ),
    Assessed(
        5,
        "vissa",
        "forbattras",
        "egen",
        "Fackliga organisationer, Kvinnojouren i Exempelkommun",
        "DA",
        "Kvinnor i vård och omsorg arbetar oftare deltid än män i tekniska yrken. Män tar "
        "fortfarande ut mindre än en tredjedel av föräldrapenningdagarna.",
        "Heltidsarbetet i kommunen har ökat kraftigt tack vare arbetet med heltid som norm, "
        "men skillnaden mellan kvinnor och män kvarstår. Lönegapet bland kommunens anställda "
        "är nästan utjämnat. Mäns våld mot kvinnor behöver följas upp med fler källor än "
        "nyckeltalen.",
    ),
    Assessed(
        6,
        "betydande",
        "oforandrad",
        "samverkan",
        "Länsstyrelsen, Vattenmyndigheten, vattenrådet för Exempelån, LRF, Exempel Vatten & "
        "Avfall AB",
        "S",
        "Enskilda avlopp finns främst på landsbygden, där många hushåll är äldre och har små "
        "marginaler för att åtgärda sina anläggningar.",
        "Bara en tredjedel av sjöarna och en sjättedel av vattendragen har god ekologisk "
        "status, och ingen förbättring syns. Övergödning från jordbruk och enskilda avlopp är "
        "huvudorsaken. Målet har inte ingått i kommunens prioriteringar men borde göra det.",
        should_work_on=True,
    ),
    Assessed(
        7,
        "vissa",
        "forbattras",
        "delad",
        "Exempelkommuns Energi AB, Energimyndigheten, Energikontoret Väst",
        "SA",
        "Hushåll på landsbygden värmer oftare med direktverkande el och drabbas hårdast av "
        "höga elpriser.",
        "Energianvändningen per invånare minskar och fjärrvärmen i tätorten är helt förnybar "
        "sedan 2021. Solcellsparken vid Norrby och energieffektiviseringen i kommunens "
        "lokaler har gett resultat, men elavbrotten på landsbygden har inte blivit kortare.",
    ),
    Assessed(
        8,
        "vissa",
        "oforandrad",
        "samverkan",
        "Arbetsförmedlingen, Företagarna, Nyföretagarcentrum, Region Västra Götaland",
        "SA",
        "Unga män utan gymnasieexamen och utrikes födda kvinnor har svårast att etablera sig "
        "på arbetsmarknaden.",
        "Arbetslösheten är lägre än i länet, men kompetensbristen i vård, skola och industri "
        "växer. Kommunen är den största arbetsgivaren och kan själv göra mer för att ta emot "
        "praktikanter och skapa språkutvecklande anställningar.",
    ),
    Assessed(
        9,
        "vissa",
        "forbattras",
        "delad",
        "Trafikverket, Post- och telestyrelsen, Exempelkommuns Energi AB (stadsnät)",
        "S",
        "Tillgången till snabbt bredband är sämst i de norra byarna.",
        "Utbyggnaden av fiber har gått snabbt: nio av tio invånare har nu tillgång till "
        "minst 100 Mbit/s. Företagsklimatet bedöms som bättre än för fem år sedan. De "
        "enskilda vägarna och broarna på landsbygden har ett stort underhållsbehov.",
    ),
    Assessed(
        10,
        "betydande",
        "forsamras",
        "delad",
        "Arbetsförmedlingen, Migrationsverket, studieförbunden, idrottsföreningarna",
        "DVA",
        "Inkomstskillnaderna ökar mellan tätorten och landsbygden och mellan inrikes och "
        "utrikes födda. Kvinnor som kommit som anhöriga deltar minst i etableringen.",
        "Inkomstskillnaderna har ökat sedan 2015 och fler invånare säger att de "
        "saknar tillit till andra. Fler nyanlända går till arbete eller studier efter "
        "etableringen, men takten är för låg. Målet är centralt för principen att ingen ska "
        "lämnas utanför.",
    ),
    Assessed(
        11,
        "betydande",
        "oforandrad",
        "delad",
        "Trafikverket, Västtrafik, Exempelbostäder AB, Länsstyrelsen",
        "SD",
        "Unga vuxna och äldre utan bil har svårt att ta sig till arbete och service från "
        "byarna. Trångboddheten är störst i hyresrätterna i centralorten.",
        "Bostadsbristen hindrar inflyttning och försvårar för unga att flytta hemifrån. "
        "Kollektivtrafiken når de flesta i tätorterna men turtätheten på landsbygden är "
        "låg. Utsläppen av kväveoxider och partiklar har minskat tydligt.",
    ),
    Assessed(
        12,
        "betydande",
        "forbattras",
        "delad",
        "Exempel Vatten & Avfall AB, Avfall Sverige, handeln, Återbruket (ideell förening)",
        "SV",
        "",
        "Avfallsmängden per invånare minskar långsamt och materialåtervinningen ökar, men "
        "båda ligger sämre än riket. Matsvinnet i skolan har halverats på två år. Kommunens "
        "egen upphandling styr ännu för lite mot cirkulära lösningar.",
        should_work_on=True,
    ),
    Assessed(
        13,
        "betydande",
        "forbattras",
        "delad",
        "Länsstyrelsen (Klimat 2030 – Västra Götaland ställer om), Trafikverket, näringslivet, "
        "Exempelkommuns Energi AB",
        "SVA",
        "Invånare på landsbygden är beroende av bil och påverkas mest av högre drivmedels"
        "priser; klimatåtgärder måste utformas så att de inte slår hårdast mot dem.",
        "Utsläppen av växthusgaser per invånare har minskat med en fjärdedel sedan 2015, "
        "främst inom uppvärmning och arbetsmaskiner. Transporterna står för mer än hälften "
        "av utsläppen. Kommunens egen fordonsflotta är till hälften fossilfri.",
    ),
    Assessed(
        14,
        "vissa",
        "oforandrad",
        "samverkan",
        "Vattenmyndigheten, Havs- och vattenmyndigheten, vattenrådet för Exempelån",
        "S",
        "",
        "Kommunen har ingen kust men Exempelån mynnar i Vänern och bär med sig näringsämnen "
        "och mikroplast. Kommunens påverkan sker genom dagvatten, avlopp och jordbruk.",
    ),
    Assessed(
        15,
        "betydande",
        "forbattras",
        "delad",
        "Länsstyrelsen, Skogsstyrelsen, markägare, Naturskyddsföreningen, jägareförbundet",
        "S",
        "",
        "Andelen skyddad natur ökar, men bara långsamt, och tio procent är långt borta. "
        "Ängs- och betesmarker växer igen när djurhållningen minskar, och flera rödlistade "
        "arter har tappat livsmiljöer. "
        "Ny bebyggelse och nya vägar tar mark i anspråk.",
    ),
    Assessed(
        16,
        "betydande",
        "forsamras",
        "egen",
        "Polisen, Brottsförebyggande rådet, Region Västra Götaland, föreningslivet",
        "DVA",
        "Kvinnor avstår betydligt oftare än män från att gå ut ensamma. Valdeltagandet är "
        "lägst i Södra Stationsområdet, där många är unga eller nya i Sverige.",
        "Otryggheten ökar och de anmälda våldsbrotten ligger högre än för fem år sedan. "
        "Valdeltagandet i det distrikt som röstar minst har inte ökat. Fler deltar i "
        "kommunens dialoger, men de som deltar är oftast äldre och redan engagerade.",
    ),
    Assessed(
        17,
        "vissa",
        "forbattras",
        "egen",
        "SKR (nätverket Styra med Agenda 2030), Glokala Sverige, grannkommunerna, Region "
        "Västra Götaland",
        "D",
        "",
        "Kommunen deltar i SKR:s utvecklingsnätverk och i Glokala Sverige, och "
        "samverkan med grannkommunerna har fördjupats inom räddningstjänst, IT och "
        "avfall. Ekonomin är stabil men resultatet som andel av skatteintäkterna har "
        "sjunkit sedan 2015.",
    ),
)

CURRENT_TARGETS: tuple[Assessed, ...] = (
    Assessed(
        "4.1",
        "betydande",
        "oforandrad",
        "egen",
        "Gymnasieförbundet",
        "V",
        "Pojkar och elever i landsbygdsskolorna når målen i lägre grad.",
        "Nästan alla elever blir behöriga till gymnasiet, men genomströmningen i gymnasiet "
        "har stått still i fem år.",
    ),
    Assessed(
        "6.3",
        "stor",
        "oforandrad",
        "samverkan",
        "Exempel Vatten & Avfall AB, vattenrådet för Exempelån, LRF",
        "S",
        "",
        "Omkring 1 400 enskilda avlopp saknar godkänd rening. Reningsverket i Norrby är nära "
        "sin kapacitetsgräns vid kraftig nederbörd.",
    ),
    Assessed(
        "7.2",
        "vissa",
        "forbattras",
        "delad",
        "Exempelkommuns Energi AB",
        "S",
        "",
        "Fjärrvärmen är förnybar och två nya solcellsparker är i drift; vindkraften har "
        "däremot mött lokalt motstånd.",
    ),
    Assessed(
        "11.2",
        "betydande",
        "oforandrad",
        "samverkan",
        "Västtrafik, Trafikverket",
        "S",
        "Invånare utan körkort, oftast unga och äldre kvinnor, är mest beroende av "
        "anropsstyrd trafik.",
        "Nästan nio av tio bor kollektivtrafiknära, men i praktiken går bussarna i byarna "
        "för sällan för att ersätta bilen.",
    ),
    Assessed(
        "12.5",
        "betydande",
        "forbattras",
        "delad",
        "Exempel Vatten & Avfall AB",
        "SV",
        "",
        "Matavfallsinsamlingen infördes 2022 och materialåtervinningen ökar, men mängden "
        "hushållsavfall per invånare är fortfarande över riket.",
    ),
    Assessed(
        "13.2",
        "vissa",
        "forbattras",
        "egen",
        "",
        "SD",
        "",
        "Klimatfrågan finns nu med i översiktsplanen, budgeten och verksamhetsplanerna, "
        "och klimatpåverkan bedöms i större beslutsärenden sedan 2024.",
    ),
)
