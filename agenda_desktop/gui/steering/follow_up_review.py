"""The lower parts of the follow-up page: actions by status, the two analysis texts, and the
maturity self-assessment with its checklist (each criterion beside the facts the app knows)
and the date the follow-up was published."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.follow_up import suggested_maturity
from agenda_desktop.core.services.follow_up_types import ActionSummary, CriterionState
from agenda_desktop.gui.style import CARD_BORDER, MUTED_INK, heading, paragraph

HINT_YES = "#1e6b2a"


def action_status_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "planerad": translate("FollowUp", "Planerad"),
        "pagar": translate("FollowUp", "Pågår"),
        "klar": translate("FollowUp", "Klar"),
        "forsenad": translate("FollowUp", "Försenad"),
        "pausad": translate("FollowUp", "Pausad"),
        "avbruten": translate("FollowUp", "Avbruten"),
    }


def maturity_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "lag": translate("FollowUp", "Låg"),
        "mellan": translate("FollowUp", "Mellan"),
        "hog": translate("FollowUp", "Hög"),
    }


def criterion_texts() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "analys": translate("FollowUp", "Det finns en aktuell nulägesanalys."),
        "mal_mot_utmaningar": translate(
            "FollowUp",
            "De egna målen är konkreta och riktade mot de utmaningar som analysen pekat ut.",
        ),
        "matbara_indikatorer": translate(
            "FollowUp", "Målen är nedbrutna i mätbara indikatorer med målvärden."
        ),
        "arsredovisning": translate("FollowUp", "Indikatorerna följs upp i årsredovisningen."),
        "atgarder_kopplade": translate(
            "FollowUp", "Åtgärderna är kopplade till målen och har ansvariga."
        ),
        "resultat_publiceras": translate("FollowUp", "Uppföljningen publiceras för invånarna."),
    }


class ActionSummaryView(QWidget):
    """ "Planerad 2 · Pågår 5 · Klar 3 …" and how many are past their due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.overdue = QLabel(self)
        self.overdue.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Åtgärder i handlingsplanen"), self, level=2))
        layout.addWidget(self.counts)
        layout.addWidget(self.overdue)

    def show_summary(self, summary: ActionSummary) -> None:
        if summary.total == 0:
            self.counts.setText(self.tr("Handlingsplanen har inga åtgärder ännu."))
            self.overdue.hide()
            return
        names = action_status_names()
        parts = [f"{names[code]}: {count}" for code, count in summary.by_status if count]
        self.counts.setText(
            self.tr("%1 åtgärder. ").replace("%1", str(summary.total)) + " · ".join(parts)
        )
        if summary.overdue:
            self.overdue.setText(
                self.tr("%1 av dem har passerat sitt slutdatum utan att vara klara.").replace(
                    "%1", str(summary.overdue)
                )
            )
            self.overdue.setStyleSheet("color: #a11d1d; font-weight: bold;")
        else:
            self.overdue.setText(self.tr("Ingen åtgärd är försenad."))
            self.overdue.setStyleSheet(f"color: {MUTED_INK};")
        self.overdue.show()


class AnalysisTexts(QWidget):
    """What moved and why, and what to change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what_moved = QPlainTextEdit(self)
        self.what_moved.setPlaceholderText(
            self.tr("Vilka resultat har förbättrats eller försämrats, och vad beror det på?")
        )
        self.what_to_change = QPlainTextEdit(self)
        self.what_to_change.setPlaceholderText(
            self.tr("Vad behöver ni göra annorlunda: mål, åtgärder, arbetssätt?")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Analys"), self, level=2))
        for text, edit in (
            (self.tr("Vad har &rört sig och varför?"), self.what_moved),
            (self.tr("Vad behöver vi än&dra?"), self.what_to_change),
        ):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            edit.setMaximumHeight(140)
            label = QLabel(text, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            layout.addSpacing(6)


class MaturitySection(QWidget):
    """The checklist, the level (with the level the ticks suggest) and the published date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.hints: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, (key, text) in enumerate(criterion_texts().items()):
            box = QCheckBox(text, self)
            box.toggled.connect(self._update_suggestion)
            hint = QLabel(self)
            hint.setWordWrap(True)
            self.boxes[key], self.hints[key] = box, hint
            grid.addWidget(box, row, 0)
            grid.addWidget(hint, row, 1)

        self.level = QComboBox(self)
        self.level.addItem(self.tr("Ej bedömd"), None)
        for code, name in maturity_names().items():
            self.level.addItem(name, code)
        self.suggestion = QLabel(self)
        self.suggestion.setStyleSheet(f"color: {MUTED_INK};")
        level_row = QHBoxLayout()
        level_row.addWidget(self.level)
        level_row.addWidget(self.suggestion, 1)

        self.published = QCheckBox(self.tr("&Publicerad för invånarna"), self)
        self.published_on = QDateEdit(self)
        self.published_on.setDisplayFormat("yyyy-MM-dd")
        self.published_on.setCalendarPopup(True)
        self.published_on.setAccessibleName(self.tr("Publiceringsdatum"))
        self.published.toggled.connect(self.published_on.setEnabled)
        published_row = QHBoxLayout()
        published_row.addWidget(self.published)
        published_row.addWidget(self.published_on)
        published_row.addStretch(1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        level_label = QLabel(self.tr("&Mognadsnivå:"), self)
        level_label.setBuddy(self.level)
        form.addRow(level_label, level_row)
        form.addRow(self.tr("Publicering:"), published_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Mognad i hållbarhetsstyrningen"), self, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "En studie av 60 kommuner delade in dem i tre nivåer. Låg: ingen "
                    "nulägesanalys och inga konkreta mål eller indikatorer. Mellan: mål som följs "
                    "upp, men ingen nulägesanalys. Hög: nulägesanalys, konkreta mål riktade mot "
                    "utmaningarna, mätbara indikatorer som följs upp i årsredovisningen. Bocka i "
                    "det som stämmer; till höger står vad appen vet."
                ),
                self,
                muted=True,
            )
        )
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addLayout(form)

    def show_criteria(
        self, criteria: tuple[CriterionState, ...], maturity: str | None, published: date | None
    ) -> None:
        for state in criteria:
            box, hint = self.boxes[state.criterion], self.hints[state.criterion]
            box.blockSignals(True)
            box.setChecked(state.fulfilled)
            box.blockSignals(False)
            mark = "✓" if state.hint.suggested else "–"
            hint.setText(f"{mark} {state.hint.fact}")
            colour = HINT_YES if state.hint.suggested else MUTED_INK
            hint.setStyleSheet(
                f"color: {colour}; border-left: 3px solid {CARD_BORDER}; padding-left: 8px;"
            )
        self.level.setCurrentIndex(max(0, self.level.findData(maturity)))
        self.published.setChecked(published is not None)
        self.published_on.setEnabled(published is not None)
        day = published or date.today()
        self.published_on.setDate(QDate(day.year, day.month, day.day))
        self._update_suggestion()

    def ticked(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def maturity(self) -> str | None:
        data = self.level.currentData()
        return data if isinstance(data, str) else None

    def published_date(self) -> date | None:
        if not self.published.isChecked():
            return None
        day = self.published_on.date()
        return date(day.year(), day.month(), day.day())

    def _update_suggestion(self) -> None:
        suggested = suggested_maturity(key for key, ticked in self.ticked().items() if ticked)
        self.suggestion.setText(
            self.tr("Kryssen pekar på nivån: %1").replace("%1", maturity_names()[suggested])
        )
        self.changed.emit()
