"""The first-run wizard on a fresh database, with the real services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.organisation import OrganisationService, Profile
from agenda_desktop.core.services.reference import ReferenceService
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.database import Database
from agenda_desktop.gui.wizard import FirstRunWizard, PageId

Button = QWizard.WizardButton
Warnings = list[tuple[str, str]]


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    """Every QMessageBox.warning as (title, text), answered at once."""
    shown: Warnings = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make the next QFileDialog.getOpenFileName answer with ``path``."""

    def choose(path: Path) -> None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), "")
        )

    return choose


@pytest.fixture
def wizard(qtbot: QtBot, fresh_database: Database) -> FirstRunWizard:
    wizard = FirstRunWizard(ReferenceService(fresh_database), OrganisationService(fresh_database))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def widget(wizard: FirstRunWizard, kind: type[Any], name: str) -> Any:
    found = wizard.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, wizard: FirstRunWizard, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def type_text(field: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks cannot type å, ä, ö."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if ord(char.upper()) < 256 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


def search(qtbot: QtBot, wizard: FirstRunWizard, text: str) -> list[str]:
    field = widget(wizard, QLineEdit, "municipalitySearch")
    field.clear()
    type_text(field, text)
    model = widget(wizard, QListView, "municipalityList").model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def fill_in(qtbot: QtBot, wizard: FirstRunWizard, prefix: str = "KS") -> None:
    """Walk from the welcome page to the summary: Härryda, proposed name, ``prefix``."""
    click(qtbot, wizard, Button.NextButton)
    search(qtbot, wizard, "1401")
    click(qtbot, wizard, Button.NextButton)
    click(qtbot, wizard, Button.NextButton)
    qtbot.keyClicks(widget(wizard, QLineEdit, "diariePrefix"), prefix)
    click(qtbot, wizard, Button.NextButton)


def stored_profile(database: Database) -> Profile | None:
    """The profile as read through a new Database object on the same file."""
    assert database.location.path is not None
    reopened = open_database(database.location).database
    try:
        return OrganisationService(reopened).profile()
    finally:
        reopened.close()


def test_texts_are_swedish(wizard: FirstRunWizard) -> None:
    assert wizard.windowTitle() == "Kom igång med Agenda Desktop"
    titles = [wizard.page(page).title() for page in PageId]
    assert titles == [
        "Välkommen till Agenda Desktop",
        "Kommun",
        "Organisation och logotyp",
        "Diarienummer",
        "Klart",
    ]
    assert all(wizard.page(page).subTitle() for page in PageId)


def test_next_is_disabled_until_a_kommun_is_picked(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == PageId.MUNICIPALITY
    assert not wizard.button(Button.NextButton).isEnabled()

    assert search(qtbot, wizard, "1401") == ["Härryda (1401)"]

    assert wizard.form.municipality() is not None
    assert wizard.button(Button.NextButton).isEnabled()
    info = widget(wizard, QLabel, "municipalityInfo").text()
    assert "Härryda" in info
    assert "A2" in info


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1401", "Härryda (1401)"),
        ("härr", "Härryda (1401)"),
        ("HÄRR", "Härryda (1401)"),
        ("harryda", "Härryda (1401)"),
        ("öck", "Öckerö (1407)"),
        ("ÖCKERÖ", "Öckerö (1407)"),
    ],
)
def test_search_by_name_or_kommunkod(
    qtbot: QtBot, wizard: FirstRunWizard, text: str, expected: str
) -> None:
    click(qtbot, wizard, Button.NextButton)
    assert search(qtbot, wizard, text) == [expected]


def test_search_reacts_while_typing(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    everything = search(qtbot, wizard, "")
    assert len(everything) == 290
    # Swedish alphabetical order: … Z, Å, Ä, Ö.
    assert [label.split(" (")[0] for label in everything[-11:]] == [
        "Öckerö",
        "Ödeshög",
        "Örebro",
        "Örkelljunga",
        "Örnsköldsvik",
        "Östersund",
        "Österåker",
        "Östhammar",
        "Östra Göinge",
        "Överkalix",
        "Övertorneå",
    ]
    assert everything.index("Åre (2321)") < everything.index("Älmhult (0765)")
    several = search(qtbot, wizard, "st")
    assert len(several) > 10
    assert wizard.form.municipality() is None  # several matches: nothing is picked for you


def test_enter_in_the_search_picks_the_first_match_and_stays(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    click(qtbot, wizard, Button.NextButton)
    search(qtbot, wizard, "Stock")
    qtbot.keyClick(widget(wizard, QLineEdit, "municipalitySearch"), Qt.Key.Key_Return)
    municipality = wizard.form.municipality()
    assert municipality is not None
    assert municipality.name == "Stockholm"
    assert wizard.currentId() == PageId.MUNICIPALITY


def test_the_organisation_name_is_proposed_and_follows_the_kommun(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    click(qtbot, wizard, Button.NextButton)
    search(qtbot, wizard, "härr")
    click(qtbot, wizard, Button.NextButton)
    name = widget(wizard, QLineEdit, "organisationName")
    assert name.text() == "Härryda kommun"
    assert wizard.button(Button.NextButton).isEnabled()

    click(qtbot, wizard, Button.BackButton)
    search(qtbot, wizard, "öck")
    assert name.text() == "Öckerö kommun"  # still the proposal, so it follows

    name.setText("Öckerö kommun, miljöenheten")
    search(qtbot, wizard, "1401")
    assert name.text() == "Öckerö kommun, miljöenheten"  # the user's own text stays


def test_an_empty_name_blocks_next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    search(qtbot, wizard, "1401")
    click(qtbot, wizard, Button.NextButton)
    widget(wizard, QLineEdit, "organisationName").clear()
    assert not wizard.button(Button.NextButton).isEnabled()


def test_finishing_stores_the_profile(
    qtbot: QtBot, wizard: FirstRunWizard, fresh_database: Database
) -> None:
    fill_in(qtbot, wizard, prefix="KS")
    assert wizard.currentId() == PageId.SUMMARY
    assert wizard.button(Button.FinishButton).isVisible()

    click(qtbot, wizard, Button.FinishButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = stored_profile(fresh_database)
    assert profile is not None
    assert profile.municipality_id == "1401"
    assert profile.municipality_name == "Härryda"
    assert profile.organisation_name == "Härryda kommun"
    assert profile.diarie_prefix == "KS"
    assert profile.logo is None


def test_a_bad_diarie_prefix_is_named_and_nothing_is_stored(
    qtbot: QtBot, wizard: FirstRunWizard, fresh_database: Database, warnings: Warnings
) -> None:
    fill_in(qtbot, wizard, prefix="K$")

    assert wizard.currentId() == PageId.DIARIE  # Next refused
    assert len(warnings) == 1
    assert "Prefix för diarienummer" in warnings[0][1]
    assert stored_profile(fresh_database) is None


def test_an_error_at_finish_shows_the_page_of_the_field(
    qtbot: QtBot, wizard: FirstRunWizard, fresh_database: Database, warnings: Warnings
) -> None:
    fill_in(qtbot, wizard, prefix="KS")
    widget(wizard, QLineEdit, "diariePrefix").setText("K$")  # changed behind the pages' back

    click(qtbot, wizard, Button.FinishButton)

    assert len(warnings) == 1
    assert warnings[0][1].startswith("Prefix för diarienummer")
    assert wizard.isVisible()
    assert wizard.currentId() == PageId.DIARIE
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert stored_profile(fresh_database) is None


def test_cancel_stores_nothing(
    qtbot: QtBot, wizard: FirstRunWizard, fresh_database: Database
) -> None:
    fill_in(qtbot, wizard)
    click(qtbot, wizard, Button.CancelButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert stored_profile(fresh_database) is None


def write_png(path: Path) -> Path:
    image = QImage(120, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0b5cad"))
    assert image.save(str(path))
    return path


def test_a_logo_is_stored(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    fresh_database: Database,
    tmp_path: Path,
    choose_file: Callable[[Path], None],
) -> None:
    logo = write_png(tmp_path / "logotyp.png")
    choose_file(logo)
    click(qtbot, wizard, Button.NextButton)
    search(qtbot, wizard, "1401")
    click(qtbot, wizard, Button.NextButton)
    qtbot.mouseClick(widget(wizard, QPushButton, "chooseLogo"), Qt.MouseButton.LeftButton)
    assert widget(wizard, QLabel, "logoPreview").pixmap() is not None
    assert widget(wizard, QPushButton, "removeLogo").isEnabled()
    click(qtbot, wizard, Button.NextButton)
    qtbot.keyClicks(widget(wizard, QLineEdit, "diariePrefix"), "KLK")
    click(qtbot, wizard, Button.NextButton)
    click(qtbot, wizard, Button.FinishButton)

    profile = stored_profile(fresh_database)
    assert profile is not None
    assert profile.logo == logo.read_bytes()
    assert profile.logo_filename == "logotyp.png"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Det h\xc3\xa4r \xc3\xa4r ingen bild.", "ingen PNG- eller JPEG-bild"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024), "högst 2 MB"),
        (b"\x89PNG\r\n\x1a\n trasig", "ingen PNG- eller JPEG-bild"),
    ],
    ids=["text", "too-large", "broken-png"],
)
def test_a_file_that_is_no_logo_is_refused(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    tmp_path: Path,
    choose_file: Callable[[Path], None],
    warnings: Warnings,
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / "inte-en-bild.png"
    path.write_bytes(content)
    choose_file(path)
    click(qtbot, wizard, Button.NextButton)
    search(qtbot, wizard, "1401")
    click(qtbot, wizard, Button.NextButton)

    qtbot.mouseClick(widget(wizard, QPushButton, "chooseLogo"), Qt.MouseButton.LeftButton)

    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Logotyp"
    assert "inte-en-bild.png" in text
    assert expected in text
    assert wizard.form.data().logo is None
    assert not widget(wizard, QPushButton, "removeLogo").isEnabled()


def test_cancelling_the_file_dialog_changes_nothing(
    qtbot: QtBot, wizard: FirstRunWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    wizard.form.choose_logo()
    assert wizard.form.data().logo is None
