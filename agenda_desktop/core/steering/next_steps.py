"""What is due next in the steering cycle, in plain Swedish, with the page to go to.

A pure function of the cycle's position, a few counts and today's date, so Översikt can
show it and a test can try every case without a database. The counts are gathered by
``FollowUpService.due_next``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agenda_desktop.core.services.cycle import CyclePosition

# How many days ahead a remiss deadline counts as near.
REMISS_WARNING_DAYS = 14
GOALS = 17

# The page of each step (keys of the main window's navigation).
STEP_PAGES = {1: "analysis", 2: "priorities", 3: "action_plan", 4: "dialogue", 5: "follow_up"}
STEP_TASKS = {
    1: "Gör nulägesanalysen: bedöm hur kommunen ligger till för de 17 globala målen.",
    2: "Prioritera de viktigaste målen och sätt egna målsättningar med indikatorer och målvärden.",
    3: "Gör handlingsplanen: konkreta åtgärder med ansvariga, datum och koppling till "
    "målsättningarna.",
    4: "Kommunicera och involvera: dialoger, remiss och återkoppling på synpunkterna.",
    5: "Följ upp och analysera: utfall mot målvärden, åtgärdernas status och vad som "
    "behöver ändras.",
}


@dataclass(frozen=True)
class SteeringFacts:
    """The counts that decide what is due, for the latest cycle."""

    position: CyclePosition | None
    overdue_actions: int = 0
    remiss_comments_due: int = 0
    nearest_remiss_deadline: date | None = None
    follow_up_years: frozenset[int] = frozenset()
    unassessed_goals: int = GOALS


@dataclass(frozen=True)
class DueItem:
    """One thing to do: the Swedish sentence, the page that does it, and whether it is late.

    ``kind`` and its figures (``count``, ``day``, ``year``, ``step``) let the interface word
    the same item in its own language: "start_cycle", "overdue_actions", "remiss_due",
    "remiss_passed", "follow_up_missing", "unassessed_all", "unassessed_some", "cycle_done"
    and "step".
    """

    text: str
    page: str
    urgent: bool = False
    kind: str = ""
    count: int = 0
    day: date | None = None
    year: int = 0
    step: int = 0


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _iso(day: date) -> str:
    return day.isoformat()


def next_steps(facts: SteeringFacts, today: date) -> list[DueItem]:
    """What to do next, the urgent things first, then the current step of the cycle."""
    position = facts.position
    if position is None:
        return [
            DueItem(
                "Starta en styrcykel för mandatperioden. Den börjar med en nulägesanalys.",
                "overview",
                kind="start_cycle",
            )
        ]
    urgent: list[DueItem] = []
    later: list[DueItem] = []
    if facts.overdue_actions:
        urgent.append(
            DueItem(
                _plural(facts.overdue_actions, "åtgärd", "åtgärder")
                + " har passerat sitt slutdatum utan att vara klara. Se över status och "
                "datum i handlingsplanen.",
                "action_plan",
                urgent=True,
                kind="overdue_actions",
                count=facts.overdue_actions,
            )
        )
    if facts.remiss_comments_due and facts.nearest_remiss_deadline is not None:
        deadline = facts.nearest_remiss_deadline
        when = (
            f"remisstiden gick ut {_iso(deadline)}"
            if deadline < today
            else f"remisstiden går ut {_iso(deadline)}"
        )
        urgent.append(
            DueItem(
                _plural(facts.remiss_comments_due, "synpunkt", "synpunkter")
                + f" på remissen saknar återkoppling, och {when}.",
                "dialogue",
                urgent=deadline <= today,
                kind="remiss_passed" if deadline < today else "remiss_due",
                count=facts.remiss_comments_due,
                day=deadline,
            )
        )
    last_year = today.year - 1
    if position.start_year <= last_year <= position.end_year and (
        last_year not in facts.follow_up_years
    ):
        later.append(
            DueItem(
                f"Det finns ingen uppföljning av {last_year} ännu. Gör den årliga "
                "uppföljningen, gärna i samband med årsredovisningen.",
                "follow_up",
                kind="follow_up_missing",
                year=last_year,
            )
        )
    current = position.current_step
    if facts.unassessed_goals and (current == 1 or facts.unassessed_goals == GOALS):
        later.append(
            DueItem(
                "Inget av de 17 målen är bedömt i nulägesanalysen ännu."
                if facts.unassessed_goals == GOALS
                else f"{facts.unassessed_goals} av de 17 målen är inte bedömda i nulägesanalysen.",
                "analysis",
                kind="unassessed_all" if facts.unassessed_goals == GOALS else "unassessed_some",
                count=facts.unassessed_goals,
            )
        )
    if current is None:
        later.append(
            DueItem(
                "Alla fem steg är klara. Starta nästa varv med en ny styrcykel och en ny "
                "nulägesanalys.",
                "overview",
                kind="cycle_done",
            )
        )
    else:
        later.insert(
            0,
            DueItem(
                f"Steg {current}: {STEP_TASKS[current]}",
                STEP_PAGES[current],
                kind="step",
                step=current,
            ),
        )
    return urgent + later
