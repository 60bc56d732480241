"""The handouts: one page per agenda item, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from meeting_sample import add_sample_meeting
from pypdf import PdfReader

from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.organisation import ProfileData

TODAY = date(2026, 11, 10)


@pytest.fixture
def printing(core_services: Services) -> Services:
    core_services.organisation.save_profile(
        ProfileData("1401", "Exempelkommun, kommunledningskontoret", "KS")
    )
    return core_services


def test_one_page_per_item_without_the_standard_items(printing: Services, tmp_path: Path) -> None:
    sample = add_sample_meeting(printing.database)
    out = tmp_path / "underlag.pdf"
    result = build_report(printing, "handout", out, meeting_id=sample.meeting_id, today=TODAY)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert result.pages == len(pages) == 2  # items 4 and 5; opening, closing … have none
    program, information = pages
    for expected in (
        "UNDERLAG · PUNKT 4",
        "Program för Agenda 2030 – remissversion",
        "Kommunstyrelsens arbetsutskott, Tisdag 24 november 2026, kl. 13.00–16.30",
        "§ 1169",
        "Beslutsärende",
        "KS 2026/123",
        "Olof Kommundirektör",
        "Ärendet",
        "Förslag till beslut",  # not adjusted yet
        "att skicka programmet på remiss, samt",
        "Program Agenda 2030 remiss.pdf (1,4 MB)",
        "Egna anteckningar",
        "Sida 1 av 2",
    ):
        assert expected in program, expected
    assert "UNDERLAG · PUNKT 5" in information and "Informationsärende" in information
    assert "Program för Agenda 2030" not in information
    outline = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert outline == ["Program för Agenda 2030 – remissversion", "Information om nulägesanalysen"]


def test_handout_after_adjustment_says_beslut(printing: Services, tmp_path: Path) -> None:
    sample = add_sample_meeting(printing.database, adjusted=True)
    out = tmp_path / "underlag.pdf"
    build_report(printing, "handout", out, meeting_id=sample.meeting_id, today=TODAY)
    first = PdfReader(out).pages[0].extract_text()
    assert "Beslut" in first and "Förslag till beslut" not in first


def test_handout_of_a_meeting_without_items(printing: Services, tmp_path: Path) -> None:
    sample = add_sample_meeting(printing.database)
    out = tmp_path / "tom.pdf"
    build_report(printing, "handout", out, meeting_id=sample.next_meeting_id, today=TODAY)
    assert "har inga ärenden på dagordningen" in PdfReader(out).pages[0].extract_text()
