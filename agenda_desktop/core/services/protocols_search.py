"""Search across meetings, paragraphs and decisions.

SQLite's ``lower()`` and ``LIKE`` fold only ASCII letters, so "ÅTGÄRD" would not find
"åtgärd": the body and date filters run in SQL, the text match in Python with
``str.casefold`` on NFC text. A municipality's register is thousands of paragraphs at
most, well within what this reads at once.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.services.protocols_types import SearchHit
from agenda_desktop.core.store.models import AgendaItem, Body, DecisionClause, Meeting

SNIPPET_WIDTH = 60


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def snippet(text: str, needle: str, width: int = SNIPPET_WIDTH) -> str:
    """The words around the first match of ``needle`` in ``text``, on one line."""
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    if not needle:
        return flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")
    at = fold(flat).find(needle)
    if at < 0:
        return flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")
    start = max(0, at - width)
    end = min(len(flat), at + len(needle) + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def search(
    session: Session,
    text: str,
    body_id: int | None,
    from_date: date | None,
    to_date: date | None,
) -> list[SearchHit]:
    needle = fold(" ".join(text.split()))
    query = (
        select(AgendaItem, Meeting, Body)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == Meeting.body_id)
    )
    if body_id is not None:
        query = query.where(Meeting.body_id == body_id)
    if from_date is not None:
        query = query.where(Meeting.held_on >= from_date)
    if to_date is not None:
        query = query.where(Meeting.held_on <= to_date)
    rows = session.execute(query).all()
    clauses: dict[int, list[str]] = defaultdict(list)
    item_ids = [item.id for item, _meeting, _body in rows]
    for chunk in range(0, len(item_ids), 500):
        for item_id, clause in session.execute(
            select(DecisionClause.item_id, DecisionClause.text)
            .where(DecisionClause.item_id.in_(item_ids[chunk : chunk + 500]))
            .order_by(DecisionClause.item_id, DecisionClause.position)
        ):
            clauses[item_id].append(clause)
    hits = []
    for item, meeting, body in rows:
        fields = [
            item.title,
            item.diarienummer,
            item.matter,
            item.decision_intro,
            *clauses.get(item.id, []),
            item.reservations,
            item.protocol_note,
            item.outcome,
            meeting.place,
        ]
        found = next((f for f in fields if needle and needle in fold(f)), None)
        if needle and found is None:
            continue
        if found is None:
            found = " ".join([item.decision_intro, *clauses.get(item.id, [])]) or item.matter
        hits.append(
            SearchHit(
                meeting_id=meeting.id,
                item_id=item.id,
                body_id=body.id,
                body_name=body.name,
                held_on=meeting.held_on,
                number=item.paragraph_number,
                title=item.title,
                snippet=snippet(found, needle),
                adjusted=meeting.adjusted_on is not None,
            )
        )
    hits.sort(key=lambda h: (-h.held_on.toordinal(), h.body_name, h.number or 0, h.item_id))
    return hits
