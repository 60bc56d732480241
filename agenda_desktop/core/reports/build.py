"""Build a report to a PDF file: atomically, with progress and cancel.

    result = build_report(services, "nulagesanalys", Path("nulagesanalys.pdf"),
                          diarienummer="KS 2026/123")

The file is written to a temporary file next to ``out_path`` and moved into place only
when it is complete, so a failed or cancelled build never leaves a broken or half file
(and never destroys the previous one).

A meeting's documents (``registry.MEETING_KINDS``) take ``meeting_id`` instead of a cycle:

    build_report(services, "protokoll", Path("protokoll.pdf"), meeting_id=12)

and a network's report (``registry.NETWORK_KINDS``) takes ``network_id``:

    build_report(services, "natverk", Path("natverk.pdf"), network_id=3)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from agenda_desktop.core.errors import AgendaError, ValidationError
from agenda_desktop.core.progress import CancelToken, ProgressCallback, no_progress
from agenda_desktop.core.reports.registry import ReportContext, ReportKind, report_kind
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.cycle import CyclePosition
from agenda_desktop.core.services.organisation import Profile

TOC_MIN_PAGES = 6
"""A document of this many pages or more gets a table of contents after the title page."""

MAX_DIARIENUMMER = 60
STEPS = 4


@dataclass(frozen=True)
class ReportResult:
    path: Path
    kind_key: str
    title: str
    pages: int
    has_contents: bool


def validate_diarienummer(text: str) -> str:
    """The diarienummer as printed (spaces tidied), or "" when none is given.

    Raises:
        ValidationError: it is too long, or only a prefix such as “KS 2026/” without number.
    """
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_DIARIENUMMER:
        raise ValidationError("Diarienummer", f"högst {MAX_DIARIENUMMER} tecken är tillåtna.")
    if cleaned.endswith(("/", "-", ".")):
        raise ValidationError(
            "Diarienummer",
            f"numret saknas efter ”{cleaned}”, skriv t.ex. ”{cleaned}123”. Töm fältet om "
            "dokumentet saknar diarienummer.",
        )
    return cleaned


def build_report(
    services: Services,
    kind_key: str,
    out_path: Path,
    cycle_id: int | None = None,
    diarienummer: str = "",
    include_glossary: bool = True,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    today: date | None = None,
    meeting_id: int | None = None,
    network_id: int | None = None,
) -> ReportResult:
    """Build the report ``kind_key`` (see ``registry.REPORT_KINDS``) into ``out_path``.

    Args:
        services: the services of the open database.
        kind_key: e.g. "nulagesanalys".
        out_path: the PDF file to write; an existing file is replaced when the build succeeds.
        cycle_id: the steering cycle; None for the latest.
        diarienummer: printed on the title page and in the footer; "" for none.
        include_glossary: end with the appendix “Bilaga: Ordlista” (when it has terms).
        progress: called with (done, total, Swedish text) between the stages.
        cancel: checked between flowables; a cancelled build leaves nothing behind.
        today: the document's date (default: today).
        meeting_id: the meeting, for a meeting's document (``registry.MEETING_KINDS``).
        network_id: the network, for a network's report (``registry.NETWORK_KINDS``).

    Raises:
        NotFoundError: unknown kind, cycle, meeting or network.
        ValidationError: bad diarienummer, no cycle (or meeting or network) or no
            organisation profile.
        Cancelled: the user cancelled.
        AgendaError: the file could not be written.
    """
    return write_report(
        services,
        report_kind(kind_key),
        out_path,
        cycle_id=cycle_id,
        diarienummer=diarienummer,
        include_glossary=include_glossary,
        progress=progress,
        cancel=cancel,
        today=today,
        meeting_id=meeting_id,
        network_id=network_id,
    )


def write_report(
    services: Services,
    kind: ReportKind,
    out_path: Path,
    cycle_id: int | None = None,
    diarienummer: str = "",
    include_glossary: bool = True,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    today: date | None = None,
    table_of_contents: bool | None = None,
    meeting_id: int | None = None,
    network_id: int | None = None,
) -> ReportResult:
    """Like ``build_report`` for a ``ReportKind`` object (also one not registered).

    Args:
        table_of_contents: True or False to force it; None to add one from
            ``TOC_MIN_PAGES`` pages (never for a meeting's document).
        meeting_id: the meeting, for a meeting's document (required there, else ignored).
        network_id: the network, for a network's report (required there, else ignored).
    """
    from agenda_desktop.core.reports.document import DocumentInfo, ReportDocument, numbered_canvas
    from agenda_desktop.core.reports.glossary import glossary_appendix
    from agenda_desktop.core.reports.styles import make_styles

    report = progress or no_progress
    number = validate_diarienummer(diarienummer)
    for_meeting = kind.is_meeting_document
    for_network = kind.is_network_report
    if for_meeting and meeting_id is None:
        raise ValidationError("Möte", "välj det möte som dokumentet gäller.")
    if for_network and network_id is None:
        raise ValidationError("Nätverk", "välj det nätverk som rapporten gäller.")
    about_cycle = not (for_meeting or for_network)
    context = ReportContext(
        services=services,
        steering_cycle=_cycle(services, cycle_id) if about_cycle else None,
        profile=_profile(services),
        today=today or date.today(),
        diarienummer=number,
        styles=make_styles(),
        cancel=cancel,
        meeting_id=meeting_id if for_meeting else None,
        network_id=network_id if for_network else None,
    )
    load_marks = kind.load_marks()
    marks = load_marks(context) if load_marks is not None else None
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise AgendaError(f"Mappen {out_path.parent} finns inte. Välj en annan mapp.")

    builder = kind.load_builder()

    def make_story() -> list[Flowable]:
        # Flowables keep layout state (split marks, keep-with-next), so every layout of
        # the document gets a story of its own.
        story = list(builder(context))
        if include_glossary and about_cycle:
            story += glossary_appendix(services.database, context.styles)
        context.check()
        return story

    report(0, STEPS, "Hämtar uppgifterna …")
    story = make_story()
    if marks is not None:
        subject = marks.subject
    else:
        subject = cycle_label(context.cycle) if about_cycle else ""
    title = (marks.title if marks else "") or kind.title
    info = DocumentInfo(
        title=title,
        subtitle=subject,
        organisation=context.profile.organisation_name,
        municipality=context.profile.municipality_name,
        printed_on=context.today,
        diarienummer=number,
        logo=context.profile.logo,
        document_type=kind.document_type,
        header_title=marks.header_title if marks else "",
        footer_note=marks.footer_note if marks else "",
        watermark=marks.watermark if marks else "",
    )
    cover = not for_meeting
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{out_path.stem}-", suffix=".pdf.tmp", dir=out_path.parent
        )
    except OSError as error:
        raise AgendaError(
            f"Mappen {out_path.parent} går inte att skriva i ({error.strerror}). "
            "Välj en annan mapp."
        ) from error
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        report(1, STEPS, "Sätter sidorna …")
        document = ReportDocument(
            temporary_name, info, context.styles, cancel=context.cancel, cover=cover
        )
        opening = document.title_page() if cover else []
        document.multiBuild(opening + story, canvasmaker=numbered_canvas())
        pages = document.page
        wants_contents = pages >= TOC_MIN_PAGES if table_of_contents is None else table_of_contents
        wants_contents = wants_contents and cover
        if wants_contents:
            report(2, STEPS, "Gör innehållsförteckningen …")
            document = ReportDocument(temporary_name, info, context.styles, cancel=context.cancel)
            document.multiBuild(
                document.title_page() + document.contents() + make_story(),
                canvasmaker=numbered_canvas(),
            )
            pages = document.page
        context.check()
        report(3, STEPS, "Sparar filen …")
        _move_into_place(temporary, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    report(STEPS, STEPS, "Klart")
    return ReportResult(out_path, kind.key, title, pages, wants_contents)


def cycle_label(cycle: CyclePosition) -> str:
    """The cycle's name, with its period when the name does not already say it."""
    if str(cycle.start_year) in cycle.name and str(cycle.end_year) in cycle.name:
        return cycle.name
    return f"{cycle.name} ({cycle.start_year}–{cycle.end_year})"


def _cycle(services: Services, cycle_id: int | None) -> CyclePosition:
    if cycle_id is not None:
        return services.cycle.position(cycle_id)
    latest = services.cycle.latest()
    if latest is None:
        raise ValidationError(
            "Styrcykel", "det finns ingen styrcykel ännu. Starta en på sidan Översikt först."
        )
    return latest


def _profile(services: Services) -> Profile:
    profile = services.organisation.profile()
    if profile is None:
        raise ValidationError(
            "Organisation",
            "organisationens namn och kommun saknas. Fyll i dem under Redigera › Inställningar.",
        )
    return profile


def _move_into_place(temporary: Path, out_path: Path) -> None:
    try:
        os.replace(temporary, out_path)
    except PermissionError as error:
        raise AgendaError(
            f"Filen {out_path} kunde inte sparas: den är skrivskyddad eller öppen i ett annat "
            "program. Stäng den i PDF-läsaren och försök igen."
        ) from error
    except OSError as error:
        raise AgendaError(f"Filen {out_path} kunde inte sparas: {error.strerror}.") from error
