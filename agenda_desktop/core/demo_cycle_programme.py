"""The demo's step 2 for 2023–2026: priority goals and the local programme
"Hållbara Exempelkommun 2030" with its focus areas, målsättningar and synergies.

Indicator target values agree with the demo's stored target values
(:data:`agenda_desktop.core.demo_indicator_data.TARGETS`) where both exist. They are set
so that the follow-up shows a mix: some målsättningar on track, some at risk, some not.
"""

from __future__ import annotations

from agenda_desktop.core.demo_cycle_types import (
    AreaPlan,
    IndicatorPlan,
    ObjectivePlan,
    RelationPlan,
)

PRIORITY_GOALS: tuple[tuple[int, str], ...] = (
    (
        4,
        "Genomströmningen i gymnasiet står still och skillnaden mellan flickor och pojkar "
        "växer. Utbildning är nyckeln till arbete, hälsa och delaktighet.",
    ),
    (
        8,
        "Kompetensbristen i välfärden och industrin hotar både service och tillväxt; kommunen "
        "är själv den största arbetsgivaren.",
    ),
    (
        10,
        "Inkomstskillnaderna och den minskade tilliten slår mot principen att ingen ska "
        "lämnas utanför; etableringen av nyanlända går för långsamt.",
    ),
    (
        11,
        "Bostadsbristen och landsbygdens bilberoende begränsar både inflyttning och "
        "omställning. Här har kommunen stor rådighet genom planmonopolet.",
    ),
    (
        13,
        "Utsläppen minskar men inte i den takt som krävs. Transporterna är den största "
        "utmaningen och kräver samverkan med Trafikverket och Västtrafik.",
    ),
    (
        15,
        "Andelen skyddad natur är låg och igenväxningen hotar den biologiska mångfalden. "
        "Målet hänger ihop med vattenfrågorna under mål 6.",
    ),
    (
        16,
        "Otryggheten ökar, särskilt bland kvinnor, och valdeltagandet är lågt i ett distrikt. "
        "Tilliten till kommunen är en förutsättning för allt annat arbete.",
    ),
)

FOCUS_AREAS: tuple[AreaPlan, ...] = (
    AreaPlan(
        "inkluderande",
        "Ett hållbart och inkluderande samhälle",
        "Alla invånare, i tätorten och i byarna, ska kunna vara delaktiga, känna sig trygga "
        "och ha goda förutsättningar för en god hälsa.",
        (
            ObjectivePlan(
                "O-demokrati",
                "Fler invånare deltar i den lokala demokratin. Valdeltagandet i det "
                "valdistrikt som röstar minst ska vara minst 80 procent 2030.",
                2030,
                (16, 10),
                ("16.7", "10.2"),
                (IndicatorPlan("N05831", 80.0, 2030), IndicatorPlan("EK-002", 350.0, 2030)),
            ),
            ObjectivePlan(
                "O-etablering",
                "Fler nyanlända kvinnor och män kommer i arbete eller studier; 55 procent ska "
                "ha gjort det efter etableringsuppdraget 2027.",
                2027,
                (10, 8),
                ("10.2", "8.5"),
                (IndicatorPlan("N00973", 55.0, 2027),),
            ),
            ObjectivePlan(
                "O-trygghet",
                "Alla ska kunna röra sig tryggt i hela kommunen, oavsett kön, ålder och tid "
                "på dygnet.",
                2030,
                (16, 5, 11),
                ("16.1",),
                (
                    IndicatorPlan("U01420", 22.0, 2030, gender="K"),
                    IndicatorPlan("N07403", 700.0, 2030),
                ),
            ),
            ObjectivePlan(
                "O-halsa",
                "Invånarna har goda levnadsvanor; andelen med fetma ska sluta öka och vara "
                "högst 13 procent 2030.",
                2030,
                (3,),
                ("3.4",),
                (IndicatorPlan("U01411", 13.0, 2030),),
            ),
        ),
        (
            "införa en modell för medborgardialog där varje större beslut föregås av dialog "
            "med dem som berörs",
            "utveckla det trygghetsskapande arbetet tillsammans med polisen, föreningslivet "
            "och fastighetsägarna",
            "göra det lättare för nyanlända att kombinera studier i svenska med praktik i "
            "kommunens verksamheter",
            "främja rörelse och goda matvanor i skolan, äldreomsorgen och föreningslivet",
        ),
    ),
    AreaPlan(
        "klimat",
        "Klimat och miljö",
        "Exempelkommun ska vara en fossilfri kommun med rikt växt- och djurliv, rena vatten "
        "och resurssnål konsumtion.",
        (
            ObjectivePlan(
                "O-klimat",
                "Utsläppen av växthusgaser inom kommunens gränser ska minska till högst "
                "3 ton per invånare 2030, och kommunens egna fordon ska vara fossilfria.",
                2030,
                (13, 11),
                ("13.2",),
                (IndicatorPlan("N00401", 3.0, 2030), IndicatorPlan("EK-003", 100.0, 2030)),
            ),
            ObjectivePlan(
                "O-energi",
                "Energianvändningen per invånare minskar och all energi som kommunkoncernen "
                "använder är förnybar 2030.",
                2030,
                (7, 13),
                ("7.2",),
                (IndicatorPlan("N45905", 26.0, 2030),),
            ),
            ObjectivePlan(
                "O-avfall",
                "Mängden hushållsavfall minskar till 400 kilo per invånare och hälften "
                "materialåtervinns 2030.",
                2030,
                (12,),
                ("12.5",),
                (IndicatorPlan("U07801", 400.0, 2030), IndicatorPlan("U07414", 50.0, 2030)),
            ),
            ObjectivePlan(
                "O-natur",
                "Den biologiska mångfalden och vattnens kvalitet skyddas: tio procent av "
                "landarealen är skyddad 2030 och fler vattendrag har god ekologisk status 2035.",
                2035,
                (15, 6, 14),
                ("15.5", "6.3"),
                (IndicatorPlan("N85054", 10.0, 2030), IndicatorPlan("N85052", 25.0, 2035)),
            ),
        ),
        (
            "ta fram en klimatfärdplan för kommunkoncernen med utsläppsbudget och årliga delmål",
            "ställa krav på fossilfria transporter och klimatsmarta material i upphandlingar",
            "genomföra åtgärdsprogrammet för Exempelån tillsammans med vattenrådet och "
            "lantbrukarna",
            "uppdatera naturvårdsprogrammet och skydda värdefull natur genom reservat och "
            "naturvårdsavtal",
        ),
    ),
    AreaPlan(
        "barnochunga",
        "Barn och unga växer upp jämlikt",
        "Varje barn och ung ska ha samma möjligheter att lyckas i skolan och få en bra "
        "start i livet, oavsett kön, bakgrund eller var i kommunen de bor.",
        (
            ObjectivePlan(
                "O-behorighet",
                "Alla elever lämnar grundskolan med behörighet till gymnasiet; skillnaden "
                "mellan flickor och pojkar ska vara utjämnad 2030.",
                2030,
                (4, 5),
                ("4.1",),
                (
                    IndicatorPlan("N15428", 97.0, 2030),
                    IndicatorPlan("N15428", 97.0, 2030, gender="M"),
                ),
            ),
            ObjectivePlan(
                "O-gymnasiet",
                "Minst åtta av tio gymnasieelever tar examen inom fyra år 2030.",
                2030,
                (4, 8),
                ("4.1", "8.6"),
                (IndicatorPlan("N17461", 80.0, 2030),),
            ),
            ObjectivePlan(
                "O-tryggskola",
                "Nio av tio elever känner sig trygga i skolan 2030.",
                2030,
                (4, 16),
                ("4.a",),
                (IndicatorPlan("EK-001", 90.0, 2030),),
            ),
        ),
        (
            "arbeta med tidiga insatser och samlad elevhälsa från förskoleklass",
            "följa upp varje elevs närvaro och sätta in stöd vid första tecken på frånvaro",
            "erbjuda sommarskola och läxhjälp i alla skolor, även på landsbygden",
        ),
    ),
    AreaPlan(
        "tillvaxt",
        "Hållbar tillväxt och arbete",
        "Exempelkommun ska vara en attraktiv plats att bo, arbeta och driva företag i, med "
        "en kommun som är en bra arbetsgivare.",
        (
            ObjectivePlan(
                "O-heltid",
                "Heltid är norm: 85 procent av kommunens månadsavlönade, kvinnor som män, "
                "arbetar heltid 2030.",
                2030,
                (5, 8),
                ("5.5", "8.5"),
                (
                    IndicatorPlan("N00209", 85.0, 2030),
                    IndicatorPlan("N00209", 85.0, 2030, gender="K"),
                ),
            ),
            ObjectivePlan(
                "O-bredband",
                "Alla hushåll och företag har tillgång till bredband om minst 100 Mbit/s 2026.",
                2026,
                (9,),
                ("9.c",),
                (IndicatorPlan("N07900", 98.0, 2026),),
            ),
            ObjectivePlan(
                "O-foretag",
                "Företagarna ger kommunens service och bemötande bättre betyg år för år.",
                2026,
                (8, 9),
                (),
                (IndicatorPlan("U07451", 74.0, 2026),),
            ),
            ObjectivePlan(
                "O-bostader",
                "Det byggs 400 nya bostäder i olika upplåtelseformer i hela kommunen till "
                "2030, och trångboddheten minskar.",
                2030,
                (11, 10),
                ("11.1",),
                (IndicatorPlan("N07907", 10.0, 2030),),
            ),
        ),
        (
            "ha en planberedskap för minst 100 nya bostäder om året, även i byarna",
            "erbjuda alla deltidsanställda i vård och omsorg heltid och följa upp varför "
            "några tackar nej",
            "samordna företagslotsen och snabba upp handläggningen av bygglov och miljötillstånd",
            "bygga ut fiber till de sista hushållen tillsammans med byalagen",
        ),
    ),
)

RELATIONS: tuple[RelationPlan, ...] = (
    RelationPlan(
        "O-bostader",
        "O-natur",
        "malkonflikt",
        "Ny bostadsbebyggelse ↔ skydd av jordbruksmark och natur: utbyggnaden i Norrby och "
        "Västra Ängen tar åkermark och betesmark i anspråk. Förtätning i centralorten "
        "prövas först.",
    ),
    RelationPlan(
        "O-foretag",
        "O-klimat",
        "malkonflikt",
        "Nya logistiketableringar vid väg 44 ger arbetstillfällen men fler tunga "
        "transporter. Kräv fossilfria transporter i markanvisningen.",
    ),
    RelationPlan(
        "O-bredband",
        "O-klimat",
        "synergi",
        "Snabbt bredband gör distansarbete möjligt och minskar pendlingen med bil.",
    ),
    RelationPlan(
        "O-etablering",
        "O-heltid",
        "synergi",
        "Språkutvecklande anställningar i vård och omsorg ger nyanlända arbete och minskar "
        "kommunens kompetensbrist.",
    ),
    RelationPlan(
        "O-gymnasiet",
        "O-tryggskola",
        "synergi",
        "Elever som känner sig trygga är mer närvarande och fullföljer oftare gymnasiet.",
    ),
)
