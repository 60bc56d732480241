"""The outcomes part of the follow-up page: how the status is computed, the table, the chart
of the chosen indicator with its explanation, and the comment on its målsättning."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agenda_desktop.core.services.follow_up_types import ObjectiveOutcome
from agenda_desktop.gui.steering.follow_up_chart import FollowUpChart
from agenda_desktop.gui.steering.follow_up_outcomes import (
    STATUS_COLOURS,
    OutcomeProxy,
    OutcomeRow,
    OutcomeTableModel,
    status_names,
)
from agenda_desktop.gui.style import heading, paragraph, tidy_table


class OutcomeSection(QWidget):
    """Keeps the officers' comments per målsättning until the page saves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comments: dict[int, str] = {}
        self._comment_objective: int | None = None

        self.rule = paragraph(
            self.tr(
                "Så räknas statusen: utfallet jämförs med en rak linje från utgångsläget till "
                "målvärdet under målåret. ”På väg” betyder att utfallet har kommit minst så "
                "långt som linjen väntar sig det året, ”Risk” att det har rört sig åt rätt "
                "håll men ligger efter linjen, och ”Inte på väg” att det står still, går åt fel "
                "håll eller att målåret har passerat. Rätt håll är nyckeltalets egen riktning "
                "om den är angiven, annars riktningen från utgångsläget mot målvärdet. Utfallet "
                "är kommunens senaste värde fram till och med uppföljningens år."
            ),
            self,
            muted=True,
        )
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.model = OutcomeTableModel(self)
        self.proxy = OutcomeProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OutcomeTableModel.OBJECTIVE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Målsättningarnas indikatorer"))
        tidy_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((240, 260, 110, 110, 110, 110)):
            self.table.setColumnWidth(column, width)
        # The two text columns share what the numbers leave, so neither is squeezed.
        for column in (OutcomeTableModel.OBJECTIVE, OutcomeTableModel.INDICATOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        header.sectionResized.connect(self._fit_rows)

        self.chart = FollowUpChart(self)
        self.objective_title = paragraph("", self, muted=True)
        self.indicator_title = QLabel(self)
        self.indicator_title.setWordWrap(True)
        self.indicator_title.setStyleSheet("font-weight: bold;")
        self.explanation = paragraph("", self)
        self.comment_label = QLabel(self.tr("&Kommentar till målsättningen:"), self)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(
            self.tr("T.ex. vad som påverkat utvecklingen och vad ni gör nu.")
        )
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(80)
        self.comment.setMaximumHeight(160)
        self.comment_label.setBuddy(self.comment)

        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self.objective_title)
        side.addWidget(self.indicator_title)
        side.addWidget(self.explanation)
        side.addSpacing(6)
        side.addWidget(self.comment_label)
        side.addWidget(self.comment)
        side.addStretch(1)
        detail = QHBoxLayout()
        detail.setSpacing(20)
        detail.addWidget(self.chart, 3)
        detail.addLayout(side, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Målsättningar och indikatorer"), self, level=2))
        layout.addWidget(self.rule)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)
        layout.addLayout(detail)

    def show_objectives(self, objectives: tuple[ObjectiveOutcome, ...]) -> None:
        self._comment_objective = None
        self.comments = {objective.objective_id: objective.comment for objective in objectives}
        self.model.set_objectives(objectives)
        self._fit_rows()
        rows = self.proxy.rowCount()
        self._show_counts(objectives)
        if rows:
            self.table.selectRow(0)
        else:
            self._show_row(None)

    def _fit_rows(self, *_: object) -> None:
        """Row heights for the wrapped texts, and a table just tall enough (up to a limit)."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(row) for row in range(self.proxy.rowCount()))
        frame = 2 * self.table.frameWidth()
        height = self.table.horizontalHeader().sizeHint().height() + rows + frame + 2
        self.table.setFixedHeight(min(440, max(160, height)))
        self.table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if height > 440
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def collected_comments(self) -> dict[int, str]:
        """Every målsättning's comment, with the one being edited."""
        self._keep_comment()
        return dict(self.comments)

    def _show_counts(self, objectives: tuple[ObjectiveOutcome, ...]) -> None:
        counts: dict[str, int] = {}
        for objective in objectives:
            for indicator in objective.indicators:
                counts[indicator.status.status] = counts.get(indicator.status.status, 0) + 1
        if not objectives:
            self.counts.setText(
                self.tr(
                    "Programmet har inga målsättningar ännu. Lägg till dem under "
                    "2 Prioritera och mål, med indikatorer, utgångsläge och målvärden."
                )
            )
            return
        names = status_names()
        parts = []
        for code in ("uppnatt", "pa_vag", "risk", "inte_pa_vag", "okand"):
            if counts.get(code):
                background, ink = STATUS_COLOURS[code]
                parts.append(
                    f"<span style='background:{background}; color:{ink};'>"
                    f"&nbsp;{names[code]}: {counts[code]}&nbsp;</span>"
                )
        self.counts.setText("&nbsp;&nbsp;".join(parts) or self.tr("Inga indikatorer kopplade."))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_row(self.proxy.row_at(indexes[0].row()) if indexes else None)

    def _keep_comment(self) -> None:
        if self._comment_objective is not None:
            self.comments[self._comment_objective] = self.comment.toPlainText()

    def _show_row(self, row: OutcomeRow | None) -> None:
        self._keep_comment()
        indicator = row.indicator if row else None
        self.chart.show_indicator(indicator)
        if row is None:
            self._comment_objective = None
            self.objective_title.setText("")
            self.indicator_title.setText("")
            self.explanation.setText("")
            self.comment.setPlainText("")
            self.comment.setEnabled(False)
            return
        objective = row.objective
        self._comment_objective = objective.objective_id
        self.objective_title.setText(
            self.tr("Målsättning %1: %2")
            .replace("%1", objective.label)
            .replace("%2", objective.text)
        )
        self.comment_label.setText(
            self.tr("&Kommentar till målsättning %1:").replace("%1", objective.label)
        )
        self.comment.setEnabled(True)
        self.comment.setPlainText(self.comments.get(objective.objective_id, ""))
        if indicator is None:
            self.indicator_title.setText(self.tr("Ingen indikator kopplad"))
            self.explanation.setText(
                self.tr("Målsättningen har ingen indikator. Koppla en under 2 Prioritera och mål.")
            )
            return
        self.indicator_title.setText(indicator.kpi_title)
        self.explanation.setText(
            f"{status_names()[indicator.status.status]}: {indicator.status.explanation}"
        )
