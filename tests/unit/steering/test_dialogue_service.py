"""Step 4: activities, participants, comments with links and återkoppling, remiss status."""

from __future__ import annotations

from datetime import date

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering import dialogue_rules as rules
from agenda_desktop.core.steering.dialogue_rules import ActivityData, CommentData
from agenda_desktop.core.store.models import FocusArea, Objective

TODAY = date(2026, 11, 22)


def _cycle(services: Services, name: str = "Mandatperioden 2023–2026") -> int:
    return services.cycle.start_cycle(name, 2023, 2026).cycle_id


def _programme(services: Services, cycle_id: int) -> tuple[list[int], list[int]]:
    """Two focus areas, the second with two målsättningar: (area ids, objective ids)."""
    with services.database.unit_of_work() as session:
        first = FocusArea(cycle_id=cycle_id, position=0, title="Trygg uppväxt")
        second = FocusArea(cycle_id=cycle_id, position=1, title="Hållbart samhälle")
        second.objectives = [
            Objective(position=0, text="Minskade utsläpp", target_year=2030),
            Objective(position=1, text="Fler cykelvägar", target_year=2028),
        ]
        session.add_all([first, second])
        session.flush()
        return [first.id, second.id], [o.id for o in second.objectives]


def _remiss(services: Services, cycle_id: int) -> int:
    detail = services.dialogue.create_activity(
        cycle_id,
        ActivityData(
            "remiss",
            "Remiss av hållbarhetsprogrammet",
            held_on=date(2026, 10, 1),
            deadline=date(2026, 12, 15),
            target_group="Föreningar och företag",
        ),
    )
    return detail.activity_id


def test_activity_lifecycle_with_counts(core_services: Services) -> None:
    dialogue = core_services.dialogue
    cycle_id = _cycle(core_services)
    created = dialogue.create_activity(
        cycle_id,
        ActivityData("ungdomsrad", "Ungdomsrådet om programmet", date(2026, 3, 4), None, "Unga"),
    )
    undated = dialogue.create_activity(cycle_id, ActivityData("enkat", "Enkät om parker"))
    early = dialogue.create_activity(
        cycle_id, ActivityData("medborgardialog", "Dialog i Norrby", date(2025, 5, 20))
    )
    dialogue.set_participants(created.activity_id, {("K", "16-24"): 7, ("M", "16-24"): 5})
    comment = dialogue.add_comment(created.activity_id, CommentData("Fler cykelbanor"))
    dialogue.add_comment(created.activity_id, CommentData("Bättre busstider"))
    dialogue.respond(comment.comment_id, "Med i handlingsplanen.", "besvarad", today=TODAY)

    summaries = dialogue.activities(cycle_id)
    assert [s.activity_id for s in summaries] == [
        early.activity_id,
        created.activity_id,
        undated.activity_id,
    ]
    youth = summaries[1]
    assert (youth.participant_count, youth.comment_count, youth.unanswered_count) == (12, 2, 1)
    assert youth.target_group == "Unga"

    changed = dialogue.update_activity(
        created.activity_id,
        ActivityData("ungdomsrad", "Ungdomsrådet i mars", date(2026, 3, 5), None, "Unga 13–19"),
    )
    assert changed.summary.title == "Ungdomsrådet i mars"
    assert len(changed.comments) == 2  # comments stay

    dialogue.delete_activity(created.activity_id)
    assert [s.activity_id for s in dialogue.activities(cycle_id)] == [
        early.activity_id,
        undated.activity_id,
    ]
    with pytest.raises(NotFoundError):
        dialogue.activity(created.activity_id)


def test_activity_in_missing_cycle_and_bad_input(core_services: Services) -> None:
    with pytest.raises(NotFoundError):
        core_services.dialogue.create_activity(999, ActivityData("workshop", "X"))
    cycle_id = _cycle(core_services)
    with pytest.raises(ValidationError) as error:
        core_services.dialogue.create_activity(cycle_id, ActivityData("remiss", "Remiss"))
    assert error.value.field == rules.FIELD_DEADLINE
    assert core_services.dialogue.activities(cycle_id) == []


def test_participant_grid_is_replaced_whole(core_services: Services) -> None:
    dialogue = core_services.dialogue
    cycle_id = _cycle(core_services)
    activity_id = dialogue.create_activity(cycle_id, ActivityData("workshop", "W")).activity_id
    dialogue.set_participants(activity_id, {("K", "25-44"): 3, ("X", "okand"): 1})
    detail = dialogue.set_participants(activity_id, {("M", "65+"): 4, ("K", "25-44"): 0})
    assert detail.participant_grid() == {("M", "65+"): 4}
    assert detail.summary.participant_count == 4
    with pytest.raises(ValidationError):
        dialogue.set_participants(activity_id, {("M", "65+"): -2})
    assert dialogue.activity(activity_id).participant_grid() == {("M", "65+"): 4}


def test_comment_links_stay_within_the_cycle(core_services: Services) -> None:
    dialogue = core_services.dialogue
    cycle_id = _cycle(core_services)
    areas, objectives = _programme(core_services, cycle_id)
    other_cycle = _cycle(core_services, "Mandatperioden 2019–2022")
    other_areas, other_objectives = _programme(core_services, other_cycle)
    activity_id = _remiss(core_services, cycle_id)

    comment = dialogue.add_comment(
        activity_id,
        CommentData("Cykelvägarna behöver belysning", "Cykelfrämjandet", date(2026, 10, 5)),
        goal_numbers=[11, 3, 11],
        focus_area_ids=[areas[1]],
        objective_ids=[objectives[1], objectives[0]],
    )
    assert comment.goal_numbers == (3, 11)
    assert comment.focus_area_labels == ("Hållbart samhälle",)
    assert comment.objective_labels == ("2.1", "2.2")
    assert comment.status == "ny" and comment.is_unanswered

    with pytest.raises(ValidationError) as error:
        dialogue.set_comment_links(comment.comment_id, objective_ids=[other_objectives[0]])
    assert error.value.field == rules.FIELD_OBJECTIVES
    with pytest.raises(ValidationError):
        dialogue.set_comment_links(comment.comment_id, focus_area_ids=[other_areas[0]])
    with pytest.raises(ValidationError):
        dialogue.set_comment_links(comment.comment_id, goal_numbers=[18])
    unchanged = dialogue.activity(activity_id).comments[0]
    assert unchanged.objective_ids == (objectives[0], objectives[1])

    relinked = dialogue.set_comment_links(comment.comment_id, goal_numbers=[13])
    assert (relinked.goal_numbers, relinked.focus_area_ids, relinked.objective_ids) == (
        (13,),
        (),
        (),
    )
    updated = dialogue.update_comment(
        comment.comment_id, CommentData("Belysning längs cykelvägen", "", date(2026, 10, 6))
    )
    assert updated.text == "Belysning längs cykelvägen" and updated.goal_numbers == (13,)


def test_respond_and_remiss_status(core_services: Services) -> None:
    dialogue = core_services.dialogue
    cycle_id = _cycle(core_services)
    activity_id = _remiss(core_services, cycle_id)
    ids = [
        dialogue.add_comment(activity_id, CommentData(f"Synpunkt {n}", "", date(2026, 10, n)))
        for n in range(1, 6)
    ]
    answered = dialogue.respond(ids[0].comment_id, "Texten är ändrad.", "besvarad", today=TODAY)
    assert answered.responded_on == TODAY and not answered.is_unanswered
    dialogue.respond(ids[1].comment_id, "Utreds vidare.", "behandlas")
    with pytest.raises(ValidationError) as error:
        dialogue.respond(ids[2].comment_id, "", "avslutad")
    assert error.value.field == rules.FIELD_RESPONSE

    status = dialogue.remiss_status(activity_id, today=TODAY)
    assert status.deadline == date(2026, 12, 15)
    assert status.days_left == 23 and not status.past_deadline
    assert status.comment_count == 5 and status.unanswered_count == 4
    assert [c.text for c in status.unanswered] == [
        "Synpunkt 2",
        "Synpunkt 3",
        "Synpunkt 4",
        "Synpunkt 5",
    ]
    late = dialogue.remiss_status(activity_id, today=date(2026, 12, 20))
    assert late.past_deadline and late.days_left == -5

    dialogue.delete_comment(ids[4].comment_id)
    assert dialogue.remiss_status(activity_id, TODAY).comment_count == 4
    workshop = dialogue.create_activity(cycle_id, ActivityData("workshop", "W")).activity_id
    with pytest.raises(ValidationError):
        dialogue.remiss_status(workshop, TODAY)


def test_comments_for_goal_and_snapshot(core_services: Services) -> None:
    dialogue = core_services.dialogue
    cycle_id = _cycle(core_services)
    areas, objectives = _programme(core_services, cycle_id)
    remiss_id = _remiss(core_services, cycle_id)
    dialog_id = dialogue.create_activity(
        cycle_id, ActivityData("medborgardialog", "Dialog i Norrby", date(2026, 5, 2))
    ).activity_id
    dialogue.add_comment(dialog_id, CommentData("Rent vatten i sjön"), goal_numbers=[6])
    dialogue.add_comment(remiss_id, CommentData("Badplatsen"), goal_numbers=[6, 14])
    dialogue.add_comment(remiss_id, CommentData("Cykel"), objective_ids=[objectives[0]])
    dialogue.set_participants(dialog_id, {("K", "45-64"): 10, ("M", "45-64"): 8})

    found = dialogue.comments_for_goal(cycle_id, 6)
    assert [(g.activity_title, g.comment.text) for g in found] == [
        ("Dialog i Norrby", "Rent vatten i sjön"),
        ("Remiss av hållbarhetsprogrammet", "Badplatsen"),
    ]
    assert dialogue.comments_for_goal(cycle_id, 1) == []

    snapshot = dialogue.dialogue(cycle_id)
    assert [a.summary.title for a in snapshot.activities] == [
        "Dialog i Norrby",
        "Remiss av hållbarhetsprogrammet",
    ]
    assert (snapshot.participant_count, snapshot.comment_count, snapshot.unanswered_count) == (
        18,
        3,
        3,
    )
    assert [a.title for a in snapshot.focus_areas] == ["Trygg uppväxt", "Hållbart samhälle"]
    assert [o.label for o in snapshot.objectives] == ["2.1", "2.2"]
    assert areas  # the first area has no målsättningar, so numbering starts at area 2
    with pytest.raises(NotFoundError):
        dialogue.dialogue(12345)


def test_save_comment_changes_everything_or_nothing(core_services: Services) -> None:
    dialogue = core_services.dialogue
    cycle_id = _cycle(core_services)
    areas, objectives = _programme(core_services, cycle_id)
    activity_id = _remiss(core_services, cycle_id)
    comment = dialogue.add_comment(
        activity_id,
        CommentData("Fler bänkar", "Pensionärsrådet", date(2026, 10, 2)),
        goal_numbers=[3],
        response="Tas med i parkplanen.",
        status="besvarad",
        today=TODAY,
    )
    assert (comment.status, comment.responded_on) == ("besvarad", TODAY)

    saved = dialogue.save_comment(
        comment.comment_id,
        CommentData("Fler bänkar i parken", "Pensionärsrådet", date(2026, 10, 2)),
        goal_numbers=[3, 11],
        focus_area_ids=[areas[0]],
        objective_ids=[objectives[1]],
        response="Utreds.",
        status="behandlas",
    )
    assert saved.text == "Fler bänkar i parken"
    assert saved.goal_numbers == (3, 11) and saved.objective_labels == ("2.2",)
    assert saved.status == "behandlas" and saved.is_unanswered

    with pytest.raises(ValidationError):
        dialogue.save_comment(
            comment.comment_id,
            CommentData("Ändrad text", "", None),
            goal_numbers=[],
            focus_area_ids=[],
            objective_ids=[],
            response="",
            status="avslutad",
        )
    assert dialogue.activity(activity_id).comments[0] == saved  # rolled back whole
