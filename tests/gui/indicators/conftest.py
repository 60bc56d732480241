"""Fixtures of the Nyckeltal tests: the page on the demo database, waiting for workers.

The demo database holds ten years of values for Exempelkommun (1400), its county (0014),
Riket (0000) and kommungrupp C8.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.gui.indicators.page import IndicatorsPage
from agenda_desktop.gui.indicators.worker import running_tasks, wait_for_tasks
from agenda_desktop.gui.settings import AppSettings


@pytest.fixture(autouse=True)
def _no_worker_left(services: Services) -> Iterator[None]:
    """Every worker has ended before the database closes (its fixture ends after this)."""
    yield
    assert wait_for_tasks(), "a worker thread was still running after the test"
    assert running_tasks() == 0


@pytest.fixture
def page(
    qtbot: QtBot, services: Services, app_settings: AppSettings, swedish_locale: None
) -> IndicatorsPage:
    """The Nyckeltal page, shown (so its charts exist), with its first load finished."""
    widget = IndicatorsPage(services, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.loading)
    return widget


@pytest.fixture
def show_indicator(qtbot: QtBot, page: IndicatorsPage) -> Callable[[str], IndicatorsPage]:
    """Select an indicator in the list and wait until its page has been drawn."""

    def show(kpi_id: str) -> IndicatorsPage:
        assert page.list.select(kpi_id)
        qtbot.waitUntil(lambda: not page.loading and page.detail.shown_kpi == kpi_id)
        return page

    return show


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None], list[Any]]:
    """Make QFileDialog.getSaveFileName answer ``path`` (None: cancel); returns the calls."""
    from PySide6.QtWidgets import QFileDialog

    calls: list[Any] = []

    def answer(path: Path | None) -> list[Any]:
        def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
            calls.append(args)
            return (str(path) if path else "", "")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
        return calls

    return answer
