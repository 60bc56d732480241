"""How step 4's stored codes, dates and links read in the interface.

The core's vocabularies hold the Swedish names that reports print; the interface
translates the codes itself, so the English version shows English words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from agenda_desktop.core.services.dialogue_types import CommentInfo, RemissStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("DialogueDisplay", text)


def kind_names() -> dict[str, str]:
    return {
        "medborgardialog": _t("Medborgardialog"),
        "ungdomsrad": _t("Ungdomsråd"),
        "remiss": _t("Remiss"),
        "workshop": _t("Workshop"),
        "enkat": _t("Enkät"),
        "annat": _t("Annan aktivitet"),
    }


def gender_names() -> dict[str, str]:
    return {"K": _t("Kvinnor"), "M": _t("Män"), "X": _t("Annat eller ej angivet")}


def age_band_names() -> dict[str, str]:
    return {
        "0-15": _t("0–15 år"),
        "16-24": _t("16–24 år"),
        "25-44": _t("25–44 år"),
        "45-64": _t("45–64 år"),
        "65+": _t("65 år och äldre"),
        "okand": _t("Ålder ej angiven"),
    }


def status_names() -> dict[str, str]:
    return {
        "ny": _t("Ny"),
        "behandlas": _t("Behandlas"),
        "besvarad": _t("Besvarad"),
        "avslutad": _t("Avslutad"),
    }


def day_text(day: date | None) -> str:
    """ISO form, the Swedish way of writing a date (2026-11-22); empty when unknown."""
    return day.isoformat() if day else ""


def concerns_text(comment: CommentInfo) -> str:
    """What a comment concerns, e.g. "Mål 3, 11 · Trygg uppväxt · Målsättning 2.1"."""
    parts: list[str] = []
    if comment.goal_numbers:
        parts.append(_t("Mål %1").replace("%1", ", ".join(map(str, comment.goal_numbers))))
    parts.extend(comment.focus_area_labels)
    if comment.objective_labels:
        parts.append(_t("Målsättning %1").replace("%1", ", ".join(comment.objective_labels)))
    return " · ".join(parts)


def days_left_text(days: int) -> str:
    if days > 1:
        return _t("om %1 dagar").replace("%1", str(days))
    if days == 1:
        return _t("i morgon")
    if days == 0:
        return _t("i dag")
    if days == -1:
        return _t("gick ut i går")
    return _t("gick ut för %1 dagar sedan").replace("%1", str(-days))


def remiss_banner_text(status: RemissStatus) -> str:
    """E.g. "Sista dag för synpunkter: 2026-12-15 (om 23 dagar) · 4 synpunkter saknar
    återkoppling"."""
    first = (
        _t("Sista dag för synpunkter: %1 (%2)")
        .replace("%1", day_text(status.deadline))
        .replace("%2", days_left_text(status.days_left))
    )
    count = status.unanswered_count
    if count == 0:
        second = _t("alla synpunkter har fått återkoppling")
    elif count == 1:
        second = _t("1 synpunkt saknar återkoppling")
    else:
        second = _t("%1 synpunkter saknar återkoppling").replace("%1", str(count))
    return f"{first} · {second}"
