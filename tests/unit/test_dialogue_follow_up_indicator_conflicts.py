"""Two officers edit the same dialogue activity, comment, follow-up, glossary term or
indicator: the second save from an old version never overwrites the first silently, the
user's choice is saved, and the history names who changed which field. Each test runs on
a shared SQLite file and, in CI, on a shared PostgreSQL database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.follow_up_types import FollowUpChanges, FollowUpDetail
from agenda_desktop.core.services.indicator_types import IndicatorDetail, LocalIndicatorData
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData
from agenda_desktop.core.store.record_versions import EditConflictError, ExpectedVersion

Key = int | str


@dataclass(frozen=True)
class Flow:
    """One edit flow: how to make a record, read it as its form is filled, and save the
    form with one field (``field``, labelled ``label`` in the log) set to a text."""

    table: str
    field: str
    label: str
    begin: Callable[[Services], Key]
    read: Callable[[Services, Key], Any]
    value: Callable[[Any], str]
    save: Callable[[Services, Key, Any, str, ExpectedVersion], object]
    version: Callable[[Any], int] = lambda info: int(info.version)


def _cycle(services: Services) -> int:
    return services.cycle.start_cycle("Mandatperioden 2027–2030", 2027, 2030).cycle_id


def _activity(services: Services) -> int:
    return services.dialogue.create_activity(
        _cycle(services),
        ActivityData("medborgardialog", "Dialog om parkerna", date(2027, 5, 4), None, "Alla"),
    ).activity_id


def _save_activity(
    services: Services, key: Key, info: Any, text: str, expected: ExpectedVersion
) -> object:
    summary = info.summary
    data = ActivityData(summary.kind, text, summary.held_on, summary.deadline, summary.target_group)
    return services.dialogue.update_activity(int(key), data, expected)


def _comment(services: Services) -> int:
    activity_id = _activity(services)
    return services.dialogue.add_comment(
        activity_id, CommentData("Fler bänkar i parken", "Pensionärsrådet", date(2027, 5, 4))
    ).comment_id


def _read_comment(services: Services, key: Key) -> Any:
    latest = services.cycle.latest()
    assert latest is not None
    for activity in services.dialogue.dialogue(latest.cycle_id).activities:
        for comment in activity.comments:
            if comment.comment_id == key:
                return comment
    raise AssertionError(f"no comment {key}")


def _update_comment(
    services: Services, key: Key, info: Any, text: str, expected: ExpectedVersion
) -> object:
    data = CommentData(text, info.sender, info.received_on)
    return services.dialogue.update_comment(int(key), data, expected)


def _save_comment(
    services: Services, key: Key, info: Any, text: str, expected: ExpectedVersion
) -> object:
    """As the comment dialog saves: everything at once, the sender changed."""
    return services.dialogue.save_comment(
        int(key),
        CommentData(info.text, text, info.received_on),
        info.goal_numbers,
        info.focus_area_ids,
        info.objective_ids,
        info.response,
        info.status,
        info.responded_on,
        expected=expected,
    )


def _follow_up(services: Services) -> int:
    return services.follow_up.create(_cycle(services), "ar", 2027).follow_up_id


def _save_follow_up(
    services: Services, key: Key, info: FollowUpDetail, text: str, expected: ExpectedVersion
) -> object:
    changes = FollowUpChanges(
        what_moved=text,
        what_to_change=info.what_to_change,
        maturity=info.summary.maturity,
        published_on=info.summary.published_on,
    )
    return services.follow_up.save(int(key), changes, expected)


def _term(services: Services) -> int:
    return services.glossary.add("Ödlebo", "Ett påhittat ord för testet.").term_id


def _read_term(services: Services, key: Key) -> Any:
    return next(t for t in services.glossary.terms() if t.term_id == key)


def _local(services: Services) -> str:
    data = LocalIndicatorData("EK-001", "Andel trygga elever", "Elevenkät", "%", "Enkät")
    return services.indicators.create_local_indicator(data).id


def _save_local(
    services: Services, key: Key, info: IndicatorDetail, text: str, expected: ExpectedVersion
) -> object:
    data = LocalIndicatorData(
        info.id,
        text,
        info.description,
        info.own_unit,
        info.own_source,
        info.higher_is_better,
        info.gender_split,
    )
    return services.indicators.update_local_indicator(str(key), data, expected)


FLOWS = {
    "update_activity": Flow(
        "dialogue_activity",
        "title",
        "Rubrik",
        _activity,
        lambda s, key: s.dialogue.activity(int(key)),
        lambda info: info.summary.title,
        _save_activity,
    ),
    "update_comment": Flow(
        "dialogue_comment",
        "text",
        "Synpunkt",
        _comment,
        _read_comment,
        lambda info: info.text,
        _update_comment,
    ),
    "save_comment": Flow(
        "dialogue_comment",
        "sender",
        "Avsändare",
        _comment,
        _read_comment,
        lambda info: info.sender,
        _save_comment,
    ),
    "follow_up_save": Flow(
        "follow_up",
        "what_moved",
        "Vad har hänt",
        _follow_up,
        lambda s, key: s.follow_up.follow_up(int(key), date(2027, 12, 1)),
        lambda info: info.what_moved,
        _save_follow_up,
        lambda info: info.summary.version,
    ),
    "glossary_update": Flow(
        "glossary_term",
        "explanation",
        "Förklaring",
        _term,
        _read_term,
        lambda info: info.explanation,
        lambda s, key, info, text, expected: s.glossary.update(int(key), info.term, text, expected),
    ),
    "update_local_indicator": Flow(
        "kpi",
        "title",
        "Namn",
        _local,
        lambda s, key: s.indicators.indicator(str(key)),
        lambda info: info.title,
        _save_local,
    ),
    "update_indicator_meta": Flow(
        "kpi",
        "unit",
        "Enhet",
        lambda s: "N00401",
        lambda s, key: s.indicators.indicator(str(key)),
        lambda info: info.own_unit,
        lambda s, key, info, text, expected: s.indicators.update_indicator_meta(
            str(key), text, info.own_source, info.higher_is_better, expected
        ),
    ),
}


@pytest.mark.parametrize("name", list(FLOWS))
def test_the_second_save_from_an_old_version_gets_both_versions_and_the_users_choice(
    name: str, two_officers: tuple[Services, Services]
) -> None:
    flow = FLOWS[name]
    anna, bo = two_officers
    key = flow.begin(anna)
    began = flow.read(anna, key)
    bo_began = flow.read(bo, key)
    flow.save(anna, key, began, "Annas text", ExpectedVersion(flow.version(began)))
    after_anna = flow.read(anna, key)
    assert flow.value(after_anna) == "Annas text"
    assert flow.version(after_anna) == flow.version(began) + 1

    with pytest.raises(EditConflictError) as raised:
        flow.save(bo, key, bo_began, "Bos text", ExpectedVersion(flow.version(bo_began)))
    conflict = raised.value.conflict
    assert (conflict.table, conflict.key, conflict.changed_by) == (
        flow.table,
        str(key),
        "Anna Berg",
    )
    assert conflict.saved_version == flow.version(after_anna)
    field = next(f for f in conflict.fields if f.field == flow.field)
    assert (field.label, field.began_text, field.mine_text, field.saved_text) == (
        flow.label,
        flow.value(began) or "–",
        "Bos text",
        "Annas text",
    )
    assert field.choosable
    # Nothing of Bo's was stored.
    stored = flow.read(bo, key)
    assert (flow.value(stored), flow.version(stored)) == ("Annas text", flow.version(after_anna))

    # Bo keeps Anna's text: nothing changes.
    keep = ExpectedVersion(conflict.saved_version, keep_saved=frozenset({flow.field}))
    flow.save(bo, key, bo_began, "Bos text", keep)
    assert flow.value(flow.read(bo, key)) == "Annas text"
    # Bo chooses his own: it is saved over Anna's, and the history says so.
    flow.save(bo, key, bo_began, "Bos text", ExpectedVersion(conflict.saved_version))
    assert flow.value(flow.read(anna, key)) == "Bos text"
    history = anna.change_log.history(RecordRef.of(flow.table, key))
    own = [entry for entry in history if not entry.is_part]
    assert [(entry.actor, entry.action) for entry in own[:2]] == [
        ("Bo Ek", "andrad"),
        ("Anna Berg", "andrad"),
    ]
    changes = {c.label: (c.old_text, c.new_text) for c in own[0].changes}
    assert changes[flow.label] == ("Annas text", "Bos text")
    assert {c.label for c in own[1].changes} >= {flow.label}


def test_a_kept_title_is_the_one_searched(two_officers: tuple[Services, Services]) -> None:
    anna, bo = two_officers
    flow = FLOWS["update_local_indicator"]
    key = flow.begin(anna)
    began = flow.read(bo, key)
    flow.save(anna, key, began, "Andel xyzzyglada elever", ExpectedVersion(1))
    keep = ExpectedVersion(2, keep_saved=frozenset({"title"}))
    flow.save(bo, key, began, "Andel plughledsna elever", keep)
    assert [i.id for i in bo.indicators.list_indicators("xyzzyglada")] == ["EK-001"]
    assert bo.indicators.list_indicators("plughledsna") == []
