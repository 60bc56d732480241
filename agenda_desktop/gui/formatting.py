"""Dates, times and sizes written the way the user's language writes them.

The locale is the application default that ``install_translators`` sets, so Swedish
shows "12 mars 2024" and English "12 March 2024" without each page knowing the language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from agenda_desktop.core.services.reference import GoalInfo


def long_date(day: date) -> str:
    """E.g. "12 mars 2024"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def date_and_time(moment: datetime) -> str:
    """E.g. "12 mars 2024 14:05"."""
    qt_moment = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(qt_moment, "d MMMM yyyy HH:mm")


def file_size(size: int) -> str:
    """E.g. "1,4 MB" in Swedish, with the locale's decimal sign."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def ui_language() -> str:
    """The language the interface is shown in ("sv" or "en"), as install_translators set it."""
    return "en" if QLocale().language() == QLocale.Language.English else "sv"


def goal_name(goal: GoalInfo) -> str:
    """A goal's short name in the interface's language (the UN's English name in English)."""
    return goal.name(ui_language())
