"""Two officers edit one record: the second save never overwrites the first silently; the
change log names who changed what and when. Each test runs on a shared SQLite file and,
in CI, on a shared PostgreSQL database."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from agenda_desktop.core.services.bodies_types import BodyInput
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.commitments_types import CommitmentInfo, CommitmentInput
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.networks_types import NetworkInput
from agenda_desktop.core.store.faults import DatabaseLockedError
from agenda_desktop.core.store.models import ChangeLogEntry, Commitment, CommitmentEvidence
from agenda_desktop.core.store.record_versions import (
    EditConflictError,
    ExpectedVersion,
    SimultaneousSaveError,
    expect_version,
)

TEXT = "Kommunstyrelsen fattar beslut om att delta"


def _commitment(services: Services) -> CommitmentInfo:
    network = services.networks.create_network(NetworkInput("Styra med Agenda 2030", "SKR"))
    return services.commitments.create_commitment(
        network.network_id, CommitmentInput(TEXT, due_date=date(2027, 3, 31))
    )


def _input(info: CommitmentInfo, **changes: object) -> CommitmentInput:
    """The form as the editor fills it from ``info``, with the user's changes."""
    form = CommitmentInput(
        text=info.text,
        kind=info.kind,
        responsible_person_id=info.responsible_person_id,
        responsible_unit_id=info.responsible_unit_id,
        due_date=info.due_date,
        status=info.manual_status,
        note=info.note,
    )
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


def test_every_save_raises_the_version_and_is_logged_with_who_and_what(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    created = _commitment(anna)
    assert created.version == 1
    saved = anna.commitments.update_commitment(
        created.commitment_id,
        _input(created, due_date=date(2027, 6, 30)),
        ExpectedVersion(created.version),
    )
    assert saved.version == 2
    history = bo.change_log.history(RecordRef.of("commitment", created.commitment_id))
    assert [(c.actor, c.action) for c in history] == [
        ("Anna Berg", "andrad"),
        ("Anna Berg", "skapad"),
    ]
    (change,) = history[0].changes
    assert (change.label, change.old_text, change.new_text) == (
        "Klart senast",
        "2027-03-31",
        "2027-06-30",
    )
    assert "Text: " + TEXT in "; ".join(f"{c.label}: {c.new_text}" for c in history[1].changes)


def test_the_second_save_of_a_field_gets_both_versions_and_nothing_is_overwritten(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    began = _commitment(anna)
    bo_began = bo.commitments.commitment(began.commitment_id)
    anna.commitments.update_commitment(
        began.commitment_id, _input(began, text="Annas lydelse"), ExpectedVersion(1)
    )
    with pytest.raises(EditConflictError) as raised:
        bo.commitments.update_commitment(
            began.commitment_id,
            _input(bo_began, text="Bos lydelse", note="Bo lade till en anteckning"),
            ExpectedVersion(bo_began.version),
        )
    conflict = raised.value.conflict
    assert "Anna Berg" in str(raised.value)
    assert (conflict.changed_by, conflict.began_version, conflict.saved_version) == (
        "Anna Berg",
        1,
        2,
    )
    fields = {f.field: f for f in conflict.fields}
    assert set(fields) == {"text", "note"}
    text = fields["text"]
    assert (text.began_text, text.mine_text, text.saved_text) == (
        TEXT,
        "Bos lydelse",
        "Annas lydelse",
    )
    assert text.choosable
    assert fields["note"].changed_by_me and not fields["note"].changed_by_them
    # Nothing of Bo's was saved, and the log holds Anna's change only.
    stored = anna.commitments.commitment(began.commitment_id)
    assert (stored.text, stored.note, stored.version) == ("Annas lydelse", "", 2)
    assert len(anna.change_log.history(RecordRef.of("commitment", began.commitment_id))) == 2


def test_the_user_keeps_the_saved_value_of_a_field_and_their_own_of_the_rest(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    began = _commitment(anna)
    anna.commitments.update_commitment(
        began.commitment_id, _input(began, text="Annas lydelse"), ExpectedVersion(1)
    )
    form = _input(began, text="Bos lydelse", note="Bos anteckning")
    saved = bo.commitments.update_commitment(
        began.commitment_id, form, ExpectedVersion(2, keep_saved=frozenset({"text"}))
    )
    assert (saved.text, saved.note, saved.version) == ("Annas lydelse", "Bos anteckning", 3)
    latest = bo.change_log.history(RecordRef.of("commitment", began.commitment_id))[0]
    assert latest.actor == "Bo Ek"
    assert [c.label for c in latest.changes] == ["Anteckning"]


def test_choosing_ones_own_version_saves_it_over_the_other(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    began = _commitment(anna)
    anna.commitments.update_commitment(
        began.commitment_id, _input(began, text="Annas lydelse"), ExpectedVersion(1)
    )
    saved = bo.commitments.update_commitment(
        began.commitment_id, _input(began, text="Bos lydelse"), ExpectedVersion(2)
    )
    assert saved.text == "Bos lydelse"
    (change,) = bo.change_log.history(RecordRef.of("commitment", began.commitment_id))[0].changes
    assert (change.old_text, change.new_text) == ("Annas lydelse", "Bos lydelse")


def test_a_change_the_form_does_not_show_is_no_conflict(
    two_officers: tuple[Services, Services],
) -> None:
    """Anna moves the commitment up the list; Bo's edit of its text, begun before, saves
    without a question and keeps Anna's order."""
    anna, bo = two_officers
    first = _commitment(anna)
    second = anna.commitments.create_commitment(first.network_id, CommitmentInput("Andra"))
    bo_began = bo.commitments.commitment(second.commitment_id)
    anna.commitments.move_commitment(second.commitment_id, -1)
    saved = bo.commitments.update_commitment(
        second.commitment_id,
        _input(bo_began, text="Andra, omformulerad"),
        ExpectedVersion(bo_began.version),
    )
    assert (saved.text, saved.position) == ("Andra, omformulerad", 1)


def test_an_unchanged_save_on_an_old_version_is_no_conflict(
    two_officers: tuple[Services, Services],
) -> None:
    anna, bo = two_officers
    began = _commitment(anna)
    anna.commitments.update_commitment(
        began.commitment_id, _input(began, note="Annas"), ExpectedVersion(1)
    )
    saved = bo.commitments.update_commitment(
        began.commitment_id, _input(began, note="Annas"), ExpectedVersion(1)
    )
    assert saved.note == "Annas"


def test_two_saves_in_the_same_instant_keep_the_first(
    two_officers: tuple[Services, Services], database_backend: str
) -> None:
    """Bo's transaction has read the row when Anna's save commits. On the server his UPDATE
    finds the row at another version; SQLite refuses his write to an outdated snapshot.
    Either way everything of his is rolled back with a message."""
    anna, bo = two_officers
    began = _commitment(anna)
    refused = SimultaneousSaveError if database_backend == "postgresql" else DatabaseLockedError
    with pytest.raises(refused), bo.database.unit_of_work() as session:
        row = session.get(Commitment, began.commitment_id)
        assert row is not None
        anna.commitments.update_commitment(
            began.commitment_id, _input(began, text="Annas"), ExpectedVersion(1)
        )
        row.text = "Bos"
    stored = anna.commitments.commitment(began.commitment_id)
    assert (stored.text, stored.version) == ("Annas", 2)
    with anna.database.unit_of_work() as session:
        actors = session.scalars(
            select(ChangeLogEntry.actor).where(ChangeLogEntry.table_name == "commitment")
        ).all()
    assert "Bo Ek" not in actors


def _add_body_evidence(
    services: Services, commitment_id: int, body_name: str, expected: ExpectedVersion | None
) -> None:
    """Link a body as evidence, as a form filled from version ``expected`` would save it."""
    body = next((b for b in services.bodies.bodies() if b.name == body_name), None)
    if body is None:
        body = services.bodies.create_body(BodyInput(body_name, kind="styrgrupp"))
    with services.database.unit_of_work() as session:
        row = session.get(Commitment, commitment_id)
        assert row is not None
        expect_version(session, row, expected)
        session.add(
            CommitmentEvidence(
                commitment_id=commitment_id,
                kind="organ",
                body_id=body.body_id,
                added_on=date(2026, 11, 22),
            )
        )


def test_parts_changed_by_both_are_shown_and_never_replaced_silently(
    two_officers: tuple[Services, Services],
) -> None:
    """Parts (here evidence) have no version of their own: changing them moves their
    record's version, so Bo's change of the same record's parts, begun before Anna's,
    meets hers in a conflict that says his will replace hers."""
    anna, bo = two_officers
    began = _commitment(anna)
    _add_body_evidence(anna, began.commitment_id, "Styrgruppen för Agenda 2030", None)
    assert anna.commitments.commitment(began.commitment_id).version == 2
    with pytest.raises(EditConflictError) as raised:
        _add_body_evidence(bo, began.commitment_id, "Arbetsgruppen", ExpectedVersion(1))
    (part,) = raised.value.conflict.fields
    assert (part.label, part.choosable, part.changed_by_me, part.changed_by_them) == (
        "Belägg",
        False,
        True,
        True,
    )
    assert "Anna Berg" in part.saved_text and "ersätts" in part.saved_text
    assert len(bo.commitments.commitment(began.commitment_id).evidence) == 1
    _add_body_evidence(bo, began.commitment_id, "Arbetsgruppen", ExpectedVersion(2))
    stored = bo.commitments.commitment(began.commitment_id)
    assert (len(stored.evidence), stored.version) == (2, 3)
    history = bo.change_log.history(RecordRef.of("commitment", began.commitment_id))
    assert [(c.actor, c.record_kind, c.action) for c in history[:2]] == [
        ("Bo Ek", "Belägg", "skapad"),
        ("Anna Berg", "Belägg", "skapad"),
    ]
