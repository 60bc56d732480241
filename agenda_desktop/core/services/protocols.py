"""Protocols: paragraph numbering, decisions, adjustment (justering) and search.

One public method is one user action in one transaction; everything returned is a frozen
dataclass from :mod:`.protocols_types`. An adjusted protocol is refused here, with a
Swedish message, before the database's own triggers would refuse it.

The methods that save what the user edited take ``expected``, the version the form was
filled from (``Paragraph.version`` for a paragraph, ``Protocol.version`` for the meeting;
see ``core/store/record_versions.py``). A decision's "att"-clauses are parts of its agenda
item, saved as a whole: the editor sends them only when the user changed them
(``DecisionInput.clauses`` is None otherwise), so a secretary who edited only the intro
never puts back the clauses another secretary had rewritten meanwhile. A change returns
the protocol as read after its commit: a change of parts (clauses, links, adjusters)
raises its record's version as the transaction ends, and the next save must begin there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import fingerprint as fp
from agenda_desktop.core.meetings import numbering
from agenda_desktop.core.meetings.vocabulary import LINK_KINDS
from agenda_desktop.core.services import commitments_links, protocols_search
from agenda_desktop.core.services import protocols_reading as reading
from agenda_desktop.core.services.protocols_types import (
    INFORMATION_CLAUSE,
    Choice,
    DecisionInput,
    ParagraphRef,
    Protocol,
    SearchHit,
    SignatoryInput,
    Verification,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    AgendaItem,
    Body,
    DecisionClause,
    Meeting,
    MeetingAdjuster,
    ParagraphLink,
    Person,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version

FIELD_CLAUSES = "Beslut"
FIELD_SECRETARY = "Sekreterare"
FIELD_ADJUSTERS = "Justerare"
FIELD_ADJUSTMENT_DATE = "Justeringsdag"
FIELD_OUTCOME = "Utfall"
FIELD_CORRECTION = "Rättelse"
FIELD_LINK = "Koppling"


def clean_clause(text: str) -> str:
    """One "att"-clause: trimmed, and starting with "att " (added when it is missing)."""
    clean = " ".join(text.split())
    if not clean:
        return ""
    if clean.lower() == "att" or not clean.lower().startswith("att "):
        clean = f"att {clean}" if clean.lower() != "att" else ""
    return clean


class ProtocolService:
    """The protocol of a meeting, from drawing it up to adjusting it, and the search."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- reading -----------------------------------------------------------------------

    def protocol(self, meeting_id: int) -> Protocol:
        """The whole protocol, for the panel and for printing."""
        with self._database.unit_of_work() as session:
            return reading.snapshot(session, reading.require_meeting(session, meeting_id))

    def canonical_text(self, meeting_id: int) -> str:
        """The text the fingerprint is computed from (for an appendix or a check by hand)."""
        with self._database.unit_of_work() as session:
            meeting = reading.require_meeting(session, meeting_id)
            return fp.canonical_text(reading.canonical(session, meeting, meeting.adjusted_on))

    def bodies(self) -> list[Choice]:
        with self._database.unit_of_work() as session:
            return [Choice(b.id, b.name) for b in session.scalars(select(Body).order_by(Body.name))]

    def people(self) -> list[Choice]:
        with self._database.unit_of_work() as session:
            rows = session.scalars(select(Person).order_by(Person.name, Person.id))
            return [Choice(p.id, reading.person_ref(p).label) for p in rows]

    def correctable(self, meeting_id: int) -> list[ParagraphRef]:
        """The adjusted paragraphs of the body's earlier meetings, newest first."""
        with self._database.unit_of_work() as session:
            meeting = reading.require_meeting(session, meeting_id)
            items = session.scalars(
                select(AgendaItem)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(
                    Meeting.body_id == meeting.body_id,
                    Meeting.adjusted_on.is_not(None),
                    Meeting.held_on <= meeting.held_on,
                    Meeting.id != meeting.id,
                )
                .order_by(Meeting.held_on.desc(), AgendaItem.paragraph_number.desc())
            )
            return [reading.paragraph_ref(session, item) for item in items]

    # -- drawing up --------------------------------------------------------------------

    def draw_up(self, meeting_id: int) -> Protocol:
        """Upprätta protokollet: number every item in agenda order by the body's rule.

        Drawing up again before adjustment renumbers (after items were moved or removed).
        Information items without a decision get "att informationen läggs till handlingarna".
        """
        with self._database.unit_of_work() as session:
            meeting = reading.require_meeting(session, meeting_id)
            reading.require_open(session, meeting)
            if not meeting.items:
                raise ValidationError(
                    numbering.FIELD, "dagordningen är tom; lägg till punkter först."
                )
            first = self._first_number(session, meeting, check_later=True)
            planned = numbering.assign([item.id for item in meeting.items], first)
            body = reading.body_of(session, meeting)
            for item in meeting.items:
                item.paragraph_number = planned[item.id]
                if item.kind == "information" and not item.clauses and not body.keeps_notes:
                    item.clauses.append(DecisionClause(position=0, text=INFORMATION_CLAUSE))
            meeting.numbered_at = datetime.now().replace(microsecond=0)
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def _first_number(self, session: Session, meeting: Meeting, *, check_later: bool) -> int:
        body = reading.body_of(session, meeting)
        return numbering.first_number(
            body.numbering,
            body.numbering_start,
            (meeting.id, meeting.held_on, meeting.starts_at),
            reading.chain_meetings(session, meeting),
            check_later=check_later,
        )

    # -- decisions ---------------------------------------------------------------------

    def set_decision(
        self, item_id: int, decision: DecisionInput, expected: ExpectedVersion | None = None
    ) -> Protocol:
        """A paragraph's decision: intro, "att"-clauses in order (None: the saved ones
        stay), reservations, note; ``expected``: the version the editor was filled from."""
        given = decision.clauses
        clauses = [c for c in (clean_clause(text) for text in given or ()) if c]
        with self._database.unit_of_work() as session:
            item, meeting = self._open_item(session, item_id)
            expect_version(session, item, expected)
            if not clauses and item.kind == "information":
                clauses = [INFORMATION_CLAUSE]
            item.decision_intro = decision.intro.strip()
            item.reservations = decision.reservations.strip()
            item.protocol_note = decision.protocol_note.strip()
            if given is not None:
                _replace_clauses(session, item, clauses)
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def set_outcome(
        self, item_id: int, outcome: str, expected: ExpectedVersion | None = None
    ) -> Protocol:
        """Anteckningar: what came out of an item, for a body that keeps notes."""
        with self._database.unit_of_work() as session:
            item, meeting = self._open_item(session, item_id)
            expect_version(session, item, expected)
            if not reading.body_of(session, meeting).keeps_notes:
                raise ValidationError(
                    FIELD_OUTCOME,
                    "organet skriver protokoll med beslut, inte anteckningar; skriv beslutet "
                    "i stället.",
                )
            item.outcome = outcome.strip()
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def set_correction(
        self, item_id: int, corrected_item_id: int | None, expected: ExpectedVersion | None = None
    ) -> Protocol:
        """Let this decision correct an adjusted paragraph of an earlier meeting (or none)."""
        with self._database.unit_of_work() as session:
            item, meeting = self._open_item(session, item_id)
            expect_version(session, item, expected)
            if corrected_item_id is not None:
                old = reading.require_item(session, corrected_item_id)
                old_meeting = reading.require_meeting(session, old.meeting_id)
                if old_meeting.adjusted_on is None or old_meeting.id == meeting.id:
                    raise ValidationError(
                        FIELD_CORRECTION,
                        "bara en paragraf i ett tidigare, justerat protokoll kan rättas.",
                    )
                if old_meeting.body_id != meeting.body_id or old_meeting.held_on > meeting.held_on:
                    raise ValidationError(
                        FIELD_CORRECTION,
                        "rättelsen måste beslutas av samma organ, vid ett senare möte.",
                    )
            item.corrects_item_id = corrected_item_id
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def add_link(self, item_id: int, kind: str, target: str) -> Protocol:
        """Link a paragraph to what it decided on: a goal, målsättning, action, commitment."""
        target = target.strip()
        if kind not in LINK_KINDS:
            raise ValidationError(FIELD_LINK, f"okänd sorts koppling ”{kind}”.")
        if not target or len(target) > 40:
            raise ValidationError(FIELD_LINK, "ange vad beslutet gäller (högst 40 tecken).")
        with self._database.unit_of_work() as session:
            item, meeting = self._open_item(session, item_id)
            if not reading.link_label(session, kind, target):
                raise ValidationError(
                    FIELD_LINK, f"{LINK_KINDS[kind].lower()} ”{target}” finns inte."
                )
            if session.get(ParagraphLink, (item.id, kind, target)) is None:
                session.add(ParagraphLink(item_id=item.id, kind=kind, target=target))
            if kind == "commitment":
                commitments_links.link_paragraph(session, int(target), item.id, date.today())
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def remove_link(self, item_id: int, kind: str, target: str) -> Protocol:
        with self._database.unit_of_work() as session:
            item, meeting = self._open_item(session, item_id)
            link = session.get(ParagraphLink, (item.id, kind, target))
            if link is not None:
                session.delete(link)
                if kind == "commitment" and target.isdigit():
                    commitments_links.unlink_paragraph(session, int(target), item.id)
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def _open_item(self, session: Session, item_id: int) -> tuple[AgendaItem, Meeting]:
        item = reading.require_item(session, item_id)
        meeting = reading.require_meeting(session, item.meeting_id)
        reading.require_open(session, meeting)
        return item, meeting

    # -- signatories and adjustment ------------------------------------------------------

    def set_signatories(
        self, meeting_id: int, data: SignatoryInput, expected: ExpectedVersion | None = None
    ) -> Protocol:
        """The secretary, the adjusters in order, and the place and day of adjustment;
        ``expected``: the version of the meeting the form was filled from."""
        adjuster_ids = list(data.adjuster_ids)
        if len(set(adjuster_ids)) != len(adjuster_ids):
            raise ValidationError(FIELD_ADJUSTERS, "samma person är vald två gånger.")
        if data.secretary_id is not None and data.secretary_id in adjuster_ids:
            raise ValidationError(
                FIELD_ADJUSTERS, "sekreteraren kan inte också justera protokollet."
            )
        with self._database.unit_of_work() as session:
            meeting = reading.require_meeting(session, meeting_id)
            reading.require_open(session, meeting)
            expect_version(session, meeting, expected)
            if data.secretary_id is not None:
                reading.require_person(session, data.secretary_id, FIELD_SECRETARY)
            for person_id in adjuster_ids:
                reading.require_person(session, person_id, FIELD_ADJUSTERS)
            if data.adjustment_date is not None and data.adjustment_date < meeting.held_on:
                raise ValidationError(
                    FIELD_ADJUSTMENT_DATE, "justeringsdagen kan inte vara före mötet."
                )
            meeting.secretary_id = data.secretary_id
            meeting.adjustment_place = " ".join(data.adjustment_place.split())
            meeting.adjustment_date = data.adjustment_date
            _replace_adjusters(session, meeting, adjuster_ids)
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def adjust(self, meeting_id: int, on: date) -> Protocol:
        """Justera: the protocol and its paragraphs become read-only for good.

        Refused unless the protocol is drawn up (numbers in agenda order, as the body's
        rule gives them), has a secretary and at least one adjuster. ``adjusted_on`` and
        the fingerprint are written in one UPDATE, as the database requires (its triggers
        refuse any later one): the ORM's flush of the meeting, which nothing else has
        changed, so the change log names who adjusted, and the version check makes the
        UPDATE fail when someone changed the meeting since it was read here.
        """
        with self._database.unit_of_work() as session:
            meeting = reading.require_meeting(session, meeting_id)
            reading.require_open(session, meeting)
            self._check_ready(session, meeting, on)
            digest = fp.fingerprint(reading.canonical(session, meeting, on))
            meeting.adjusted_on = on
            meeting.fingerprint = digest
            session.flush()
            shown = meeting.id
        return self.protocol(shown)

    def _check_ready(self, session: Session, meeting: Meeting, on: date) -> None:
        numbers = [item.paragraph_number for item in meeting.items]
        if not numbers or meeting.numbered_at is None or None in numbers:
            raise ValidationError(
                reading.FIELD_PROTOCOL,
                "protokollet är inte upprättat: numrera paragraferna innan det justeras.",
            )
        first = self._first_number(session, meeting, check_later=False)
        if not numbering.is_consecutive(numbers, first):
            raise ValidationError(
                reading.FIELD_PROTOCOL,
                "dagordningen har ändrats sedan protokollet upprättades; upprätta det igen "
                "så att paragraferna numreras utan luckor.",
            )
        if meeting.secretary_id is None:
            raise ValidationError(FIELD_SECRETARY, "ange protokollets sekreterare.")
        if not meeting.adjusters:
            raise ValidationError(FIELD_ADJUSTERS, "ange minst en justerare.")
        if on < meeting.held_on:
            raise ValidationError(
                FIELD_ADJUSTMENT_DATE, "protokollet kan inte justeras före mötet."
            )

    def verify(self, meeting_id: int) -> Verification:
        """Recompute the fingerprint of an adjusted protocol and compare with the stored."""
        with self._database.unit_of_work() as session:
            meeting = reading.require_meeting(session, meeting_id)
            if meeting.adjusted_on is None:
                raise ValidationError(reading.FIELD_PROTOCOL, "protokollet är inte justerat.")
            computed = fp.fingerprint(reading.canonical(session, meeting, meeting.adjusted_on))
            return Verification(meeting.id, meeting.fingerprint, computed)

    # -- search ------------------------------------------------------------------------

    def search(
        self,
        text: str,
        body_id: int | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
    ) -> list[SearchHit]:
        """Paragraphs whose title, matter or decision holds ``text`` (any case, å/ä/ö)."""
        if from_date is not None and to_date is not None and from_date > to_date:
            raise ValidationError("Datum", "från-datumet är senare än till-datumet.")
        with self._database.unit_of_work() as session:
            return protocols_search.search(session, text, body_id, from_date, to_date)


def _replace_clauses(session: Session, item: AgendaItem, clauses: Sequence[str]) -> None:
    existing = list(item.clauses)
    for position, text in enumerate(clauses):
        if position < len(existing):
            existing[position].text = text
            existing[position].position = position
        else:
            item.clauses.append(DecisionClause(position=position, text=text))
    for stale in existing[len(clauses) :]:
        item.clauses.remove(stale)


def _replace_adjusters(session: Session, meeting: Meeting, person_ids: Sequence[int]) -> None:
    # Rows are keyed by (meeting, person): keep the ones that stay, so no INSERT of a key
    # collides with a DELETE of the same key in one flush.
    current = {row.person_id: row for row in meeting.adjusters}
    for stale_id in set(current) - set(person_ids):
        session.delete(current[stale_id])
    for position, person_id in enumerate(person_ids):
        row = current.get(person_id)
        if row is None:
            session.add(
                MeetingAdjuster(meeting_id=meeting.id, person_id=person_id, position=position)
            )
        else:
            row.position = position
