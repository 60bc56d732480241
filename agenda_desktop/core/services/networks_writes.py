"""Writes of the network service inside its unit of work: refusals that need the database
(a name taken, a person missing), filling rows from checked input, and template items
following a changed start date or contact person."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import agenda_rules
from agenda_desktop.core.networks import input_rules as rules
from agenda_desktop.core.networks.status_rules import due_from_start
from agenda_desktop.core.networks.templates import TEMPLATES
from agenda_desktop.core.services.networks_types import NetworkInput, NetworkMeetingInput
from agenda_desktop.core.store.models import Commitment, Network, NetworkMeeting, Person


def refuse_taken_name(session: Session, name: str, network_id: int | None) -> None:
    """Network names are unique, case ignored."""
    for other_id, other_name in session.execute(select(Network.id, Network.name)):
        if other_id != network_id and other_name.casefold() == name.casefold():
            raise ValidationError(
                rules.FIELD_NAME,
                f"det finns redan ett nätverk som heter ”{other_name}”; välj ett annat namn.",
            )


def check_person(
    session: Session, person_id: int | None, field: str = rules.FIELD_CONTACT_PERSON
) -> Person | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(field, "välj en person ur personregistret.")
    return person


def checked_meeting(data: NetworkMeetingInput) -> NetworkMeetingInput:
    if not isinstance(data.held_on, date):
        raise ValidationError(agenda_rules.FIELD_DATE, "ange träffens datum.")
    return rules.checked_meeting(data)


def fill_network(network: Network, data: NetworkInput) -> None:
    network.name = data.name
    network.organiser = data.organiser
    network.organiser_kind = data.organiser_kind
    network.kind = data.kind
    network.start_date = data.start_date
    network.end_date = data.end_date
    network.contact_person_id = data.contact_person_id
    network.website = data.website
    network.description = data.description


def fill_meeting(meeting: NetworkMeeting, data: NetworkMeetingInput) -> None:
    meeting.held_on = data.held_on
    meeting.starts_at = data.starts_at
    meeting.ends_at = data.ends_at
    meeting.place = data.place
    meeting.title = data.title
    meeting.notes = data.notes


def follow_template(session: Session, network: Network, data: NetworkInput) -> None:
    """Move the template items' due dates and contact person along with the network's.

    Called before ``network`` takes ``data``: an item whose due date still is the one
    counted from the old start date gets the one counted from the new; the contact
    person's commitment, still with the old contact person as responsible, the new one.
    What was changed by hand stays.
    """
    template = TEMPLATES.get(network.template or "")
    if template is None:
        return
    months = {item.key: item.months for item in template.items}
    contact_keys = {item.key for item in template.items if item.responsible_is_contact}
    for commitment in session.scalars(
        select(Commitment).where(Commitment.network_id == network.id)
    ):
        key = commitment.template_key or ""
        if key in months and commitment.due_date == due_from_start(network.start_date, months[key]):
            commitment.due_date = due_from_start(data.start_date, months[key])
        if key in contact_keys and commitment.responsible_person_id == network.contact_person_id:
            commitment.responsible_person_id = data.contact_person_id
