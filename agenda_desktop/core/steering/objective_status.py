"""Is a målsättning's indicator on its way? The rule of the straight path.

A målsättning is followed up through indicators that go from a baseline (a value in a
year) towards a target value by a target year. The simplest honest expectation is the
straight line between the two: halfway in time, halfway there. An outcome is then

* ``uppnatt`` when it has reached the target value (in the good direction),
* ``pa_vag`` when it is at least as far along as the line expects for its year,
* ``risk`` when it has moved the good way from the baseline but lags the line,
* ``inte_pa_vag`` when it stands still or moves the wrong way, or the target year has
  passed without the target being reached,
* ``okand`` when something needed is missing (or the outcome is not newer than the
  baseline), so nothing can be said.

The good direction is the indicator's own (``higher_is_better``) when it is known, else
the direction from the baseline towards the target. The explanation is one plain Swedish
sentence for the interface and the printed reports.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

UPPNATT = "uppnatt"
PA_VAG = "pa_vag"
RISK = "risk"
INTE_PA_VAG = "inte_pa_vag"
OKAND = "okand"


@dataclass(frozen=True)
class YearValue:
    year: int
    value: float


@dataclass(frozen=True)
class ObjectiveStatus:
    """The status code, what the line expected, how far the outcome has come, and why.

    ``expected`` is the value on the straight line at the outcome's year (the target value
    after the target year); ``progress`` the share of the way from baseline to target that
    the outcome has covered (0.5 = halfway, negative = the wrong way); ``expected_progress``
    the share the line expected by then. Each is None when it cannot be computed.
    """

    status: str
    expected: float | None
    progress: float | None
    expected_progress: float | None
    explanation: str


def swedish_number(value: float) -> str:
    """A number as Swedish text: decimal comma, at most two decimals, space between thousands."""
    rounded = round(value, 2)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    text = f"{rounded:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",").replace("-", "\u2212")


def _close(first: float, second: float) -> bool:
    return math.isclose(first, second, rel_tol=1e-9, abs_tol=1e-9)


def _at_least(first: float, second: float) -> bool:
    """first >= second, forgiving the rounding of floating point arithmetic."""
    return first > second or _close(first, second)


def expected_value(baseline: YearValue, target: YearValue, year: int) -> float:
    """The value on the straight line from baseline to target in ``year``, held at the ends."""
    if year <= baseline.year:
        return baseline.value
    if year >= target.year:
        return target.value
    share = (year - baseline.year) / (target.year - baseline.year)
    return baseline.value + share * (target.value - baseline.value)


def _unknown(explanation: str) -> ObjectiveStatus:
    return ObjectiveStatus(OKAND, None, None, None, explanation)


def _direction(baseline: float, target: float, higher_is_better: bool | None) -> int:
    """+1 when higher values are better, -1 when lower are, 0 when nobody can tell."""
    if higher_is_better is not None:
        return 1 if higher_is_better else -1
    if _close(baseline, target):
        return 0
    return 1 if target > baseline else -1


def _missing(
    baseline: YearValue | None, target: YearValue | None, outcome: YearValue | None
) -> str | None:
    if baseline is None:
        return "Utgångsläget saknas, så utvecklingen kan inte bedömas."
    if target is None:
        return "Målvärde eller målår saknas, så utvecklingen kan inte bedömas."
    if outcome is None:
        return "Det finns inget utfall ännu, så utvecklingen kan inte bedömas."
    if target.year <= baseline.year:
        return (
            f"Målåret ({target.year}) måste vara senare än utgångsåret ({baseline.year}) "
            "för att utvecklingen ska kunna bedömas."
        )
    return None


def objective_status(
    baseline: YearValue | None,
    target: YearValue | None,
    outcome: YearValue | None,
    higher_is_better: bool | None = None,
) -> ObjectiveStatus:
    """The status of one indicator of a målsättning; see the module docstring for the rule."""
    problem = _missing(baseline, target, outcome)
    if problem is not None:
        return _unknown(problem)
    assert baseline is not None and target is not None and outcome is not None
    direction = _direction(baseline.value, target.value, higher_is_better)
    value = swedish_number(outcome.value)
    goal = swedish_number(target.value)
    if direction == 0:
        if _close(outcome.value, target.value):
            return ObjectiveStatus(
                UPPNATT,
                target.value,
                None,
                None,
                f"Utfallet {outcome.year} ({value}) håller målvärdet {goal}.",
            )
        return _unknown(
            "Utgångsläge och målvärde är lika och det är inte angivet om högre värden är "
            "bättre, så det går inte att säga om förändringen är bra."
        )

    expected = expected_value(baseline, target, outcome.year)
    span = target.value - baseline.value
    progress = None if _close(span, 0) else (outcome.value - baseline.value) / span
    elapsed = (outcome.year - baseline.year) / (target.year - baseline.year)
    expected_progress = None if progress is None else min(max(elapsed, 0.0), 1.0)

    def status(code: str, explanation: str) -> ObjectiveStatus:
        return ObjectiveStatus(code, expected, progress, expected_progress, explanation)

    good = direction  # multiply by it: larger is then always better
    if _at_least(good * outcome.value, good * target.value):
        return status(UPPNATT, f"Målvärdet {goal} är nått: utfallet {outcome.year} är {value}.")
    if outcome.year <= baseline.year:
        return _unknown(
            f"Utfallet ({outcome.year}) är inte senare än utgångsåret ({baseline.year}), "
            "så utvecklingen kan inte bedömas ännu."
        )
    if outcome.year >= target.year:
        return status(
            INTE_PA_VAG,
            f"Målåret {target.year} har passerat utan att målvärdet {goal} nåtts "
            f"(utfallet {outcome.year} är {value}).",
        )
    line = swedish_number(expected)
    if _at_least(good * outcome.value, good * expected):
        return status(
            PA_VAG,
            f"Utfallet {outcome.year} ({value}) är minst så långt som den raka linjen mot "
            f"målet, som väntade {line} det året.",
        )
    if good * outcome.value > good * baseline.value and not _close(outcome.value, baseline.value):
        return status(
            RISK,
            f"Utfallet {outcome.year} ({value}) har rört sig åt rätt håll men ligger efter "
            f"den raka linjen mot målet, som väntade {line} det året.",
        )
    return status(
        INTE_PA_VAG,
        f"Utfallet {outcome.year} ({value}) har inte rört sig åt rätt håll från "
        f"utgångsläget {swedish_number(baseline.value)} ({baseline.year}).",
    )


# The explanation of the rule, for the page and the printed reports.
RULE_EXPLANATION = (
    "Statusen jämför utfallet med en rak linje från utgångsläget till målvärdet under målåret. "
    "”På väg” betyder att utfallet har kommit minst så långt som linjen väntar sig det året, "
    "”Risk” att det har rört sig åt rätt håll men ligger efter linjen, och ”Inte på väg” att "
    "det står still, går åt fel håll eller att målåret passerat. Rätt håll är nyckeltalets "
    "egen riktning om den är angiven, annars riktningen från utgångsläget mot målvärdet."
)
