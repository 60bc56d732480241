"""The overview of the 17 goals: one tile per goal, coloured and labelled by assessment.

A tile is a checkable button, so the overview is also how a goal is chosen, with the
mouse or with the keyboard (Tab to the tiles, arrow keys between them, Space to choose).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from agenda_desktop.core.services.analysis_types import GoalAnalysis
from agenda_desktop.gui.steering.analysis_texts import (
    EDGES,
    FILLS,
    FLAG,
    LEVEL_MARKS,
    assessment_names,
    short_assessment_names,
)
from agenda_desktop.gui.style import ACCENT, INK, MUTED_INK, scaled_font

COLUMNS = 6
TILE_HEIGHT = 78


class GoalTile(QAbstractButton):
    """Number in the goal's own colour, short name, assessment in words and level dots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(140, TILE_HEIGHT)
        self.goal: GoalAnalysis | None = None
        self.goal_label = ""

    def show_goal(self, goal: GoalAnalysis, name: str) -> None:
        self.goal = goal
        self.goal_label = name
        assessment = assessment_names()[goal.assessment.assessment]
        text = f"{goal.goal_number} {name}: {assessment}"
        if goal.should_work_on:
            text += " – " + self.tr("borde arbeta med")
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(170, TILE_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        goal = self.goal
        if goal is None:
            return
        code = goal.assessment.assessment
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(EDGES[code]), 1))
        painter.setBrush(QColor(FILLS[code]))
        painter.drawRoundedRect(rect, 6, 6)
        badge = QRect(rect.left() + 6, rect.top() + 6, 26, 24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(goal.colour))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(scaled_font(self, 1.0, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(goal.goal_number))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        status_rect = QRect(badge.right() + 8, badge.top(), rect.right() - badge.right() - 14, 24)
        painter.setPen(QColor(INK))
        painter.setFont(scaled_font(self, 0.85))
        painter.drawText(status_rect, left, f"{LEVEL_MARKS[code]} {short_assessment_names()[code]}")
        if goal.should_work_on:
            painter.setPen(QColor(EDGES["stor"]))
            painter.setFont(scaled_font(self, 1.1, bold=True))
            painter.drawText(status_rect, Qt.AlignmentFlag.AlignRight, FLAG)
        name_rect = QRect(rect.left() + 7, badge.bottom() + 4, rect.width() - 14, 0)
        name_rect.setBottom(rect.bottom() - 3)
        painter.setPen(QColor(INK))
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        for factor in (0.9, 0.8, 0.72):
            font = scaled_font(self, factor, bold=True)
            needed = QFontMetrics(font).boundingRect(name_rect, wrap, self.goal_label)
            if needed.height() <= name_rect.height():
                break
        painter.setFont(font)
        painter.drawText(name_rect, wrap, self.goal_label)
        if self.isChecked() or self.hasFocus():
            width = 3 if self.isChecked() else 2
            painter.setPen(QPen(QColor(ACCENT if self.isChecked() else MUTED_INK), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.end()


class GoalOverview(QWidget):
    """The 17 tiles in a grid and the legend below; ``goal_chosen`` carries a goal number.

    ``ask_to_leave`` is called before another tile is chosen; returning False keeps the
    current goal (the page asks about unsaved edits there).
    """

    goal_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_to_leave: Callable[[], bool] = lambda: True
        self._previous = 0
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.tiles: dict[int, GoalTile] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        legend = QHBoxLayout()
        legend.setSpacing(18)
        names = assessment_names()
        for code, name in names.items():
            swatch = QLabel(f"{LEVEL_MARKS[code]}  {name}", self)
            swatch.setStyleSheet(
                f"background: {FILLS[code]}; border: 1px solid {EDGES[code]};"
                f" border-radius: 4px; padding: 3px 8px; color: {INK};"
            )
            legend.addWidget(swatch)
        flag = QLabel(f"{FLAG} " + self.tr("Borde arbeta med"), self)
        flag.setStyleSheet(f"color: {EDGES['stor']}; font-weight: bold;")
        legend.addWidget(flag)
        legend.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(10)
        layout.addLayout(self.grid, 0, 0)
        layout.addLayout(legend, 1, 0)

    def show_goals(self, goals: tuple[GoalAnalysis, ...], names: dict[int, str]) -> None:
        for index, goal in enumerate(goals):
            tile = self.tiles.get(goal.goal_number)
            if tile is None:
                tile = GoalTile(self)
                tile.clicked.connect(lambda _=False, n=goal.goal_number: self._clicked(n))
                tile.installEventFilter(self)
                self.group.addButton(tile, goal.goal_number)
                self.tiles[goal.goal_number] = tile
                self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            tile.show_goal(goal, names.get(goal.goal_number, goal.name))

    def current(self) -> int:
        return max(self.group.checkedId(), 0)

    def set_current(self, number: int) -> None:
        """Check a tile without asking (the page has already dealt with unsaved edits)."""
        self._previous = number
        tile = self.tiles.get(number)
        if tile is not None:
            tile.setChecked(True)
        self._one_tab_stop()

    def _one_tab_stop(self) -> None:
        """Only the chosen tile is a Tab stop (as in a group of radio buttons); the arrow
        keys move between the tiles and Space chooses one."""
        for number, tile in self.tiles.items():
            tile.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus
                if number == self._previous
                else Qt.FocusPolicy.ClickFocus
            )

    def _clicked(self, number: int) -> None:
        previous = self._previous
        if number == previous:
            return
        if not self.ask_to_leave():
            self.set_current(previous)
            return
        self._previous = number
        self._one_tab_stop()
        self.goal_chosen.emit(number)

    def choose(self, number: int) -> None:
        """Choose a goal as a click would (asking about unsaved edits)."""
        if number in self.tiles:
            self.tiles[number].setChecked(True)
            self._clicked(number)

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and isinstance(watched, GoalTile) and watched.goal:
            step = {
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Down: COLUMNS,
                Qt.Key.Key_Up: -COLUMNS,
            }.get(Qt.Key(event.key()))
            if step is not None and event.type() == QKeyEvent.Type.KeyPress:
                target = self.tiles.get(watched.goal.goal_number + step)
                if target is not None:
                    target.setFocus()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
