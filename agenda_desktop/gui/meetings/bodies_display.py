"""The body register's words in the user's language, and short texts of its values.

The vocabularies are stored as codes with Swedish names in the core; here each name goes
through Qt's translation so that the English interface shows English words.
"""

from __future__ import annotations

from datetime import date


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""
