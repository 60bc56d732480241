"""What is due next: a pure function of the cycle position, a few counts and today."""

from __future__ import annotations

from datetime import date

from agenda_desktop.core.services.cycle import CyclePosition, step_states
from agenda_desktop.core.steering.next_steps import SteeringFacts, next_steps

TODAY = date(2025, 3, 10)


def position(done_steps: int, start: int = 2023, end: int = 2026) -> CyclePosition:
    completed = {n: date(2024, 1, n) for n in range(1, done_steps + 1)}
    return CyclePosition(1, "Mandatperioden", start, end, step_states(completed))


def test_without_a_cycle_start_one() -> None:
    [item] = next_steps(SteeringFacts(None), TODAY)
    assert item.page == "overview" and item.text.startswith("Starta en styrcykel")


def test_the_current_step_is_named_with_its_page() -> None:
    facts = SteeringFacts(position(2), follow_up_years=frozenset({2024}), unassessed_goals=0)
    [item] = next_steps(facts, TODAY)
    assert item.page == "action_plan" and item.text.startswith("Steg 3: Gör handlingsplanen")
    assert not item.urgent


def test_urgent_things_come_first() -> None:
    facts = SteeringFacts(
        position(3),
        overdue_actions=2,
        remiss_comments_due=1,
        nearest_remiss_deadline=date(2025, 3, 1),
        follow_up_years=frozenset({2024}),
        unassessed_goals=0,
    )
    items = next_steps(facts, TODAY)
    assert [item.page for item in items] == ["action_plan", "dialogue", "dialogue"]
    assert items[0].text.startswith("2 åtgärder har passerat") and items[0].urgent
    assert items[1].text == (
        "1 synpunkt på remissen saknar återkoppling, och remisstiden gick ut 2025-03-01."
    )
    assert items[1].urgent
    assert items[2].text.startswith("Steg 4")


def test_a_near_remiss_deadline_is_a_warning_not_yet_urgent() -> None:
    facts = SteeringFacts(
        position(3),
        remiss_comments_due=3,
        nearest_remiss_deadline=date(2025, 3, 20),
        follow_up_years=frozenset({2024}),
        unassessed_goals=0,
    )
    item = next_steps(facts, TODAY)[0]
    assert "3 synpunkter" in item.text and "går ut 2025-03-20" in item.text
    assert not item.urgent


def test_a_missing_follow_up_of_last_year() -> None:
    facts = SteeringFacts(position(4), unassessed_goals=0)
    texts = [item.text for item in next_steps(facts, TODAY)]
    assert any("ingen uppföljning av 2024" in text for text in texts)
    # Last year outside the cycle: nothing to follow up.
    early = SteeringFacts(position(4, 2025, 2028), unassessed_goals=0)
    assert not any("uppföljning av" in item.text for item in next_steps(early, TODAY))


def test_unassessed_goals_while_the_analysis_is_current() -> None:
    facts = SteeringFacts(position(0), follow_up_years=frozenset({2024}), unassessed_goals=5)
    items = next_steps(facts, TODAY)
    assert items[0].text.startswith("Steg 1: Gör nulägesanalysen")
    assert items[1].text == "5 av de 17 målen är inte bedömda i nulägesanalysen."
    later = SteeringFacts(position(2), follow_up_years=frozenset({2024}), unassessed_goals=5)
    assert all(item.page != "analysis" for item in next_steps(later, TODAY))


def test_a_finished_cycle_suggests_the_next_round() -> None:
    facts = SteeringFacts(position(5), follow_up_years=frozenset({2024}), unassessed_goals=0)
    [item] = next_steps(facts, TODAY)
    assert item.page == "overview" and "Alla fem steg är klara" in item.text
