"""The network's Dokument tab with real services: files copied into the database, opened,
saved as a copy, dropped onto the table and removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.networks.network_documents_tab import NetworkDocumentsTab

pytestmark = pytest.mark.usefixtures("swedish_locale")

CONTENT = b"%PDF-1.7 " + bytes(range(256)) * 6  # 1 545 bytes


@pytest.fixture
def services(fresh_database: Database) -> Services:
    return Services.for_database(fresh_database)


@pytest.fixture
def network_id(services: Services) -> int:
    return services.networks.create_network(NetworkInput("Glokala Sverige")).network_id


@pytest.fixture
def tab(qtbot: QtBot, services: Services, network_id: int) -> NetworkDocumentsTab:
    widget = NetworkDocumentsTab(services)
    qtbot.addWidget(widget)
    widget.show_network(network_id)
    return widget


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "avsiktsforklaring.pdf"
    path.write_bytes(CONTENT)
    return path


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, title: str | None) -> None:
    """The open dialog answers ``path``; the title question ``title`` (None: Avbryt)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args, **_kw: (str(path), "")))  # fmt: skip
    answer = ("", False) if title is None else (title, True)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args, **_kw: answer))


def shown(tab: NetworkDocumentsTab) -> list[list[str]]:
    model = tab.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_nothing_chosen_disables_the_buttons(qtbot: QtBot, services: Services) -> None:
    tab = NetworkDocumentsTab(services)
    qtbot.addWidget(tab)
    buttons = (tab.add_button, tab.open_button, tab.save_button, tab.remove_button)
    assert not any(button.isEnabled() for button in buttons)
    assert "Välj ett nätverk" in tab.hint.text()


def test_a_file_is_added_with_a_title_and_listed(
    qtbot: QtBot, tab: NetworkDocumentsTab, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Inga dokument ännu" in tab.hint.text() and not tab.open_button.isEnabled()
    choose_file(monkeypatch, source, " Avsiktsförklaring ")
    with qtbot.waitSignal(tab.changed):
        tab.add_button.click()
    [[title, filename, size, added]] = shown(tab)
    assert (title, filename, size) == ("Avsiktsförklaring", "avsiktsforklaring.pdf", "1,5 kB")
    assert len(added) == 16 and added[4] == "-"  # "2026-05-04 10:15"
    assert tab.open_button.isEnabled() and tab.remove_button.isEnabled()


def test_cancelling_the_title_adds_nothing(
    tab: NetworkDocumentsTab, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_file(monkeypatch, source, None)
    tab.add_button.click()
    assert tab.model.rowCount() == 0


def test_open_writes_the_file_and_hands_it_to_the_computer(
    tab: NetworkDocumentsTab, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.add_files([source], "Avsiktsförklaring")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))  # fmt: skip
    tab.open_button.click()
    [url] = opened
    path = Path(url.toLocalFile())
    assert path.name == "avsiktsforklaring.pdf" and path.read_bytes() == CONTENT
    assert path.parent.parent != source.parent  # a temporary folder, not the original


def test_open_without_a_program_says_what_to_do(
    tab: NetworkDocumentsTab, source: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    tab.add_files([source])
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    tab.open_button.click()
    assert "Spara som" in message_boxes.texts("warning")[0]


def test_save_as_writes_a_copy(
    tab: NetworkDocumentsTab, source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.add_files([source])
    target = tmp_path / "kopia.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kw: (str(target), "")))  # fmt: skip
    tab.save_button.click()
    assert target.read_bytes() == CONTENT


def test_removing_warns_about_evidence_and_asks_first(
    qtbot: QtBot, tab: NetworkDocumentsTab, source: Path, message_boxes
) -> None:
    tab.add_files([source], "Avsiktsförklaring")
    message_boxes.answer_yes = False
    tab.remove_button.click()
    assert tab.model.rowCount() == 1
    question = message_boxes.texts("question")[0]
    assert "”Avsiktsförklaring”" in question and "belägg för ett åtagande" in question
    message_boxes.answer_yes = True
    with qtbot.waitSignal(tab.changed):
        tab.remove_button.click()
    assert tab.model.rowCount() == 0


def drop(tab: NetworkDocumentsTab, urls: list[QUrl]) -> QDropEvent:
    data = QMimeData()
    data.setUrls(urls)
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    tab.view.dropEvent(event)
    return event


def test_dropped_files_are_added_and_folders_and_links_left_out(
    qtbot: QtBot, tab: NetworkDocumentsTab, source: Path, tmp_path: Path
) -> None:
    other = tmp_path / "protokoll.docx"
    other.write_bytes(b"PK")
    urls = [QUrl.fromLocalFile(str(source)), QUrl.fromLocalFile(str(tmp_path)),
            QUrl("https://example.org/a.pdf"), QUrl.fromLocalFile(str(other))]  # fmt: skip
    with qtbot.waitSignal(tab.changed):
        event = drop(tab, urls)
    assert event.isAccepted()
    assert sorted(row[1] for row in shown(tab)) == ["avsiktsforklaring.pdf", "protokoll.docx"]
    assert not drop(tab, [QUrl("https://example.org/a.pdf")]).isAccepted()


def test_a_file_the_service_refuses_is_explained(
    tab: NetworkDocumentsTab, tmp_path: Path, message_boxes
) -> None:
    tab.add_files([tmp_path / "finns-inte.pdf"])
    assert tab.model.rowCount() == 0
    assert len(message_boxes.texts("warning")) == 1
