"""The status of a commitment, free of the database: the effective status, the one Swedish
sentence that says why, and the due-date rules.

A commitment's stored ``status`` is the status set by hand, or None (automatic):

* set by hand to uppfylld, ej aktuell or försenad: that status, whatever the evidence;
* otherwise the base status is the one set by hand (ej påbörjad, pågår) or, when
  automatic, follows the evidence: any piece "klar" → uppfylld, else any "pågår" →
  pågår, else ej påbörjad;
* a base status other than uppfylld becomes försenad once the due date has passed
  (the due date itself is not late).

``today`` is always a parameter, so the rules never depend on the day they run.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.networks.vocabulary import COMMITMENT_STATUSES

# Set by hand, these statuses stand whatever the evidence and the due date say.
FINAL_MANUAL_STATUSES = frozenset({"uppfylld", "ej_aktuell", "forsenad"})
SET_BY_HAND = "Satt för hand."


@dataclass(frozen=True)
class EvidenceState:
    """One piece of evidence as the rules see it.

    ``state`` is a code of EVIDENCE_STATES; ``summary`` says it in a few Swedish words
    that fit after "Uppfylld: ", e.g. "Kommunstyrelsen 2026-03-10 § 1190 är justerat
    2026-03-17".
    """

    state: str
    summary: str


@dataclass(frozen=True)
class CommitmentStatus:
    status: str  # a code of COMMITMENT_STATUSES
    reason: str  # one Swedish sentence

    @property
    def name(self) -> str:
        return COMMITMENT_STATUSES[self.status]


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def due_from_start(start: date | None, months: int | None) -> date | None:
    """A template item's due date: ``months`` after the network's start, None without one."""
    if start is None or months is None:
        return None
    return add_months(start, months)


def is_overdue(due_date: date | None, status: str, today: date) -> bool:
    """Late: the due date has passed (not merely arrived) and the status is not uppfylld.

    Ej aktuell is never late either.
    """
    return due_date is not None and due_date < today and status not in {"uppfylld", "ej_aktuell"}


def derived_status(evidence: Sequence[EvidenceState]) -> str:
    """The status the evidence alone gives: klar → uppfylld, pågår → pågår, else ej påbörjad."""
    states = {piece.state for piece in evidence}
    if "klar" in states:
        return "uppfylld"
    if "pagar" in states:
        return "pagar"
    return "ej_paborjad"


def effective_status(
    manual: str | None,
    evidence: Sequence[EvidenceState],
    due_date: date | None,
    today: date,
) -> CommitmentStatus:
    """The status a commitment has ``today``, and why, in one sentence.

    Args:
        manual: the status set by hand (a code of COMMITMENT_STATUSES) or None.
        evidence: every piece of evidence, in the order they are listed.
        due_date: when the commitment is to be kept, if ever.
        today: the day the status is for.
    """
    if manual in FINAL_MANUAL_STATUSES:
        return CommitmentStatus(manual, SET_BY_HAND)
    if manual is not None:
        if manual not in COMMITMENT_STATUSES:
            raise ValueError(f"unknown commitment status: {manual}")
        base = manual
    else:
        base = derived_status(evidence)
    if is_overdue(due_date, base, today):
        assert due_date is not None
        reason = f"Försenad: skulle vara klart {due_date.isoformat()}"
        pending = _first(evidence, "pagar")
        if pending is not None:
            reason += f"; {pending.summary}"
        return CommitmentStatus("forsenad", reason + ".")
    if manual is not None:
        return CommitmentStatus(base, SET_BY_HAND)
    return CommitmentStatus(base, _evidence_reason(base, evidence, due_date))


def _first(evidence: Sequence[EvidenceState], state: str) -> EvidenceState | None:
    return next((piece for piece in evidence if piece.state == state), None)


def _evidence_reason(status: str, evidence: Sequence[EvidenceState], due: date | None) -> str:
    name = COMMITMENT_STATUSES[status]
    if status == "uppfylld":
        done = [piece for piece in evidence if piece.state == "klar"]
        more = f" (och {len(done) - 1} till)" if len(done) > 1 else ""
        return f"{name}: {done[0].summary}{more}."
    if status == "pagar":
        pending = _first(evidence, "pagar")
        assert pending is not None
        return f"{name}: {pending.summary}."
    missing = _first(evidence, "saknas")
    what = missing.summary if missing is not None else "inget underlag är kopplat än"
    when = f"; ska vara klart {due.isoformat()}" if due is not None else ""
    return f"{name}: {what}{when}."
