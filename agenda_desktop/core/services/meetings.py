"""Meetings: date, time, place, the agenda with attachments, attendance and quorum.

One public method is one user action in one transaction; everything returned is a frozen
value from :mod:`agenda_desktop.core.services.meetings_types`. The rules live in
:mod:`agenda_desktop.core.meetings.agenda_rules` and ``attendance_rules``. Every change
of a meeting whose protocol is adjusted (justerat) is refused with a ValidationError.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import agenda_rules as rules
from agenda_desktop.core.meetings.attendance_rules import Quorum
from agenda_desktop.core.services import meetings_agenda as agenda
from agenda_desktop.core.services import meetings_attendance as attendance_ops
from agenda_desktop.core.services import meetings_queries as queries
from agenda_desktop.core.services.commitments_guards import refuse_removing_meeting
from agenda_desktop.core.services.meetings_types import (
    AgendaItemInfo,
    AgendaItemInput,
    AttachmentInfo,
    AttendanceGroup,
    AttendanceInput,
    MeetingInfo,
    MeetingInput,
    MemberInOffice,
    PersonChoice,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import Body, Meeting, Person
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class MeetingService:
    """Use cases of the meeting register for the Möten page, Översikt and the protocol."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- meetings ----------------------------------------------------------------------

    def meetings(self, body_id: int) -> list[MeetingInfo]:
        """The body's meetings, the latest first."""
        with self._database.unit_of_work() as session:
            rows = list(
                session.scalars(
                    select(Meeting)
                    .where(Meeting.body_id == body_id)
                    .order_by(Meeting.held_on.desc(), Meeting.starts_at.desc(), Meeting.id.desc())
                )
            )
            return queries.meeting_infos(session, rows)

    def upcoming(self, today: date, limit: int = 5) -> list[MeetingInfo]:
        """Kommande möten of every body from ``today`` on, the nearest first."""
        with self._database.unit_of_work() as session:
            rows = list(
                session.scalars(
                    select(Meeting)
                    .where(Meeting.held_on >= today)
                    .order_by(Meeting.held_on, Meeting.starts_at, Meeting.id)
                    .limit(limit)
                )
            )
            return queries.meeting_infos(session, rows)

    def meeting(self, meeting_id: int) -> MeetingInfo:
        with self._database.unit_of_work() as session:
            return queries.meeting_infos(session, [queries.meeting_row(session, meeting_id)])[0]

    def create_meeting(self, body_id: int, data: MeetingInput) -> MeetingInfo:
        """A new meeting whose agenda holds the opening items and the closing."""
        place = self._checked(data)
        with self._database.unit_of_work() as session:
            if session.get(Body, body_id) is None:
                raise NotFoundError(f"Organet {body_id} finns inte (längre).")
            meeting = Meeting(
                body_id=body_id,
                held_on=data.held_on,
                starts_at=data.starts_at,
                ends_at=data.ends_at,
                place=place,
                notes=data.notes.strip(),
            )
            agenda.add_standard_items(meeting)
            session.add(meeting)
            session.flush()
            meeting_id = meeting.id
        return self.meeting(meeting_id)

    def update_meeting(
        self, meeting_id: int, data: MeetingInput, expected: ExpectedVersion | None = None
    ) -> MeetingInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        place = self._checked(data)
        with self._database.unit_of_work() as session:
            meeting = queries.editable_meeting(session, meeting_id)
            expect_version(session, meeting, expected)
            meeting.held_on = data.held_on
            meeting.starts_at = data.starts_at
            meeting.ends_at = data.ends_at
            meeting.place = place
            meeting.notes = data.notes.strip()
        return self.meeting(meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting with its agenda and attendance; an adjusted one is kept."""
        with self._database.unit_of_work() as session:
            meeting = queries.meeting_row(session, meeting_id)
            if meeting.adjusted_on is not None:
                raise ValidationError(
                    rules.FIELD_MEETING,
                    f"protokollet justerades {meeting.adjusted_on.isoformat()} och är en "
                    "allmän handling; mötet kan inte tas bort.",
                )
            refuse_removing_meeting(session, meeting_id)
            session.delete(meeting)

    @staticmethod
    def _checked(data: MeetingInput) -> str:
        if not isinstance(data.held_on, date):
            raise ValidationError(rules.FIELD_DATE, "ange mötets datum.")
        rules.checked_times(data.starts_at, data.ends_at)
        return rules.checked_place(data.place)

    # -- the agenda --------------------------------------------------------------------

    def items(self, meeting_id: int) -> list[AgendaItemInfo]:
        """The agenda in order; ``position`` is the item's number ("punkt 3")."""
        with self._database.unit_of_work() as session:
            queries.meeting_row(session, meeting_id)
            return queries.item_infos(session, meeting_id)

    def item(self, item_id: int) -> AgendaItemInfo:
        with self._database.unit_of_work() as session:
            meeting_id = queries.item_row(session, item_id).meeting_id
            infos = queries.item_infos(session, meeting_id)
        return next(info for info in infos if info.item_id == item_id)

    def add_item(self, meeting_id: int, data: AgendaItemInput) -> AgendaItemInfo:
        """A new item last before the closing."""
        with self._database.unit_of_work() as session:
            item_id = agenda.add_item(session, meeting_id, data)
        return self.item(item_id)

    def update_item(
        self, item_id: int, data: AgendaItemInput, expected: ExpectedVersion | None = None
    ) -> AgendaItemInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        with self._database.unit_of_work() as session:
            agenda.update_item(session, item_id, data, expected)
        return self.item(item_id)

    def move_item(self, item_id: int, step: int) -> AgendaItemInfo:
        """Move an ordinary item one place up (-1) or down (+1) among the ordinary items."""
        if step not in (-1, 1):
            raise ValidationError(rules.FIELD_ITEM, "en punkt flyttas ett steg upp eller ned.")
        with self._database.unit_of_work() as session:
            agenda.move_item(session, item_id, step)
        return self.item(item_id)

    def remove_item(self, item_id: int) -> None:
        with self._database.unit_of_work() as session:
            agenda.remove_item(session, item_id)

    # -- attachments -------------------------------------------------------------------

    def attachments(self, item_id: int) -> list[AttachmentInfo]:
        with self._database.unit_of_work() as session:
            queries.item_row(session, item_id)
            return queries.attachment_infos(session, item_id)

    def add_attachment(self, item_id: int, path: Path) -> AttachmentInfo:
        """Copy a file into the database as a bilaga of the item (at most 25 MB)."""
        with self._database.unit_of_work() as session:
            attachment_id = agenda.add_attachment(session, item_id, Path(path))
            found = queries.attachment_infos(session, item_id)
        return next(info for info in found if info.attachment_id == attachment_id)

    def remove_attachment(self, attachment_id: int) -> None:
        with self._database.unit_of_work() as session:
            agenda.remove_attachment(session, attachment_id)

    def attachment_content(self, attachment_id: int) -> bytes:
        with self._database.unit_of_work() as session:
            return agenda.attachment_row(session, attachment_id).content

    def export_attachment(self, attachment_id: int, target: Path) -> Path:
        """Write a copy of the attachment to ``target`` (the database keeps its own)."""
        content = self.attachment_content(attachment_id)
        target = Path(target)
        try:
            target.write_bytes(content)
        except OSError as error:
            raise ValidationError(
                rules.FIELD_ATTACHMENT,
                f"kunde inte spara ”{target}” ({error.strerror}); välj en annan mapp.",
            ) from error
        return target

    # -- attendance and quorum ---------------------------------------------------------

    def members_in_office(self, meeting_id: int) -> list[MemberInOffice]:
        """The body's members on the meeting's day, by role then name."""
        with self._database.unit_of_work() as session:
            meeting = queries.meeting_row(session, meeting_id)
            return queries.members_in_office(session, meeting.body_id, meeting.held_on)

    def people(self) -> list[PersonChoice]:
        """Everyone in the register, by name (to add an övrig deltagare)."""
        with self._database.unit_of_work() as session:
            rows = session.scalars(select(Person).order_by(Person.name))
            return [PersonChoice(p.id, p.name, p.party, p.organisation) for p in rows]

    def set_attendance(self, meeting_id: int, data: AttendanceInput) -> list[AttendanceGroup]:
        with self._database.unit_of_work() as session:
            attendance_ops.set_attendance(session, meeting_id, data)
        return self.attendance(meeting_id)

    def clear_attendance(self, meeting_id: int, person_id: int) -> list[AttendanceGroup]:
        with self._database.unit_of_work() as session:
            attendance_ops.clear_attendance(session, meeting_id, person_id)
        return self.attendance(meeting_id)

    def attendance(self, meeting_id: int) -> list[AttendanceGroup]:
        """Who attended, grouped by kind in the order a protocol prints them."""
        with self._database.unit_of_work() as session:
            return attendance_ops.attendance_groups(session, meeting_id)

    def quorum(self, meeting_id: int) -> Quorum:
        """Beslutsförhet: voting members in office, present (or replaced), needed."""
        with self._database.unit_of_work() as session:
            return attendance_ops.quorum(session, meeting_id)
