"""How the action plan's codes and values look on screen: translated names, the status
colours shared by the table and the timeline, dates and kronor in Swedish form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES

# Calm colours that differ in lightness too, so they also part in grey print.
STATUS_COLOURS: dict[str, str] = {
    "planerad": "#8da4bf",
    "pagar": "#0b5cad",
    "klar": "#2b8a3e",
    "forsenad": "#d9480f",
    "pausad": "#e8a317",
    "avbruten": "#868e96",
}
OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_INK = QColor("#a61e1e")
OVERDUE_MARK = "⚠"


def status_name(status: str) -> str:
    names = {
        "planerad": QCoreApplication.translate("ActionDisplay", "Planerad"),
        "pagar": QCoreApplication.translate("ActionDisplay", "Pågår"),
        "klar": QCoreApplication.translate("ActionDisplay", "Klar"),
        "forsenad": QCoreApplication.translate("ActionDisplay", "Försenad"),
        "pausad": QCoreApplication.translate("ActionDisplay", "Pausad"),
        "avbruten": QCoreApplication.translate("ActionDisplay", "Avbruten"),
    }
    return names.get(status, ACTION_STATUSES.get(status, status))


def radighet_name(code: str) -> str:
    names = {
        "egen": QCoreApplication.translate("ActionDisplay", "Egen rådighet"),
        "delad": QCoreApplication.translate("ActionDisplay", "Delad rådighet"),
        "samverkan": QCoreApplication.translate("ActionDisplay", "Kräver samverkan"),
    }
    return names.get(code, code)


def unit_kind_name(kind: str) -> str:
    names = {
        "forvaltning": QCoreApplication.translate("ActionDisplay", "Förvaltning"),
        "sektor": QCoreApplication.translate("ActionDisplay", "Sektor"),
        "enhet": QCoreApplication.translate("ActionDisplay", "Enhet"),
        "bolag": QCoreApplication.translate("ActionDisplay", "Kommunalt bolag"),
    }
    return names.get(kind, kind)


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#868e96"))


def short_date(day: date | None) -> str:
    """2026-11-22, the form Swedish officers write (and that sorts as text)."""
    return day.isoformat() if day else ""


def kronor(amount: float | None) -> str:
    """ "250 000" or "1 250,50" with the locale's separators; "" when not given."""
    if amount is None:
        return ""
    decimals = 0 if float(amount).is_integer() else 2
    return QLocale().toString(float(amount), "f", decimals)
