"""Filling in a new network from a template inside the network service's unit of work: the
template's commitments and expectations, due dates counted from the start date, the
contact person as responsible where the template says so, and the evidence the app
already holds linked (see the hints of :mod:`agenda_desktop.core.networks.templates`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.networks.status_rules import due_from_start
from agenda_desktop.core.networks.templates import (
    BodyHint,
    EvidenceHint,
    NetworkTemplate,
    ParagraphHint,
    StepHint,
    mentions,
    pick_body,
    pick_cycle,
)
from agenda_desktop.core.services.commitments_candidates import clauses_of
from agenda_desktop.core.services.commitments_evidence import new_evidence
from agenda_desktop.core.services.commitments_types import EvidenceInput
from agenda_desktop.core.store.models import (
    AgendaItem,
    Body,
    Commitment,
    Meeting,
    Network,
    SteeringCycle,
)


def fill_from_template(
    session: Session, network: Network, template: NetworkTemplate, today: date
) -> None:
    """Add the template's items to ``network`` (flushed, so it has an id) in order."""
    finder = _EvidenceFinder(session, network)
    for position, item in enumerate(template.items, start=1):
        commitment = Commitment(
            network_id=network.id,
            position=position,
            kind=item.kind,
            text=item.text,
            due_date=due_from_start(network.start_date, item.months),
            responsible_person_id=network.contact_person_id
            if item.responsible_is_contact
            else None,
            template_key=item.key,
        )
        session.add(commitment)
        session.flush()
        found = finder.find(item.evidence)
        if found is not None:
            commitment.evidence.append(new_evidence(commitment, found, today))
    session.flush()


class _EvidenceFinder:
    """Looks up each kind of evidence once, whatever the number of items asking."""

    def __init__(self, session: Session, network: Network) -> None:
        self._session = session
        self._network = network
        self._cycle: int | None = None
        self._cycle_read = False

    def find(self, hint: EvidenceHint | None) -> EvidenceInput | None:
        if isinstance(hint, ParagraphHint):
            item_id = self._paragraph(hint)
            return EvidenceInput("paragraf", agenda_item_id=item_id) if item_id else None
        if isinstance(hint, BodyHint):
            rows = [(b.id, b.name, b.kind) for b in self._session.scalars(select(Body))]
            body_id = pick_body(rows, hint)
            return EvidenceInput("organ", body_id=body_id) if body_id else None
        if isinstance(hint, StepHint):
            cycle_id = self._current_cycle()
            return EvidenceInput("steg", cycle_id=cycle_id, step=hint.step) if cycle_id else None
        return None

    def _paragraph(self, hint: ParagraphHint) -> int | None:
        """The newest paragraph mentioning the network, an adjusted one before any other."""
        rows = self._session.execute(
            select(AgendaItem, Meeting.held_on, Meeting.adjusted_on)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.standard.is_(None))
        ).all()
        clauses = clauses_of(self._session, [item.id for item, _held, _adjusted in rows])
        phrases = (self._network.name, *hint.phrases)
        found = [
            (adjusted is not None, held_on, item.position, item.id)
            for item, held_on, adjusted in rows
            if mentions((item.title, item.matter, *clauses.get(item.id, [])), phrases)
        ]
        return max(found)[3] if found else None

    def _current_cycle(self) -> int | None:
        if not self._cycle_read:
            rows = self._session.execute(
                select(SteeringCycle.id, SteeringCycle.start_year, SteeringCycle.end_year)
            ).all()
            start = self._network.start_date
            self._cycle = pick_cycle(
                [(r[0], r[1], r[2]) for r in rows], start.year if start else None
            )
            self._cycle_read = True
        return self._cycle
