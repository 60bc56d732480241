"""Crafted attachment and document names: what is stored is a safe base name, and a file
written under a stored name stays inside its folder."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.file_names import MAX_NAME_BYTES, safe_filename
from agenda_desktop.core.meetings import agenda_rules
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.meetings_types import AgendaItemInput, MeetingInput
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.models.meetings import Body

HOSTILE_NAMES = [
    "../../etc/passwd",
    "..\\..\\x.docx",
    "C:\\Windows\\system32\\drivers\\etc\\hosts",
    "/etc/shadow",
    "CON.txt",
    "nul",
    "com1.pdf",
    "LPT9.tar.gz",
    "a\x00b.pdf",
    "rad\nbrytning\r.pdf",
    "tab\tbell\x07.pdf",
    "a" * 300 + ".pdf",
    "å" * 300 + ".docx",
    "mapp/undermapp/fil.pdf",
    "..",
    ".",
    "",
    "   ",
    "slut med punkt. . .",
    'citat"<>|?*:.pdf',
    "\u202eexe.pdf",
]
RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}


def assert_safe(name: str) -> None:
    assert name and name not in {".", ".."}
    assert "/" not in name and "\\" not in name
    assert not any(ord(char) < 32 or ord(char) == 127 for char in name)
    assert not any(char in '<>:"|?*' for char in name)
    assert name.split(".", 1)[0].strip().lower() not in RESERVED
    assert not name.endswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_name_becomes_a_safe_base_name(name: str, tmp_path: Path) -> None:
    safe = safe_filename(name)
    assert_safe(safe)
    folder = tmp_path / "bilagor"
    folder.mkdir()
    written = folder / safe
    written.write_bytes(b"innehall")
    assert written.resolve().parent == folder.resolve()
    assert [path.name for path in folder.iterdir()] == [safe]


def test_a_plain_name_is_kept() -> None:
    for name in ("Budget 2026.pdf", "Protokoll §12 – bilaga.docx", "årsplan.xlsx"):
        assert safe_filename(name) == name


def test_a_long_name_keeps_its_suffix() -> None:
    assert safe_filename("a" * 300 + ".pdf").endswith(".pdf")


@pytest.fixture
def targets(core_services: Services) -> tuple[Services, int, int]:
    with core_services.database.unit_of_work() as session:
        body = Body(name="Beredningen", kind="utskott")
        session.add(body)
        session.flush()
        body_id = body.id
    meeting = core_services.meetings.create_meeting(body_id, MeetingInput(date(2025, 3, 12)))
    item = core_services.meetings.add_item(meeting.meeting_id, AgendaItemInput("Bilagor"))
    network = core_services.networks.create_network(NetworkInput("Glokala Sverige"))
    return core_services, item.item_id, network.network_id


# names a Linux file system lets a real file have (no "/" and no NUL)
FILE_NAMES = ["..\\..\\x.docx", "CON.txt", "rad\nbrytning.pdf", "å" * 120 + ".docx", "nul"]


@pytest.mark.parametrize("name", FILE_NAMES)
def test_stored_attachments_and_documents_have_safe_names(
    name: str, targets: tuple[Services, int, int], tmp_path: Path
) -> None:
    services, item_id, network_id = targets
    source = tmp_path / name
    source.write_bytes(b"%PDF-1.4 innehall")
    attached = services.meetings.add_attachment(item_id, source)
    document = services.networks.add_document(network_id, source, "Avtal")
    for stored in (attached.filename, document.filename):
        assert_safe(stored)
        assert stored == safe_filename(name)
    assert attached.sha256 == hashlib.sha256(b"%PDF-1.4 innehall").hexdigest()
    assert services.meetings.attachment_content(attached.attachment_id) == b"%PDF-1.4 innehall"
    assert services.networks.document_content(document.document_id)[0] == stored


def test_a_file_too_big_is_refused_before_it_is_read_whole(
    targets: tuple[Services, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, item_id, network_id = targets
    monkeypatch.setattr(agenda_rules, "MAX_ATTACHMENT_BYTES", 1000)
    source = tmp_path / "stor.pdf"
    source.write_bytes(bytes(5000))
    with pytest.raises(ValidationError, match=r"stor\.pdf"):
        services.meetings.add_attachment(item_id, source)
    with pytest.raises(ValidationError, match=r"stor\.pdf"):
        services.networks.add_document(network_id, source)
    assert services.meetings.attachments(item_id) == []
