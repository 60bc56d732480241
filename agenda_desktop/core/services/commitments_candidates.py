"""What can be linked as evidence of a commitment, for the picker: paragraphs, the steps of
every steering cycle, actions, the network's documents and bodies, each with the
:class:`EvidenceInput` to link it, a label and a detail.

SQLite's ``lower()`` folds only ASCII letters, so the text match runs in Python with
``str.casefold`` on NFC text (as the protocol search does); a register holds thousands of
paragraphs at most. Things already linked to the commitment are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.meetings import membership_rules
from agenda_desktop.core.meetings.vocabulary import BODY_KINDS
from agenda_desktop.core.networks.evidence_rules import EvidenceKey, evidence_key
from agenda_desktop.core.services.bodies_queries import in_office_on
from agenda_desktop.core.services.commitments_reading import paragraph_detail, step_label
from agenda_desktop.core.services.commitments_types import (
    EvidenceCandidate,
    EvidenceInput,
    ParagraphRef,
)
from agenda_desktop.core.services.protocols_search import fold
from agenda_desktop.core.steering.vocabulary import ACTION_STATUSES
from agenda_desktop.core.store.models import (
    Action,
    AgendaItem,
    Body,
    CycleStep,
    DecisionClause,
    Meeting,
    Membership,
    NetworkDocument,
    SteeringCycle,
)

MAX_CANDIDATES = 200


def _matches(needle: str, fields: Iterable[str]) -> bool:
    return not needle or any(needle in fold(field) for field in fields)


def clauses_of(session: Session, item_ids: list[int]) -> dict[int, list[str]]:
    clauses: dict[int, list[str]] = defaultdict(list)
    for chunk in range(0, len(item_ids), 500):
        for item_id, text in session.execute(
            select(DecisionClause.item_id, DecisionClause.text)
            .where(DecisionClause.item_id.in_(item_ids[chunk : chunk + 500]))
            .order_by(DecisionClause.item_id, DecisionClause.position)
        ):
            clauses[item_id].append(text)
    return clauses


def paragraphs(session: Session, needle: str, linked: set[EvidenceKey]) -> list[EvidenceCandidate]:
    """Agenda items that are not standard items, the newest meeting first."""
    rows = session.execute(
        select(AgendaItem, Meeting, Body.name)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == Meeting.body_id)
        .where(AgendaItem.standard.is_(None))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc(), AgendaItem.position)
    ).all()
    clauses = clauses_of(session, [item.id for item, _meeting, _name in rows])
    found: list[EvidenceCandidate] = []
    for item, meeting, body_name in rows:
        texts = clauses.get(item.id, [])
        if evidence_key("paragraf", agenda_item_id=item.id) in linked:
            continue
        if not _matches(needle, (item.title, item.matter, item.diarienummer, *texts)):
            continue
        ref = ParagraphRef(
            item_id=item.id,
            meeting_id=meeting.id,
            body_name=body_name,
            held_on=meeting.held_on,
            paragraph_number=item.paragraph_number,
            position=item.position,
            title=item.title,
            diarienummer=item.diarienummer,
            adjusted_on=meeting.adjusted_on,
            clauses=tuple(texts),
        )
        found.append(
            EvidenceCandidate(
                EvidenceInput("paragraf", agenda_item_id=item.id),
                f"{ref.reference} {ref.title}",
                paragraph_detail(meeting),
            )
        )
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def steps(session: Session, needle: str, linked: set[EvidenceKey]) -> list[EvidenceCandidate]:
    """The five steps of every cycle, the newest cycle first."""
    cycles = session.scalars(
        select(SteeringCycle).order_by(SteeringCycle.start_year.desc(), SteeringCycle.id.desc())
    ).all()
    done = {
        (row.cycle_id, row.step): row.completed_on
        for row in session.execute(
            select(CycleStep.cycle_id, CycleStep.step, CycleStep.completed_on)
        )
    }
    found = []
    for cycle in cycles:
        for step in range(1, 6):
            label = step_label(cycle.name, step)
            if evidence_key("steg", cycle_id=cycle.id, step=step) in linked:
                continue
            if not _matches(needle, (label,)):
                continue
            completed = done.get((cycle.id, step))
            detail = f"klar {completed.isoformat()}" if completed is not None else "pågår"
            found.append(
                EvidenceCandidate(
                    EvidenceInput("steg", cycle_id=cycle.id, step=step), label, detail
                )
            )
    return found


def actions(session: Session, needle: str, linked: set[EvidenceKey]) -> list[EvidenceCandidate]:
    """Actions whose title holds the search, the newest cycle first, then by title."""
    rows = session.execute(
        select(Action, SteeringCycle.name, SteeringCycle.start_year).join(
            SteeringCycle, SteeringCycle.id == Action.cycle_id
        )
    ).all()
    rows = sorted(
        rows, key=lambda row: (-row[2], membership_rules.name_key(row[0].title), row[0].id)
    )
    found = []
    for action, cycle_name, _start in rows:
        if evidence_key("atgard", action_id=action.id) in linked:
            continue
        if not _matches(needle, (action.title,)):
            continue
        status = ACTION_STATUSES.get(action.status, action.status).lower()
        due = f", klar senast {action.due_date.isoformat()}" if action.due_date else ""
        found.append(
            EvidenceCandidate(
                EvidenceInput("atgard", action_id=action.id),
                action.title,
                f"{status}{due} ({cycle_name})",
            )
        )
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def documents(
    session: Session, network_id: int, needle: str, linked: set[EvidenceKey]
) -> list[EvidenceCandidate]:
    """The network's own documents, by title."""
    rows = session.scalars(
        select(NetworkDocument).where(NetworkDocument.network_id == network_id)
    ).all()
    found = []
    for document in sorted(rows, key=lambda d: membership_rules.name_key(d.title or d.filename)):
        if evidence_key("dokument", document_id=document.id) in linked:
            continue
        if not _matches(needle, (document.title, document.filename)):
            continue
        found.append(
            EvidenceCandidate(
                EvidenceInput("dokument", document_id=document.id),
                document.title or document.filename,
                f"{document.filename}, bifogat {document.added_at.date().isoformat()}",
            )
        )
    return found


def bodies(
    session: Session, needle: str, linked: set[EvidenceKey], today: date
) -> list[EvidenceCandidate]:
    """Every body by name, with its kind and how many hold a seat today."""
    seats: dict[int, int] = defaultdict(int)
    for body_id in session.scalars(select(Membership.body_id).where(in_office_on(today))):
        seats[body_id] += 1
    found = []
    rows = session.scalars(select(Body)).all()
    for body in sorted(rows, key=lambda b: membership_rules.name_key(b.name)):
        if evidence_key("organ", body_id=body.id) in linked:
            continue
        if not _matches(needle, (body.name,)):
            continue
        count = seats.get(body.id, 0)
        people = "1 person" if count == 1 else f"{count} personer"
        found.append(
            EvidenceCandidate(
                EvidenceInput("organ", body_id=body.id),
                body.name,
                f"{BODY_KINDS.get(body.kind, body.kind)}, {people} i dag",
            )
        )
    return found
