"""The status rules of a commitment: set by hand, following the evidence, late by the due
date, the reason sentence, and the due dates of a template counted from a start date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenda_desktop.core.networks.status_rules import (
    SET_BY_HAND,
    EvidenceState,
    add_months,
    derived_status,
    due_from_start,
    effective_status,
    is_overdue,
)
from agenda_desktop.core.networks.vocabulary import COMMITMENT_STATUSES, EVIDENCE_STATES

TODAY = date(2026, 11, 22)
ADJUSTED = EvidenceState("klar", "Kommunstyrelsen 2026-06-16 § 1195 är justerat 2026-06-22")
DRAWN_UP = EvidenceState("pagar", "Kommunstyrelsen 2026-11-17 § 1260 är inte justerat än")
CANCELLED = EvidenceState("saknas", "åtgärden ”Medborgardialog” är avbruten")


def test_no_evidence_is_not_started() -> None:
    status = effective_status(None, [], None, TODAY)
    assert status.status == "ej_paborjad"
    assert status.name == "Ej påbörjad"
    assert status.reason == "Ej påbörjad: inget underlag är kopplat än."


def test_no_evidence_with_a_due_date_ahead_says_when() -> None:
    status = effective_status(None, [], date(2027, 3, 1), TODAY)
    assert status.status == "ej_paborjad"
    assert status.reason == "Ej påbörjad: inget underlag är kopplat än; ska vara klart 2027-03-01."


def test_evidence_in_progress_gives_pagar_with_its_summary() -> None:
    status = effective_status(None, [DRAWN_UP], None, TODAY)
    assert status.status == "pagar"
    assert status.reason == "Pågår: Kommunstyrelsen 2026-11-17 § 1260 är inte justerat än."


def test_any_finished_evidence_fulfils_and_is_named() -> None:
    status = effective_status(None, [DRAWN_UP, ADJUSTED], None, TODAY)
    assert status.status == "uppfylld"
    assert status.reason == "Uppfylld: Kommunstyrelsen 2026-06-16 § 1195 är justerat 2026-06-22."


def test_several_finished_pieces_are_counted() -> None:
    other = EvidenceState("klar", "Kontaktperson: Karin Lindqvist")
    status = effective_status(None, [ADJUSTED, other], None, TODAY)
    assert status.reason.endswith("är justerat 2026-06-22 (och 1 till).")


def test_missing_evidence_alone_is_not_started_and_says_why() -> None:
    status = effective_status(None, [CANCELLED], None, TODAY)
    assert status.status == "ej_paborjad"
    assert status.reason == "Ej påbörjad: åtgärden ”Medborgardialog” är avbruten."


def test_past_due_date_makes_open_commitments_late() -> None:
    due = date(2026, 6, 30)
    status = effective_status(None, [], due, TODAY)
    assert status.status == "forsenad"
    assert status.reason == "Försenad: skulle vara klart 2026-06-30."
    late = effective_status(None, [DRAWN_UP], due, TODAY)
    assert late.status == "forsenad"
    assert late.reason == (
        "Försenad: skulle vara klart 2026-06-30; "
        "Kommunstyrelsen 2026-11-17 § 1260 är inte justerat än."
    )


def test_the_due_date_itself_is_not_late() -> None:
    assert effective_status(None, [], TODAY, TODAY).status == "ej_paborjad"
    assert effective_status(None, [], TODAY, TODAY + timedelta(days=1)).status == "forsenad"


def test_fulfilled_is_never_late() -> None:
    status = effective_status(None, [ADJUSTED], date(2020, 1, 1), TODAY)
    assert status.status == "uppfylld"


@pytest.mark.parametrize("manual", ["uppfylld", "ej_aktuell", "forsenad"])
def test_final_statuses_set_by_hand_stand_whatever_the_evidence(manual: str) -> None:
    for evidence in ([], [ADJUSTED], [DRAWN_UP], [CANCELLED]):
        for due in (None, date(2020, 1, 1), date(2030, 1, 1)):
            status = effective_status(manual, evidence, due, TODAY)
            assert status.status == manual
            assert status.reason == SET_BY_HAND


@pytest.mark.parametrize("manual", ["ej_paborjad", "pagar"])
def test_open_statuses_set_by_hand_replace_the_evidence_but_not_the_due_date(manual: str) -> None:
    status = effective_status(manual, [ADJUSTED], date(2030, 1, 1), TODAY)
    assert (status.status, status.reason) == (manual, SET_BY_HAND)
    late = effective_status(manual, [ADJUSTED], date(2026, 1, 31), TODAY)
    assert late.status == "forsenad"
    assert late.reason == "Försenad: skulle vara klart 2026-01-31."


def test_unknown_status_set_by_hand_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        effective_status("klar", [], None, TODAY)


def test_derived_status_by_the_best_state() -> None:
    assert derived_status([]) == "ej_paborjad"
    assert derived_status([CANCELLED]) == "ej_paborjad"
    assert derived_status([CANCELLED, DRAWN_UP]) == "pagar"
    assert derived_status([CANCELLED, DRAWN_UP, ADJUSTED]) == "uppfylld"


def test_is_overdue() -> None:
    past = date(2026, 1, 1)
    assert is_overdue(past, "pagar", TODAY)
    assert is_overdue(past, "ej_paborjad", TODAY)
    assert not is_overdue(past, "uppfylld", TODAY)
    assert not is_overdue(past, "ej_aktuell", TODAY)
    assert not is_overdue(None, "pagar", TODAY)
    assert not is_overdue(TODAY, "pagar", TODAY)


@pytest.mark.parametrize(
    ("start", "months", "due"),
    [
        (date(2026, 9, 1), 0, date(2026, 9, 1)),
        (date(2026, 9, 1), 2, date(2026, 11, 1)),
        (date(2026, 9, 1), 6, date(2027, 3, 1)),
        (date(2026, 9, 1), 18, date(2028, 3, 1)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
    ],
)
def test_add_months(start: date, months: int, due: date) -> None:
    assert add_months(start, months) == due


def test_due_from_start_needs_a_start_date() -> None:
    assert due_from_start(None, 6) is None
    assert due_from_start(date(2026, 9, 1), None) is None
    assert due_from_start(date(2026, 9, 1), 12) == date(2027, 9, 1)


states = st.builds(
    EvidenceState, st.sampled_from(sorted(EVIDENCE_STATES)), st.text(min_size=1, max_size=20)
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(
    manual=st.none() | st.sampled_from(sorted(COMMITMENT_STATUSES)),
    evidence=st.lists(states, max_size=5),
    due=st.none() | days,
    today=days,
)
def test_status_properties(
    manual: str | None, evidence: list[EvidenceState], due: date | None, today: date
) -> None:
    status = effective_status(manual, evidence, due, today)
    assert status.status in COMMITMENT_STATUSES
    assert status.reason.endswith(".")
    assert status.reason.startswith(status.name) or status.reason == SET_BY_HAND
    if manual in {"uppfylld", "ej_aktuell", "forsenad"}:
        assert status.status == manual
    elif status.status == "forsenad":
        assert due is not None and due < today
    if manual is None and any(piece.state == "klar" for piece in evidence):
        assert status.status == "uppfylld"
    if manual is None and due is not None and due < today:
        assert status.status in {"uppfylld", "forsenad"}


@given(start=days, months=st.integers(min_value=0, max_value=60))
def test_add_months_properties(start: date, months: int) -> None:
    due = add_months(start, months)
    assert (due.year * 12 + due.month) - (start.year * 12 + start.month) == months
    assert due.day <= start.day
    assert due >= start
