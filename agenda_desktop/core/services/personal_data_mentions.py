"""Free texts that name a person: "nämns i text".

A name typed into a text (a rapporteur, an action's responsible person, a citizen's
comment signed with a name) is not linked to the person, so it is found by searching:
every column in ``FREE_TEXTS`` is searched for the person's full name and e-mail
address, case ignored. The list is explicit so that codes, numbers and reference data
(indicator values, Kolada's titles) are never searched and a hit always means a text
someone wrote. Mentions are reported, never changed: the user reads each in its context
and edits it where it is not part of an adjusted protocol.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from agenda_desktop.core.services.personal_data_types import Mention
from agenda_desktop.core.store.models import (
    Action,
    AgendaItem,
    Body,
    Commitment,
    CommitmentEvidence,
    CycleStep,
    DecisionClause,
    DialogueActivity,
    DialogueComment,
    FinancingCommitment,
    FocusArea,
    FollowUp,
    FollowUpCriterion,
    FollowUpObjectiveNote,
    GoalAssessment,
    KeyEffort,
    Meeting,
    Network,
    NetworkDocument,
    NetworkMeeting,
    Objective,
    ObjectiveRelation,
    PriorityGoal,
    TargetAssessment,
)

# (model, where in Swedish, ((column, the field's Swedish name), …))
FREE_TEXTS: Final[tuple[tuple[Any, str, tuple[tuple[str, str], ...]], ...]] = (
    (
        AgendaItem,
        "Dagordningspunkt",
        (
            ("title", "Rubrik"),
            ("matter", "Ärende"),
            ("rapporteur", "Föredragande"),
            ("decision_intro", "Beslutsinledning"),
            ("reservations", "Reservationer"),
            ("protocol_note", "Protokollsanteckning"),
            ("outcome", "Utfall"),
        ),
    ),
    (DecisionClause, "Beslutssats", (("text", "Att-sats"),)),
    (Meeting, "Möte", (("notes", "Praktisk information"),)),
    (Body, "Organ", (("description", "Beskrivning"), ("owners", "Ägare"))),
    (
        Action,
        "Åtgärd",
        (
            ("title", "Rubrik"),
            ("description", "Beskrivning"),
            ("responsible_person", "Ansvarig person"),
            ("partners", "Samarbetspartner"),
        ),
    ),
    (
        DialogueActivity,
        "Dialogaktivitet",
        (("title", "Rubrik"), ("target_group", "Målgrupp"), ("description", "Beskrivning")),
    ),
    (
        DialogueComment,
        "Synpunkt",
        (("sender", "Avsändare"), ("text", "Synpunkt"), ("response", "Svar")),
    ),
    (FollowUp, "Uppföljning", (("what_moved", "Vad rörde sig"), ("what_to_change", "Ändra"))),
    (FollowUpCriterion, "Uppföljningskriterium", (("note", "Anteckning"),)),
    (FollowUpObjectiveNote, "Uppföljning av målsättning", (("comment", "Kommentar"),)),
    (GoalAssessment, "Analys av mål", (("partners", "Aktörer"), ("analysis", "Analys"))),
    (TargetAssessment, "Analys av delmål", (("partners", "Aktörer"), ("analysis", "Analys"))),
    (CycleStep, "Steg i styrcykeln", (("note", "Anteckning"),)),
    (PriorityGoal, "Prioriterat mål", (("rationale", "Motivering"),)),
    (FocusArea, "Fokusområde", (("title", "Rubrik"), ("description", "Beskrivning"))),
    (Objective, "Målsättning", (("text", "Text"),)),
    (KeyEffort, "Nyckelinsats", (("text", "Text"),)),
    (ObjectiveRelation, "Samband mellan målsättningar", (("note", "Anteckning"),)),
    (Network, "Nätverk", (("organiser", "Arrangör"), ("description", "Beskrivning"))),
    (NetworkMeeting, "Nätverksmöte", (("title", "Rubrik"), ("notes", "Anteckningar"))),
    (NetworkDocument, "Nätverksdokument", (("title", "Rubrik"),)),
    (Commitment, "Åtagande", (("text", "Text"), ("note", "Anteckning"))),
    (CommitmentEvidence, "Belägg för åtagande", (("note", "Anteckning"),)),
    (FinancingCommitment, "Samfinansiering", (("title", "Rubrik"), ("note", "Anteckning"))),
)
MIN_TERM = 3  # shorter names would match half of every text
CONTEXT = 40  # characters shown on either side of a hit


def search_terms(name: str, email: str) -> tuple[str, ...]:
    """The full name (spaces made single) and the e-mail address, when long enough."""
    terms = (" ".join(name.split()), email.strip())
    return tuple(term for term in terms if len(term) >= MIN_TERM)


def snippet(text: str, start: int, length: int) -> str:
    """The hit with up to ``CONTEXT`` characters around it, on one line."""
    first, last = max(0, start - CONTEXT), min(len(text), start + length + CONTEXT)
    part = " ".join(text[first:last].split())
    return f"{'…' if first else ''}{part}{'…' if last < len(text) else ''}"


def mentions(session: Session, name: str, email: str) -> tuple[Mention, ...]:
    """Every free text that contains the name or the e-mail address."""
    terms = search_terms(name, email)
    if not terms:
        return ()
    found: list[Mention] = []
    for model, place, columns in FREE_TEXTS:
        conditions = [
            getattr(model, column).icontains(term, autoescape=True)
            for column, _field in columns
            for term in terms
        ]
        for row in session.scalars(select(model).where(or_(*conditions))):
            record, adjusted = describe(session, row)
            for column, field in columns:
                for hit in _hits(getattr(row, column) or "", terms):
                    found.append(Mention(place, record, field, hit, adjusted))
    return tuple(found)


def _hits(text: str, terms: tuple[str, ...]) -> Iterator[str]:
    folded = text.casefold()
    for term in terms:
        start = folded.find(term.casefold())
        if start >= 0:
            yield snippet(text, start, len(term))
            return  # one mention per field is enough to find it


def describe(session: Session, row: Any) -> tuple[str, bool]:
    """Which record a hit is in, in words, and whether it is part of an adjusted protocol."""
    if isinstance(row, DecisionClause):
        row = session.get_one(AgendaItem, row.item_id)
    if isinstance(row, AgendaItem):
        meeting = session.get_one(Meeting, row.meeting_id)
        where = f"§ {row.paragraph_number}" if row.paragraph_number else f"punkt {row.position}"
        label, adjusted = _meeting_label(session, meeting)
        return f"{label}, {where} ”{row.title}”", adjusted
    if isinstance(row, Meeting):
        return _meeting_label(session, row)
    for attribute in ("title", "name", "text"):
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value.strip():
            short = " ".join(value.split())
            return (short if len(short) <= 60 else f"{short[:59]}…"), False
    identity = inspect(row).identity or ()
    return "nr " + "/".join(str(part) for part in identity), False


def _meeting_label(session: Session, meeting: Meeting) -> tuple[str, bool]:
    body = session.get_one(Body, meeting.body_id)
    return f"{body.name} {meeting.held_on.isoformat()}", meeting.adjusted_on is not None
