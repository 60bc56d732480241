"""Two officers edit one network, network meeting, financing commitment or invoice: the
second save from an old version never overwrites the first silently, the user's choice is
saved, and the history names who changed which field. A contact's change (a part of the
network) shows in the network's history."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from network_builders import person

from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.financing_types import FinancingInput, InvoiceInput
from agenda_desktop.core.services.networks_types import NetworkInput, NetworkMeetingInput
from agenda_desktop.core.store.record_versions import EditConflictError, ExpectedVersion

Reader = Callable[[Services], Any]


def _network(services: Services) -> int:
    return services.networks.create_network(
        NetworkInput("Hållbara kommuner i väst", "Region Väst", website="https://vast.example")
    ).network_id


def _financing(services: Services) -> int:
    return services.financing.create_financing(
        _network(services),
        FinancingInput("Samfinansiering 2026–2027", first_year=2026, last_year=2027,
                       source="bilaga 1"),
    ).financing_id  # fmt: skip


def _make_network(services: Services) -> tuple[int, Reader]:
    network_id = _network(services)
    return network_id, lambda s: s.networks.network(network_id)


def _make_meeting(services: Services) -> tuple[int, Reader]:
    network_id = _network(services)
    meeting = services.networks.add_meeting(
        network_id, NetworkMeetingInput(date(2027, 2, 3), place="Borås", title="Träff 1")
    )
    return meeting.meeting_id, lambda s: next(
        m for m in s.networks.network(network_id).meetings if m.meeting_id == meeting.meeting_id
    )


def _make_financing(services: Services) -> tuple[int, Reader]:
    financing_id = _financing(services)
    return financing_id, lambda s: s.financing.financing(financing_id)


def _make_invoice(services: Services) -> tuple[int, Reader]:
    financing_id = _financing(services)
    invoice = services.financing.add_invoice(
        financing_id, InvoiceInput(2026, 100_000, 125_000, reference="F-1")
    )
    return invoice.invoice_id, lambda s: next(
        i for i in s.financing.financing(financing_id).invoices
        if i.invoice_id == invoice.invoice_id
    )  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Case:
    table: str
    form: type[Any]  # the input the editor fills from the info
    make: Callable[[Services], tuple[int, Reader]]
    update: Callable[[Services, int, Any, ExpectedVersion], Any]
    field: str  # both officers change it
    label: str
    other: str  # only Bo changes it
    other_value: Any
    other_label: str


CASES = [
    Case("network", NetworkInput, _make_network,
         lambda s, key, form, exp: s.networks.update_network(key, form, exp),
         "website", "Webbplats", "description", "Bo skrev en beskrivning", "Beskrivning"),
    Case("network_meeting", NetworkMeetingInput, _make_meeting,
         lambda s, key, form, exp: s.networks.update_meeting(key, form, exp),
         "place", "Plats", "notes", "Ta med rapporten", "Anteckningar"),
    Case("financing_commitment", FinancingInput, _make_financing,
         lambda s, key, form, exp: s.financing.update_financing(key, form, exp),
         "source", "Källa", "note", "Bo kollade beloppen", "Anteckning"),
    Case("financing_invoice", InvoiceInput, _make_invoice,
         lambda s, key, form, exp: s.financing.update_invoice(key, form, exp),
         "reference", "Fakturanummer", "paid_on", date(2026, 5, 4), "Betald"),
]  # fmt: skip


def _form(case: Case, info: Any, **changes: Any) -> Any:
    """The editor's form as filled from ``info``, with the user's changes."""
    filled = {f.name: getattr(info, f.name) for f in dataclasses.fields(case.form)}
    return case.form(**(filled | changes))


@pytest.mark.parametrize("case", CASES, ids=[case.table for case in CASES])
def test_the_second_save_gets_both_versions_then_saves_the_choice(
    two_officers: tuple[Services, Services], case: Case
) -> None:
    anna, bo = two_officers
    key, read = case.make(anna)
    began = read(bo)
    old_text = getattr(began, case.field)
    anna_saved = case.update(
        anna, key, _form(case, began, **{case.field: "Annas"}), ExpectedVersion(began.version)
    )
    assert anna_saved.version == began.version + 1
    bos_form = _form(case, began, **{case.field: "Bos", case.other: case.other_value})
    with pytest.raises(EditConflictError) as raised:
        case.update(bo, key, bos_form, ExpectedVersion(began.version))
    conflict = raised.value.conflict
    assert (conflict.changed_by, conflict.began_version, conflict.saved_version) == (
        "Anna Berg", began.version, began.version + 1,
    )  # fmt: skip
    fields = {f.field: f for f in conflict.fields}
    assert set(fields) == {case.field, case.other}
    both = fields[case.field]
    assert (both.label, both.began_text, both.mine_text, both.saved_text) == (
        case.label, old_text, "Bos", "Annas",
    )  # fmt: skip
    assert both.choosable and not fields[case.other].changed_by_them
    # Nothing of Bo's was stored.
    stored = read(anna)
    assert (getattr(stored, case.field), stored.version) == ("Annas", began.version + 1)
    assert getattr(stored, case.other) == getattr(began, case.other)
    history = anna.change_log.history(RecordRef.of(case.table, key))
    assert "Bo Ek" not in {change.actor for change in history}
    # Bo keeps Anna's value of the field both changed, and his own of the other.
    saved = case.update(
        bo, key, bos_form,
        ExpectedVersion(conflict.saved_version, keep_saved=frozenset({case.field})),
    )  # fmt: skip
    assert (getattr(saved, case.field), getattr(saved, case.other)) == ("Annas", case.other_value)
    assert saved.version == began.version + 2
    latest, annas = anna.change_log.history(RecordRef.of(case.table, key))[:2]
    assert (latest.actor, [c.label for c in latest.changes]) == ("Bo Ek", [case.other_label])
    assert (annas.actor, [(c.label, c.new_text) for c in annas.changes]) == (
        "Anna Berg", [(case.label, "Annas")],
    )  # fmt: skip


def test_without_a_version_an_edit_is_saved_as_before(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    key, read = _make_meeting(anna)
    began = read(bo)
    anna.networks.update_meeting(key, _form(CASES[1], began, place="Annas"))
    saved = bo.networks.update_meeting(key, _form(CASES[1], began, place="Bos"))
    assert (saved.place, saved.version) == ("Bos", began.version + 2)


def test_a_new_contact_and_participant_are_in_the_networks_history(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    network_id = _network(anna)
    anna.networks.add_contact(network_id, person(anna, "Åsa Åberg"), "processledare")
    bo.networks.add_participant(network_id, "Region Exempel")
    participant, contact = anna.change_log.history(RecordRef.of("network", network_id))[:2]
    assert (participant.actor, participant.record_kind, participant.is_part) == (
        "Bo Ek", "Deltagare", True,
    )  # fmt: skip
    assert (contact.actor, contact.action, contact.record_kind) == (
        "Anna Berg", "skapad", "Kontaktperson",
    )  # fmt: skip
    assert ("Roll", "processledare") in [(c.label, c.new_text) for c in contact.changes]
    # A part has no version of its own: each change of parts moves the network's.
    assert anna.networks.network(network_id).version == 3


def test_a_contacts_new_role_is_in_the_networks_history(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    network_id = _network(anna)
    contact = anna.networks.add_contact(network_id, person(anna, "Åsa Åberg"), "processledare")
    bo.networks.update_contact(contact.contact_id, "samordnare")
    own = anna.change_log.history(RecordRef.of("network_contact", contact.contact_id))
    assert [(c.label, c.old_text, c.new_text) for c in own[0].changes] == [
        ("Roll", "processledare", "samordnare")
    ]
    role = anna.change_log.history(RecordRef.of("network", network_id))[0]
    assert (role.actor, role.action, role.record_kind, role.is_part) == (
        "Bo Ek", "andrad", "Kontaktperson", True,
    )  # fmt: skip


def test_an_amount_import_begun_before_an_edit_of_the_amounts_asks(
    two_officers: tuple[Services, Services], tmp_path: Path
) -> None:
    anna, bo = two_officers
    financing_id = _financing(anna)
    began = bo.financing.financing(financing_id)
    path = tmp_path / "belopp.csv"
    path.write_text("Kommun;Belopp exkl. moms;Belopp inkl. moms\nTanum;800;1000\n")
    sheet = bo.financing.read_amount_sheet(path)
    anna.financing.update_financing(
        financing_id,
        _form(CASES[2], began, yearly_excl_vat=90_000, yearly_incl_vat=112_500),
        ExpectedVersion(began.version),
    )
    with pytest.raises(EditConflictError) as raised:
        bo.financing.apply_sheet_row(financing_id, sheet, 0, ExpectedVersion(began.version))
    assert {"yearly_excl_vat", "yearly_incl_vat"} <= {
        f.field for f in raised.value.conflict.fields if f.choosable
    }
    assert anna.financing.financing(financing_id).yearly_incl_vat == 112_500
    applied = bo.financing.apply_sheet_row(
        financing_id, sheet, 0, ExpectedVersion(raised.value.conflict.saved_version)
    )
    assert (applied.yearly_excl_vat, applied.yearly_incl_vat) == (80_000, 100_000)
