"""The municipality list model and filter, tested without a window, and the form's values."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.services.reference import MunicipalityInfo
from agenda_desktop.gui.municipality_model import (
    INFO_ROLE,
    MunicipalityFilter,
    MunicipalityListModel,
    matches,
    swedish_sort_key,
)
from agenda_desktop.gui.profile_form import ProfileForm, Section


def municipality(code: str, name: str) -> MunicipalityInfo:
    return MunicipalityInfo(code, name, "kommun", code[:2], None, None, None)


OCKERO = municipality("1407", "Öckerö")
HARRYDA = municipality("1401", "Härryda")
ALE = municipality("1440", "Ale")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("", True),
        ("öck", True),
        ("ÖCK", True),
        ("Öckerö", True),
        ("ocker", True),  # typed without Swedish letters
        ("ackerö", False),
        ("14", True),
        ("1407", True),
        ("407", False),  # a kommunkod is matched from its start
        ("  öck  ", True),
    ],
)
def test_matches(text: str, found: bool) -> None:
    assert matches(OCKERO, text) is found


def test_a_typed_swedish_letter_is_not_folded_away() -> None:
    assert not matches(ALE, "ä")
    assert matches(HARRYDA, "ä")


def test_swedish_order() -> None:
    names = ["Örebro", "Åre", "Älmhult", "Ale", "Öckerö", "Zeta"]
    assert sorted(names, key=swedish_sort_key) == [
        "Ale",
        "Zeta",
        "Åre",
        "Älmhult",
        "Öckerö",
        "Örebro",
    ]


def test_the_filter_reacts_to_each_change(qapp: object) -> None:
    model = MunicipalityListModel()
    model.set_municipalities([OCKERO, HARRYDA, ALE])
    proxy = MunicipalityFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "Ale (1440)",
        "Härryda (1401)",
        "Öckerö (1407)",
    ]
    proxy.set_text("14")
    assert proxy.rowCount() == 3
    proxy.set_text("140")
    assert proxy.rowCount() == 2
    proxy.set_text("1407")
    assert proxy.index(0, 0).data(INFO_ROLE) == OCKERO
    assert not proxy.index_of("1401").isValid()
    proxy.set_text("")
    assert proxy.index_of("1401").isValid()


def test_set_profile_then_data_gives_the_profile_back(qtbot: QtBot, services: Services) -> None:
    form = ProfileForm(services.reference)
    qtbot.addWidget(form)
    profile = services.organisation.profile()
    assert profile is not None
    form.set_profile(profile)
    assert form.data() == ProfileData(
        profile.municipality_id,
        profile.organisation_name,
        profile.diarie_prefix,
        profile.logo,
        profile.logo_filename,
    )
    assert form.is_complete()
    assert all(form.section_complete(section) for section in Section)


def test_the_changed_signal_follows_edits(qtbot: QtBot, services: Services) -> None:
    form = ProfileForm(services.reference)
    qtbot.addWidget(form)
    assert not form.is_complete()
    prefix = form.findChild(QLineEdit, "diariePrefix")
    assert prefix is not None
    with qtbot.waitSignal(form.changed, timeout=1000):
        prefix.setText("KS")
    assert form.section_complete(Section.DIARIE)
    assert not form.section_complete(Section.MUNICIPALITY)
