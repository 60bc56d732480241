"""A page for a part of the app that is not built yet: what it will hold, in plain Swedish."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from agenda_desktop.gui.navigation import PageSpec
from agenda_desktop.gui.style import (
    CARD_BORDER,
    INK,
    PAGE_MARGIN,
    heading,
    page_surface,
    paragraph,
    scaled_font,
)

READABLE_WIDTH = 760


def page_texts() -> dict[str, tuple[str, list[str]]]:
    """For each page key: an introduction and what the user will be able to do there."""
    return {
        "analysis": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Nulägesanalysen visar var kommunen står i förhållande till de 17 globala "
                "målen och deras 169 delmål: vilka mål som är de största utmaningarna, var "
                "det går åt rätt håll och vilka mål ni inte arbetar med men borde.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "bedöma varje mål och delmål på en fyrgradig skala, från ”stor utmaning” "
                    "till ”uppnått”, med trend och en egen analys i fritext",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "ange kommunens rådighet: vad ni styr över själva och vad som kräver "
                    "samverkan med regionen, myndigheter, företag och föreningar",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "se på kommunens fyra roller: demokratiaktör, samhällsbyggare, "
                    "välfärdsproducent och arbetsgivare",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "belysa skillnader mellan grupper – kvinnor och män, flickor och pojkar, "
                    "åldrar och kommundelar – så att ingen lämnas utanför",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "grunda bedömningen på nyckeltal och på det som kommit fram i dialog med "
                    "invånare, medarbetare och politiker",
                ),
            ],
        ),
        "priorities": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Utifrån nulägesanalysen väljer ni vilka mål som ska prioriteras först och "
                "formulerar kommunens egna mål – med helheten i sikte, eftersom de globala "
                "målen är integrerade och odelbara.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "samla målen i några insatsområden, vart och ett med ”Hit vill vi” och "
                    "”Det gör vi genom att”",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "ge varje lokalt mål ett målår, till exempel 2030, och koppla det till de "
                    "globala mål och delmål det bidrar till",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "välja nyckeltal med målvärden som visar om målet nås"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "beskriva synergier och målkonflikter mellan målen"
                ),
            ],
        ),
        "action_plan": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Handlingsplanen gör målen till konkreta åtgärder. Den hör hemma i de "
                "ordinarie verksamhetsplanerna och budgeten, inte i ett sidospår.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "beskriva åtgärder med ansvarig förvaltning, sektor eller kommunalt bolag "
                    "och ansvarig person",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "sätta start- och slutdatum, status och kostnad"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "ange om kommunen har rådighet själv eller behöver samverka, och med vilka "
                    "parter",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "koppla varje åtgärd till de lokala mål den ska bidra till"
                ),
            ],
        ),
        "dialogue": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Här samlar ni medborgardialoger, ungdomsråd, remisser och workshoppar med "
                "företag och föreningar – och allt som kommer in från dem.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "registrera synpunkter och koppla dem till de mål eller den del av "
                    "programmet som de gäller",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "hålla reda på sista dag för remissvar och vilka som har svarat",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "ge återkoppling: vad som hände med varje synpunkt, och återrapportera "
                    "till dem som lämnade den",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "skriva på ett enkelt språk, med en ordlista och en engelsk version",
                ),
            ],
        ),
        "follow_up": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Uppföljningen visar vad som har rört sig och varför – minst en gång om året "
                "i årsredovisningen och delårsrapporten, och en gång per mandatperiod i ett "
                "fördjupat hållbarhetsbokslut.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage", "jämföra utfallet för nyckeltalen med målvärden och trender"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "se hur det går med åtgärderna i handlingsplanen"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "beskriva framgångsfaktorer att sprida och vad som behöver ändras",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "publicera resultaten för invånarna och börja nästa varv i styrcykeln med "
                    "en ny nulägesanalys",
                ),
            ],
        ),
        "indicators": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Nyckeltalen är underlaget för både nulägesanalysen och uppföljningen. Här "
                "hämtar ni in värden från Kolada och egna källor och jämför kommunen med andra.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "importera Excelark från Kolada, SCB och egna undersökningar – med tydliga "
                    "besked om något i arket är fel, och aldrig bara halva filen",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "utgå från RKA:s urval av nyckeltal för Agenda 2030 och lägga till egna "
                    "lokala nyckeltal",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "jämföra kommunen med riket, länet och liknande kommuner, och kvinnor med män",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "exportera ark som går att redigera i Excel och läsa in igen utan dubbletter",
                ),
            ],
        ),
        "meetings": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Förbered, dokumentera och skriv ut möten i styrgruppen, arbetsgruppen, "
                "ungdomsrådet, nämnder och andra organ.",
            ),
            [
                QCoreApplication.translate("PlaceholderPage", "skicka kallelse med dagordning"),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "föra närvaro efter roll: ordförande, ledamöter, ersättare, övriga "
                    "deltagare, meddelat förhinder och frånvarande",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "skriva paragrafer med bakgrund och beslut i att-satser, med löpande "
                    "eller årsvis numrering",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "justera protokollet – därefter är det en allmän handling som inte ändras",
                ),
            ],
        ),
        "networks": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Håll ordning på kommunens nätverk, till exempel SKR:s utvecklingsnätverk "
                "Styra med Agenda 2030 och Glokala Sverige, och på de åtaganden som följer "
                "med dem.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "föra in utfästelser med ansvarig person, sista datum och status",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "visa underlaget för varje åtagande, till exempel beslutsparagrafen i ett "
                    "protokoll",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "visa nätverket och den egna ledningen var ni står"
                ),
            ],
        ),
        "reports": (
            QCoreApplication.translate(
                "PlaceholderPage",
                "Skriv ut arbetet så att det når politiker och invånare, som kommunala "
                "dokument med kommunens namn, titel, datum, sidnummer och diarienummer.",
            ),
            [
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "kallelser, dagordningar och protokoll med namnteckningsrader",
                ),
                QCoreApplication.translate(
                    "PlaceholderPage", "nulägesanalysen, programmet med målen och handlingsplanen"
                ),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "den årliga uppföljningen och hållbarhetsbokslutet med diagram",
                ),
                QCoreApplication.translate("PlaceholderPage", "åtagandenas status för ett nätverk"),
                QCoreApplication.translate(
                    "PlaceholderPage",
                    "utskrifter som blir tydliga i svartvitt och klarar alla svenska tecken, "
                    "även samiska, finska och meänkieli",
                ),
            ],
        ),
    }


class PlaceholderPage(QScrollArea):
    """Heading, introduction and a list of what the finished page will let the user do."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page-{spec.key}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        introduction, abilities = page_texts().get(spec.key, ("", []))

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(16)
        column = QWidget(content)
        column.setMaximumWidth(READABLE_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(14)

        self.heading = heading(spec.title, column)
        column_layout.addWidget(self.heading)
        intro = paragraph(introduction, column)
        intro.setFont(scaled_font(intro, 1.12))
        column_layout.addWidget(intro)
        if abilities:
            column_layout.addSpacing(6)
            column_layout.addWidget(heading(self.tr("Här kommer ni att kunna"), column, level=2))
            items = "".join(f"<li style='margin-bottom:6px'>{escape(a)}</li>" for a in abilities)
            bullets = QLabel(f"<ul style='margin-left:-16px'>{items}</ul>", column)
            bullets.setTextFormat(Qt.TextFormat.RichText)
            bullets.setWordWrap(True)
            bullets.setStyleSheet(f"color: {INK};")
            column_layout.addWidget(bullets)
        note = paragraph(
            self.tr(
                "Den här delen av programmet håller på att byggas. Var ni står i "
                "styrcykeln ser ni redan nu på Översikt."
            ),
            column,
            muted=True,
        )
        note.setObjectName("placeholderNote")
        note.setStyleSheet(
            f"QLabel#placeholderNote {{ border: 1px solid {CARD_BORDER}; border-radius: 6px;"
            " padding: 12px; background: #f7f9fb; color: #52606d; }"
        )
        column_layout.addSpacing(8)
        column_layout.addWidget(note)
        # A stretch beside the column, not an alignment flag: aligned widgets get their size
        # hint, and wrapped labels are then cut off instead of growing taller.
        row = QHBoxLayout()
        row.addWidget(column, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        page_surface(content)
        self.setWidget(content)
