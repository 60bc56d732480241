"""A register extract (GDPR art. 15) as files the person can be given.

Two files with the same name: an Excel workbook to read (one sheet per group: the
person, memberships, meetings, protocol roles, networks, commitments, the free texts
that name the person, marked "nämns i text", and the change log's rows about the person)
and a JSON file with the same content,
machine-readable (UTF-8, the sheets' column names as keys). Text that looks like a
formula is written with Excel's quote prefix and never runs (see ``export_cells``).
Both files are written next to their targets and moved into place only when both are
complete, so a failure never leaves half an extract behind.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Final

from openpyxl import Workbook

from agenda_desktop.core.errors import ExportError, ValidationError
from agenda_desktop.core.indicators.export_cells import Cells, new_sheet
from agenda_desktop.core.services.personal_data_types import ExportedFiles, PersonRecord

FORMAT: Final = "agenda-desktop-personuppgifter/1"
Value = str | None
MENTIONED = "Nämns i text"
CHANGE_LOG = "Ändringslogg"
MENTION_NOTE = (
    "Texter där namnet eller e-postadressen förekommer. De är inte kopplade till personen "
    "och kan handla om någon annan med samma namn."
)


def _day(value: date | None) -> Value:
    return value.isoformat() if value is not None else None


def _minute(value: datetime) -> str:
    """ "2026-05-04 14:07": a local time to the minute."""
    return value.strftime("%Y-%m-%d %H:%M")


def _yes(value: bool) -> str:
    return "ja" if value else "nej"


def groups(record: PersonRecord) -> list[tuple[str, list[str], list[list[Value]]]]:
    """The extract as (sheet title, column names, rows), in the order of the sheets."""
    person = record.person
    return [
        (
            "Person",
            ["Uppgift", "Värde"],
            [
                ["Namn", person.name],
                ["Parti", person.party_name or None],
                ["Organisation", person.organisation or None],
                ["Titel", person.title or None],
                ["E-post", person.email or None],
                ["Utdraget gjort", _day(record.made_on)],
            ],
        ),
        (
            "Uppdrag",
            ["Organ", "Roll", "Parti", "Företräder", "Från", "Till"],
            [
                [
                    m.body_name,
                    m.role_name,
                    person.party_name or None,
                    m.represents or None,
                    _day(m.start_date),
                    _day(m.end_date),
                ]
                for m in record.memberships
            ],
        ),
        (
            "Möten",
            ["Organ", "Datum", "Hur", "Roll", "Punkter", "Protokollet justerat"],
            [
                [
                    a.meeting.body_name,
                    _day(a.meeting.held_on),
                    a.how,
                    a.role or None,
                    a.items or None,
                    _yes(a.meeting.adjusted),
                ]
                for a in record.attendance
            ],
        ),
        (
            "Protokollroller",
            ["Organ", "Datum", "Roll", "Protokollet justerat"],
            [
                [r.meeting.body_name, _day(r.meeting.held_on), r.role, _yes(r.meeting.adjusted)]
                for r in record.protocol_roles
            ],
        ),
        (
            "Nätverk",
            ["Nätverk", "Roll"],
            [[r.network_name, r.role] for r in record.network_roles],
        ),
        (
            "Åtaganden",
            ["Nätverk", "Slag", "Text", "Senast"],
            [[c.network_name, c.kind_name, c.text, _day(c.due_date)] for c in record.commitments],
        ),
        (
            MENTIONED,
            ["Var", "Post", "Fält", "Utdrag", "I justerat protokoll", "Kopplad"],
            [
                [m.place, m.record, m.field, m.snippet, _yes(m.in_adjusted_protocol), MENTIONED]
                for m in record.mentions
            ],
        ),
        (
            CHANGE_LOG,
            ["När", "Vem", "Vad", "Uppgift", "Ändringar"],
            [
                [
                    _minute(c.changed_at),
                    c.actor,
                    c.action_name,
                    f"{c.record_kind}: {c.record_label}",
                    c.summary or None,
                ]
                for c in record.change_log
            ],
        ),
    ]


def _check_target(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            "Filnamn", f"”{path.name}”: spara som en Excel-fil som slutar på .xlsx."
        )
    if not path.parent.is_dir():
        raise ValidationError("Mapp", f"mappen {path.parent} finns inte. Välj en annan mapp.")


def _workbook(record: PersonRecord) -> Workbook:
    workbook = Workbook(write_only=True)
    for title, columns, rows in groups(record):
        sheet = new_sheet(workbook, title, [28] * (len(columns) - 1) + [60])
        cells = Cells(sheet)
        sheet.append(cells.header(columns))
        for row in rows:
            sheet.append([cells.text(i, value or "") for i, value in enumerate(row, start=1)])
        if title == MENTIONED:
            sheet.append([])
            sheet.append([cells.text(1, MENTION_NOTE)])
    return workbook


def as_json(record: PersonRecord) -> str:
    """The extract as JSON text: each group a list of objects keyed by column name."""
    content: dict[str, object] = {"format": FORMAT}
    for title, columns, rows in groups(record):
        objects = [dict(zip(columns, row, strict=True)) for row in rows]
        content[title] = {str(row[0]): row[1] for row in rows} if title == "Person" else objects
    content["Om nämns i text"] = MENTION_NOTE
    return json.dumps(content, ensure_ascii=False, indent=2) + "\n"


def write_extract(record: PersonRecord, path: Path) -> ExportedFiles:
    """Write the workbook to ``path`` (.xlsx) and the JSON beside it (same name, .json);
    existing files are replaced only when both are complete.

    Raises:
        ValidationError: not an .xlsx name, or no such folder.
        ExportError: a file could not be written (e.g. it is open in Excel).
    """
    _check_target(path)
    json_path = path.with_suffix(".json")
    partial = path.with_name(f".{path.stem}.{os.getpid()}.tmp.xlsx")
    partial_json = path.with_name(f".{path.stem}.{os.getpid()}.tmp.json")
    try:
        try:
            _workbook(record).save(partial)
            partial_json.write_text(as_json(record), encoding="utf-8")
            os.replace(partial, path)
            os.replace(partial_json, json_path)
        except OSError as error:
            raise ExportError(
                f"Utdraget kunde inte sparas i {path.parent} ({error.strerror or error}). "
                "Är filen öppen i Excel eller ett annat program? Stäng den, eller välj ett "
                "annat filnamn."
            ) from error
    finally:
        for leftover in (partial, partial_json):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    return ExportedFiles(str(path), str(json_path))


def suggested_stem(name: str, day: date) -> str:
    """ "Personuppgifter Anna Berg 2026-05-01": a file name without characters files refuse."""
    safe = "".join(ch for ch in name if ch.isalnum() or ch in " -.'")
    return f"Personuppgifter {' '.join(safe.split()) or 'person'} {day.isoformat()}"
