"""Refusals that keep evidence alive: a protocol paragraph that is evidence of a commitment,
or the deciding paragraph of a financing commitment, cannot be removed (nor the meeting
holding it) until the link is removed. The foreign keys refuse too (RESTRICT); this says
why in Swedish, naming what links to the paragraph."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.store.models import (
    AgendaItem,
    Commitment,
    CommitmentEvidence,
    FinancingCommitment,
    Network,
)

FIELD_LINKED = "Punkt"


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def refuse_removing_evidence(session: Session, item_ids: Collection[int]) -> None:
    """Raise a ValidationError when any of ``item_ids`` is evidence or a financing decision."""
    if not item_ids:
        return
    row = session.execute(
        select(AgendaItem.title, Commitment.text, Network.name)
        .join(CommitmentEvidence, CommitmentEvidence.agenda_item_id == AgendaItem.id)
        .join(Commitment, Commitment.id == CommitmentEvidence.commitment_id)
        .join(Network, Network.id == Commitment.network_id)
        .where(AgendaItem.id.in_(list(item_ids)))
        .order_by(Network.name, Commitment.position)
        .limit(1)
    ).first()
    if row is not None:
        title, text, network = row
        raise ValidationError(
            FIELD_LINKED,
            f"”{title}” är underlag för åtagandet ”{_short(text)}” i nätverket ”{network}” "
            "och kan inte tas bort. Ta bort kopplingen under Nätverk först.",
        )
    row = session.execute(
        select(AgendaItem.title, FinancingCommitment.title, Network.name)
        .join(FinancingCommitment, FinancingCommitment.decision_item_id == AgendaItem.id)
        .join(Network, Network.id == FinancingCommitment.network_id)
        .where(AgendaItem.id.in_(list(item_ids)))
        .limit(1)
    ).first()
    if row is not None:
        title, financing, network = row
        raise ValidationError(
            FIELD_LINKED,
            f"”{title}” är beslutet om samfinansieringen ”{_short(financing)}” i nätverket "
            f"”{network}” och kan inte tas bort. Ta bort kopplingen under Nätverk först.",
        )


def refuse_removing_meeting(session: Session, meeting_id: int) -> None:
    """The same refusal for every paragraph of a meeting about to be removed."""
    item_ids = session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id))
    refuse_removing_evidence(session, list(item_ids))
