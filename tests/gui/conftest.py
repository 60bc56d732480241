"""GUI tests never block on a message box: an unexpected one fails the test instead.

Tests that expect boxes replace these stand-ins with their own (the ``message_boxes``
fixture, or a ``monkeypatch`` of their own), which then take precedence.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def unexpected_message_boxes_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    def fail(kind: str) -> object:
        def show(_parent: object, title: str, text: str, *_args: object, **_kw: object) -> object:
            pytest.fail(f"unexpected QMessageBox.{kind} ”{title}”: {text}")

        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, fail(kind))
