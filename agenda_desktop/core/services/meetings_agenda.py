"""Writes to a meeting's agenda and attachments, inside the meeting service's unit of work.

The agenda may change until the protocol is adjusted. A protocol already drawn up then has
numbers out of step with the agenda; ``ProtocolService.adjust`` refuses until it is drawn
up again, so no gap or duplicate reaches an adjusted protocol.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.file_names import safe_filename
from agenda_desktop.core.meetings import agenda_rules as rules
from agenda_desktop.core.meetings.attachment_files import read_stored_file
from agenda_desktop.core.services import meetings_queries as queries
from agenda_desktop.core.services.commitments_guards import refuse_removing_evidence
from agenda_desktop.core.services.meetings_types import AgendaItemInput
from agenda_desktop.core.store.models.meetings import AgendaItem, Attachment, Meeting
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


def checked_item(data: AgendaItemInput) -> AgendaItemInput:
    rules.checked_item_kind(data.kind)
    return AgendaItemInput(
        title=rules.checked_title(data.title),
        matter=data.matter.strip(),
        diarienummer=rules.checked_short(
            rules.FIELD_DIARIENUMMER, data.diarienummer, rules.MAX_DIARIENUMMER
        ),
        rapporteur=rules.checked_short(
            rules.FIELD_RAPPORTEUR, data.rapporteur, rules.MAX_RAPPORTEUR
        ),
        kind=data.kind,
    )


def add_standard_items(meeting: Meeting) -> None:
    for position, standard in enumerate(rules.standard_agenda(), start=1):
        meeting.items.append(
            AgendaItem(
                position=position,
                kind=standard.kind,
                standard=standard.standard,
                title=standard.title,
            )
        )


def _ordered(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        )
    )


def _renumber(session: Session, meeting_id: int, items: list[AgendaItem]) -> None:
    """Give ``items`` the positions 1, 2, 3 … in their list order.

    The positions are unique per meeting, so they pass through negative numbers first.
    """
    session.execute(
        update(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .values(position=-AgendaItem.position)
        .execution_options(synchronize_session=False)
    )
    session.expire_all()
    for position, item in enumerate(items, start=1):
        item.position = position
    session.flush()


def add_item(session: Session, meeting_id: int, data: AgendaItemInput) -> int:
    checked = checked_item(data)
    queries.editable_meeting(session, meeting_id)
    items = _ordered(session, meeting_id)
    item = AgendaItem(
        meeting_id=meeting_id,
        position=0,  # stays clear of both signs while _renumber runs
        kind=checked.kind,
        title=checked.title,
        matter=checked.matter,
        diarienummer=checked.diarienummer,
        rapporteur=checked.rapporteur,
    )
    session.add(item)
    session.flush()
    items.insert(rules.insert_index([i.standard for i in items]), item)
    _renumber(session, meeting_id, items)
    return item.id


def update_item(
    session: Session, item_id: int, data: AgendaItemInput, expected: ExpectedVersion | None
) -> None:
    checked = checked_item(data)
    item = queries.item_row(session, item_id)
    expect_version(session, item, expected)
    queries.editable_meeting(session, item.meeting_id)
    if item.standard is not None and checked.kind != item.kind:
        raise ValidationError(
            rules.FIELD_KIND, "de inledande punkterna och avslutningen ligger fast."
        )
    item.title = checked.title
    item.matter = checked.matter
    item.diarienummer = checked.diarienummer
    item.rapporteur = checked.rapporteur
    item.kind = checked.kind


def move_item(session: Session, item_id: int, step: int) -> None:
    item = queries.item_row(session, item_id)
    meeting_id = item.meeting_id
    queries.editable_meeting(session, meeting_id)
    items = _ordered(session, meeting_id)
    index = items.index(item)
    rules.refuse_move([i.standard for i in items], index, step)
    items[index], items[index + step] = items[index + step], items[index]
    _renumber(session, meeting_id, items)


def remove_item(session: Session, item_id: int) -> None:
    item = queries.item_row(session, item_id)
    meeting_id = item.meeting_id
    queries.editable_meeting(session, meeting_id)
    if item.standard is not None:
        raise ValidationError(
            rules.FIELD_ITEM, f"”{item.title}” hör till varje möte och kan inte tas bort."
        )
    refuse_removing_evidence(session, [item_id])
    items = [other for other in _ordered(session, meeting_id) if other.id != item_id]
    session.delete(item)
    session.flush()
    _renumber(session, meeting_id, items)


def add_attachment(session: Session, item_id: int, path: Path) -> int:
    if not path.is_file():
        raise ValidationError(rules.FIELD_ATTACHMENT, f"filen ”{path}” finns inte.")
    rules.check_attachment(safe_filename(path.name), path.stat().st_size)
    item = queries.item_row(session, item_id)
    queries.editable_meeting(session, item.meeting_id)
    stored = read_stored_file(path, rules.FIELD_ATTACHMENT)
    attachment = Attachment(
        item_id=item_id,
        filename=stored.filename,
        media_type=stored.media_type,
        size=stored.size,
        sha256=stored.sha256,
        content=stored.content,
        added_at=datetime.now().replace(microsecond=0),
    )
    session.add(attachment)
    session.flush()
    return attachment.id


def attachment_row(session: Session, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(f"Bilagan {attachment_id} finns inte (längre).")
    return attachment


def remove_attachment(session: Session, attachment_id: int) -> None:
    attachment = attachment_row(session, attachment_id)
    item = queries.item_row(session, attachment.item_id)
    queries.editable_meeting(session, item.meeting_id)
    session.delete(attachment)


def item_count(session: Session, meeting_id: int) -> int:
    count = session.scalar(
        select(func.count()).select_from(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    )
    return int(count or 0)
