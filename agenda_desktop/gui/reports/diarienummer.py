"""The diarienummer field of the reports: prefilled with the organisation's prefix."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from agenda_desktop.core.services.organisation import Profile


class DiarienummerEdit(QLineEdit):
    """A diarienummer typed after the organisation's prefix and the year ("KS 2026/").

    The prefix is filled in while the field is empty or still holds the earlier prefix;
    a field left with only the prefix means no diarienummer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefill = ""
        self.setMaxLength(60)

    def prefill(self, profile: Profile | None) -> None:
        """Offer the profile's prefix and this year; None (no profile yet) offers nothing."""
        prefill = f"{profile.diarie_prefix} {date.today().year}/" if profile else ""
        if self.text() in ("", self._prefill):
            self.setText(prefill)
        self._prefill = prefill

    def number(self) -> str:
        """The typed diarienummer, or "" when only the prefix is left."""
        text = self.text().strip()
        return "" if text == self._prefill.strip() else text
