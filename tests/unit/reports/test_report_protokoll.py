"""The protocol printed from ORM data and read back with pypdf; the headless command too."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from meeting_sample import ADJUSTED_ON, FINGERPRINT, HELD_ON, add_sample_meeting
from pypdf import PdfReader

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.reports.build import build_report
from agenda_desktop.core.reports.kinds.meeting_data import latest_meeting_id
from agenda_desktop.core.reports.registry import REPORT_KINDS, report_kind
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.organisation import ProfileData
from agenda_desktop.core.startup import open_database
from agenda_desktop.core.store.location import DatabaseLocation

TODAY = date(2026, 11, 25)
ORGANISATION = "Exempelkommun, kommunledningskontoret"


@pytest.fixture
def printing(core_services: Services) -> Services:
    core_services.organisation.save_profile(ProfileData("1401", ORGANISATION, "KS"))
    return core_services


def pages_of(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_adjusted_protocol_has_head_attendance_signatures_and_paragraphs(
    printing: Services, tmp_path: Path
) -> None:
    sample = add_sample_meeting(printing.database, adjusted=True)
    out = tmp_path / "protokoll.pdf"
    result = build_report(
        printing, "protokoll", out, meeting_id=sample.meeting_id, today=TODAY, diarienummer="KS 1"
    )
    pages = pages_of(out)
    assert len(pages) == result.pages >= 2
    first = pages[0]
    # the protocol starts on page 1: no title page
    for text in (
        "PROTOKOLL",
        "Sammanträdesprotokoll",
        "Kommunstyrelsens arbetsutskott",
        "Tisdag 24 november 2026",
        "kl. 13.00–16.30",
        "Sammanträdesrum Älven, kommunhuset",
        "Beslutande",
        "Anna Berg (S), ordförande",
        "Karin Öst (S), tjänstgörande ersättare för Sara Nilsson (C)",
        "Ersättare",
        "Lars Persson (M)",
        "Övriga närvarande",
        "Olof Kommundirektör, kommundirektör, punkt 1–4",
        "Meddelat förhinder",
        "Áile Ŋuvttá (V)",
        "Utses att justera",
        "Erik Lind (M), Johan Åberg (KD)",
        "Justeringens plats och tid",
        "Kommunhuset, 2026-11-30",
        "§ 1166–1171",
        "Sekreterare",
        "Maria Sekander",
        "Ordförande",
        "Justerare",
        "Justeringsdag",
        f"Sida 1 av {result.pages}",
    ):
        assert text in first, text
    assert "EJ JUSTERAT" not in "".join(pages)
    # the former member (seat ended 2022) is not a decision-maker
    assert "Olof Kommundirektör (" not in first
    body = "".join(pages[1:])
    for text in (
        "§ 1169 Program för Agenda 2030 – remissversion",
        "Dnr KS 2026/123",
        "Arbetsutskottet föreslår kommunstyrelsen besluta",
        "att skicka programmet på remiss, samt",
        "att remisstiden ska vara till den 31 januari 2027.",
        "att utse Erik Lind och Johan Åberg",  # "att" added where the clause lacks it
        "Reservation",
        "Erik Lind (M) reserverar sig mot beslutet.",
        "Protokollsanteckning",
        "Program Agenda 2030 remiss.pdf",
        "§ 1170 Information om nulägesanalysen",
        "att informationen läggs till handlingarna.",
        "§ 1171 Mötets avslutande",
        "Kommande möten",
        "Tisdag 15 december 2026",
        "Digitalt via Teams",
    ):
        assert text in body, text
    assert body.index("§ 1166") < body.index("§ 1169") < body.index("§ 1171")
    for page in pages:  # the footer of every page: adjustment day and fingerprint
        assert f"Justerat {ADJUSTED_ON.isoformat()}" in page
        assert FINGERPRINT[:40] in page.replace("\n", "")
    reader = PdfReader(out)
    assert reader.metadata.title == "Protokoll"
    assert reader.metadata.subject == f"Kommunstyrelsens arbetsutskott {HELD_ON.isoformat()}"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "§ 1169 Program för Agenda 2030 – remissversion" in outline


def test_unadjusted_protocol_is_clearly_marked(printing: Services, tmp_path: Path) -> None:
    sample = add_sample_meeting(printing.database)
    out = tmp_path / "utkast.pdf"
    build_report(printing, "protokoll", out, meeting_id=sample.meeting_id, today=TODAY)
    pages = pages_of(out)
    assert "EJ JUSTERAT – utkast till protokoll" in pages[0]
    assert "Protokollet är inte justerat ännu." in pages[0]
    for page in pages:
        assert "Ej justerat" in page
        assert "EJ JUSTERAT" in page  # the watermark across the page
    assert FINGERPRINT[:16] not in "".join(pages)


def test_notes_body_prints_anteckningar_as_a_table(printing: Services, tmp_path: Path) -> None:
    sample = add_sample_meeting(printing.database, keeps_notes=True, body_name="Ungdomsrådet")
    out = tmp_path / "anteckningar.pdf"
    build_report(printing, "protokoll", out, meeting_id=sample.meeting_id, today=TODAY)
    text = "".join(pages_of(out))
    assert "ANTECKNINGAR" in text and "Ungdomsrådet" in text
    assert "Punkt\nÄrende\nUtfall" in text
    assert "Programmet skickas på remiss." in text and "Informationen noterades." in text
    assert "Sammanträdesprotokoll" not in text and "Justerare" not in text
    assert "EJ JUSTERAT" not in text
    assert "Vid anteckningarna: Maria Sekander" in text


def test_meeting_documents_need_a_meeting_but_no_cycle(printing: Services, tmp_path: Path) -> None:
    assert printing.cycle.latest() is None  # a fresh database: no steering cycle at all
    with pytest.raises(ValidationError, match="Möte"):
        build_report(printing, "protokoll", tmp_path / "x.pdf")
    with pytest.raises(NotFoundError, match="Mötet med nummer 999"):
        build_report(printing, "protokoll", tmp_path / "x.pdf", meeting_id=999)
    assert list(tmp_path.glob("*.pdf*")) == []
    # meeting documents are not on the Rapporter page, but build_report knows them
    assert "protokoll" not in {kind.key for kind in REPORT_KINDS}
    assert report_kind("protokoll").is_meeting_document


def test_latest_meeting_with_a_protocol(printing: Services) -> None:
    assert latest_meeting_id(printing.database, with_protocol=True) is None
    sample = add_sample_meeting(printing.database)
    assert latest_meeting_id(printing.database, with_protocol=True) == sample.meeting_id
    # the next meeting has no agenda: not the latest with an agenda either
    assert latest_meeting_id(printing.database, with_protocol=False) == sample.meeting_id


def run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "agenda_desktop", "report", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def test_report_command_prints_the_protocol_and_the_notice(tmp_path: Path) -> None:
    path = tmp_path / "moten.agenda"
    database = open_database(DatabaseLocation.for_file(path)).database
    try:
        services = Services.for_database(database)
        services.organisation.save_profile(ProfileData("1401", ORGANISATION, "KS"))
        empty = tmp_path / "tom.pdf"
        done = run("protokoll", "--out", str(empty), "--database", str(path))
        assert done.returncode == 2 and "Det finns inget möte med ett protokoll" in done.stderr
        sample = add_sample_meeting(services.database, adjusted=True)
    finally:
        database.close()

    out = tmp_path / "protokoll.pdf"
    done = run("protokoll", "--out", str(out), "--database", str(path))  # the latest
    assert done.returncode == 0, done.stderr
    assert "sparades i" in done.stdout
    assert "Sammanträdesprotokoll" in PdfReader(out).pages[0].extract_text()

    notice = tmp_path / "kallelse.pdf"
    done = run(
        "kallelse",
        "--meeting",
        str(sample.meeting_id),
        "--out",
        str(notice),
        "--database",
        str(path),
    )
    assert done.returncode == 0, done.stderr
    assert "Kallelse med dagordning" in PdfReader(notice).pages[0].extract_text()

    done = run("protokoll", "--meeting", "999", "--out", str(out), "--database", str(path))
    assert done.returncode == 2 and "Mötet med nummer 999 finns inte" in done.stderr
    help_text = run("--help")
    assert "--meeting" in help_text.stdout and "kallelse" in help_text.stdout
