"""The 17 global goals as coloured tiles, in the style of the official SDG icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QSizePolicy, QWidget

from agenda_desktop.core.services.reference import GoalInfo
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.style import CARD_BORDER, INK, MUTED_INK, contrast_ratio

COLUMNS = 6
TILE_SIZE = 128
WHITE = QColor("#ffffff")
# Large bold text needs 3:1 (WCAG AA). White on the lighter goal colours (2, 6, 7, 11, 15 …)
# falls short, so those tiles draw a dark shadow under the text instead of changing the
# UN's colours or the white lettering that people recognise from the official icons.
LARGE_TEXT_CONTRAST = 3.0


def needs_text_shadow(colour: str) -> bool:
    """True when white text on ``colour`` needs a shadow to be read comfortably."""
    return contrast_ratio(WHITE, QColor(colour)) < LARGE_TEXT_CONTRAST


VOWELS = frozenset("AEIOUYÅÄÖÉaeiouyåäöé")


def _fits(metrics: QFontMetrics, text: str, size: QSize) -> bool:
    # Qt may break after a hyphen, so each hyphenated part must fit a line, not the word.
    parts = [part for word in text.split() for part in word.replace("-", "- ").split()]
    if any(metrics.horizontalAdvance(part) > size.width() for part in parts):
        return False
    bounds = metrics.boundingRect(
        QRect(0, 0, size.width(), 10_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return bounds.height() <= size.height()


def _breaks(word: str) -> list[int]:
    """Possible hyphenation points, likely compound boundaries first.

    A break goes before the last consonant ahead of a vowel (Swedish syllables); where two
    consonants meet (KLIMAT|FÖRÄNDRINGARNA, GENOM|FÖRANDE) the break is more often between
    the parts of a compound, so those come first.
    """
    syllables = [
        i
        for i in range(3, len(word) - 2)
        if word[i] not in VOWELS and word[i + 1] in VOWELS and any(c in VOWELS for c in word[:i])
    ]
    clusters = [i for i in syllables if word[i - 1] not in VOWELS]
    return clusters + [i for i in syllables if i not in clusters]


def hyphenate(word: str, metrics: QFontMetrics, width: int, first_only: bool = False) -> str:
    """Break a word too wide for one line, e.g. KLIMATFÖRÄNDRINGARNA → KLIMAT-FÖRÄNDRINGARNA.

    With ``first_only`` only the likeliest compound boundary is tried. Returns the word
    unchanged when it fits, or when no break makes both parts fit.
    """
    if metrics.horizontalAdvance(word) <= width:
        return word
    candidates = _breaks(word)
    for i in candidates[:1] if first_only else candidates:
        head, tail = word[:i] + "-", word[i:]
        if max(metrics.horizontalAdvance(head), metrics.horizontalAdvance(tail)) <= width:
            return f"{head}{tail}"
    return word


def fit_text(text: str, base: QFont, size: QSize, largest: int, smallest: int) -> tuple[QFont, str]:
    """A bold font (in pixels) and line-breakable text that fit ``size`` when wrapped.

    In order of preference: unbroken words at a comfortable size; a compound broken at its
    boundary; unbroken words at the smallest size; any syllable break.
    """
    comfortable = max(smallest, round(largest * 0.85))
    font = QFont(base)
    font.setBold(True)
    attempts: list[tuple[range, bool | None]] = [
        (range(largest, comfortable - 1, -1), None),
        (range(largest, smallest - 1, -1), True),
        (range(comfortable - 1, smallest - 1, -1), None),
        (range(smallest, smallest - 1, -1), False),
    ]
    fitted = text
    for sizes, first_only in attempts:
        for pixels in sizes:
            font.setPixelSize(pixels)
            metrics = QFontMetrics(font)
            fitted = text
            if first_only is not None:
                fitted = " ".join(
                    hyphenate(word, metrics, size.width(), first_only) for word in text.split()
                )
            if _fits(metrics, fitted, size):
                return font, fitted
    return font, fitted


class GoalTile(QAbstractButton):
    """One goal: a square in its UN colour with the number and the Swedish short name.

    Focusable; a click, Space or Enter opens the goal.
    """

    def __init__(self, goal: GoalInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.colour = QColor(goal.colour)
        self._hovered = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setText(goal_name(goal))
        self.setAccessibleName(
            self.tr("Mål {number}: {name}").format(number=goal.number, name=goal_name(goal))
        )
        self.setToolTip(self.tr("Öppna mål {number} och dess delmål").format(number=goal.number))

    def sizeHint(self) -> QSize:
        return QSize(TILE_SIZE, TILE_SIZE)

    def minimumSizeHint(self) -> QSize:
        return QSize(TILE_SIZE - 24, TILE_SIZE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        background = QColor(self.colour)
        if self.isDown():
            background = background.darker(118)
        elif self._hovered:
            background = background.darker(108)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(area, 4, 4)

        padding = max(8, self.height() // 14)
        inner = self.rect().adjusted(padding, padding - 2, -padding, -padding)
        number_font = QFont(self.font())
        number_font.setPixelSize(max(20, round(self.height() * 0.30)))
        number_font.setBold(True)
        number_height = round(number_font.pixelSize() * 1.15)
        number_rect = QRect(inner.left(), inner.top(), inner.width(), number_height)
        name_rect = QRect(
            inner.left(),
            number_rect.bottom() + 4,
            inner.width(),
            inner.bottom() - number_rect.bottom() - 4,
        )
        name_font, name = fit_text(
            goal_name(self.goal).upper(),
            self.font(),
            name_rect.size(),
            largest=max(10, round(self.height() * 0.105)),
            smallest=max(8, round(self.height() * 0.075)),
        )
        shadow = needs_text_shadow(self.goal.colour)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        wrapped = flags | int(Qt.TextFlag.TextWordWrap)
        for font, rect, text, text_flags in (
            (number_font, number_rect, str(self.goal.number), flags),
            (name_font, name_rect, name, wrapped),
        ):
            painter.setFont(font)
            if shadow:
                painter.setPen(QColor(0, 0, 0, 120))
                painter.drawText(rect.translated(QPoint(1, 1)), text_flags, text)
            painter.setPen(WHITE)
            painter.drawText(rect, text_flags, text)

        if self.hasFocus():
            # Two rings, dark outside and white inside, show on every goal colour.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(INK), 3))
            painter.drawRoundedRect(area.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
            painter.setPen(QPen(WHITE, 2))
            painter.drawRoundedRect(area.adjusted(4.5, 4.5, -4.5, -4.5), 3, 3)
        painter.end()


class AgendaTile(QWidget):
    """The eighteenth cell: what the grid is, in the place of the SDG wheel."""

    def sizeHint(self) -> QSize:
        return QSize(TILE_SIZE, TILE_SIZE)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(CARD_BORDER), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(area, 4, 4)
        padding = max(8, self.height() // 14)
        inner = self.rect().adjusted(padding, padding, -padding, -padding)
        title = QFont(self.font())
        title.setPixelSize(max(10, round(self.height() * 0.115)))
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor(INK))
        flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(inner, flags, self.tr("Globala målen för hållbar utveckling"))
        detail = QFont(self.font())
        detail.setPixelSize(max(9, round(self.height() * 0.095)))
        painter.setFont(detail)
        painter.setPen(QColor(MUTED_INK))
        bottom = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(inner, bottom, self.tr("17 mål\n169 delmål"))
        painter.end()


class GoalGrid(QWidget):
    """The 17 tiles in rows of six; arrow keys move between them like in a table."""

    goalActivated = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, goals: list[GoalInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("De 17 globala målen"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.tiles: list[GoalTile] = []
        for position, goal in enumerate(goals):
            tile = GoalTile(goal, self)
            tile.clicked.connect(lambda _checked=False, n=goal.number: self.goalActivated.emit(n))
            tile.installEventFilter(self)
            layout.addWidget(tile, position // COLUMNS, position % COLUMNS)
            self.tiles.append(tile)
        last = len(goals)
        layout.addWidget(AgendaTile(self), last // COLUMNS, last % COLUMNS)
        for column in range(COLUMNS):
            layout.setColumnStretch(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Tiles stay nearly square as the window grows; only their height needs setting,
        # the grid's column stretch gives them their width.
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        side = (event.size().width() - spacing * (COLUMNS - 1)) // COLUMNS
        height = max(TILE_SIZE - 16, min(round(side * 0.92), TILE_SIZE + 48))
        for tile in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            tile.setFixedHeight(height)
        super().resizeEvent(event)

    def tile(self, number: int) -> GoalTile:
        return next(tile for tile in self.tiles if tile.goal.number == number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.tiles:
            assert isinstance(event, QKeyEvent) and isinstance(watched, GoalTile)
            step = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Up: -COLUMNS,
                Qt.Key.Key_Down: COLUMNS,
            }.get(Qt.Key(event.key()))
            if step is not None:
                target = self.tiles.index(watched) + step
                if 0 <= target < len(self.tiles):
                    self.tiles[target].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
