"""Swedish numbers, missing-value marks and column letters."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agenda_desktop.core.indicators.numbers import (
    column_letter,
    format_swedish,
    missing_mark,
    missing_word,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,5", 12.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234 567,25", 1234567.25),
        ("12.5", 12.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("12,5 %", 12.5),
        ("-3", -3.0),
        ("\u22123,2", -3.2),
        (" 7 ", 7.0),
        ("1e3", 1000.0),
        (",5", 0.5),
    ],
)
def test_numbers_people_write_are_read(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "12,5,3", "1.2.3", "nan", "inf", "12 kr", "1_000"])
def test_text_that_is_not_a_number_is_none(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "tom"), ("  ", "tom"), ("-", "bortfall"), ("–", "bortfall"), (".", "ej_tillampligt"),
     ("..", "sekretess"), ("x", None), ("0", None)],
)  # fmt: skip
def test_kolada_missing_marks(text: str, reason: str | None) -> None:
    assert missing_mark(text) == reason


def test_missing_words_of_the_template() -> None:
    assert missing_word("Sekretess") == "sekretess"
    assert missing_word("ej tillämplig") == "ej_tillampligt"
    assert missing_word("Bortfall") == "bortfall"
    assert missing_word("..") == "sekretess"
    assert missing_word("kanske") is None


def test_column_letters_as_excel_shows_them() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=4),
    st.sampled_from([" ", "\u00a0", "\u202f", ""]),
)
def test_swedish_formats_round_trip(number: float, decimals: int, group: str) -> None:
    written = format_swedish(number, decimals, group)
    parsed = parse_number(written)
    assert parsed is not None
    assert math.isclose(parsed, round(number, decimals), rel_tol=1e-12, abs_tol=1e-9)
