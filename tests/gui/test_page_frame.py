"""A page fills its frame, and scrolls only when the frame is smaller than the page needs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from agenda_desktop.gui.page_frame import PageFrame


def _page() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel("Ett långt stycke text som bryts på flera rader. " * 40)
    label.setWordWrap(True)  # a height-for-width that is taller than the window
    layout.addWidget(label)
    button = QPushButton("Lägg till belägg…")
    button.setMinimumWidth(400)
    layout.addWidget(button)
    return page


def test_a_page_with_wrapped_text_fills_the_frame_without_scrolling(qtbot: QtBot) -> None:
    frame = PageFrame()
    qtbot.addWidget(frame)
    page = _page()
    frame.set_page(page)
    frame.resize(900, 500)
    frame.show()
    qtbot.waitExposed(frame)
    assert page.size() == frame.viewport().size()
    assert frame.verticalScrollBar().maximum() == 0


def test_a_frame_smaller_than_the_page_scrolls(qtbot: QtBot) -> None:
    frame = PageFrame()
    qtbot.addWidget(frame)
    page = _page()
    frame.set_page(page)
    frame.resize(200, 60)
    frame.show()
    qtbot.waitExposed(frame)
    least = page.minimumSizeHint()
    assert page.width() >= least.width() > frame.viewport().width()
    assert frame.horizontalScrollBar().maximum() > 0  # the rest is reached by scrolling
