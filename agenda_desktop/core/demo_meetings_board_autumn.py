"""Kommunstyrelsen's meetings in the autumn of 2026 and the coming ones.

September and October are adjusted; November is held and numbered but not yet adjusted;
two meetings in December and the first of 2027 are kommande möten.
"""

from __future__ import annotations

from datetime import date, time

from agenda_desktop.core.demo_meetings_board_spring import (
    ADJUSTED_AT,
    DIRECTOR,
    GROUP_MEETINGS,
    HALLBERG,
    LINDQVIST,
    ROOM,
    SANDEN,
    STROM,
)
from agenda_desktop.core.demo_meetings_types import ItemPlan, MeetingPlan, OtherPlan

SEPTEMBER = MeetingPlan(
    date(2026, 9, 15),
    time(9, 0),
    time(11, 50),
    ROOM,
    (
        ItemPlan(
            "Svar på medborgarförslag om laddstolpar i Stationsområdet",
            "Tekniska nämnden har berett förslaget. Sex publika laddplatser byggs vid "
            "pendelparkeringen under 2027 inom åtgärden om laddplatser i handlingsplanen; "
            "Stationsgatan är för smal för laddplatser på gatumark.",
            (
                "att föreslå kommunfullmäktige att bifalla medborgarförslaget i den del som "
                "gäller pendelparkeringen,",
                "att i övrigt anse medborgarförslaget besvarat.",
            ),
            diarienummer="KS 2026/37",
            rapporteur=HALLBERG,
            goals=(7, 11),
        ),
        ItemPlan(
            "Lägesrapport: fossilfria fordon i kommunkoncernen",
            "Av kommunkoncernens 164 fordon drivs 71 procent med el eller biogas. Målet om en "
            "helt fossilfri fordonsflotta 2030 nås om takten håller, men arbetsmaskinerna "
            "saknar ännu alternativ.",
            kind="information",
            diarienummer="KS 2025/201",
            rapporteur=LINDQVIST,
            objectives=("O-klimat",),
        ),
        ItemPlan(
            "Planprogram för Västra Ängen, godkännande för samråd",
            "Planprogrammet visar hur Västra Ängen kan bebyggas med cirka 300 bostäder, en "
            "förskola och gång- och cykelväg till centrum, med dagvattnet omhändertaget i "
            "öppna lösningar.",
            ("att godkänna planprogrammet för samråd.",),
            diarienummer="KS 2025/240",
            rapporteur="Jonas Wikström, planchef",
            reservations="Göran Sundqvist (SD) reserverar sig mot beslutet.",
            objectives=("O-bostader",),
        ),
        ItemPlan(
            "Information: Resultat från medborgardialogen i Södra Stationsområdet",
            "Dialogen samlade 212 synpunkter, de flesta om trygghet, belysning och mötesplatser "
            "för unga. Synpunkterna och kommunens återkoppling finns i dialogregistret.",
            kind="information",
            diarienummer="KS 2026/22",
            rapporteur="Linnea Forsberg, demokratiutvecklare",
        ),
    ),
    adjusters=("dahl", "engstrom"),
    adjustment_date=date(2026, 9, 22),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("holmqvist", "hedlund"), ("lindahl", "blom"), ("ek", "")),
    others=(
        DIRECTOR,
        OtherPlan("lindqvist", "hållbarhetsstrateg", (5, 5)),
        OtherPlan("forsberg", "demokratiutvecklare", (7, 7)),
    ),
    notes=GROUP_MEETINGS,
)

OCTOBER = MeetingPlan(
    date(2026, 10, 13),
    time(9, 0),
    time(12, 40),
    ROOM,
    (
        ItemPlan(
            "Delårsrapport per augusti 2026",
            "Kommunen prognostiserar ett resultat på 12,8 miljoner kronor för helåret. "
            "Balanskravet beräknas uppfyllas. Socialnämndens underskott har minskat till 2,1 "
            "miljoner kronor.",
            ("att föreslå kommunfullmäktige att godkänna delårsrapporten per augusti 2026.",),
            diarienummer="KS 2026/112",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Uppföljning av handlingsplanen för Agenda 2030, delår 2",
            "Av handlingsplanens 24 åtgärder är 5 avslutade, 15 pågår enligt plan, 3 är "
            "försenade och 1 har inte startat. Försenade är bland annat klimatanpassningen av "
            "dagvattnet och fiberutbyggnaden till de sista hushållen.",
            (
                "att godkänna uppföljningen av handlingsplanen för Agenda 2030, delår 2,",
                "att ge kommundirektören i uppdrag att redovisa en plan för de försenade "
                "åtgärderna i samband med det reviderade programmet.",
            ),
            diarienummer="KS 2026/115",
            rapporteur=LINDQVIST,
            goals=(13,),
            objectives=("O-klimat", "O-bredband"),
        ),
        ItemPlan(
            "Remissvar: Regional handlingsplan för klimatanpassning",
            "Länsstyrelsen har remitterat ett förslag till regional handlingsplan för "
            "klimatanpassning. Kommunen ställer sig bakom förslaget men efterfrågar stöd för "
            "skyfallskartering i mindre tätorter.",
            ("att anta förslaget till yttrande och översända det till Länsstyrelsen.",),
            diarienummer="KS 2026/98",
            rapporteur=LINDQVIST,
            goals=(13, 11),
        ),
        ItemPlan(
            "Motion från Göran Sundqvist (SD) om att avveckla kommunens arbete med Agenda 2030",
            "Motionären anser att arbetet med Agenda 2030 tar resurser från kärnverksamheten. "
            "Kommunledningskontoret konstaterar att hållbarhetsprogrammet är integrerat i "
            "kommunens ordinarie styrning och inte har någon egen budget utöver en tjänst.",
            ("att föreslå kommunfullmäktige att avslå motionen.",),
            diarienummer="KS 2026/61",
            reservations="Göran Sundqvist (SD) reserverar sig mot beslutet till förmån för "
            "eget yrkande om bifall till motionen.",
        ),
        ItemPlan(
            "Sammanträdesplan för kommunstyrelsen 2027",
            "Förslag till sammanträdesdagar för 2027, samordnade med kommunfullmäktiges "
            "sammanträden.",
            ("att fastställa sammanträdesplanen för 2027 enligt bilaga.",),
            diarienummer="KS 2026/120",
            rapporteur=STROM,
        ),
    ),
    adjusters=("alkhatib", "oberg"),
    adjustment_date=date(2026, 10, 20),
    adjustment_place=ADJUSTED_AT,
    adjusted=True,
    away=(("lund", "nordin"), ("alkhatib", "hedlund")),
    others=(
        DIRECTOR,
        OtherPlan("sanden", "ekonomichef", (4, 4)),
        OtherPlan("lindqvist", "hållbarhetsstrateg", (5, 6)),
    ),
    notes=GROUP_MEETINGS,
)

NOVEMBER = MeetingPlan(
    date(2026, 11, 17),
    time(9, 0),
    time(12, 15),
    ROOM,
    (
        ItemPlan(
            "Revidering av hållbarhetsprogrammet Hållbara Exempelkommun 2030",
            "Förslaget behåller programmets tre insatsområden. Målsättningen om "
            "företagsklimatet får målår 2030 och ett nytt målvärde, texterna är omskrivna i "
            "klarspråk och ordlistan är utökad. Förslaget har tagits fram i dialog med "
            "ungdomsrådet, Företagarna och invånarna i byarna.",
            (
                "att föreslå kommunfullmäktige att anta det reviderade hållbarhetsprogrammet "
                "Hållbara Exempelkommun 2030,",
                "att handlingsplanen för Agenda 2030 revideras senast i mars 2027.",
            ),
            diarienummer="KS 2026/13",
            rapporteur=LINDQVIST,
            reservations="Göran Sundqvist (SD) reserverar sig mot beslutet.",
            protocol_note="Elin Rask (V) och Linda Ek (MP) lämnar en protokollsanteckning: "
            "Programmet borde finnas på engelska och på lätt svenska innan det antas.",
            goals=(8,),
            objectives=("O-foretag",),
        ),
        ItemPlan(
            "Ungdomsrådets önskemål om en engelsk version av hållbarhetsprogrammet",
            "Ungdomsrådet har sedan 2024 önskat en engelsk version av programmet, så att "
            "elever som är nya i Sverige och deras föräldrar kan läsa det. Kostnaden för "
            "översättning och granskning beräknas till 45 000 kronor.",
            (
                "att ge kommundirektören i uppdrag att låta översätta det reviderade "
                "programmet till engelska när det har antagits,",
                "att kostnaden ryms inom kommunstyrelsens budget.",
            ),
            diarienummer="KS 2026/131",
            rapporteur="Nadia Karimi, ungdomssamordnare",
            goals=(10, 16),
            objectives=("O-demokrati",),
        ),
        ItemPlan(
            "Taxor och avgifter 2027",
            "Taxorna räknas upp med prisindex för kommunal verksamhet, 2,9 procent. "
            "Avfallstaxan ändras så att den gynnar sortering av matavfall.",
            ("att föreslå kommunfullmäktige att fastställa taxor och avgifter för 2027.",),
            diarienummer="KS 2026/125",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Information: Upplägg för hållbarhetsbokslutet 2023–2026",
            "Bokslutet för mandatperioden tas fram under våren 2027 och redovisar utfallen "
            "för programmets indikatorer, åtgärdernas status och vad som behöver ändras inför "
            "nästa nulägesanalys.",
            kind="information",
            diarienummer="KS 2026/133",
            rapporteur=LINDQVIST,
        ),
    ),
    adjusters=("holmqvist", "wallgren"),
    adjustment_date=date(2026, 11, 24),
    adjustment_place=ADJUSTED_AT,
    away=(("rask", "ek"),),
    others=(
        DIRECTOR,
        OtherPlan("lindqvist", "hållbarhetsstrateg", (4, 5)),
        OtherPlan("karimi", "ungdomssamordnare", (5, 5)),
    ),
    notes=GROUP_MEETINGS,
)

DECEMBER = MeetingPlan(
    date(2026, 12, 8),
    time(9, 0),
    None,
    ROOM,
    (
        ItemPlan(
            "Nämndernas verksamhetsplaner 2027 och hållbarhetsprogrammets prioriteringar",
            "Nämnderna redovisar hur de tar in programmets målsättningar i sina "
            "verksamhetsplaner för 2027.",
            kind="information",
            diarienummer="KS 2026/140",
            rapporteur=HALLBERG,
        ),
        ItemPlan(
            "Internkontroll 2026, uppföljning",
            "Uppföljning av internkontrollplanen för 2026.",
            diarienummer="KS 2026/9",
            rapporteur=SANDEN,
        ),
        ItemPlan(
            "Redovisning av ej verkställda medborgarförslag och motioner",
            "Den halvårsvisa redovisningen till kommunfullmäktige.",
            diarienummer="KS 2026/4",
            rapporteur=STROM,
        ),
    ),
    held=False,
    notes="Julbord för ledamöter och ersättare efter sammanträdet. " + GROUP_MEETINGS,
)

DECEMBER_EXTRA = MeetingPlan(
    date(2026, 12, 15),
    time(13, 0),
    None,
    "Digitalt via Teams",
    (
        ItemPlan(
            "Avsiktsförklaring om samordningsförbund för Exempellän, fortsatt arbete",
            "Beredningsgruppens förslag om att bilda ett samordningsförbund tillsammans med "
            "Region Exempellän, Försäkringskassan och Arbetsförmedlingen.",
            diarienummer="KS 2026/66",
            rapporteur=HALLBERG,
        ),
    ),
    held=False,
    notes="Extra sammanträde. Länk till mötet skickas med kallelsen.",
)

JANUARY = MeetingPlan(
    date(2027, 1, 26),
    time(9, 0),
    None,
    ROOM,
    (),
    held=False,
    notes="Första sammanträdet under mandatperioden 2027–2030. Introduktion för nya "
    "ledamöter och ersättare kl. 13.00.",
)

AUTUMN: tuple[MeetingPlan, ...] = (SEPTEMBER, OCTOBER, NOVEMBER)
COMING: tuple[MeetingPlan, ...] = (DECEMBER, DECEMBER_EXTRA, JANUARY)
