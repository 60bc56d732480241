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


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def assessment_names() -> dict[str, str]:
    """In scale order, "ej bedömd" last (the order of the legend and the combo box)."""
    return {
        "stor": _t("Stor utmaning"),
        "betydande": _t("Betydande utmaning"),
        "vissa": _t("Vissa utmaningar"),
        "uppnatt": _t("Uppnått"),
        "ej_bedomd": _t("Ej bedömd"),
    }


def short_assessment_names() -> dict[str, str]:
    """For the tiles, where the legend gives the whole name."""
    return {
        "stor": _t("Stor"),
        "betydande": _t("Betydande"),
        "vissa": _t("Vissa"),
        "uppnatt": _t("Uppnått"),
        "ej_bedomd": _t("Ej bedömd"),
    }


def trend_names() -> dict[str, str]:
    return {
        "okand": _t("Okänd"),
        "forbattras": _t("Förbättras"),
        "oforandrad": _t("Oförändrad"),
        "forsamras": _t("Försämras"),
    }


def radighet_names() -> dict[str, str]:
    return {
        "egen": _t("Egen rådighet"),
        "delad": _t("Delad rådighet"),
        "samverkan": _t("Kräver samverkan"),
    }


def role_names() -> dict[str, str]:
    return {
        "democracy": _t("Demokratiaktör"),
        "community": _t("Samhällsbyggare"),
        "welfare": _t("Välfärdsproducent"),
        "employer": _t("Arbetsgivare"),
    }


def change_names() -> dict[str, str]:
    return {
        "battre": _t("▲ Bättre"),
        "samre": _t("▼ Sämre"),
        "oforandrad": _t("● Oförändrad"),
        "ny": _t("✚ Nyligen bedömd"),
        "ej_langre": _t("– Inte bedömd längre"),
        "ej_bedomd": _t("Ej bedömd"),
    }


def trend_arrow(trend: str) -> str:
    return {"forbattras": "↗", "oforandrad": "→", "forsamras": "↘"}.get(trend, "?")
