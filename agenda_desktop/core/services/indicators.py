"""The indicator catalogue, local indicators, goal links, target values and value views.

One public method is one user action in one transaction; everything returned is a frozen
dataclass (or a plain tuple), never an ORM object. The reading is done in
:mod:`.indicator_catalogue` and :mod:`.indicator_queries`, the input rules in
:mod:`.indicator_rules`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.reference.files import kpi_search_text
from agenda_desktop.core.services import indicator_catalogue as catalogue
from agenda_desktop.core.services import indicator_comparison
from agenda_desktop.core.services import indicator_queries as queries
from agenda_desktop.core.services import indicator_rules as rules
from agenda_desktop.core.services.indicator_types import (
    Comparison,
    GoalLinkInfo,
    IndicatorDetail,
    IndicatorSummary,
    LocalIndicatorData,
    Series,
    TargetValueInfo,
    ValueChange,
)
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import (
    Goal,
    IndicatorSelectionItem,
    Kpi,
    KpiGoalLink,
    KpiTargetValue,
    KpiValue,
    KpiValueChange,
    Target,
)
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version

DEFAULT_LIMIT = 1000


class IndicatorService:
    """Use cases around indicators (nyckeltal) for the GUI and headless commands."""

    def __init__(self, database: Database) -> None:
        self._database = database

    # -- the catalogue -----------------------------------------------------------------

    def list_indicators(
        self,
        text: str = "",
        goal: int | None = None,
        selection_key: str | None = None,
        only_with_values: bool = False,
        limit: int | None = DEFAULT_LIMIT,
        municipality_id: str | None = None,
        include_retired: bool = False,
    ) -> list[IndicatorSummary]:
        """The indicators that match every filter given.

        Args:
            text: Words that must all occur in the id, title or description (any case).
                An exact id is listed first.
            goal: A global goal (1–17): indicators linked to it, or shown under it in RKA's
                selection (or in the selection ``selection_key``).
            selection_key: A selection's preset key, e.g. ``rka-agenda2030-2019``; the list
                then keeps the selection's order (by goal).
            only_with_values: Only indicators with at least one value for the municipality.
            limit: At most this many rows (None: all).
            municipality_id: Whose values count for ``has_values``; default the
                organisation profile's municipality, or any municipality before there is
                a profile.
            include_retired: Also indicators Kolada has dropped (those with values for the
                municipality are always listed).

        Raises:
            NotFoundError: ``selection_key`` names no selection.
        """
        with self._database.unit_of_work() as session:
            return catalogue.list_indicators(
                session,
                text=text,
                goal=goal,
                selection_key=selection_key,
                only_with_values=only_with_values,
                limit=limit,
                municipality_id=municipality_id or catalogue.our_municipality(session),
                include_retired=include_retired,
            )

    def indicator(self, kpi_id: str) -> IndicatorDetail:
        """Everything about one indicator. Raises NotFoundError for an unknown id."""
        with self._database.unit_of_work() as session:
            return catalogue.indicator_detail(session, kpi_id)

    # -- local indicators and the municipality's own knowledge ---------------------------

    def create_local_indicator(
        self, data: LocalIndicatorData, goal_numbers: Iterable[int] = ()
    ) -> IndicatorDetail:
        """Create a local indicator, linked to ``goal_numbers``, in one transaction.

        The id is letters A–Z, digits, "-" and "_" (a letter first, at most 32), must not
        look like a Kolada id (a letter and five digits) and must be new, whatever its case.

        Raises:
            ValidationError: A field is empty, too long or the id is taken; ``field``
                names it.
        """
        clean = rules.clean_local_indicator(data)
        with self._database.unit_of_work() as session:
            taken = session.scalar(select(Kpi.id).where(func.upper(Kpi.id) == clean.id.upper()))
            if taken is not None:
                raise ValidationError(
                    rules.FIELD_ID,
                    f"det finns redan ett nyckeltal med id ”{taken}”: välj ett annat id.",
                )
            session.add(
                Kpi(
                    id=clean.id,
                    title=clean.title,
                    description=clean.description,
                    gender_split=clean.gender_split,
                    municipality_type="K",
                    is_local=True,
                    retired=False,
                    unit=clean.unit,
                    source=clean.source,
                    higher_is_better=clean.higher_is_better,
                    search_text=kpi_search_text(clean.id, clean.title, clean.description),
                )
            )
            session.flush()
            for goal in dict.fromkeys(goal_numbers):
                self._link(session, clean.id, goal, None)
            return catalogue.indicator_detail(session, clean.id)

    def update_local_indicator(
        self,
        kpi_id: str,
        data: LocalIndicatorData,
        expected: ExpectedVersion | None = None,
    ) -> IndicatorDetail:
        """Change a local indicator's title, description, unit, source, direction and
        gender split (``data.id`` is ignored: an id never changes). ``expected`` is the
        version the edit began from (see record_versions)."""
        clean = rules.clean_local_indicator(
            LocalIndicatorData(
                kpi_id,
                data.title,
                data.description,
                data.unit,
                data.source,
                data.higher_is_better,
                data.gender_split,
            ),
            new=False,
        )
        with self._database.unit_of_work() as session:
            kpi = self._local(session, kpi_id)
            expect_version(session, kpi, expected)
            # Searched words follow what is stored: after a conflict, the saved ones kept.
            kept = expected.keep_saved if expected is not None else frozenset()
            kpi.search_text = kpi_search_text(
                kpi.id,
                kpi.title if "title" in kept else clean.title,
                kpi.description if "description" in kept else clean.description,
            )
            kpi.title = clean.title
            kpi.description = clean.description
            kpi.unit = clean.unit
            kpi.source = clean.source
            kpi.higher_is_better = clean.higher_is_better
            kpi.gender_split = clean.gender_split
            session.flush()
            return catalogue.indicator_detail(session, kpi_id)

    def update_indicator_meta(
        self,
        kpi_id: str,
        unit: str,
        source: str,
        higher_is_better: bool | None,
        expected: ExpectedVersion | None = None,
    ) -> IndicatorDetail:
        """Store the municipality's own unit, source and direction of any indicator.

        Allowed for Kolada's indicators too: it is the municipality's knowledge, kept
        across catalogue refreshes. An empty unit or source falls back to what is shown
        by default (a unit read from the title, "Källa: Kolada"). ``expected`` is the
        version the edit began from (see record_versions).
        """
        clean_unit = rules.clean_unit(unit)
        clean_source = rules.clean_source(source)
        with self._database.unit_of_work() as session:
            kpi = catalogue.get_kpi(session, kpi_id)
            expect_version(session, kpi, expected)
            kpi.unit = clean_unit
            kpi.source = clean_source
            kpi.higher_is_better = higher_is_better
            session.flush()
            return catalogue.indicator_detail(session, kpi_id)

    def delete_local_indicator(self, kpi_id: str, with_values: bool = False) -> int:
        """Delete a local indicator with its goal links and target values.

        An indicator that has values is refused unless ``with_values`` is True (the GUI
        asks first, naming the number of values); then its values and their history go
        too, and it leaves every selection. Kolada's indicators cannot be deleted.

        Returns:
            The number of values deleted.

        Raises:
            ValidationError: Kolada's indicator, an indicator that follows up a målsättning,
                or values exist and ``with_values`` is False.
        """
        with self._database.unit_of_work() as session:
            kpi = self._local(session, kpi_id)
            followed = catalogue.objectives_following(session, kpi_id)
            if followed:
                raise ValidationError(
                    rules.FIELD_INDICATOR,
                    f"{kpi_id} följer upp {followed}. Ta först bort nyckeltalet från "
                    "målsättningen under Prioritera och sätt egna mål.",
                )
            count = catalogue.value_count(session, kpi_id)
            if count and not with_values:
                raise ValidationError(
                    rules.FIELD_INDICATOR,
                    f"{kpi_id} har {count} värden. Ta bort dem tillsammans med nyckeltalet, "
                    "eller behåll nyckeltalet.",
                )
            session.execute(delete(KpiValue).where(KpiValue.kpi_id == kpi.id))
            session.execute(delete(KpiValueChange).where(KpiValueChange.kpi_id == kpi.id))
            session.execute(delete(KpiGoalLink).where(KpiGoalLink.kpi_id == kpi.id))
            session.execute(delete(KpiTargetValue).where(KpiTargetValue.kpi_id == kpi.id))
            session.execute(
                delete(IndicatorSelectionItem).where(IndicatorSelectionItem.kpi_id == kpi.id)
            )
            session.delete(kpi)
            return count

    # -- goal links and target values --------------------------------------------------

    def link_goal(
        self, kpi_id: str, goal_number: int, target_code: str | None = None
    ) -> tuple[GoalLinkInfo, ...]:
        """Link an indicator to a goal, or to one of its targets; linking twice is harmless.

        Returns:
            All links of the indicator.
        """
        with self._database.unit_of_work() as session:
            catalogue.get_kpi(session, kpi_id)
            self._link(session, kpi_id, goal_number, target_code)
            session.flush()
            return catalogue.goal_links(session, kpi_id)

    def unlink_goal(
        self, kpi_id: str, goal_number: int, target_code: str | None = None
    ) -> tuple[GoalLinkInfo, ...]:
        """Remove one link. Raises NotFoundError when there is no such link."""
        code = (target_code or "").strip() or None
        with self._database.unit_of_work() as session:
            link = session.scalar(
                select(KpiGoalLink).where(
                    KpiGoalLink.kpi_id == kpi_id,
                    KpiGoalLink.goal_number == goal_number,
                    KpiGoalLink.target_code.is_(None)
                    if code is None
                    else KpiGoalLink.target_code == code,
                )
            )
            if link is None:
                where = f"delmål {code}" if code else f"mål {goal_number}"
                raise NotFoundError(f"{kpi_id} är inte kopplat till {where}.")
            session.delete(link)
            session.flush()
            return catalogue.goal_links(session, kpi_id)

    def set_target_value(
        self, kpi_id: str, year: int, value: float, gender: str = "T", note: str = ""
    ) -> tuple[TargetValueInfo, ...]:
        """Set (or replace) the target value of an indicator for a year and gender.

        Returns:
            All target values of the indicator.
        """
        clean_year = rules.clean_year(year)
        clean_value = rules.clean_target_value(value)
        clean_note = rules.clean_note(note)
        with self._database.unit_of_work() as session:
            kpi = catalogue.get_kpi(session, kpi_id)
            code = rules.clean_gender(gender, kpi.gender_split)
            row = session.scalar(
                select(KpiTargetValue).where(
                    KpiTargetValue.kpi_id == kpi_id,
                    KpiTargetValue.gender == code,
                    KpiTargetValue.year == clean_year,
                )
            )
            if row is None:
                row = KpiTargetValue(kpi_id=kpi_id, gender=code, year=clean_year)
                session.add(row)
            row.value = clean_value
            row.note = clean_note
            session.flush()
            return catalogue.target_values(session, kpi_id)

    def remove_target_value(
        self, kpi_id: str, year: int, gender: str = "T"
    ) -> tuple[TargetValueInfo, ...]:
        """Remove a target value. Raises NotFoundError when there is none."""
        with self._database.unit_of_work() as session:
            removed = session.execute(
                delete(KpiTargetValue).where(
                    KpiTargetValue.kpi_id == kpi_id,
                    KpiTargetValue.gender == gender.strip().upper(),
                    KpiTargetValue.year == year,
                )
            )
            if not getattr(removed, "rowcount", 0):
                raise NotFoundError(f"{kpi_id} har inget målvärde för {year} ({gender}).")
            return catalogue.target_values(session, kpi_id)

    # -- values for the views ----------------------------------------------------------

    def series(self, kpi_id: str, municipality_id: str) -> Series:
        """One municipality's values of one indicator over the years, per gender.

        Returns:
            ``{"T": [(period, value | None, missing_reason), …], "K": …, "M": …}`` with
            only the genders that have rows, each list in year order.
        """
        with self._database.unit_of_work() as session:
            return queries.series(session, kpi_id, municipality_id)

    def municipality_series(
        self, municipality_id: str, kpi_ids: Iterable[str] | None = None
    ) -> dict[str, Series]:
        """One municipality's series of many indicators (all when ``kpi_ids`` is None)."""
        with self._database.unit_of_work() as session:
            return queries.municipality_series(session, municipality_id, kpi_ids)

    def comparison(
        self, kpi_id: str, municipality_id: str, period: int | None = None, gender: str = "T"
    ) -> Comparison:
        """The municipality against Riket, its county's region, its kommungrupp's average
        and every kommun, for one year (default: its latest year with a value)."""
        with self._database.unit_of_work() as session:
            return indicator_comparison.comparison(session, kpi_id, municipality_id, period, gender)

    def value_history(
        self, kpi_id: str, municipality_id: str, period: int, gender: str
    ) -> list[ValueChange]:
        """How one value changed, newest first."""
        with self._database.unit_of_work() as session:
            return queries.value_history(session, kpi_id, municipality_id, period, gender)

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _local(session: Session, kpi_id: str) -> Kpi:
        kpi = catalogue.get_kpi(session, kpi_id)
        if not kpi.is_local:
            raise ValidationError(
                rules.FIELD_INDICATOR,
                f"{kpi_id} är Koladas nyckeltal och kan inte ändras eller tas bort här; "
                "enhet, källa och riktning går att ändra.",
            )
        return kpi

    @staticmethod
    def _link(session: Session, kpi_id: str, goal_number: int, target_code: str | None) -> None:
        if session.get(Goal, goal_number) is None:
            raise ValidationError(rules.FIELD_GOAL, f"mål {goal_number} finns inte (1–17).")
        code = (target_code or "").strip() or None
        if code is not None:
            target = session.get(Target, code)
            if target is None or target.goal_number != goal_number:
                raise ValidationError(
                    rules.FIELD_TARGET, f"delmål {code} hör inte till mål {goal_number}."
                )
        exists = session.scalar(
            select(KpiGoalLink.id).where(
                KpiGoalLink.kpi_id == kpi_id,
                KpiGoalLink.goal_number == goal_number,
                KpiGoalLink.target_code.is_(None)
                if code is None
                else KpiGoalLink.target_code == code,
            )
        )
        if exists is None:
            session.add(KpiGoalLink(kpi_id=kpi_id, goal_number=goal_number, target_code=code))
