"""Every Qt Designer form under ui/ loads, from source and from a frozen bundle."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from agenda_desktop.core.resources import ui_root
from agenda_desktop.gui.forms import FormError, child, load_form, ui_path

FORMS = sorted(ui_root().glob("*.ui"))


def test_the_ui_folder_is_the_top_level_one() -> None:
    import agenda_desktop

    assert ui_root() == Path(agenda_desktop.__file__).resolve().parents[1] / "ui"
    assert ui_path("organisation_form").is_file()
    assert len(FORMS) >= 2


def test_frozen_the_forms_are_looked_for_in_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert ui_path("settings_dialog") == tmp_path / "ui" / "settings_dialog.ui"


@pytest.mark.parametrize("path", FORMS, ids=[path.stem for path in FORMS])
def test_every_form_loads(qapp: object, path: Path) -> None:
    parent = QWidget()
    form = load_form(path.stem, parent)
    assert form.parent() is parent
    # The <class> is the translation context: it must name the top-level widget.
    root = ET.parse(path).getroot()
    assert root.findtext("class") == form.objectName()
    assert form.findChildren(QWidget)


def test_a_missing_form_is_a_clear_error(qapp: object) -> None:
    with pytest.raises(FormError, match=r"finns_inte\.ui"):
        load_form("finns_inte")


def test_child_names_the_missing_widget(qapp: object) -> None:
    form = load_form("organisation_form")
    assert child(form, QLineEdit, "diariePrefix").maxLength() == 16
    with pytest.raises(FormError, match="saknar QLineEdit ”ingetFalt”"):
        child(form, QLineEdit, "ingetFalt")
