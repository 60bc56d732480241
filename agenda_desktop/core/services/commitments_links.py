"""A protocol paragraph linked to a commitment ("Beslutet gäller: Åtagande …") is evidence of
that commitment: linking and unlinking in the protocol keep the evidence row in step, in
the protocol's own transaction, so the commitment's status follows the decision without a
second step by the user. Unlinking the evidence on the commitment's side removes the
paragraph's link too while the protocol is a draft; an adjusted protocol keeps its links,
since it never changes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from agenda_desktop.core.store.models import AgendaItem, CommitmentEvidence, Meeting, ParagraphLink


def link_paragraph(session: Session, commitment_id: int, item_id: int, today: date) -> None:
    """Make the paragraph evidence of the commitment, unless it already is."""
    exists = session.scalar(
        select(CommitmentEvidence.id).where(
            CommitmentEvidence.commitment_id == commitment_id,
            CommitmentEvidence.agenda_item_id == item_id,
        )
    )
    if exists is None:
        session.add(
            CommitmentEvidence(
                commitment_id=commitment_id,
                kind="paragraf",
                agenda_item_id=item_id,
                note="",
                added_on=today,
            )
        )


def unlink_paragraph(session: Session, commitment_id: int, item_id: int) -> None:
    session.execute(
        delete(CommitmentEvidence).where(
            CommitmentEvidence.commitment_id == commitment_id,
            CommitmentEvidence.agenda_item_id == item_id,
        )
    )


def unlink_from_draft(session: Session, commitment_id: int, item_id: int) -> None:
    """Remove the paragraph's link to the commitment, unless its protocol is adjusted."""
    item = session.get(AgendaItem, item_id)
    if item is None or session.get_one(Meeting, item.meeting_id).adjusted_on is not None:
        return
    link = session.get(ParagraphLink, (item_id, "commitment", str(commitment_id)))
    if link is not None:
        session.delete(link)
