"""The youth council's notes and the steering group's protocols of 2026.

Ungdomsrådet keeps notes (anteckningar): each item has its outcome. Styrgruppen för
Agenda 2030 numbers its paragraphs from 1 each year.
"""

from __future__ import annotations

from datetime import date, time

from agenda_desktop.core.demo_meetings_types import ItemPlan, MeetingPlan, OtherPlan

YOUTH_ROOM = "Ungdomens hus, Stationsgatan 4"
STEERING_ROOM = "Kommunhuset, rum Agendan"
LINDQVIST = "Karin Lindqvist, hållbarhetsstrateg"


def _youth_outcomes(adjuster: str, next_meeting: str) -> tuple[str, str, str, str]:
    return (
        "Ordföranden hälsade alla välkomna och öppnade mötet.",
        f"{adjuster} valdes att justera anteckningarna tillsammans med ordföranden.",
        "Dagordningen godkändes.",
        f"Nästa möte är {next_meeting}. Ordföranden tackade alla och avslutade mötet.",
    )


YOUTH_MEETINGS: tuple[MeetingPlan, ...] = (
    MeetingPlan(
        date(2026, 2, 11),
        time(15, 30),
        time(17, 0),
        YOUTH_ROOM,
        (
            ItemPlan(
                "Hållbarhetsprogrammet ska revideras",
                "Karin Lindqvist berättade att kommunstyrelsen har beslutat att se över "
                "programmet Hållbara Exempelkommun 2030 och att ungdomsrådet ska vara med.",
                outcome="Rådet vill läsa förslaget på mötet i april. Karin skickar ett utkast "
                "två veckor innan.",
                rapporteur=LINDQVIST,
            ),
            ItemPlan(
                "Fritidsgården i Västerby",
                "Fritidsgården i Västerby har varit stängd sedan i höstas. Wilma berättade att "
                "många unga i byn inte har någonstans att vara på kvällarna.",
                outcome="Nadia tar frågan till kultur- och fritidsförvaltningen och återkommer "
                "i april.",
            ),
            ItemPlan(
                "Ungdomsrådets budget 2026",
                "Rådet har 25 000 kronor för 2026.",
                outcome="Rådet vill lägga pengarna på en sommarfestival i Stationsparken och "
                "på resor till ungdomsrådens länsträff.",
            ),
        ),
        adjusters=("sjoholm",),
        adjustment_date=date(2026, 2, 18),
        adjustment_place="Ungdomens hus",
        adjusted=True,
        away=(("hult", ""),),
        others=(OtherPlan("lindqvist", "hållbarhetsstrateg", (4, 4)),),
        outcomes=_youth_outcomes("Wilma Sjöholm", "den 15 april"),
    ),
    MeetingPlan(
        date(2026, 4, 15),
        time(15, 30),
        time(17, 30),
        YOUTH_ROOM,
        (
            ItemPlan(
                "Ungdomsdialog om hållbarhetsprogrammet",
                "Rådet läste utkastet till reviderat program i tre smågrupper och pratade om "
                "vad som är svårt att förstå och vad som saknas.",
                outcome="Rådet tycker att programmet fortfarande har för många svåra ord, att "
                "ordlistan behöver fler ord och att programmet behövs på engelska. "
                "Synpunkterna lämnas till kommunstyrelsen i maj.",
                rapporteur=LINDQVIST,
            ),
            ItemPlan(
                "Ordlistan i programmet",
                "Vilka ord ska förklaras i ordlistan?",
                outcome="Rådet föreslår att målkonflikt, resiliens, utsläppsbudget och "
                "delårsrapport läggs till. Maja och Omar skriver förslag på förklaringar.",
            ),
            ItemPlan(
                "Demokratiambassadörer inför valet 2026",
                "Linnea Forsberg berättade om demokratiambassadörerna som ska prata med "
                "förstagångsväljare i skolorna.",
                outcome="Elias, Saga och Noah anmälde sig som demokratiambassadörer.",
                rapporteur="Linnea Forsberg, demokratiutvecklare",
            ),
            ItemPlan(
                "Fritidsgården i Västerby, svar",
                "Kultur- och fritidsförvaltningen har svarat på rådets fråga från februari.",
                outcome="Öppen hall på fredagar i Västerby skola startar i augusti. Rådet är "
                "nöjt men vill följa upp hur många som kommer.",
            ),
        ),
        adjusters=("yusuf",),
        adjustment_date=date(2026, 4, 22),
        adjustment_place="Ungdomens hus",
        adjusted=True,
        others=(
            OtherPlan("lindqvist", "hållbarhetsstrateg", (4, 5)),
            OtherPlan("forsberg", "demokratiutvecklare", (6, 6)),
        ),
        outcomes=_youth_outcomes("Omar Yusuf", "den 16 september"),
    ),
    MeetingPlan(
        date(2026, 9, 16),
        time(15, 30),
        time(17, 0),
        YOUTH_ROOM,
        (
            ItemPlan(
                "Återblick på valet och demokratiambassadörerna",
                "Demokratiambassadörerna besökte alla tre högstadieskolor och gymnasiet.",
                outcome="Det gick bra, men fler hade velat prata om frågor i sin egen by. "
                "Rådet vill göra samma sak inför nästa val.",
            ),
            ItemPlan(
                "Trygghetsvandring i Södra Stationsområdet",
                "Kommunen bjuder in rådet till en trygghetsvandring den 6 oktober.",
                outcome="Maja, Ebba och Liam deltar. Rådet vill särskilt titta på belysningen "
                "vid gångtunneln.",
            ),
            ItemPlan(
                "Den engelska versionen av hållbarhetsprogrammet",
                "Rådet frågade om den engelska versionen som rådet önskade 2024 och igen i april.",
                outcome="Ingen engelsk version finns ännu. Rådet skriver en ny synpunkt till "
                "kommunen och bjuder in kommunstyrelsens ordförande till nästa möte.",
            ),
        ),
        adjusters=("eriksson",),
        adjustment_date=date(2026, 9, 23),
        adjustment_place="Ungdomens hus",
        adjusted=True,
        away=(("lindberg", ""), ("johansson", "")),
        outcomes=_youth_outcomes("Saga Eriksson", "den 11 november"),
    ),
    MeetingPlan(
        date(2026, 11, 11),
        time(15, 30),
        time(17, 15),
        YOUTH_ROOM,
        (
            ItemPlan(
                "Önskemål om ordlista och engelsk version av hållbarhetsprogrammet",
                "Anna Bergström, kommunstyrelsens ordförande, besökte rådet och berättade "
                "att frågan om en engelsk version tas upp i kommunstyrelsen den 17 november.",
                outcome="Rådet tackar för den utökade ordlistan. Synpunkten om den engelska "
                "versionen lämnas in igen. Alva och Omar lyssnar på kommunstyrelsens "
                "sammanträde.",
            ),
            ItemPlan(
                "Sommarfestivalen i Stationsparken, utvärdering",
                "Festivalen hade cirka 400 besökare.",
                outcome="Rådet vill göra festivalen igen 2027 och söka pengar från "
                "föreningsbidraget i god tid.",
            ),
            ItemPlan(
                "Planering av mötena våren 2027",
                "Förslag till mötesdagar och frågor för våren.",
                outcome="Möten onsdagar i februari, mars och maj. Rådet vill prata om "
                "kollektivtrafiken och om hållbarhetsbokslutet.",
            ),
        ),
        adjusters=("berg",),
        adjustment_date=date(2026, 11, 25),
        adjustment_place="Ungdomens hus",
        others=(OtherPlan("bergstrom", "kommunstyrelsens ordförande", (4, 4)),),
        outcomes=_youth_outcomes("Elias Berg", "i februari 2027"),
    ),
)

STEERING_MEETINGS: tuple[MeetingPlan, ...] = (
    MeetingPlan(
        date(2026, 3, 3),
        time(13, 0),
        time(15, 0),
        STEERING_ROOM,
        (
            ItemPlan(
                "Hållbarhetsredovisning 2025, beredning",
                "Utkastet till hållbarhetsredovisning för 2025 gicks igenom.",
                ("att överlämna hållbarhetsredovisningen till kommunstyrelsen.",),
                rapporteur=LINDQVIST,
            ),
            ItemPlan(
                "Revidering av hållbarhetsprogrammet, tidplan",
                "Revideringen ska vara klar för kommunstyrelsen i november 2026, med "
                "ungdomsdialog i april och dialog med näringslivet under hösten.",
                ("att godkänna tidplanen.",),
                rapporteur=LINDQVIST,
            ),
            ItemPlan(
                "Information från Region Exempellän om den regionala utvecklingsstrategin",
                "Henrik Falk presenterade remissförslaget och hur Agenda 2030 har tagits in i "
                "strategin.",
                kind="information",
                rapporteur="Henrik Falk, regionutvecklare",
            ),
        ),
        adjusters=("holmqvist",),
        adjustment_date=date(2026, 3, 10),
        adjustment_place="Kommunledningskontoret",
        adjusted=True,
        away=(("lindgren", ""),),
    ),
    MeetingPlan(
        date(2026, 6, 2),
        time(13, 0),
        time(15, 30),
        "Digitalt via Teams",
        (
            ItemPlan(
                "Åtaganden i SKR:s utvecklingsnätverk Styra med Agenda 2030",
                "Nätverket förutsätter beslut av kommunledningen, en styrgrupp, en "
                "kontaktperson och en arbetsgrupp som driver arbetet.",
                (
                    "att föreslå kommunstyrelsen att besluta om deltagande i nätverket,",
                    "att bilda en arbetsgrupp med en representant från varje förvaltning.",
                ),
                rapporteur=LINDQVIST,
            ),
            ItemPlan(
                "Samverkan för unga som varken arbetar eller studerar",
                "Åsa Lindgren berättade om Försäkringskassans uppdrag och erfarenheter från "
                "samordningsförbund i andra län.",
                kind="information",
                rapporteur="Åsa Lindgren, Försäkringskassan",
            ),
            ItemPlan(
                "Uppföljning av handlingsplanen för Agenda 2030, delår 1",
                "Tre åtgärder är försenade, bland annat klimatanpassningen av dagvattnet.",
                ("att godkänna uppföljningen.",),
                rapporteur=LINDQVIST,
            ),
        ),
        adjusters=("falk",),
        adjustment_date=date(2026, 6, 9),
        adjustment_place="Kommunledningskontoret",
        adjusted=True,
    ),
    MeetingPlan(
        date(2026, 10, 6),
        time(13, 0),
        time(15, 0),
        STEERING_ROOM,
        (
            ItemPlan(
                "Förslag till reviderat hållbarhetsprogram",
                "Förslaget gicks igenom avsnitt för avsnitt.",
                ("att överlämna förslaget till kommunstyrelsen med styrgruppens synpunkter.",),
                rapporteur=LINDQVIST,
                objectives=("O-foretag",),
            ),
            ItemPlan(
                "Nulägesanalys inför mandatperioden 2027–2030, planering",
                "Nulägesanalysen ska tas fram under våren 2027 och bygga på "
                "hållbarhetsbokslutet och Kolada-data för 2026.",
                (
                    "att ge hållbarhetsstrategen i uppdrag att ta fram en plan för "
                    "nulägesanalysen till styrgruppens första möte 2027.",
                ),
                rapporteur=LINDQVIST,
            ),
        ),
        adjusters=("hallberg",),
        adjustment_date=date(2026, 10, 13),
        adjustment_place="Kommunledningskontoret",
        adjusted=True,
        others=(OtherPlan("sanden", "ekonomichef", (4, 4)),),
    ),
)
