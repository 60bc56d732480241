"""The actions on a timeline: one bar per action from start to due date, coloured by
status, with a red "I dag" line. Drawn with QPainter because a Gantt row needs its title
beside the bar, which a plot library would make us fight for.

An action with only a due date is a diamond on that day; one with only a start date runs
to today; one without dates is listed without a bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from agenda_desktop.core.steering.action_types import ActionInfo
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES
from agenda_desktop.gui.steering.action_display import (
    OVERDUE_INK,
    OVERDUE_MARK,
    status_colour,
    status_name,
)
from agenda_desktop.gui.style import CARD_BORDER, INK, MUTED_INK

ROW_HEIGHT = 28
LABEL_WIDTH = 300
TOP = 64  # legend and the year/month axis
MARGIN = 16
TODAY_COLOUR = QColor("#c92a2a")


def _span(actions: Sequence[ActionInfo], today: date) -> tuple[date, date]:
    days = [d for a in actions for d in (a.start_date, a.due_date) if d is not None]
    days.append(today)
    first, last = min(days), max(days)
    first = date(first.year, first.month, 1)
    last = date(last.year + (last.month == 12), last.month % 12 + 1, 1)  # month after
    return first, last


class ActionTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionInfo] = []
        self._today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Tidslinje över åtgärderna"))

    def set_actions(self, actions: Sequence[ActionInfo], today: date | None = None) -> None:
        self._actions = list(actions)
        self._today = today or date.today()
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def shown_actions(self) -> list[ActionInfo]:
        return list(self._actions)

    def sizeHint(self) -> QSize:
        rows = max(len(self._actions), 1)
        return QSize(900, TOP + rows * ROW_HEIGHT + MARGIN * 2)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self._actions:
            painter.setPen(QColor(MUTED_INK))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Inga åtgärder att visa.")
            )
            return
        first, last = _span(self._actions, self._today)
        left = MARGIN + LABEL_WIDTH
        right = self.width() - MARGIN
        total_days = max((last - first).days, 1)

        def x_of(day: date) -> float:
            return left + (right - left) * (day - first).days / total_days

        self._draw_legend(painter)
        self._draw_axis(painter, first, last, x_of)
        for row, action in enumerate(self._actions):
            self._draw_row(painter, row, action, x_of)
        today_x = x_of(self._today)
        pen = QPen(TODAY_COLOUR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = TOP + len(self._actions) * ROW_HEIGHT
        painter.drawLine(QPointF(today_x, TOP - 6), QPointF(today_x, bottom))
        painter.drawText(QPointF(today_x + 4, bottom + 14), self.tr("I dag"))
        painter.end()

    def _draw_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        x = float(MARGIN)
        for status in ACTION_STATUSES:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_colour(status))
            painter.drawRoundedRect(QRectF(x, MARGIN, 14, 14), 3, 3)
            painter.setPen(QColor(INK))
            name = status_name(status)
            painter.drawText(QPointF(x + 20, MARGIN + 12), name)
            x += 20 + metrics.horizontalAdvance(name) + 18
        painter.setPen(QPen(OVERDUE_INK, 2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(x, MARGIN, 14, 14), 3, 3)
        painter.setPen(OVERDUE_INK)
        painter.drawText(
            QPointF(x + 20, MARGIN + 12),
            self.tr("%1 Slutdatum passerat").replace("%1", OVERDUE_MARK),
        )

    def _draw_axis(
        self, painter: QPainter, first: date, last: date, x_of: Callable[[date], float]
    ) -> None:
        top, bottom = TOP - 6, TOP + len(self._actions) * ROW_HEIGHT
        months = (last.year - first.year) * 12 + last.month - first.month
        step = 1 if months <= 18 else 3 if months <= 48 else 12
        day = first
        while day <= last:
            x = x_of(day)
            is_year = day.month == 1
            painter.setPen(QPen(QColor(CARD_BORDER if is_year else "#eef1f4"), 1))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            label = str(day.year) if is_year or day == first else ""
            if step < 12 and not is_year:
                label = f"{day.month:02d}"
            fits = x + QFontMetrics(self.font()).horizontalAdvance(label) < self.width() - MARGIN
            if label and fits:
                painter.setPen(QColor(INK if is_year or day == first else MUTED_INK))
                painter.drawText(QPointF(x + 3, top - 4), label)
            month = day.month - 1 + step
            day = date(day.year + month // 12, month % 12 + 1, 1)
        painter.setPen(QColor(CARD_BORDER))
        painter.drawLine(QPointF(MARGIN, bottom), QPointF(self.width() - MARGIN, bottom))

    def _draw_row(
        self, painter: QPainter, row: int, action: ActionInfo, x_of: Callable[[date], float]
    ) -> None:
        y = TOP + row * ROW_HEIGHT
        if row % 2:
            painter.fillRect(QRectF(0, y, self.width(), ROW_HEIGHT), QColor("#f8f9fa"))
        metrics = QFontMetrics(self.font())
        title = f"{OVERDUE_MARK} {action.title}" if action.is_overdue else action.title
        painter.setPen(OVERDUE_INK if action.is_overdue else QColor(INK))
        painter.drawText(
            QRectF(MARGIN, y, LABEL_WIDTH - 12, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12),
        )
        colour = status_colour(action.status)
        outline = QPen(OVERDUE_INK, 2) if action.is_overdue else QPen(colour.darker(130), 1)
        painter.setPen(outline)
        painter.setBrush(colour)
        start, due = action.start_date, action.due_date
        if start is None and due is None:
            return
        if start is None and due is not None:
            centre = QPointF(x_of(due), y + ROW_HEIGHT / 2)
            size = 7.0
            painter.drawPolygon(
                QPolygonF(
                    [
                        centre + QPointF(0, -size),
                        centre + QPointF(size, 0),
                        centre + QPointF(0, size),
                        centre + QPointF(-size, 0),
                    ]
                )
            )
            return
        assert start is not None
        end = due or max(self._today, start)
        x1, x2 = x_of(start), x_of(end + timedelta(days=1))
        painter.drawRoundedRect(QRectF(x1, y + 6, max(x2 - x1, 4), ROW_HEIGHT - 12), 4, 4)
