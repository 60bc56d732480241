"""The notice with the agenda, printed from ORM data and read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from meeting_sample import add_sample_meeting
from pypdf import PdfReader

from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.store.models.meetings import Meeting

TODAY = date(2026, 11, 10)


@pytest.fixture
def printing(core_services: Services) -> Services:
    core_services.organisation.save_profile(
        ProfileData("1401", "Exempelkommun, kommunledningskontoret", "KS")
    )
    return core_services


def test_notice_has_time_place_members_agenda_and_attachments(
    printing: Services, tmp_path: Path
) -> None:
    sample = add_sample_meeting(printing.database)
    out = tmp_path / "kallelse.pdf"
    result = build_report(printing, "kallelse", out, meeting_id=sample.meeting_id, today=TODAY)
    pages = [page.extract_text() for page in PdfReader(out).pages]
    text = "".join(pages)
    flat = " ".join(text.split())  # table cells wrap their lines
    assert "2026-11-10" in pages[0]
    for expected in (
        "KALLELSE",
        "Kallelse med dagordning",
        "Kommunstyrelsens arbetsutskott",
        "Tisdag 24 november 2026",
        "kl. 13.00–16.30",
        "Sammanträdesrum Älven, kommunhuset",
        "Maria Sekander, maria@exempel.se",
        "Fika serveras från 12.45.",
        "Ledamöter och ersättare",
        "Anna Berg",
        "Ordförande",
        "Áile Ŋuvttá",
        "Karin Öst",
        "Ersättare",
        "förhindrad att delta",
        "Dagordning",
        "Program för Agenda 2030 – remissversion",
        "Dnr KS 2026/123 · Föredragande: Olof Kommundirektör",
        "Information om nulägesanalysen",
        "Mötets avslutande",
        "Bilagor",
        "Tjänsteskrivelse.docx",
        "24 kB",
        "1,4 MB",
        f"Sida {result.pages} av {result.pages}",
    ):
        assert expected in flat, expected
    # the agenda in order; the member whose seat ended before the meeting is not called
    assert (
        text.index("Mötets öppnande")
        < text.index("Val av justerare")
        < text.index("Mötets avslutande")
    )
    assert "Olof Kommundirektör\nLedamot" not in text
    assert "EJ JUSTERAT" not in text and "Kontrollsumma" not in text
    assert PdfReader(out).metadata.title == "Kallelse"


def test_notice_of_a_meeting_without_agenda_or_time(printing: Services, tmp_path: Path) -> None:
    sample = add_sample_meeting(printing.database)
    out = tmp_path / "tom.pdf"
    build_report(printing, "kallelse", out, meeting_id=sample.next_meeting_id, today=TODAY)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Dagordningen har ännu inga punkter." in text
    assert "Tisdag 15 december 2026" in text and "kl. 09.00" in text
    assert "Bilagor" not in text

    with printing.database.unit_of_work() as session:
        meeting = session.get_one(Meeting, sample.next_meeting_id)
        meeting.starts_at = None
        meeting.place = ""
    build_report(printing, "kallelse", out, meeting_id=sample.next_meeting_id, today=TODAY)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "kl." not in text and "Plats" in text
