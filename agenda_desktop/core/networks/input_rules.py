"""What an acceptable network, network meeting, contact, participant and commitment look
like, free of the database: the input tidied, or a ValidationError naming the field."""

from __future__ import annotations

from dataclasses import replace

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import agenda_rules
from agenda_desktop.core.networks.vocabulary import (
    COMMITMENT_KINDS,
    COMMITMENT_STATUSES,
    NETWORK_KINDS,
    ORGANISER_KINDS,
)
from agenda_desktop.core.services.commitments_types import CommitmentInput
from agenda_desktop.core.services.networks_types import NetworkInput, NetworkMeetingInput

# The field names a ValidationError carries; the editors focus the matching widget.
FIELD_NETWORK = "Nätverk"
FIELD_NAME = "Nätverkets namn"
FIELD_ORGANISER = "Organisatör"
FIELD_ORGANISER_KIND = "Typ av organisatör"
FIELD_KIND = "Typ av nätverk"
FIELD_START = "Startdatum"
FIELD_END = "Slutdatum"
FIELD_CONTACT_PERSON = "Vår kontaktperson"
FIELD_WEBSITE = "Webbplats"
FIELD_CONTACT = "Kontaktperson hos organisatören"
FIELD_ROLE = "Roll"
FIELD_PARTICIPANT = "Deltagare"
FIELD_MUNICIPALITY = "Kommun eller region"
FIELD_MEETING = "Nätverksträff"
FIELD_DOCUMENT = "Dokument"
FIELD_TEMPLATE = "Mall"
FIELD_COMMITMENT = "Åtagande"
FIELD_TEXT = "Text"
FIELD_COMMITMENT_KIND = "Typ"
FIELD_RESPONSIBLE = "Ansvarig"
FIELD_UNIT = "Ansvarig enhet"
FIELD_STATUS = "Status"

MAX_NAME = 200
MAX_TEXT = 300
MAX_WEBSITE = 300


def one_line(text: str) -> str:
    return " ".join(text.split())


def _limited(text: str, field: str, limit: int) -> str:
    cleaned = one_line(text)
    if len(cleaned) > limit:
        raise ValidationError(field, f"högst {limit} tecken.")
    return cleaned


def checked_network(data: NetworkInput) -> NetworkInput:
    """The network tidied, or a ValidationError naming the field."""
    name = one_line(data.name)
    if not name:
        raise ValidationError(
            FIELD_NAME,
            "skriv nätverkets namn, t.ex. ”SKR utvecklingsnätverk Styra med Agenda 2030”.",
        )
    if len(name) > MAX_NAME:
        raise ValidationError(FIELD_NAME, f"högst {MAX_NAME} tecken.")
    if data.organiser_kind not in ORGANISER_KINDS:
        names = ", ".join(ORGANISER_KINDS.values())
        raise ValidationError(
            FIELD_ORGANISER_KIND, f"”{data.organiser_kind}” finns inte; välj en av {names}."
        )
    if data.kind not in NETWORK_KINDS:
        names = ", ".join(NETWORK_KINDS.values()).lower()
        raise ValidationError(FIELD_KIND, f"”{data.kind}” finns inte; välj en av {names}.")
    start, end = data.start_date, data.end_date
    if start is not None and end is not None and end < start:
        raise ValidationError(
            FIELD_END,
            f"slutdatumet ({end.isoformat()}) får inte vara före startdatumet "
            f"({start.isoformat()}).",
        )
    return replace(
        data,
        name=name,
        organiser=_limited(data.organiser, FIELD_ORGANISER, MAX_NAME),
        website=_limited(data.website, FIELD_WEBSITE, MAX_WEBSITE),
        description=data.description.strip(),
    )


def checked_meeting(data: NetworkMeetingInput) -> NetworkMeetingInput:
    """A network meeting tidied: times as for our own meetings, place and title limited."""
    agenda_rules.checked_times(data.starts_at, data.ends_at)
    return replace(
        data,
        place=agenda_rules.checked_place(data.place),
        title=_limited(data.title, FIELD_MEETING, MAX_TEXT),
        notes=data.notes.strip(),
    )


def checked_role(role: str) -> str:
    return _limited(role, FIELD_ROLE, MAX_NAME)


def checked_participant(name: str) -> str:
    cleaned = one_line(name)
    if not cleaned:
        raise ValidationError(
            FIELD_PARTICIPANT, "skriv deltagarens namn, t.ex. ”Region Exempellän”."
        )
    if len(cleaned) > MAX_NAME:
        raise ValidationError(FIELD_PARTICIPANT, f"högst {MAX_NAME} tecken.")
    return cleaned


def checked_document_title(title: str) -> str:
    return _limited(title, FIELD_DOCUMENT, MAX_TEXT)


def checked_commitment(data: CommitmentInput) -> CommitmentInput:
    """The commitment tidied, or a ValidationError naming the field."""
    text = " ".join(data.text.split())
    if not text:
        raise ValidationError(
            FIELD_TEXT, "skriv vad som utlovas eller förväntas, t.ex. ”En styrgrupp”."
        )
    if data.kind not in COMMITMENT_KINDS:
        names = ", ".join(COMMITMENT_KINDS.values()).lower()
        raise ValidationError(
            FIELD_COMMITMENT_KIND, f"”{data.kind}” finns inte; välj en av {names}."
        )
    if data.status is not None and data.status not in COMMITMENT_STATUSES:
        names = ", ".join(COMMITMENT_STATUSES.values()).lower()
        raise ValidationError(
            FIELD_STATUS, f"”{data.status}” finns inte; välj en av {names} eller automatisk."
        )
    return replace(data, text=text, note=data.note.strip())
