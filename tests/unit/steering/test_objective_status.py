"""The straight-path rule that gives each målsättning indicator its status."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenda_desktop.core.steering.objective_status import (
    INTE_PA_VAG,
    OKAND,
    PA_VAG,
    RISK,
    UPPNATT,
    YearValue,
    expected_value,
    objective_status,
    swedish_number,
)
from agenda_desktop.core.steering.vocabulary import OBJECTIVE_STATUSES

BASE_UP = YearValue(2020, 40.0)
TARGET_UP = YearValue(2030, 60.0)  # the line: +2 a year, 50 in 2025
BASE_DOWN = YearValue(2020, 100.0)
TARGET_DOWN = YearValue(2030, 50.0)  # the line: -5 a year, 75 in 2025


def status_up(year: int, value: float, higher_is_better: bool | None = None) -> str:
    return objective_status(BASE_UP, TARGET_UP, YearValue(year, value), higher_is_better).status


def status_down(year: int, value: float, higher_is_better: bool | None = None) -> str:
    result = objective_status(BASE_DOWN, TARGET_DOWN, YearValue(year, value), higher_is_better)
    return result.status


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (60.0, UPPNATT),
        (65.0, UPPNATT),
        (55.0, PA_VAG),
        (50.0, PA_VAG),  # exactly on the line
        (45.0, RISK),
        (40.0, INTE_PA_VAG),  # stands still
        (35.0, INTE_PA_VAG),  # the wrong way
    ],
)
def test_rising_target(value: float, expected: str) -> None:
    assert status_up(2025, value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (50.0, UPPNATT),
        (49.0, UPPNATT),
        (70.0, PA_VAG),
        (75.0, PA_VAG),  # exactly on the line
        (80.0, RISK),
        (100.0, INTE_PA_VAG),
        (110.0, INTE_PA_VAG),
    ],
)
def test_falling_target(value: float, expected: str) -> None:
    assert status_down(2025, value) == expected


def test_expected_value_progress_and_explanation() -> None:
    result = objective_status(BASE_UP, TARGET_UP, YearValue(2025, 45.0))
    assert result.expected == pytest.approx(50.0)
    assert result.progress == pytest.approx(0.25)
    assert result.expected_progress == pytest.approx(0.5)
    assert "rätt håll" in result.explanation and "50" in result.explanation
    assert "2025" in result.explanation


def test_decimal_comma_in_the_explanation() -> None:
    result = objective_status(YearValue(2020, 1.5), YearValue(2030, 2.5), YearValue(2025, 1.75))
    assert result.status == RISK
    assert "1,75" in result.explanation and "väntade 2" in result.explanation


def test_the_indicators_own_direction_wins() -> None:
    # Target below the baseline although higher is better: the target is a floor.
    assert status_down(2025, 90.0, higher_is_better=True) == UPPNATT
    # Higher is better, but the outcome fell below the accepted floor.
    assert status_down(2025, 40.0, higher_is_better=True) == INTE_PA_VAG
    assert status_up(2025, 50.0, higher_is_better=True) == PA_VAG


def test_before_and_at_the_baseline_year_nothing_can_be_said() -> None:
    assert status_up(2019, 45.0) == OKAND
    result = objective_status(BASE_UP, TARGET_UP, YearValue(2020, 41.0))
    assert result.status == OKAND and "utgångsåret" in result.explanation
    # …unless the target is already reached.
    assert status_up(2020, 61.0) == UPPNATT


def test_after_the_target_year() -> None:
    assert status_up(2031, 61.0) == UPPNATT
    result = objective_status(BASE_UP, TARGET_UP, YearValue(2032, 59.0))
    assert result.status == INTE_PA_VAG
    assert result.expected == 60.0 and result.expected_progress == 1.0
    assert "Målåret 2030 har passerat" in result.explanation
    assert status_up(2030, 60.0) == UPPNATT


def test_equal_baseline_and_target_means_holding_the_level() -> None:
    base, target = YearValue(2020, 10.0), YearValue(2030, 10.0)
    held = objective_status(base, target, YearValue(2024, 10.0))
    assert held.status == UPPNATT and held.progress is None
    assert objective_status(base, target, YearValue(2024, 12.0), True).status == UPPNATT
    assert objective_status(base, target, YearValue(2024, 8.0), True).status == INTE_PA_VAG
    unknown = objective_status(base, target, YearValue(2024, 12.0))
    assert unknown.status == OKAND and "högre värden" in unknown.explanation


@pytest.mark.parametrize(
    ("baseline", "target", "outcome", "words"),
    [
        (None, TARGET_UP, YearValue(2025, 1.0), "Utgångsläget saknas"),
        (BASE_UP, None, YearValue(2025, 1.0), "Målvärde eller målår saknas"),
        (BASE_UP, TARGET_UP, None, "inget utfall"),
        (BASE_UP, YearValue(2020, 60.0), YearValue(2025, 1.0), "Målåret (2020)"),
    ],
)
def test_missing_parts_give_unknown(
    baseline: YearValue | None, target: YearValue | None, outcome: YearValue | None, words: str
) -> None:
    result = objective_status(baseline, target, outcome)
    assert result.status == OKAND
    assert result.expected is None and result.progress is None
    assert words in result.explanation


def test_expected_value_is_held_at_the_ends() -> None:
    assert expected_value(BASE_UP, TARGET_UP, 2010) == 40.0
    assert expected_value(BASE_UP, TARGET_UP, 2040) == 60.0
    assert expected_value(BASE_UP, TARGET_UP, 2023) == pytest.approx(46.0)


def test_swedish_numbers() -> None:
    assert swedish_number(1234.5) == "1\u00a0234,5"
    assert swedish_number(-0.001) == "0"
    assert swedish_number(-2.25) == "\u22122,25"
    assert swedish_number(3.0) == "3"


values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
years = st.integers(min_value=2000, max_value=2040)


@given(values, values, values, years, st.integers(1, 20), st.integers(-5, 30))
def test_every_status_is_a_known_code_with_an_explanation(
    base: float, target: float, outcome: float, start: int, length: int, offset: int
) -> None:
    result = objective_status(
        YearValue(start, base),
        YearValue(start + length, target),
        YearValue(start + offset, outcome),
    )
    assert result.status in OBJECTIVE_STATUSES
    assert result.explanation.endswith(".")


@given(values, values, years, st.integers(1, 20), st.integers(1, 19))
def test_on_the_line_is_on_its_way(
    base: float, target: float, start: int, length: int, offset: int
) -> None:
    if offset >= length or abs(target - base) < 1e-6:
        return
    baseline, goal = YearValue(start, base), YearValue(start + length, target)
    on_line = expected_value(baseline, goal, start + offset)
    assert objective_status(baseline, goal, YearValue(start + offset, on_line)).status == PA_VAG


@given(values, values, values, years, st.integers(2, 20), st.integers(1, 19))
def test_a_better_outcome_never_gets_a_worse_status(
    base: float, target: float, outcome: float, start: int, length: int, offset: int
) -> None:
    """Mirror test: moving the outcome in the good direction can only help."""
    if abs(target - base) < 1e-6:
        return
    rank = {INTE_PA_VAG: 0, RISK: 1, PA_VAG: 2, UPPNATT: 3, OKAND: -1}
    baseline, goal = YearValue(start, base), YearValue(start + length, target)
    better = outcome + (1.0 if target > base else -1.0) * abs(target - base) * 0.1
    year = start + min(offset, length - 1)
    first = objective_status(baseline, goal, YearValue(year, outcome)).status
    second = objective_status(baseline, goal, YearValue(year, better)).status
    assert rank[second] >= rank[first]
