"""The status analysis' vocabularies as the interface shows them, and its colours.

The stored codes are translated here (the core's Swedish names are for the printed
report). Every assessment has a colour *and* a text and a level mark (●●○○), so the
overview reads in black and white and for those who do not tell red from green.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Nulagesanalys"

# Tile colours: a light fill that dark text reads well on, and a stronger edge.
FILLS = {
    "stor": "#f8c9c9",
    "betydande": "#fcdcb8",
    "vissa": "#fff0a8",
    "uppnatt": "#c8eccf",
    "ej_bedomd": "#eef0f2",
}
EDGES = {
    "stor": "#c92a2a",
    "betydande": "#d9480f",
    "vissa": "#b08900",
    "uppnatt": "#2b8a3e",
    "ej_bedomd": "#adb5bd",
}
# How far along the scale: filled dots out of four (none for "ej bedömd").
LEVEL_MARKS = {
    "stor": "●○○○",
    "betydande": "●●○○",
    "vissa": "●●●○",
    "uppnatt": "●●●●",
    "ej_bedomd": "○○○○",
}
FLAG = "⚑"


def assessment_names() -> dict[str, str]:
    """In scale order, "ej bedömd" last (the order of the legend and the combo box)."""
    return {
        "stor": QCoreApplication.translate("Nulagesanalys", "Stor utmaning"),
        "betydande": QCoreApplication.translate("Nulagesanalys", "Betydande utmaning"),
        "vissa": QCoreApplication.translate("Nulagesanalys", "Vissa utmaningar"),
        "uppnatt": QCoreApplication.translate("Nulagesanalys", "Uppnått"),
        "ej_bedomd": QCoreApplication.translate("Nulagesanalys", "Ej bedömd"),
    }


def short_assessment_names() -> dict[str, str]:
    """For the tiles, where the legend gives the whole name."""
    return {
        "stor": QCoreApplication.translate("Nulagesanalys", "Stor"),
        "betydande": QCoreApplication.translate("Nulagesanalys", "Betydande"),
        "vissa": QCoreApplication.translate("Nulagesanalys", "Vissa"),
        "uppnatt": QCoreApplication.translate("Nulagesanalys", "Uppnått"),
        "ej_bedomd": QCoreApplication.translate("Nulagesanalys", "Ej bedömd"),
    }


def trend_names() -> dict[str, str]:
    return {
        "okand": QCoreApplication.translate("Nulagesanalys", "Okänd"),
        "forbattras": QCoreApplication.translate("Nulagesanalys", "Förbättras"),
        "oforandrad": QCoreApplication.translate("Nulagesanalys", "Oförändrad"),
        "forsamras": QCoreApplication.translate("Nulagesanalys", "Försämras"),
    }


def radighet_names() -> dict[str, str]:
    return {
        "egen": QCoreApplication.translate("Nulagesanalys", "Egen rådighet"),
        "delad": QCoreApplication.translate("Nulagesanalys", "Delad rådighet"),
        "samverkan": QCoreApplication.translate("Nulagesanalys", "Kräver samverkan"),
    }


def role_names() -> dict[str, str]:
    return {
        "democracy": QCoreApplication.translate("Nulagesanalys", "Demokratiaktör"),
        "community": QCoreApplication.translate("Nulagesanalys", "Samhällsbyggare"),
        "welfare": QCoreApplication.translate("Nulagesanalys", "Välfärdsproducent"),
        "employer": QCoreApplication.translate("Nulagesanalys", "Arbetsgivare"),
    }


def change_names() -> dict[str, str]:
    return {
        "battre": QCoreApplication.translate("Nulagesanalys", "▲ Bättre"),
        "samre": QCoreApplication.translate("Nulagesanalys", "▼ Sämre"),
        "oforandrad": QCoreApplication.translate("Nulagesanalys", "● Oförändrad"),
        "ny": QCoreApplication.translate("Nulagesanalys", "✚ Nyligen bedömd"),
        "ej_langre": QCoreApplication.translate("Nulagesanalys", "– Inte bedömd längre"),
        "ej_bedomd": QCoreApplication.translate("Nulagesanalys", "Ej bedömd"),
    }


def trend_arrow(trend: str) -> str:
    return {"forbattras": "↗", "oforandrad": "→", "forsamras": "↘"}.get(trend, "?")
