"""Bodies (organ), the people who sit in them, and their memberships with roles and periods.

One public method is one user action in one transaction; everything returned is a frozen
value from :mod:`agenda_desktop.core.services.bodies_types`. The rules (what is
acceptable, who is in office on a day, overlapping periods) live in
:mod:`agenda_desktop.core.meetings.membership_rules`.

A person is kept once and reused in every body; party and organisation belong to the
person, the organisation represented in a body to the membership (falling back to the
person's organisation when the membership names none).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.meetings import membership_rules as rules
from agenda_desktop.core.services import bodies_queries as queries
from agenda_desktop.core.services.bodies_types import (
    BodyInfo,
    BodyInput,
    Member,
    MembershipInfo,
    MembershipInput,
    PersonInfo,
    PersonInput,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Attendance,
    Body,
    Meeting,
    MeetingAdjuster,
    Membership,
    Person,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version


class BodyService:
    """Use cases of the body register for the meetings page, attendance and printing."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- bodies ------------------------------------------------------------------------

    def bodies(self, on: date | None = None) -> list[BodyInfo]:
        """Every body by name; member counts are of those in office ``on`` (today)."""
        day = on or date.today()
        with self._database.unit_of_work() as session:
            bodies = session.scalars(select(Body)).all()
            infos = [queries.body_info(session, body, day) for body in bodies]
        return sorted(infos, key=lambda info: rules.name_key(info.name))

    def body(self, body_id: int, on: date | None = None) -> BodyInfo:
        with self._database.unit_of_work() as session:
            return queries.body_info(session, self._body(session, body_id), on or date.today())

    def create_body(self, data: BodyInput) -> BodyInfo:
        checked = rules.checked_body(data)
        with self._database.unit_of_work() as session:
            self._refuse_taken_name(session, checked.name, None)
            body = Body()
            self._fill_body(body, checked)
            session.add(body)
            session.flush()
            body_id = body.id
        return self.body(body_id)

    def update_body(
        self, body_id: int, data: BodyInput, expected: ExpectedVersion | None = None
    ) -> BodyInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = rules.checked_body(data)
        with self._database.unit_of_work() as session:
            body = self._body(session, body_id)
            expect_version(session, body, expected)
            self._refuse_taken_name(session, checked.name, body_id)
            self._fill_body(body, checked)
        return self.body(body_id)

    def delete_body(self, body_id: int) -> None:
        """Delete a body without meetings, with its memberships (the people stay)."""
        with self._database.unit_of_work() as session:
            body = self._body(session, body_id)
            meetings = session.scalar(
                select(func.count()).select_from(Meeting).where(Meeting.body_id == body_id)
            )
            if meetings:
                raise ValidationError(
                    rules.FIELD_BODY,
                    f"”{body.name}” har {meetings} möten och kan inte tas bort; "
                    "protokollen ska finnas kvar.",
                )
            session.execute(delete(Membership).where(Membership.body_id == body_id))
            session.delete(body)

    # -- people ------------------------------------------------------------------------

    def people(self, search: str = "") -> list[PersonInfo]:
        """The shared register by name; ``search`` keeps names (or organisations) that
        contain every word typed, case ignored."""
        words = rules.one_line(search).casefold().split()
        with self._database.unit_of_work() as session:
            infos = [queries.person_info(session, p) for p in session.scalars(select(Person))]
        if words:
            infos = [
                info
                for info in infos
                if all(w in f"{info.name} {info.organisation}".casefold() for w in words)
            ]
        return sorted(infos, key=lambda info: rules.name_key(info.name))

    def person(self, person_id: int) -> PersonInfo:
        with self._database.unit_of_work() as session:
            return queries.person_info(session, self._person(session, person_id))

    def create_person(self, data: PersonInput) -> PersonInfo:
        checked = rules.checked_person(data)
        with self._database.unit_of_work() as session:
            person = Person()
            self._fill_person(person, checked)
            session.add(person)
            session.flush()
            person_id = person.id
        return self.person(person_id)

    def update_person(
        self, person_id: int, data: PersonInput, expected: ExpectedVersion | None = None
    ) -> PersonInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = rules.checked_person(data)
        with self._database.unit_of_work() as session:
            person = self._person(session, person_id)
            expect_version(session, person, expected)
            self._fill_person(person, checked)
        return self.person(person_id)

    def delete_person(self, person_id: int) -> None:
        """Delete a person entered by mistake: one who holds no membership and is named in
        no meeting. A person who has left is anonymised instead (``PersonalDataService``),
        which keeps what adjusted protocols show."""
        with self._database.unit_of_work() as session:
            person = self._person(session, person_id)
            seats = queries.count(session, Membership, Membership.person_id == person_id)
            if seats:
                raise ValidationError(
                    rules.FIELD_PERSON,
                    f"{person.name} har {seats} uppdrag i organ. "
                    "Ta bort uppdragen först (eller avsluta dem och behåll personen). "
                    "Har personen slutat: välj Anonymisera… i stället.",
                )
            in_meetings = (
                queries.count(
                    session,
                    Attendance,
                    or_(Attendance.person_id == person_id, Attendance.serving_for_id == person_id),
                )
                + queries.count(session, MeetingAdjuster, MeetingAdjuster.person_id == person_id)
                + queries.count(session, Meeting, Meeting.secretary_id == person_id)
            )
            if in_meetings:
                raise ValidationError(
                    rules.FIELD_PERSON,
                    f"{person.name} finns med i närvaron eller protokollet för möten "
                    "och kan inte tas bort. Har personen slutat: välj Anonymisera… i stället; "
                    "justerade protokoll ändras då inte.",
                )
            session.delete(person)

    # -- memberships -------------------------------------------------------------------

    def memberships(
        self, body_id: int, include_former: bool = False, on: date | None = None
    ) -> list[MembershipInfo]:
        """A body's memberships by role and name: those in office ``on`` (today) and
        those still to come; with ``include_former`` also those that have ended."""
        day = on or date.today()
        with self._database.unit_of_work() as session:
            body = self._body(session, body_id)
            query = select(Membership, Person).join(Person).where(Membership.body_id == body_id)
            if not include_former:
                query = query.where(or_(Membership.end_date.is_(None), Membership.end_date >= day))
            rows = session.execute(query).all()
            infos = [queries.membership_info(m, p, body.name, day) for m, p in rows]
        return sorted(infos, key=queries.membership_key)

    def person_memberships(self, person_id: int, on: date | None = None) -> list[MembershipInfo]:
        """Every membership of a person, in every body, newest first."""
        day = on or date.today()
        with self._database.unit_of_work() as session:
            person = self._person(session, person_id)
            rows = session.execute(
                select(Membership, Body.name).join(Body).where(Membership.person_id == person_id)
            ).all()
            infos = [queries.membership_info(m, person, name, day) for m, name in rows]
        return sorted(infos, key=lambda info: info.start_date, reverse=True)

    def membership(self, membership_id: int, on: date | None = None) -> MembershipInfo:
        with self._database.unit_of_work() as session:
            membership = self._membership(session, membership_id)
            person = self._person(session, membership.person_id)
            body = self._body(session, membership.body_id)
            return queries.membership_info(membership, person, body.name, on or date.today())

    def add_membership(self, body_id: int, data: MembershipInput) -> MembershipInfo:
        """Give a person a seat in a body for a period; periods of the same person in the
        same body never overlap."""
        checked = rules.checked_membership(data)
        with self._database.unit_of_work() as session:
            body = self._body(session, body_id)
            person = self._person(session, checked.person_id, rules.FIELD_PERSON)
            self._refuse_overlap(session, body, person, checked.start_date, checked.end_date)
            membership = Membership(body_id=body_id)
            queries.fill_membership(membership, checked)
            session.add(membership)
            session.flush()
            membership_id = membership.id
        return self.membership(membership_id)

    def update_membership(
        self,
        membership_id: int,
        data: MembershipInput,
        expected: ExpectedVersion | None = None,
    ) -> MembershipInfo:
        """Save an edit; ``expected`` is the version it began from (see record_versions)."""
        checked = rules.checked_membership(data)
        with self._database.unit_of_work() as session:
            membership = self._membership(session, membership_id)
            expect_version(session, membership, expected)
            body = self._body(session, membership.body_id)
            person = self._person(session, checked.person_id, rules.FIELD_PERSON)
            self._refuse_overlap(
                session, body, person, checked.start_date, checked.end_date, membership_id
            )
            queries.fill_membership(membership, checked)
        return self.membership(membership_id)

    def end_membership(
        self, membership_id: int, end_date: date, expected: ExpectedVersion | None = None
    ) -> MembershipInfo:
        """Close a period of office on ``end_date`` (the last day in office); ``expected``
        is the version the user's choice began from."""
        with self._database.unit_of_work() as session:
            membership = self._membership(session, membership_id)
            expect_version(session, membership, expected)
            if end_date < membership.start_date:
                raise ValidationError(
                    rules.FIELD_END,
                    f"slutdatumet ({end_date.isoformat()}) får inte vara före startdatumet "
                    f"({membership.start_date.isoformat()}).",
                )
            membership.end_date = end_date
        return self.membership(membership_id)

    def remove_membership(self, membership_id: int) -> None:
        """Delete a membership entered by mistake (an ended term is ended, not removed)."""
        with self._database.unit_of_work() as session:
            session.delete(self._membership(session, membership_id))

    def members(self, body_id: int, on: date) -> list[Member]:
        """The members in office in a body on a day, the chair first, then by role and name."""
        with self._database.unit_of_work() as session:
            self._body(session, body_id)
            rows = session.execute(
                select(Membership, Person)
                .join(Person)
                .where(Membership.body_id == body_id, queries.in_office_on(on))
            ).all()
            members = [queries.member(membership, person) for membership, person in rows]
        return sorted(members, key=lambda m: rules.member_key(m.role, m.name))

    def voting_members(self, body_id: int, on: date) -> list[Member]:
        """Of ``members``: the ordförande, vice ordförande and ledamöter (quorum counts them)."""
        return [member for member in self.members(body_id, on) if member.is_voting]

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _body(session: Session, body_id: int) -> Body:
        body = session.get(Body, body_id)
        if body is None:
            raise NotFoundError(f"Organet {body_id} finns inte (längre).")
        return body

    @staticmethod
    def _person(session: Session, person_id: int, field: str | None = None) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            if field is not None:
                raise ValidationError(field, "välj en person ur personregistret.")
            raise NotFoundError(f"Personen {person_id} finns inte (längre).")
        return person

    @staticmethod
    def _membership(session: Session, membership_id: int) -> Membership:
        membership = session.get(Membership, membership_id)
        if membership is None:
            raise NotFoundError(f"Uppdraget {membership_id} finns inte (längre).")
        return membership

    @staticmethod
    def _refuse_taken_name(session: Session, name: str, body_id: int | None) -> None:
        for other_id, other_name in session.execute(select(Body.id, Body.name)):
            if other_id != body_id and other_name.casefold() == name.casefold():
                raise ValidationError(
                    rules.FIELD_BODY_NAME, f"det finns redan ett organ som heter ”{other_name}”."
                )

    @staticmethod
    def _refuse_overlap(
        session: Session,
        body: Body,
        person: Person,
        start: date,
        end: date | None,
        membership_id: int | None = None,
    ) -> None:
        query = select(Membership.start_date, Membership.end_date).where(
            Membership.body_id == body.id, Membership.person_id == person.id
        )
        if membership_id is not None:
            query = query.where(Membership.id != membership_id)
        overlap = rules.first_overlap(
            start, end, ((row[0], row[1]) for row in session.execute(query))
        )
        if overlap is not None:
            raise ValidationError(
                rules.FIELD_START,
                f"{person.name} har redan ett uppdrag i {body.name} "
                f"{rules.period_text(*overlap)}; perioderna får inte överlappa. "
                "Avsluta det förra uppdraget dagen före, eller ändra det.",
            )

    @staticmethod
    def _fill_body(body: Body, data: BodyInput) -> None:
        body.name = data.name
        body.kind = data.kind
        body.owners = data.owners
        body.numbering = data.numbering
        body.numbering_start = data.numbering_start
        body.keeps_notes = data.keeps_notes
        body.description = data.description

    @staticmethod
    def _fill_person(person: Person, data: PersonInput) -> None:
        person.name = data.name
        person.party = data.party
        person.organisation = data.organisation
        person.title = data.title
        person.email = data.email
