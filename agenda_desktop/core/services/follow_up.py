"""Step 5, följ upp och analysera: follow-ups per period, objective status, maturity.

A follow-up is a year's (or a whole term's) look back: every målsättning's indicators
against baseline and target with the straight-path status of
:mod:`agenda_desktop.core.steering.objective_status`, the actions by status, what moved
and what to change, and the maturity self-assessment. ``follow_up`` returns one complete
snapshot that the page shows and the printed Uppföljningsrapport and Hållbarhetsbokslut use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services import follow_up_queries as queries
from agenda_desktop.core.services.cycle import CycleService
from agenda_desktop.core.services.follow_up_types import (
    ActionSummary,
    CriterionState,
    FollowUpChanges,
    FollowUpDetail,
    FollowUpSummary,
    MaturityHint,
    ObjectiveOutcome,
)
from agenda_desktop.core.services.organisation import OrganisationService
from agenda_desktop.core.steering.next_steps import (
    GOALS,
    REMISS_WARNING_DAYS,
    DueItem,
    SteeringFacts,
    next_steps,
)
from agenda_desktop.core.steering.objective_refs import objective_refs
from agenda_desktop.core.steering.vocabulary import (
    FOLLOW_UP_KINDS,
    MATURITY_CRITERIA,
    MATURITY_LEVELS,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    FollowUp,
    FollowUpCriterion,
    FollowUpObjectiveNote,
    SteeringCycle,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version

FIELD_KIND = "Typ av uppföljning"
FIELD_YEAR = "År"
FIELD_MATURITY = "Mognadsnivå"
FIELD_PUBLISHED = "Publicerad"
FIELD_CRITERION = "Kriterium"
FIELD_COMMENT = "Kommentar till målsättning"
# The criteria that a "hög" maturity needs, and those that at least make it "mellan".
HIGH_CRITERIA = ("analys", "mal_mot_utmaningar", "matbara_indikatorer", "arsredovisning")
MIDDLE_CRITERIA = ("matbara_indikatorer", "arsredovisning")
CHALLENGES = frozenset({"stor", "betydande"})


def suggested_maturity(fulfilled: Iterable[str]) -> str:
    """The maturity level the ticked criteria point to (from the study of 60 municipalities):
    high with status analysis, goals aimed at its challenges and measurable indicators that
    are followed up; middle with goals that are followed up; otherwise low."""
    done = set(fulfilled)
    if all(key in done for key in HIGH_CRITERIA):
        return "hog"
    if any(key in done for key in MIDDLE_CRITERIA):
        return "mellan"
    return "lag"


def _summary(row: FollowUp) -> FollowUpSummary:
    return FollowUpSummary(
        row.id, row.cycle_id, row.kind, row.year, row.maturity, row.published_on, row.version
    )


class FollowUpService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- the follow-ups of a cycle --------------------------------------------------------

    def follow_ups(self, cycle_id: int) -> list[FollowUpSummary]:
        """The cycle's follow-ups, the latest year first (a term's before that year's)."""
        with self._database.unit_of_work() as session:
            rows = session.scalars(
                select(FollowUp)
                .where(FollowUp.cycle_id == cycle_id)
                .order_by(FollowUp.year.desc(), FollowUp.kind.desc(), FollowUp.id)
            ).all()
            return [_summary(row) for row in rows]

    def create(self, cycle_id: int, kind: str, year: int | None = None) -> FollowUpSummary:
        """A new follow-up: of a year of the cycle ("ar"), or of the term ("mandatperiod",
        measured in the cycle's last year unless another year is given)."""
        if kind not in FOLLOW_UP_KINDS:
            raise ValidationError(
                FIELD_KIND, "välj årlig uppföljning eller uppföljning av mandatperioden."
            )
        with self._database.unit_of_work() as session:
            cycle = session.get(SteeringCycle, cycle_id)
            if cycle is None:
                raise NotFoundError(f"Styrcykeln {cycle_id} finns inte.")
            if year is None:
                if kind == "ar":
                    raise ValidationError(FIELD_YEAR, "ange vilket år uppföljningen gäller.")
                year = cycle.end_year
            if not cycle.start_year - 1 <= year <= cycle.end_year + 1:
                raise ValidationError(
                    FIELD_YEAR,
                    f"året måste ligga i styrcykeln, {cycle.start_year}–{cycle.end_year}, "
                    f"inte {year}.",
                )
            duplicate = session.scalar(
                select(FollowUp.id).where(
                    FollowUp.cycle_id == cycle_id, FollowUp.kind == kind, FollowUp.year == year
                )
            )
            if duplicate is not None:
                what = "en årlig uppföljning" if kind == "ar" else "en uppföljning av perioden"
                raise ValidationError(
                    FIELD_YEAR,
                    f"det finns redan {what} av {year} i den här styrcykeln. Öppna den i "
                    "listan i stället.",
                )
            row = FollowUp(cycle_id=cycle_id, kind=kind, year=year)
            row.criteria = [FollowUpCriterion(criterion=key) for key in MATURITY_CRITERIA]
            session.add(row)
            session.flush()
            return _summary(row)

    def delete(self, follow_up_id: int) -> None:
        with self._database.unit_of_work() as session:
            session.delete(self._row(session, follow_up_id))

    def save(
        self,
        follow_up_id: int,
        changes: FollowUpChanges,
        expected: ExpectedVersion | None = None,
    ) -> FollowUpSummary:
        """Store the analysis texts, maturity, checklist, published date and comments.

        ``expected`` is the version the page's form was filled from (see record_versions);
        the checklist and the comments are parts of the follow-up, logged under it.
        """
        if changes.maturity is not None and changes.maturity not in MATURITY_LEVELS:
            raise ValidationError(FIELD_MATURITY, "välj låg, mellan eller hög.")
        unknown = set(changes.criteria) | set(changes.criterion_notes)
        unknown -= set(MATURITY_CRITERIA)
        if unknown:
            raise ValidationError(FIELD_CRITERION, f"okänt kriterium ”{sorted(unknown)[0]}”.")
        with self._database.unit_of_work() as session:
            row = self._row(session, follow_up_id)
            expect_version(session, row, expected)
            if changes.published_on is not None and changes.published_on.year < row.year:
                raise ValidationError(
                    FIELD_PUBLISHED,
                    f"uppföljningen av {row.year} kan inte ha publicerats före {row.year} "
                    f"({changes.published_on.isoformat()}).",
                )
            row.what_moved = changes.what_moved.strip()
            row.what_to_change = changes.what_to_change.strip()
            row.maturity = changes.maturity
            row.published_on = changes.published_on
            self._save_criteria(row, changes)
            self._save_comments(session, row, changes.objective_comments)
            return _summary(row)

    # -- what the page and the reports show ------------------------------------------------

    def follow_up(self, follow_up_id: int, today: date | None = None) -> FollowUpDetail:
        """The complete snapshot of one follow-up (actions counted as of ``today``)."""
        with self._database.unit_of_work() as session:
            row = self._row(session, follow_up_id)
            summary = _summary(row)
            cycle_name = session.get(SteeringCycle, row.cycle_id).name  # type: ignore[union-attr]
            stored = {item.criterion: item for item in row.criteria}
            what_moved, what_to_change = row.what_moved, row.what_to_change
        hints = {hint.criterion: hint for hint in self.maturity_hints(summary.cycle_id)}
        criteria = tuple(
            CriterionState(
                key,
                text,
                bool(stored[key].fulfilled) if key in stored else False,
                stored[key].note if key in stored else "",
                hints[key],
            )
            for key, text in MATURITY_CRITERIA.items()
        )
        profile = OrganisationService(self._database).profile()
        return FollowUpDetail(
            summary,
            cycle_name,
            profile.municipality_name if profile else "",
            what_moved,
            what_to_change,
            criteria,
            self.outcomes(follow_up_id),
            self.action_summary(summary.cycle_id, today or date.today()),
            suggested_maturity(state.criterion for state in criteria if state.fulfilled),
        )

    def outcomes(self, follow_up_id: int) -> tuple[ObjectiveOutcome, ...]:
        """Every målsättning of the cycle with its indicators' outcomes and status."""
        with self._database.unit_of_work() as session:
            row = self._row(session, follow_up_id)
            cycle_id, year = row.cycle_id, row.year
            comments = {note.objective_id: note.comment for note in row.objective_notes}
        refs = objective_refs(self._database, cycle_id)
        profile = OrganisationService(self._database).profile()
        municipality = profile.municipality_id if profile else None
        with self._database.unit_of_work() as session:
            indicators = queries.indicator_outcomes(
                session, [ref.objective_id for ref in refs], municipality, year
            )
        return tuple(
            ObjectiveOutcome(
                ref.objective_id,
                ref.label,
                ref.text,
                ref.focus_area_title,
                ref.target_year,
                comments.get(ref.objective_id, ""),
                tuple(indicators.get(ref.objective_id, ())),
            )
            for ref in refs
        )

    def action_summary(self, cycle_id: int, today: date) -> ActionSummary:
        with self._database.unit_of_work() as session:
            return queries.action_summary(session, cycle_id, today)

    def maturity_hints(self, cycle_id: int) -> tuple[MaturityHint, ...]:
        """For each criterion of the checklist, what the app knows that speaks for it."""
        with self._database.unit_of_work() as session:
            assessed = queries.assessed_goals(session, cycle_id)
            objectives = queries.objective_ids_of(session, cycle_id)
            challenges = {number for number, code in assessed.items() if code in CHALLENGES}
            aimed = queries.objectives_aimed_at(session, objectives, challenges)
            measured = queries.objectives_with_targets(session, objectives)
            good_actions, actions = queries.actions_linked_and_owned(session, cycle_id)
            follow_ups = queries.follow_up_years(session, cycle_id)
        published = sum(1 for _year, is_published in follow_ups if is_published)
        count = len(objectives)
        return (
            MaturityHint(
                "analys",
                len(assessed) > 0,
                f"{len(assessed)} av de 17 målen är bedömda i nulägesanalysen.",
            ),
            MaturityHint(
                "mal_mot_utmaningar",
                aimed > 0,
                f"{aimed} av {count} målsättningar är kopplade till mål som analysen "
                f"bedömt som stora eller betydande utmaningar.",
            ),
            MaturityHint(
                "matbara_indikatorer",
                count > 0 and measured == count,
                f"{measured} av {count} målsättningar har en indikator med målvärde och målår.",
            ),
            MaturityHint(
                "arsredovisning",
                len(follow_ups) > 0 and measured > 0,
                f"{len(follow_ups)} uppföljningar av indikatorerna finns i styrcykeln.",
            ),
            MaturityHint(
                "atgarder_kopplade",
                actions > 0 and good_actions == actions,
                f"{good_actions} av {actions} åtgärder är kopplade till en målsättning och "
                "har en ansvarig.",
            ),
            MaturityHint(
                "resultat_publiceras",
                published > 0,
                f"{published} av {len(follow_ups)} uppföljningar har ett publiceringsdatum.",
            ),
        )

    def due_next(self, today: date) -> list[DueItem]:
        """What is due next in the latest cycle, for Översikt."""
        position = CycleService(self._database).latest()
        if position is None:
            return next_steps(SteeringFacts(None), today)
        cycle_id = position.cycle_id
        with self._database.unit_of_work() as session:
            overdue = queries.action_summary(session, cycle_id, today).overdue
            comments, deadline = queries.remiss_comments_due(
                session, cycle_id, today + timedelta(days=REMISS_WARNING_DAYS)
            )
            years = frozenset(year for year, _ in queries.follow_up_years(session, cycle_id))
            assessed = len(queries.assessed_goals(session, cycle_id))
        facts = SteeringFacts(position, overdue, comments, deadline, years, GOALS - assessed)
        return next_steps(facts, today)

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, follow_up_id: int) -> FollowUp:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise NotFoundError(f"Uppföljningen {follow_up_id} finns inte (längre).")
        return row

    @staticmethod
    def _save_criteria(row: FollowUp, changes: FollowUpChanges) -> None:
        stored = {item.criterion: item for item in row.criteria}
        for key in MATURITY_CRITERIA:
            if key not in changes.criteria and key not in changes.criterion_notes:
                continue
            item = stored.get(key)
            if item is None:
                item = FollowUpCriterion(criterion=key, fulfilled=False, note="")
                row.criteria.append(item)
            if key in changes.criteria:
                item.fulfilled = bool(changes.criteria[key])
            if key in changes.criterion_notes:
                item.note = changes.criterion_notes[key].strip()

    @staticmethod
    def _save_comments(session: Session, row: FollowUp, comments: Mapping[int, str]) -> None:
        if not comments:
            return
        allowed = set(queries.objective_ids_of(session, row.cycle_id))
        stored = {note.objective_id: note for note in row.objective_notes}
        for objective_id, text in comments.items():
            if objective_id not in allowed:
                raise ValidationError(
                    FIELD_COMMENT, f"målsättningen {objective_id} hör inte till styrcykeln."
                )
            note = stored.get(objective_id)
            if note is None:
                row.objective_notes.append(
                    FollowUpObjectiveNote(objective_id=objective_id, comment=text.strip())
                )
            else:
                note.comment = text.strip()
