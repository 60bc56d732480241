"""The report kinds: key, Swedish title and description, and the builder of the content.

Importing this module is cheap (no reportlab): the Rapporter page and the command line
list the kinds from here, and a kind's builder module is imported when it is built.

A builder is a function ``build(context: ReportContext) -> list[Flowable]`` that returns
the content after the title page; the framework adds the title page, header, footer,
table of contents and glossary appendix. It reads through ``context.services`` (and may
read the database directly, ``context.services.database``), calls ``context.check()``
between larger parts so that the user can cancel, and writes with ``context.styles``
(see ``styles.ReportStyles``) and ``charts``.

Most kinds are about a steering cycle (``scope="cycle"``, listed in ``REPORT_KINDS`` and on
the Rapporter page). The documents of a meeting (``scope="meeting"``, in ``MEETING_KINDS``:
the notice, the protocol, the handouts) need no cycle but a ``context.meeting_id``; they
have no title page and no glossary, and their module may define
``marks(context) -> DocumentMarks``: the subject line that replaces the cycle's name, the
running header's title, a second footer line and a watermark.

A network's status report (``scope="network"``, in ``NETWORK_KINDS``) needs no cycle but
a ``context.network_id``; it has a title page but no glossary, and its ``marks`` give the
title with the network's name (``DocumentMarks.title``) and the subject.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.progress import CancelToken

if TYPE_CHECKING:
    from agenda_desktop.core.reports.styles import ReportStyles
    from agenda_desktop.core.services.container import Services
    from agenda_desktop.core.services.cycle import CyclePosition
    from agenda_desktop.core.services.organisation import Profile

# A builder returns reportlab flowables; typed loosely so this module needs no reportlab.
Builder = Callable[["ReportContext"], list[Any]]

SCOPE_CYCLE = "cycle"
SCOPE_MEETING = "meeting"
SCOPE_NETWORK = "network"


@dataclass(frozen=True)
class ReportContext:
    """What a builder gets: the services, the cycle, meeting or network, the date,
    diarienummer and styles.

    ``steering_cycle`` is None for a meeting's documents, which get ``meeting_id`` instead,
    and for a network's report, which gets ``network_id``; ``cycle`` and ``cycle_id`` are
    for the kinds about a cycle.
    """

    services: Services
    steering_cycle: CyclePosition | None
    profile: Profile
    today: date
    diarienummer: str
    styles: ReportStyles
    cancel: CancelToken | None = None
    meeting_id: int | None = None
    network_id: int | None = None

    @property
    def cycle(self) -> CyclePosition:
        if self.steering_cycle is None:
            raise ValidationError("Styrcykel", "dokumentet gäller inte någon styrcykel.")
        return self.steering_cycle

    @property
    def cycle_id(self) -> int:
        return self.cycle.cycle_id

    @property
    def meeting(self) -> int:
        """The meeting's id, for the documents of a meeting."""
        if self.meeting_id is None:
            raise ValidationError("Möte", "välj det möte som dokumentet gäller.")
        return self.meeting_id

    @property
    def network(self) -> int:
        """The network's id, for a network's report."""
        if self.network_id is None:
            raise ValidationError("Nätverk", "välj det nätverk som rapporten gäller.")
        return self.network_id

    def check(self) -> None:
        """Raise ``Cancelled`` when the user has asked to stop."""
        if self.cancel is not None:
            self.cancel.check()


@dataclass(frozen=True)
class DocumentMarks:
    """What a meeting document or a network's report prints around its content (see the
    module's docstring).

    Attributes:
        subject: what the document is about, e.g. "Kommunstyrelsen 2026-11-22"; printed as
            the PDF's subject and where a cycle's document prints the cycle.
        header_title: the right side of the running header ("" for the kind's title).
        footer_note: a second line in the footer of every page, e.g. the fingerprint.
        watermark: large light-grey text across every page, e.g. "EJ JUSTERAT".
        title: the document's title ("" for the kind's title), e.g. with a network's name.
    """

    subject: str
    header_title: str = ""
    footer_note: str = ""
    watermark: str = ""
    title: str = ""


@dataclass(frozen=True)
class ReportKind:
    """A kind of report.

    Attributes:
        key: stable and ASCII, used on the command line (``agenda-desktop report KEY``).
        title: the document's title, printed on the title page and in the header.
        description: one or two Swedish sentences for the Rapporter page and ``--help``.
        builder: the builder function, or the name of a module that defines ``build``.
        document_type: the line above the title: “Rapport” or “Styrdokument”.
        scope: ``SCOPE_CYCLE`` (about a steering cycle), ``SCOPE_MEETING`` (a meeting's)
            or ``SCOPE_NETWORK`` (a network's).
    """

    key: str
    title: str
    description: str
    builder: Builder | str
    document_type: str = "Rapport"
    scope: str = SCOPE_CYCLE

    @property
    def is_meeting_document(self) -> bool:
        return self.scope == SCOPE_MEETING

    @property
    def is_network_report(self) -> bool:
        return self.scope == SCOPE_NETWORK

    def load_builder(self) -> Builder:
        if isinstance(self.builder, str):
            builder: Builder = importlib.import_module(self.builder).build
            return builder
        return self.builder

    def load_marks(self) -> Callable[[ReportContext], DocumentMarks] | None:
        """The module's ``marks`` function, when it has one."""
        if isinstance(self.builder, str):
            marks: Callable[[ReportContext], DocumentMarks] | None = getattr(
                importlib.import_module(self.builder), "marks", None
            )
            return marks
        return None


_KINDS = "agenda_desktop.core.reports.kinds."

REPORT_KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "nulagesanalys",
        "Nulägesanalys",
        "Var kommunen står i förhållande till de 17 globala målen: bedömning, trend, "
        "rådighet och analys för varje mål, grundad på nyckeltal och dialog.",
        _KINDS + "nulagesanalys",
    ),
    ReportKind(
        "program",
        "Program för Agenda 2030",
        "Kommunens prioriterade mål: insatsområden med ”Hit vill vi” och ”Det gör vi genom "
        "att”, lokala mål med målår, kopplingen till de globala målen och nyckeltalen som "
        "följer upp dem.",
        _KINDS + "program",
        document_type="Styrdokument",
    ),
    ReportKind(
        "handlingsplan",
        "Handlingsplan",
        "Åtgärderna med ansvarig, tidsplan, status, kostnad och rådighet, och de lokala mål "
        "som varje åtgärd bidrar till.",
        _KINDS + "handlingsplan",
        document_type="Styrdokument",
    ),
    ReportKind(
        "uppfoljning",
        "Uppföljningsrapport",
        "Den årliga uppföljningen: nyckeltalens utfall mot målvärdena, åtgärdernas status, "
        "vad som har gått bra och vad som behöver ändras.",
        _KINDS + "uppfoljning",
    ),
    ReportKind(
        "hallbarhetsbokslut",
        "Hållbarhetsbokslut",
        "Den fördjupade redovisningen en gång per mandatperiod, med diagram över nyckeltalen "
        "mot målen och slutsatser inför nästa styrcykel.",
        _KINDS + "hallbarhetsbokslut",
    ),
)


MEETING_KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "kallelse",
        "Kallelse",
        "Kallelse med dagordning: tid och plats, ledamöter och ersättare, ärendena och bilagorna.",
        _KINDS + "kallelse",
        document_type="Kallelse",
        scope=SCOPE_MEETING,
    ),
    ReportKind(
        "protokoll",
        "Protokoll",
        "Sammanträdesprotokollet (eller anteckningarna): närvaro, paragrafer med beslut, "
        "justering och underskrifter.",
        _KINDS + "protokoll",
        document_type="Protokoll",
        scope=SCOPE_MEETING,
    ),
    ReportKind(
        "handout",
        "Underlag per ärende",
        "Ett blad per punkt på dagordningen att dela ut på mötet: ärendet, förslaget till "
        "beslut och bilagorna.",
        _KINDS + "handout",
        document_type="Underlag",
        scope=SCOPE_MEETING,
    ),
)
"""The documents of a meeting: printed from the meeting, not listed on the Rapporter page."""


NETWORK_KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "natverk",
        "Statusrapport för nätverket",
        "Ett nätverks utfästelser och förväntningar med status, ansvarig och belägg "
        "(protokollsparagrafer utskrivna), en sammanfattning, nätverkets kommande träffar "
        "och finansieringen.",
        _KINDS + "natverk",
        scope=SCOPE_NETWORK,
    ),
)
"""The reports about a network: printed from the network, not listed on the Rapporter page."""

ALL_KINDS: tuple[ReportKind, ...] = (*REPORT_KINDS, *MEETING_KINDS, *NETWORK_KINDS)


def report_kind(key: str) -> ReportKind:
    """The kind with this key (a cycle's report, a meeting's document or a network's report).

    Raises:
        NotFoundError: no kind has the key (the message lists the keys there are).
    """
    for kind in ALL_KINDS:
        if kind.key == key:
            return kind
    keys = ", ".join(kind.key for kind in ALL_KINDS)
    raise NotFoundError(f"Rapporten ”{key}” finns inte. Välj en av: {keys}.")
