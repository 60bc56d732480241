"""What is due within the coming days and what is overdue, across commitments, actions,
remiss deadlines, financing decisions and invoices: the list on Översikt.

Only dated things are listed. A thing is overdue when its date has passed (before
today) and it is still open; it is due when its date falls from today to ``horizon_days``
ahead. What counts as open:

* a commitment whose effective status (``core/networks/status_rules.py``, read with its
  evidence by ``commitments_reading``) is not uppfylld or ej aktuell;
* an action whose status is not klar or avbruten;
* a remiss: until its deadline it is open; after it, only while comments lack återkoppling;
* a financing recommendation not yet adopted or declined;
* an invoice not yet paid.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from agenda_desktop.core.networks.vocabulary import CLOSED_COMMITMENT_STATUSES
from agenda_desktop.core.services.commitments_reading import commitment_infos
from agenda_desktop.core.steering.dialogue_rules import REMISS
from agenda_desktop.core.steering.vocabulary import (
    ANSWERED_COMMENT_STATUSES,
    CLOSED_ACTION_STATUSES,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Action,
    Commitment,
    DialogueActivity,
    DialogueComment,
    FinancingCommitment,
    FinancingInvoice,
    Network,
    OrgUnit,
    SteeringCycle,
)

HORIZON_DAYS = 30
# The order of kinds on the same day: what the municipality promises first.
KINDS = ("commitment", "action", "remiss", "financing_decision", "invoice")


@dataclass(frozen=True)
class Deadline:
    """One dated thing to do.

    ``kind``: "commitment", "action", "remiss", "financing_decision" or "invoice".
    ``title`` is the thing itself (a commitment's text, an action's title …), ``context``
    where it belongs (the network, the unit, the activity), ``page`` the navigation key
    of the page that handles it, ``target_id`` the id of the thing.
    ``open_comments`` counts a remiss's comments without återkoppling; ``year`` is an
    invoice's year (None for the other kinds).
    """

    day: date
    kind: str
    title: str
    context: str
    page: str
    overdue: bool
    target_id: int
    open_comments: int = 0
    year: int | None = None


class DeadlineService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def deadlines(
        self, today: date | None = None, horizon_days: int = HORIZON_DAYS
    ) -> list[Deadline]:
        """Overdue things first (the oldest first), then what is due within
        ``horizon_days``, by date."""
        day = today or date.today()
        until = day + timedelta(days=horizon_days)
        with self._database.unit_of_work() as session:
            found = [
                *_commitments(session, day, until),
                *_actions(session, day, until),
                *_remisses(session, day, until),
                *_financing_decisions(session, day, until),
                *_invoices(session, day, until),
            ]
        return sorted(found, key=_order)


def _order(deadline: Deadline) -> tuple[bool, date, int, str, int]:
    return (
        not deadline.overdue,
        deadline.day,
        KINDS.index(deadline.kind),
        deadline.title.casefold(),
        deadline.target_id,
    )


def _commitments(session: Session, today: date, until: date) -> Iterator[Deadline]:
    commitments = session.scalars(
        select(Commitment)
        .where(Commitment.due_date.is_not(None), Commitment.due_date <= until)
        .options(selectinload(Commitment.evidence))
    )
    for info in commitment_infos(session, commitments, today):
        if info.due_date is None or info.status in CLOSED_COMMITMENT_STATUSES:
            continue
        yield Deadline(
            day=info.due_date,
            kind="commitment",
            title=info.text,
            context=info.network_name,
            page="networks",
            overdue=info.due_date < today,
            target_id=info.commitment_id,
        )


def _actions(session: Session, today: date, until: date) -> Iterator[Deadline]:
    rows = session.execute(
        select(Action.id, Action.title, Action.due_date, OrgUnit.name, SteeringCycle.name)
        .join(SteeringCycle, SteeringCycle.id == Action.cycle_id)
        .outerjoin(OrgUnit, OrgUnit.id == Action.org_unit_id)
        .where(
            Action.due_date.is_not(None),
            Action.due_date <= until,
            Action.status.not_in(CLOSED_ACTION_STATUSES),
        )
    )
    for action_id, title, due, unit, cycle in rows:
        if due is None:
            continue
        yield Deadline(
            day=due,
            kind="action",
            title=title,
            context=unit or cycle,
            page="action_plan",
            overdue=due < today,
            target_id=action_id,
        )


def _remisses(session: Session, today: date, until: date) -> Iterator[Deadline]:
    unanswered = (
        select(func.count(DialogueComment.id))
        .where(
            DialogueComment.activity_id == DialogueActivity.id,
            DialogueComment.status.not_in(ANSWERED_COMMENT_STATUSES),
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            DialogueActivity.id,
            DialogueActivity.title,
            DialogueActivity.deadline,
            SteeringCycle.name,
            unanswered,
        )
        .join(SteeringCycle, SteeringCycle.id == DialogueActivity.cycle_id)
        .where(
            DialogueActivity.kind == REMISS,
            DialogueActivity.deadline.is_not(None),
            DialogueActivity.deadline <= until,
        )
    )
    for activity_id, title, deadline, cycle, open_comments in rows:
        if deadline is None:
            continue
        overdue = deadline < today
        if overdue and not open_comments:
            continue  # the remiss is closed and every comment has had its återkoppling
        yield Deadline(
            day=deadline,
            kind="remiss",
            title=title,
            context=cycle,
            page="dialogue",
            overdue=overdue,
            target_id=activity_id,
            open_comments=int(open_comments or 0),
        )


def _financing_decisions(session: Session, today: date, until: date) -> Iterator[Deadline]:
    rows = session.execute(
        select(
            FinancingCommitment.id,
            FinancingCommitment.title,
            FinancingCommitment.deadline,
            Network.name,
        )
        .join(Network, Network.id == FinancingCommitment.network_id)
        .where(
            FinancingCommitment.decision.is_(None),
            FinancingCommitment.deadline.is_not(None),
            FinancingCommitment.deadline <= until,
        )
    )
    for financing_id, title, deadline, network in rows:
        if deadline is None:
            continue
        yield Deadline(
            day=deadline,
            kind="financing_decision",
            title=title,
            context=network,
            page="networks",
            overdue=deadline < today,
            target_id=financing_id,
        )


def _invoices(session: Session, today: date, until: date) -> Iterator[Deadline]:
    rows = session.execute(
        select(
            FinancingInvoice.id,
            FinancingInvoice.expected_on,
            FinancingInvoice.year,
            FinancingCommitment.title,
            Network.name,
        )
        .join(FinancingCommitment, FinancingCommitment.id == FinancingInvoice.financing_id)
        .join(Network, Network.id == FinancingCommitment.network_id)
        .where(
            FinancingInvoice.paid_on.is_(None),
            FinancingInvoice.expected_on.is_not(None),
            FinancingInvoice.expected_on <= until,
        )
    )
    for invoice_id, expected_on, year, title, network in rows:
        if expected_on is None:
            continue
        yield Deadline(
            day=expected_on,
            kind="invoice",
            title=title,
            context=network,
            page="networks",
            overdue=expected_on < today,
            target_id=invoice_id,
            year=year,
        )
