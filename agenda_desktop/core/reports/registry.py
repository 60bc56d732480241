"""The report kinds: key, Swedish title and description, and the builder of the content.

Importing this module is cheap (no reportlab): the Rapporter page and the command line
list the kinds from here, and a kind's builder module is imported when it is built.

A builder is a function ``build(context: ReportContext) -> list[Flowable]`` that returns
the content after the title page; the framework adds the title page, header, footer,
table of contents and glossary appendix. It reads through ``context.services`` (and may
read the database directly, ``context.services.database``), calls ``context.check()``
between larger parts so that the user can cancel, and writes with ``context.styles``
(see ``styles.ReportStyles``) and ``charts``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from agenda_desktop.core.errors import NotFoundError
from agenda_desktop.core.progress import CancelToken

if TYPE_CHECKING:
    from agenda_desktop.core.reports.styles import ReportStyles
    from agenda_desktop.core.services.container import Services
    from agenda_desktop.core.services.cycle import CyclePosition
    from agenda_desktop.core.services.organisation import Profile

# A builder returns reportlab flowables; typed loosely so this module needs no reportlab.
Builder = Callable[["ReportContext"], list[Any]]


@dataclass(frozen=True)
class ReportContext:
    """What a builder gets: the services, the cycle, the date, the diarienummer and styles."""

    services: Services
    cycle: CyclePosition
    profile: Profile
    today: date
    diarienummer: str
    styles: ReportStyles
    cancel: CancelToken | None = None

    @property
    def cycle_id(self) -> int:
        return self.cycle.cycle_id

    def check(self) -> None:
        """Raise ``Cancelled`` when the user has asked to stop."""
        if self.cancel is not None:
            self.cancel.check()


@dataclass(frozen=True)
class ReportKind:
    """A kind of report.

    Attributes:
        key: stable and ASCII, used on the command line (``agenda-desktop report KEY``).
        title: the document's title, printed on the title page and in the header.
        description: one or two Swedish sentences for the Rapporter page and ``--help``.
        builder: the builder function, or the name of a module that defines ``build``.
        document_type: the line above the title: “Rapport” or “Styrdokument”.
    """

    key: str
    title: str
    description: str
    builder: Builder | str
    document_type: str = "Rapport"

    def load_builder(self) -> Builder:
        if isinstance(self.builder, str):
            builder: Builder = importlib.import_module(self.builder).build
            return builder
        return self.builder


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


def report_kind(key: str) -> ReportKind:
    """The kind with this key.

    Raises:
        NotFoundError: no kind has the key (the message lists the keys there are).
    """
    for kind in REPORT_KINDS:
        if kind.key == key:
            return kind
    keys = ", ".join(kind.key for kind in REPORT_KINDS)
    raise NotFoundError(f"Rapporten ”{key}” finns inte. Välj en av: {keys}.")
