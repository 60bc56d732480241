"""The agenda's fixed items, moves, times and attachment limits, without a database."""

from __future__ import annotations

from datetime import time

import pytest

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings import agenda_rules as rules

AGENDA = ["opening", "adjusters", "agenda", None, None, "closing"]


def test_standard_agenda_opens_and_closes() -> None:
    items = rules.standard_agenda()
    assert [i.standard for i in items] == ["opening", "adjusters", "agenda", "closing"]
    assert items[1].title == "Val av justerare"
    assert items[1].kind == "beslut"


def test_new_items_go_before_the_closing() -> None:
    assert rules.insert_index(AGENDA) == 5
    assert rules.insert_index(["opening"]) == 1
    assert rules.insert_index([]) == 0


def test_only_ordinary_items_move_among_ordinary_items() -> None:
    assert rules.can_move(AGENDA, 3, 1)
    assert rules.can_move(AGENDA, 4, -1)
    assert not rules.can_move(AGENDA, 3, -1)  # above the approval of the agenda
    assert not rules.can_move(AGENDA, 4, 1)  # below the closing
    assert not rules.can_move(AGENDA, 0, 1)
    assert not rules.can_move(AGENDA, 5, -1)
    with pytest.raises(ValidationError, match="ligger fast"):
        rules.refuse_move(AGENDA, 5, -1)
    with pytest.raises(ValidationError, match="sist före"):
        rules.refuse_move(AGENDA, 4, 1)


def test_the_meeting_ends_after_it_starts() -> None:
    rules.checked_times(time(13), time(15, 30))
    rules.checked_times(None, None)
    with pytest.raises(ValidationError) as caught:
        rules.checked_times(time(13), time(13))
    assert caught.value.field == rules.FIELD_END
    with pytest.raises(ValidationError, match="börjar"):
        rules.checked_times(None, time(12))


def test_title_is_needed() -> None:
    assert rules.checked_title("  Budget   2026 ") == "Budget 2026"
    with pytest.raises(ValidationError, match="skriv vad punkten gäller"):
        rules.checked_title("  ")


def test_attachment_limit_says_size_and_limit() -> None:
    rules.check_attachment("rapport.pdf", rules.MAX_ATTACHMENT_BYTES)
    with pytest.raises(ValidationError, match="är 30,0 MB; en bilaga får vara högst 25 MB"):
        rules.check_attachment("film.v1.mp4", 30 * 1024 * 1024)


def test_media_type() -> None:
    assert rules.media_type("rapport.pdf") == "application/pdf"
    assert rules.media_type("okänd.zzz") == "application/octet-stream"
