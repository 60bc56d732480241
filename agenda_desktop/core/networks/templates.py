"""Network templates, free of the database: what a network made from a template is called,
which commitments (utfästelser) and expectations (förväntningar) it fills in, when each
is due counted from the network's start date, and where its evidence is looked for.

"SKR utvecklingsnätverk Styra med Agenda 2030" is SKR's two-year development network:
the municipality promises a decision by its leadership, time, a steering group, a contact
person and a working group; the network expects a current-state analysis, priorities,
involving the citizens, a change across the organisation and a plan for follow-up.
The services resolve the evidence hints against what the app holds
(:mod:`agenda_desktop.core.services.networks_templates`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ParagraphHint:
    """The newest protocol paragraph (adjusted ones first) whose title, matter or decision
    mentions the network's name or one of ``phrases``."""

    phrases: tuple[str, ...]


@dataclass(frozen=True)
class BodyHint:
    """A body of ``kind``; one whose name holds ``prefer`` comes first."""

    kind: str
    prefer: str = ""


@dataclass(frozen=True)
class StepHint:
    """Step ``step`` of the steering cycle whose years cover the network's start year
    (else the latest cycle)."""

    step: int


EvidenceHint = ParagraphHint | BodyHint | StepHint


@dataclass(frozen=True)
class TemplateItem:
    key: str  # stored as the commitment's template_key
    kind: str  # utfastelse / forvantning
    text: str
    months: int  # due this many months after the network's start date
    evidence: EvidenceHint | None = None
    responsible_is_contact: bool = False  # the network's contact person is responsible


@dataclass(frozen=True)
class NetworkTemplate:
    key: str
    name: str
    organiser: str
    organiser_kind: str
    kind: str
    description: str
    items: tuple[TemplateItem, ...]

    @property
    def commitment_count(self) -> int:
        return sum(1 for item in self.items if item.kind == "utfastelse")

    @property
    def expectation_count(self) -> int:
        return sum(1 for item in self.items if item.kind == "forvantning")


SKR_STYRA_NAME = "SKR utvecklingsnätverk Styra med Agenda 2030"
SKR_STYRA = NetworkTemplate(
    key="skr_styra",
    name=SKR_STYRA_NAME,
    organiser="SKR",
    organiser_kind="skr",
    kind="utvecklingsnatverk",
    description=(
        "Sveriges Kommuner och Regioners utvecklingsnätverk för kommuner och regioner som "
        "vill styra och leda med Agenda 2030. Under två år arbetar deltagarna med "
        "nulägesanalys, prioriteringar, medborgardialog, förändringsarbete och uppföljning, "
        "med gemensamma nätverksträffar och eget arbete på hemmaplan mellan träffarna."
    ),
    items=(
        TemplateItem(
            "beslut",
            "utfastelse",
            "Ett beslut av kommunledningen om att delta i utvecklingsnätverket och om "
            "förutsättningarna för deltagandet.",
            0,
            ParagraphHint(("utvecklingsnätverk", "Styra med Agenda 2030")),
        ),
        TemplateItem(
            "tid",
            "utfastelse",
            "Tid avsatt för förtroendevalda och tjänstepersoner att delta i de gemensamma "
            "nätverksträffarna och att arbeta vidare mellan träffarna.",
            2,
        ),
        TemplateItem(
            "styrgrupp",
            "utfastelse",
            "En styrgrupp med förtroendevalda och ledande tjänstepersoner som leder och "
            "förankrar arbetet med Agenda 2030.",
            2,
            BodyHint("styrgrupp", "Agenda 2030"),
        ),
        TemplateItem(
            "kontaktperson",
            "utfastelse",
            "En kontaktperson gentemot nätverket som samordnar kommunens deltagande och tar "
            "emot information från SKR.",
            2,
            responsible_is_contact=True,
        ),
        TemplateItem(
            "arbetsgrupp",
            "utfastelse",
            "En arbetsgrupp som driver arbetet på hemmaplan mellan nätverksträffarna.",
            2,
            BodyHint("arbetsgrupp"),
        ),
        TemplateItem(
            "nulagesanalys",
            "forvantning",
            "Ta fram en nulägesanalys av hur kommunen bidrar till de globala målen, med "
            "statistik, styrdokument och verksamheternas egen bild.",
            6,
            StepHint(1),
        ),
        TemplateItem(
            "prioritering",
            "forvantning",
            "Prioritera mål utifrån nulägesanalysen och formulera kommunens egna mål.",
            9,
            StepHint(2),
        ),
        TemplateItem(
            "medborgare",
            "forvantning",
            "Involvera medborgarna i arbetet, till exempel genom dialoger med unga, "
            "föreningsliv och näringsliv.",
            12,
            StepHint(4),
        ),
        TemplateItem(
            "forandring",
            "forvantning",
            "Planera och påbörja en förändring i hela organisationen tillsammans med viktiga "
            "externa aktörer.",
            15,
            StepHint(3),
        ),
        TemplateItem(
            "uppfoljning",
            "forvantning",
            "Planera uppföljningen av arbetet på kort och lång sikt: vad som följs upp, hur "
            "ofta och av vem.",
            18,
            StepHint(5),
        ),
    ),
)

TEMPLATES: dict[str, NetworkTemplate] = {SKR_STYRA.key: SKR_STYRA}


def fold(text: str) -> str:
    """Text for matching: NFC, case folded, runs of white space as one space."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def mentions(texts: Iterable[str], phrases: Iterable[str]) -> bool:
    """Whether any text holds any phrase, case ignored (å, ä, ö too)."""
    needles = [fold(phrase) for phrase in phrases if phrase.strip()]
    return any(needle in fold(text) for text in texts for needle in needles)


def pick_cycle(cycles: Sequence[tuple[int, int, int]], year: int | None) -> int | None:
    """Of (id, start_year, end_year): the cycle covering ``year``, else the latest one."""
    if not cycles:
        return None
    if year is not None:
        covering = [c for c in cycles if c[1] <= year <= c[2]]
        if covering:
            return max(covering, key=lambda c: (c[1], c[0]))[0]
    return max(cycles, key=lambda c: (c[1], c[2], c[0]))[0]


def pick_body(bodies: Sequence[tuple[int, str, str]], hint: BodyHint) -> int | None:
    """Of (id, name, kind): a body of the hint's kind, the preferred name first."""
    fitting = [b for b in bodies if b[2] == hint.kind]
    if not fitting:
        return None
    preferred = [b for b in fitting if hint.prefer and mentions([b[1]], [hint.prefer])]
    return min(preferred or fitting, key=lambda b: b[0])[0]
