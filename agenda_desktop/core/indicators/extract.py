"""Turn the data rows of a sheet into checked values (see staged.py), reporting problems.

This is the hot loop of a big import (870 000 values): every distinct key cell is
resolved once and cached (the slow paths below run once per distinct text, or on a
problem), and values go into compact columns, never into ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import islice
from typing import Final

from agenda_desktop.core.indicators.cell_values import read_extras, read_number
from agenda_desktop.core.indicators.extract_columns import stage_columns
from agenda_desktop.core.indicators.layout import Plan
from agenda_desktop.core.indicators.numbers import describe_cell
from agenda_desktop.core.indicators.problems import ProblemCollector
from agenda_desktop.core.indicators.reading import Cell
from agenda_desktop.core.indicators.resolve import Catalogue, gender_of, period_of
from agenda_desktop.core.indicators.staged import Staged
from agenda_desktop.core.progress import CancelToken, ProgressCallback

CHUNK_ROWS: Final = 4096  # progress and cancel are checked this often
EXPECTED_MUNICIPALITY: Final = (
    "Förväntat: en kommunkod med fyra siffror (t.ex. 1401), ett kommunnamn (t.ex. Härryda), "
    "”Riket” eller en region (t.ex. Region Stockholm)."
)

# One record spec as plain ints, for the loop: (kpi column, kpi code, municipality column,
# municipality code, period column, period, gender column, gender, value column, count
# column, status column, missing column); a column of -1 means "use the constant".
Spec = tuple[int, int, int, int, int, int, int, int, int, int, int, int]
KeyResolver = Callable[[Cell, int, int, bool], int]  # (cell, row, column, report) -> code


class Extractor:
    """Reads data rows by a plan into a Staged, reporting problems to a collector."""

    def __init__(
        self,
        plan: Plan,
        catalogue: Catalogue,
        collector: ProblemCollector,
        local_kpis: Mapping[str, str],
    ) -> None:
        self.plan = plan
        self.catalogue = catalogue
        self.problems = collector
        self.local_kpis = local_kpis  # text in the file -> confirmed local KPI id
        self.staged = Staged(has_count=plan.has_count, has_status=plan.has_status)
        self.rejected = 0
        self.missing = 0
        self.identical_duplicates = 0
        self.ignored_rows: list[int] = []
        self.unknown_kpis: dict[str, int] = {}  # text -> first row
        self.kpi_titles: dict[str, str] = {}  # unknown KPI text -> title column text
        self._kpi_codes: dict[str, int] = {}
        self._municipality_codes: dict[str, int] = {}
        self._kpi_cache: dict[Cell, int] = {}
        self._municipality_cache: dict[Cell, int] = {}
        self._period_cache: dict[Cell, int] = {}
        self._gender_cache: dict[Cell, int] = {}
        # (cache, resolver) of the KPI, municipality, period and gender cells, in that
        # order: for the column-wise fast path (extract_columns.py)
        self.key_lookups: tuple[tuple[dict[Cell, int], KeyResolver], ...] = (
            (self._kpi_cache, self._kpi),
            (self._municipality_cache, self._municipality),
            (self._period_cache, self._period),
            (self._gender_cache, self._gender),
        )

    # -- codes and key cells (slow paths: once per distinct cell, or on a problem) -------

    def kpi_code(self, kpi_id: str) -> int:
        code = self._kpi_codes.get(kpi_id)
        if code is None:
            code = self._kpi_codes[kpi_id] = len(self.staged.kpi_ids)
            self.staged.kpi_ids.append(kpi_id)
        return code

    def municipality_code(self, municipality_id: str) -> int:
        code = self._municipality_codes.get(municipality_id)
        if code is None:
            code = self._municipality_codes[municipality_id] = len(self.staged.municipality_ids)
            self.staged.municipality_ids.append(municipality_id)
        return code

    def _kpi(self, cell: Cell, row: int, column: int, report: bool) -> int:
        text = describe_cell(cell).strip()
        found = self.catalogue.kpi(cell) or self.local_kpis.get(text)
        if found is not None:
            code = self._kpi_cache[cell] = self.kpi_code(found)
            return code
        if not report:
            return -1
        if not text:
            message = "Nyckeltal saknas. Förväntat: ett nyckeltals-id som N00914."
            self.problems.add("missing_kpi", message, row, column)
            return -1
        self.unknown_kpis.setdefault(text, row)
        self.problems.add_grouped(
            "unknown_kpi",
            text,
            f"Nyckeltalet ”{text}” finns varken i Koladas katalog eller bland kommunens lokala "
            "nyckeltal. Rätta id:t, eller bekräfta det som ett lokalt nyckeltal med namn och "
            "enhet.",
            row,
            column,
        )
        return -1

    def _municipality(self, cell: Cell, row: int, column: int, report: bool) -> int:
        found = self.catalogue.municipality(cell)
        if found is not None:
            code = self._municipality_cache[cell] = self.municipality_code(found)
            return code
        if report:
            text = describe_cell(cell).strip()
            if not text:
                message = f"Kommun saknas. {EXPECTED_MUNICIPALITY}"
                self.problems.add("missing_municipality", message, row, column)
            else:
                message = f"Kommunen ”{text}” finns inte. {EXPECTED_MUNICIPALITY}"
                self.problems.add_grouped("unknown_municipality", text, message, row, column)
        return -1

    def _period(self, cell: Cell, row: int, column: int, report: bool) -> int:
        found = period_of(cell)
        if found is not None:
            self._period_cache[cell] = found
            return found
        if report:
            text = describe_cell(cell).strip()
            said = f"”{text}” är inte ett år." if text else "Året saknas."
            message = f"{said} Förväntat: ett årtal som 2024."
            self.problems.add_grouped("bad_period", text, message, row, column)
        return -1

    def _gender(self, cell: Cell, row: int, column: int, report: bool) -> int:
        found = gender_of(cell)
        if found is not None:
            self._gender_cache[cell] = found
            return found
        if report:
            text = describe_cell(cell).strip()
            message = (
                f"”{text}” är inte ett kön. Förväntat: T, K eller M (eller Totalt, Kvinnor, Män)."
            )
            self.problems.add_grouped("bad_gender", text, message, row, column)
        return -1

    # -- the loop ------------------------------------------------------------------------

    def _specs(self) -> list[Spec]:
        specs: list[Spec] = []
        for spec in self.plan.specs:
            kpi, municipality = spec.kpi, spec.municipality
            specs.append(
                (
                    kpi.column,
                    self.kpi_code(str(kpi.constant)) if kpi.constant is not None else -1,
                    municipality.column,
                    self.municipality_code(str(municipality.constant))
                    if municipality.constant is not None
                    else -1,
                    spec.period.column,
                    int(spec.period.constant) if spec.period.constant is not None else -1,
                    spec.gender.column,
                    int(spec.gender.constant) if spec.gender.constant is not None else 0,
                    spec.value,
                    spec.count,
                    spec.status,
                    spec.missing,
                )
            )
        return specs

    def run(
        self,
        rows: Iterator[tuple[int, list[Cell]]],
        height: int,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> Staged:
        """Read every data row, CHUNK_ROWS rows at a time: a chunk column by column when
        it can (extract_columns.py), else row by row; check cancel between chunks."""
        specs = self._specs()
        used = [column for spec in specs for column in spec if column >= 0]
        width = 1 + max(*used, self.plan.kpi_title_column, 0)
        first = self.plan.first_data_row
        total = max(height, 1)
        rows = iter(rows)
        while chunk := list(islice(rows, CHUNK_ROWS)):
            if chunk[0][0] < first:
                chunk = [item for item in chunk if item[0] >= first]
                if not chunk:
                    continue
            number = chunk[0][0]
            if number > first:
                cancel.check()
                progress(number, total, f"Läser rad {number} av {total}")
            numbers, cells = zip(*chunk, strict=True)
            if min(map(len, cells)) < width or not stage_columns(self, numbers, cells, specs):
                self._stage_rows(chunk, specs, width)
        progress(total, total, "Raderna är lästa")
        return self.staged

    def _stage_rows(
        self, chunk: list[tuple[int, list[Cell]]], specs: list[Spec], width: int
    ) -> None:
        """Stage the values of ``chunk`` row by row, reporting every problem."""
        plan = self.plan
        value_columns = plan.value_columns
        first_value = value_columns[0]
        staged = self.staged
        index = staged.index
        kpi_cache, municipality_cache = self._kpi_cache, self._municipality_cache
        period_cache, gender_cache = self._period_cache, self._gender_cache
        append_kpi, append_municipality = staged.kpi.append, staged.municipality.append
        append_period, append_gender = staged.period.append, staged.gender.append
        append_value, append_reason = staged.value.append, staged.reason.append
        append_count, append_status = staged.count.append, staged.status.append
        append_row = staged.row.append
        has_count, has_status = staged.has_count, staged.has_status
        extras = any(spec[9] >= 0 or spec[10] >= 0 or spec[11] >= 0 for spec in specs)
        loop_specs = [(*spec[:9], spec) for spec in specs]
        titles = plan.kpi_title_column >= 0
        for number, cells in chunk:
            if len(cells) < width:
                cells = [*cells, *([""] * (width - len(cells)))]
            if (
                cells[first_value] == ""
                and all(cells[column] == "" for column in value_columns)
                and not self._keys_resolve(specs, cells, number)
            ):
                if any(cell != "" for cell in cells):
                    self.ignored_rows.append(number)
                continue
            report = True
            for kc_col, kc, mc_col, mc, p_col, p, g_col, g, v_col, spec in loop_specs:
                bad = False
                if kc_col >= 0:
                    kc = kpi_cache.get(cells[kc_col], -1)
                    if kc < 0:
                        kc = self._kpi(cells[kc_col], number, kc_col, report)
                        bad = kc < 0
                if mc_col >= 0:
                    mc = municipality_cache.get(cells[mc_col], -1)
                    if mc < 0:
                        mc = self._municipality(cells[mc_col], number, mc_col, report)
                        bad = bad or mc < 0
                if p_col >= 0:
                    p = period_cache.get(cells[p_col], -1)
                    if p < 0:
                        p = self._period(cells[p_col], number, p_col, report)
                        bad = bad or p < 0
                if g_col >= 0:
                    g = gender_cache.get(cells[g_col], -1)
                    if g < 0:
                        g = self._gender(cells[g_col], number, g_col, report)
                        bad = bad or g < 0
                report = False  # a bad key cell is reported once per row
                raw = cells[v_col]
                reason: str | None = None
                if type(raw) is float:
                    value: float | None = raw
                else:
                    parsed = read_number(
                        self.problems, raw, number, v_col, "value_text", "ett värde"
                    )
                    if parsed is None:
                        self.rejected += 1
                        continue
                    value, reason = parsed
                count = status = None
                if extras:
                    ok, reason, count, status = read_extras(
                        self.problems, cells, number, spec, value, reason
                    )
                    bad = bad or not ok
                if bad or kc < 0 or mc < 0 or p < 0:
                    self.rejected += 1
                    continue
                key = ((kc * 4096 + mc) * 4096 + p) * 4 + g
                seen = index.get(key)
                if seen is not None:
                    self._duplicate(seen, number, v_col, value, reason, count, status)
                    continue
                index[key] = len(staged.value)
                append_kpi(kc)
                append_municipality(mc)
                append_period(p)
                append_gender(g)
                append_value(value)
                append_reason(reason)
                if has_count:
                    append_count(count)
                if has_status:
                    append_status(status)
                append_row(number)
                if reason is not None:
                    self.missing += 1
            if titles and self.unknown_kpis:
                self._remember_title(specs, cells)

    def _keys_resolve(self, specs: list[Spec], cells: list[Cell], row: int) -> bool:
        """For a row without values: do its key cells name real keys? Otherwise the row is
        a note or a blank line ("Källa: SCB"), and it is ignored."""
        for spec in specs:
            checks = (
                (spec[0], self._kpi),
                (spec[2], self._municipality),
                (spec[4], self._period),
                (spec[6], self._gender),
            )
            for column, resolve in checks:
                if column >= 0 and resolve(cells[column], row, column, False) < 0:
                    return False
        return True

    def _duplicate(
        self,
        position: int,
        row: int,
        column: int,
        value: float | None,
        reason: str | None,
        count: float | None,
        status: str | None,
    ) -> None:
        staged = self.staged
        same = (
            staged.value[position] == value
            and staged.reason[position] == reason
            and (not staged.has_count or staged.count[position] == count)
            and (not staged.has_status or staged.status[position] == status)
        )
        if same:
            self.identical_duplicates += 1
            return
        kpi, municipality, period, gender = staged.key_at(position)
        self.rejected += 1
        self.problems.add(
            "duplicate",
            f"Samma nyckeltal ({kpi}), kommun ({municipality}), år ({period}) och kön "
            f"({gender}) finns redan på rad {staged.row[position]} med ett annat värde. "
            "Ta bort eller rätta en av raderna.",
            row,
            column,
        )

    def _remember_title(self, specs: list[Spec], cells: list[Cell]) -> None:
        column = specs[0][0]
        if column < 0:
            return
        text = describe_cell(cells[column]).strip()
        if text in self.unknown_kpis and not self.kpi_titles.get(text):
            self.kpi_titles[text] = describe_cell(cells[self.plan.kpi_title_column]).strip()
