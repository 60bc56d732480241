"""Personal data (GDPR): what the database holds about one person, and anonymising a
person who has left.

Members, participants and contact persons are personal data. ``person_data`` gathers
everything linked to a person plus the free texts that name them (a register extract);
``export_person_data`` writes it to a workbook and a JSON file that can be handed over.
``anonymise_person`` removes the person, except what adjusted protocols show: those are
public records and stay as they are (the rules are in :mod:`.personal_data_removal`).
One public method is one user action in one transaction.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from agenda_desktop.core import personal_data_export
from agenda_desktop.core.services import personal_data_reading as reading
from agenda_desktop.core.services import personal_data_removal as removal
from agenda_desktop.core.services.personal_data_mentions import mentions
from agenda_desktop.core.services.personal_data_types import (
    AnonymisationSummary,
    ExportedFiles,
    PersonRecord,
)
from agenda_desktop.core.store.change_tracking import redact
from agenda_desktop.core.store.database import Database

LISTED_PROTOCOLS = 5  # adjusted protocols named in the summary; the rest are counted
FIELD_NAMES = {"party": "partiet", "organisation": "organisationen", "title": "titeln"}


class PersonalDataService:
    """Register extracts and anonymisation for the people register."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def person_data(self, person_id: int, today: date | None = None) -> PersonRecord:
        """Everything the database holds about the person, grouped.

        Raises:
            NotFoundError: there is no such person (any more).
        """
        with self._database.unit_of_work() as session:
            person = reading.require_person(session, person_id)
            return PersonRecord(
                made_on=today or date.today(),
                person=reading.fields(person),
                memberships=reading.memberships(session, person_id),
                attendance=reading.attendance(session, person_id),
                protocol_roles=reading.protocol_roles(session, person_id),
                network_roles=reading.network_roles(session, person_id),
                commitments=reading.commitments(session, person_id),
                mentions=mentions(session, person.name, person.email),
                change_log=reading.change_log(session, person),
            )

    def export_person_data(
        self, person_id: int, path: Path, today: date | None = None
    ) -> ExportedFiles:
        """Write the person's extract to ``path`` (.xlsx) and the same name in .json.

        Raises:
            NotFoundError: there is no such person (any more).
            ValidationError: not an .xlsx name, or no such folder.
            ExportError: a file could not be written.
        """
        return personal_data_export.write_extract(self.person_data(person_id, today), path)

    def preview_anonymisation(
        self, person_id: int, today: date | None = None
    ) -> AnonymisationSummary:
        """What ``anonymise_person`` would remove and keep, and why; nothing changes."""
        with self._database.unit_of_work() as session:
            return self._summary(session, person_id, today or date.today(), carry_out=False)

    def anonymise_person(self, person_id: int, today: date | None = None) -> AnonymisationSummary:
        """Remove the person who has left, except what adjusted protocols show.

        One transaction: if anything fails, nothing is changed.

        Raises:
            NotFoundError: there is no such person (any more).
        """
        with self._database.unit_of_work() as session:
            return self._summary(session, person_id, today or date.today(), carry_out=True)

    @staticmethod
    def _summary(
        session: Session, person_id: int, today: date, *, carry_out: bool
    ) -> AnonymisationSummary:
        person = reading.require_person(session, person_id)
        name = person.name
        found = mentions(session, name, person.email)
        changes = removal.plan(session, person, today)
        summary = AnonymisationSummary(
            person_id=person_id,
            name=name,
            adjusted_protocols=tuple(
                sorted(changes.adjusted.values(), key=lambda ref: (ref.held_on, ref.body_name))
            ),
            removed=(*_removed(changes), LOG_REMOVAL),
            kept=tuple(_kept(changes)),
            mentions=found,
            person_deleted=changes.deletes_person,
            done=carry_out,
        )
        if carry_out:
            email = person.email
            removal.carry_out(session, changes)
            redact(session, (name, email))  # the change log is no public record
        return summary


LOG_REMOVAL = "Namnet och e-postadressen i ändringsloggen, där de står."


def _removed(changes: removal.Plan) -> list[str]:
    lines = list(changes.notes)
    person = changes.person
    if changes.deletes_person:
        lines.append(
            "Personen i personregistret, med namn och alla uppgifter: inget justerat "
            "protokoll nämner personen."
        )
        return lines
    cleared = [
        label
        for label, value, key in (
            ("partiet", person.party or "", "party"),
            ("organisationen", person.organisation, "organisation"),
            ("titeln", person.title, "title"),
            ("e-postadressen", person.email, ""),
        )
        if value and key not in changes.kept_fields
    ]
    if cleared:
        lines.append(f"Uppgifterna om {_joined(cleared)} i personregistret.")
    return lines


def _kept(changes: removal.Plan) -> list[str]:
    if changes.deletes_person:
        return []
    refs = sorted(changes.adjusted.values(), key=lambda ref: (ref.held_on, ref.body_name))
    listed = ", ".join(ref.label for ref in refs[:LISTED_PROTOCOLS])
    if len(refs) > LISTED_PROTOCOLS:
        listed += f" och {len(refs) - LISTED_PROTOCOLS} till"
    fields = ["namnet"] + [
        FIELD_NAMES[key] for key in ("party", "organisation", "title") if key in changes.kept_fields
    ]
    lines = [
        f"{len(refs)} justerade protokoll nämner personen ({listed}); de är allmänna "
        "handlingar och ändras inte. Därför finns personens närvaro och roller i dem kvar, "
        f"och {_joined(fields)} i personregistret."
    ]
    for _seat, end, what in changes.ended_seats:
        lines.append(
            f"{what} finns kvar men avslutas {end.isoformat()}: de justerade protokollen "
            "visar rollen."
        )
    lines += [
        f"{what} finns kvar: de justerade protokollen visar rollen." for what in changes.kept_seats
    ]
    return lines


def _joined(parts: list[str]) -> str:
    """ "a", "a och b", "a, b och c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} och {parts[-1]}"
