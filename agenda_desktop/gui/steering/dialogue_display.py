"""How step 4's stored codes, dates and links read in the interface.

The core's vocabularies hold the Swedish names that reports print; the interface
translates the codes itself, so the English version shows English words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from agenda_desktop.core.services.dialogue_types import CommentInfo, RemissStatus


def kind_names() -> dict[str, str]:
    return {
        "medborgardialog": QCoreApplication.translate("DialogueDisplay", "Medborgardialog"),
        "ungdomsrad": QCoreApplication.translate("DialogueDisplay", "Ungdomsråd"),
        "remiss": QCoreApplication.translate("DialogueDisplay", "Remiss"),
        "workshop": QCoreApplication.translate("DialogueDisplay", "Workshop"),
        "enkat": QCoreApplication.translate("DialogueDisplay", "Enkät"),
        "annat": QCoreApplication.translate("DialogueDisplay", "Annan aktivitet"),
    }


def gender_names() -> dict[str, str]:
    return {
        "K": QCoreApplication.translate("DialogueDisplay", "Kvinnor"),
        "M": QCoreApplication.translate("DialogueDisplay", "Män"),
        "X": QCoreApplication.translate("DialogueDisplay", "Annat eller ej angivet"),
    }


def age_band_names() -> dict[str, str]:
    return {
        "0-15": QCoreApplication.translate("DialogueDisplay", "0–15 år"),
        "16-24": QCoreApplication.translate("DialogueDisplay", "16–24 år"),
        "25-44": QCoreApplication.translate("DialogueDisplay", "25–44 år"),
        "45-64": QCoreApplication.translate("DialogueDisplay", "45–64 år"),
        "65+": QCoreApplication.translate("DialogueDisplay", "65 år och äldre"),
        "okand": QCoreApplication.translate("DialogueDisplay", "Ålder ej angiven"),
    }


def status_names() -> dict[str, str]:
    return {
        "ny": QCoreApplication.translate("DialogueDisplay", "Ny"),
        "behandlas": QCoreApplication.translate("DialogueDisplay", "Behandlas"),
        "besvarad": QCoreApplication.translate("DialogueDisplay", "Besvarad"),
        "avslutad": QCoreApplication.translate("DialogueDisplay", "Avslutad"),
    }


def day_text(day: date | None) -> str:
    """ISO form, the Swedish way of writing a date (2026-11-22); empty when unknown."""
    return day.isoformat() if day else ""


def concerns_text(comment: CommentInfo) -> str:
    """What a comment concerns, e.g. "Mål 3, 11 · Trygg uppväxt · Målsättning 2.1"."""
    parts: list[str] = []
    if comment.goal_numbers:
        parts.append(
            QCoreApplication.translate("DialogueDisplay", "Mål %1").replace(
                "%1", ", ".join(map(str, comment.goal_numbers))
            )
        )
    parts.extend(comment.focus_area_labels)
    if comment.objective_labels:
        parts.append(
            QCoreApplication.translate("DialogueDisplay", "Målsättning %1").replace(
                "%1", ", ".join(comment.objective_labels)
            )
        )
    return " · ".join(parts)


def days_left_text(days: int) -> str:
    if days > 1:
        return QCoreApplication.translate("DialogueDisplay", "om %1 dagar").replace("%1", str(days))
    if days == 1:
        return QCoreApplication.translate("DialogueDisplay", "i morgon")
    if days == 0:
        return QCoreApplication.translate("DialogueDisplay", "i dag")
    if days == -1:
        return QCoreApplication.translate("DialogueDisplay", "gick ut i går")
    return QCoreApplication.translate("DialogueDisplay", "gick ut för %1 dagar sedan").replace(
        "%1", str(-days)
    )


def remiss_banner_text(status: RemissStatus) -> str:
    """E.g. "Sista dag för synpunkter: 2026-12-15 (om 23 dagar) · 4 synpunkter saknar
    återkoppling"."""
    first = (
        QCoreApplication.translate("DialogueDisplay", "Sista dag för synpunkter: %1 (%2)")
        .replace("%1", day_text(status.deadline))
        .replace("%2", days_left_text(status.days_left))
    )
    count = status.unanswered_count
    if count == 0:
        second = QCoreApplication.translate(
            "DialogueDisplay", "alla synpunkter har fått återkoppling"
        )
    elif count == 1:
        second = QCoreApplication.translate("DialogueDisplay", "1 synpunkt saknar återkoppling")
    else:
        second = QCoreApplication.translate(
            "DialogueDisplay", "%1 synpunkter saknar återkoppling"
        ).replace("%1", str(count))
    return f"{first} · {second}"
