"""A meeting to print, written with the ORM models in one unit of work.

Kommunstyrelsens arbetsutskott numbers its paragraphs on from § 1166; its meeting on
2026-11-24 holds § 1166–1171 with members, a serving substitute, an officer present for
items 1–4, apologies, two adjusters, decisions with "att" clauses, a reservation, a
protokollsanteckning and attachments. The body's next meeting is on 2026-12-15.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models.meetings import (
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    DecisionClause,
    Meeting,
    MeetingAdjuster,
    Membership,
    Person,
)

HELD_ON = date(2026, 11, 24)
FINGERPRINT = "9f2c" * 16
ADJUSTED_ON = date(2026, 11, 30)


@dataclass(frozen=True)
class Sample:
    meeting_id: int
    next_meeting_id: int
    body_id: int


def add_sample_meeting(
    database: Database,
    *,
    adjusted: bool = False,
    keeps_notes: bool = False,
    body_name: str = "Kommunstyrelsens arbetsutskott",
) -> Sample:
    with database.unit_of_work() as session:
        body = Body(
            name=body_name,
            kind="rad" if keeps_notes else "utskott",
            numbering="lopande",
            numbering_start=1166,
            keeps_notes=keeps_notes,
            owners="Exempelkommun",
        )
        people = {
            key: Person(name=name, party=party, organisation=org, title=title, email=email)
            for key, name, party, org, title, email in (
                ("anna", "Anna Berg", "S", "", "", ""),
                ("erik", "Erik Lind", "M", "", "", ""),
                ("sara", "Sara Nilsson", "C", "", "", ""),
                ("johan", "Johan Åberg", "KD", "", "", ""),
                ("aile", "Áile Ŋuvttá", "V", "", "", ""),
                ("karin", "Karin Öst", "S", "", "", ""),
                ("lars", "Lars Persson", "M", "", "", ""),
                ("maria", "Maria Sekander", None, "", "nämndsekreterare", "maria@exempel.se"),
                ("olof", "Olof Kommundirektör", None, "", "kommundirektör", ""),
            )
        }
        session.add(body)
        session.add_all(people.values())
        session.flush()
        start = date(2023, 1, 1)
        for key, role in (
            ("anna", "ordforande"),
            ("erik", "vice_ordforande"),
            ("sara", "ledamot"),
            ("johan", "ledamot"),
            ("aile", "ledamot"),
            ("karin", "ersattare"),
            ("lars", "ersattare"),
        ):
            session.add(
                Membership(body_id=body.id, person_id=people[key].id, role=role, start_date=start)
            )
        session.add(  # an old seat that ended before the meeting: not listed
            Membership(
                body_id=body.id,
                person_id=people["olof"].id,
                role="ledamot",
                start_date=date(2019, 1, 1),
                end_date=date(2022, 12, 31),
            )
        )
        meeting = Meeting(
            body_id=body.id,
            held_on=HELD_ON,
            starts_at=time(13, 0),
            ends_at=time(16, 30),
            place="Sammanträdesrum Älven, kommunhuset",
            notes="Fika serveras från 12.45. Ta med handlingarna.",
            secretary_id=people["maria"].id,
            adjustment_place="Kommunhuset",
            adjustment_date=date(2026, 11, 30),
            numbered_at=datetime(2026, 11, 25, 9, 0),
        )
        session.add(meeting)
        session.flush()
        items = [
            AgendaItem(position=1, standard="opening", title="Mötets öppnande"),
            AgendaItem(position=2, standard="adjusters", title="Val av justerare"),
            AgendaItem(position=3, standard="agenda", title="Fastställande av dagordning"),
            AgendaItem(
                position=4,
                title="Program för Agenda 2030 – remissversion",
                matter=(
                    "Kommunledningskontoret har tagit fram ett förslag till program för "
                    "Agenda 2030 med tre insatsområden. Förslaget föreslås skickas på remiss "
                    "till nämnderna, bolagen och ungdomsrådet."
                ),
                diarienummer="KS 2026/123",
                rapporteur="Olof Kommundirektör",
                decision_intro="Arbetsutskottet föreslår kommunstyrelsen besluta",
                reservations="Erik Lind (M) reserverar sig mot beslutet.",
                protocol_note="Johan Åberg (KD) lämnar en protokollsanteckning om remisstiden.",
                outcome="Programmet skickas på remiss.",
            ),
            AgendaItem(
                position=5,
                kind="information",
                title="Information om nulägesanalysen",
                matter="Hållbarhetsstrategen informerar om nulägesanalysen för 2026.",
                diarienummer="KS 2026/77",
                rapporteur="Hållbarhetsstrategen",
                outcome="Informationen noterades.",
            ),
            AgendaItem(position=6, standard="closing", title="Mötets avslutande"),
        ]
        for number, item in enumerate(items, start=1166):
            item.meeting_id = meeting.id
            item.paragraph_number = number
        items[1].clauses = [DecisionClause(position=0, text="utse Erik Lind och Johan Åberg")]
        items[3].clauses = [
            DecisionClause(position=0, text="att skicka programmet på remiss, samt"),
            DecisionClause(position=1, text="remisstiden ska vara till den 31 januari 2027."),
        ]
        items[4].clauses = [
            DecisionClause(position=0, text="att informationen läggs till handlingarna.")
        ]
        items[3].attachments = [
            Attachment(
                filename="Program Agenda 2030 remiss.pdf",
                media_type="application/pdf",
                size=1_450_000,
                sha256="0" * 64,
                content=b"%PDF-1.4",
                added_at=datetime(2026, 11, 10, 8, 0),
            ),
            Attachment(
                filename="Tjänsteskrivelse.docx",
                size=24_000,
                sha256="1" * 64,
                content=b"docx",
                added_at=datetime(2026, 11, 10, 8, 0),
            ),
        ]
        session.add_all(items)
        for key, kind, serving_for, role, first, last in (
            ("anna", "narvarande", None, "", None, None),
            ("erik", "narvarande", None, "", None, None),
            ("johan", "narvarande", None, "", None, None),
            ("karin", "tjanstgorande_ersattare", "sara", "", None, None),
            ("lars", "ersattare", None, "", None, None),
            ("maria", "ovrig", None, "Sekreterare", None, None),
            ("olof", "ovrig", None, "Kommundirektör", 1, 4),
            ("sara", "forhinder", None, "", None, None),
            ("aile", "forhinder", None, "", None, None),
        ):
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    person_id=people[key].id,
                    kind=kind,
                    serving_for_id=people[serving_for].id if serving_for else None,
                    role=role,
                    from_item=first,
                    to_item=last,
                )
            )
        for position, key in enumerate(("erik", "johan")):
            session.add(
                MeetingAdjuster(meeting_id=meeting.id, person_id=people[key].id, position=position)
            )
        following = Meeting(
            body_id=body.id,
            held_on=date(2026, 12, 15),
            starts_at=time(9, 0),
            place="Digitalt via Teams",
            notes="Budgetuppföljning",
        )
        session.add(following)
        session.flush()
        if adjusted:
            meeting.adjusted_on = ADJUSTED_ON
            meeting.fingerprint = FINGERPRINT
        return Sample(meeting.id, following.id, body.id)
