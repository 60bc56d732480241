"""Find the header of a sheet and understand its cells.

Real sheets carry title lines above the header, and two-row headers: a block row
("Kommunen 202203", or Kommunen / Länet / Riket side by side) over a row of measures
("Antal", "%"), or genders over years. Each of the first rows is scored by how much it
looks like a header; the best one wins, and the row above or below it is taken as a
block row when it fits.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from agenda_desktop.core.indicators.model import Field
from agenda_desktop.core.indicators.numbers import describe_cell
from agenda_desktop.core.indicators.reading import Cell

SCAN_ROWS: Final = 40  # header search looks this far down
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

# Area words of a block header.
OWN_MUNICIPALITY: Final = "kommunen"
COUNTY: Final = "länet"
COUNTRY: Final = "riket"


def normalise(text: object) -> str:
    """A header's text for comparison: casefolded, NFC, single spaces, no "-", "_", ":"."""
    value = unicodedata.normalize("NFC", describe_cell(text)).casefold()
    value = re.sub(r"[_\-–:/\\()\[\]]+", " ", value)
    return " ".join(value.split()).strip(" .")


def _words(*texts: str) -> frozenset[str]:
    return frozenset(normalise(text) for text in texts)


# Header words per field. "Nyckeltal" and "Kommun" hold an id or a name; when an id
# column is also present, they are taken as the name beside it (see resolve_fields).
KPI_ID_WORDS: Final = _words(
    "kpi", "kpi-id", "kpiid", "kpi id", "nyckeltal-id", "nyckeltalsid", "nyckeltals-id",
    "nyckeltal id", "id", "indicator id", "indikator-id", "kpi kod", "nyckeltalskod",
)  # fmt: skip
KPI_TEXT_WORDS: Final = _words(
    "nyckeltal", "nyckeltalsnamn", "nyckeltalets namn", "titel", "title", "kpi title",
    "kpi namn", "indikator", "indicator", "benämning",
)  # fmt: skip
MUNICIPALITY_ID_WORDS: Final = _words(
    "kommun-id", "kommunid", "kommun id", "kommunkod", "kommun kod", "kommunnummer",
    "municipality id", "municipality_id", "municipality code", "områdes-id", "område id",
    "region id", "länskod", "kod",
)  # fmt: skip
MUNICIPALITY_TEXT_WORDS: Final = _words(
    "kommun", "kommunnamn", "kommunens namn", "municipality", "municipality name",
    "område", "region", "organisation", "kommun/region", "område/kommun",
)  # fmt: skip
FIELD_WORDS: Final[dict[Field, frozenset[str]]] = {
    Field.PERIOD: _words("år", "ar", "årtal", "period", "year", "tid", "tidpunkt", "mätår"),
    Field.GENDER: _words("kön", "kon", "gender", "sex", "kön t k m"),
    Field.VALUE: _words("värde", "varde", "value", "utfall", "resultat"),
    Field.COUNT: _words("antal", "count", "n"),
    Field.STATUS: _words("status"),
    Field.MISSING: _words("saknas", "missing", "orsak", "saknas orsak", "missing reason"),
}

GENDER_WORDS: Final[dict[str, str]] = {
    **{
        normalise(word): "T"
        for word in (
            "t",
            "totalt",
            "total",
            "alla",
            "samtliga",
            "båda könen",
            "bägge könen",
            "båda",
            "all",
        )
    },
    **{
        normalise(word): "K"
        for word in ("k", "kvinnor", "kvinna", "flickor", "flicka", "women", "female", "females")
    },
    **{
        normalise(word): "M"
        for word in ("m", "män", "man", "pojkar", "pojke", "men", "male", "males")
    },
}
# Whole-word genders inside a longer header ("Kvinnor 2015"); single letters only alone.
_GENDER_IN_TEXT: Final = {word: code for word, code in GENDER_WORDS.items() if len(word) > 1}
AREA_WORDS: Final[dict[str, str]] = {
    "kommunen": OWN_MUNICIPALITY,
    "egen kommun": OWN_MUNICIPALITY,
    "vår kommun": OWN_MUNICIPALITY,
    "länet": COUNTY,
    "lanet": COUNTY,
    "länet totalt": COUNTY,
    "riket": COUNTRY,
    "hela riket": COUNTRY,
    "riket totalt": COUNTRY,
    "sverige": COUNTRY,
    "hela landet": COUNTRY,
}
MEASURE_WORDS: Final[dict[str, str]] = {
    "antal": "count",
    "count": "count",
    "%": "value",
    "procent": "value",
    "andel": "value",
    "andel %": "value",
    "värde": "value",
    "value": "value",
    "kr": "value",
    "kr/inv": "value",
}
_YEAR: Final = re.compile(r"(?<!\d)((?:19|20|21)\d{2})(0[1-9]|1[0-2])?(?!\d)")


@dataclass(frozen=True)
class HeaderCell:
    """What one header cell says: a field name, or the dimensions of a value column."""

    text: str
    field: Field | None = None
    period: int | None = None
    period_text: str | None = None  # "202203" when a month was given (read as the year)
    gender: str | None = None
    area: str | None = None
    measure: str | None = None

    @property
    def has_dimension(self) -> bool:
        return any(item is not None for item in (self.period, self.gender, self.area, self.measure))


def year_of(cell: Cell) -> tuple[int, str | None] | None:
    """The year a cell names (2015, 2015.0, "2015", "202203" -> 2022), with the text of a
    YYYYMM period; None when it names no year."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        if float(cell).is_integer():
            number = int(cell)
            if MIN_YEAR <= number <= MAX_YEAR:
                return number, None
            if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
                return number // 100, str(number)
        return None
    if isinstance(cell, str):
        text = cell.strip()
        match = _YEAR.fullmatch(text.removesuffix(".0"))
        if match:
            return int(match.group(1)), (text if match.group(2) else None)
    return None


def classify(cell: Cell, area_of: Callable[[str], str | None] | None = None) -> HeaderCell:
    """Understand one header cell.

    Args:
        cell: the cell's value.
        area_of: looks a municipality name up (returns its id), for headers that name
            municipalities side by side; None to skip names.
    """
    text = describe_cell(cell).strip()
    norm = normalise(cell)
    if not norm:
        return HeaderCell(text)
    year = year_of(cell)
    if year is not None:
        return HeaderCell(text, period=year[0], period_text=year[1])
    for field, words in FIELD_WORDS.items():
        if norm in words:
            measure = MEASURE_WORDS.get(norm, "value" if field is Field.VALUE else None)
            return HeaderCell(text, field=field, measure=measure)
    if norm in KPI_ID_WORDS:
        return HeaderCell(text, field=Field.KPI)
    if norm in KPI_TEXT_WORDS:
        return HeaderCell(text, field=Field.KPI_TITLE)
    if norm in MUNICIPALITY_ID_WORDS:
        return HeaderCell(text, field=Field.MUNICIPALITY)
    if norm in MUNICIPALITY_TEXT_WORDS:
        return HeaderCell(text, field=Field.MUNICIPALITY_NAME)
    if norm in GENDER_WORDS:
        return HeaderCell(text, gender=GENDER_WORDS[norm])
    if norm in MEASURE_WORDS or text.strip() == "%":
        return HeaderCell(text, measure=MEASURE_WORDS.get(norm, "value"))
    return _compound(text, norm, area_of)


def _compound(text: str, norm: str, area_of: Callable[[str], str | None] | None) -> HeaderCell:
    """A header with several parts: "Kommunen 202203", "Kvinnor 2015", "Riket, %"."""
    period = period_text = None
    rest = norm
    match = _YEAR.search(norm)
    if match:
        period = int(match.group(1))
        period_text = match.group(0) if match.group(2) else None
        rest = (norm[: match.start()] + " " + norm[match.end() :]).strip()
    rest = " ".join(rest.replace(",", " ").split())
    gender = area = measure = None
    words = rest.split()
    kept: list[str] = []
    for word in words:
        if word in _GENDER_IN_TEXT and gender is None:
            gender = _GENDER_IN_TEXT[word]
        elif word in ("%", "procent", "antal", "andel") and measure is None:
            measure = MEASURE_WORDS[word]
        else:
            kept.append(word)
    remainder = " ".join(kept)
    if remainder in AREA_WORDS:
        area = AREA_WORDS[remainder]
    elif remainder and area_of is not None:
        area = area_of(remainder)
    if area is None and remainder and (period is not None or gender is not None):
        return HeaderCell(text)  # "Förändring 2015" is not a value column
    return HeaderCell(text, None, period, period_text, gender, area, measure)


def score_row(cells: Sequence[HeaderCell], raw: Sequence[Cell]) -> int:
    """How much a row looks like a header row (higher is more)."""
    fields = sum(1 for cell in cells if cell.field is not None)
    years = sum(1 for cell in cells if cell.period is not None and cell.field is None)
    text_years = sum(1 for value in raw if isinstance(value, str) and year_of(value))
    genders = sum(1 for cell in cells if cell.gender is not None)
    areas = sum(1 for cell in cells if cell.area is not None)
    measures = sum(1 for cell in cells if cell.measure is not None)
    numbers = sum(
        1 for value in raw if isinstance(value, float | int) and not isinstance(value, bool)
    )
    # A data row holds one year, one municipality and one gender; a header holds several.
    score = fields * 3 + measures + (areas * 2 if areas >= 2 else 0)
    if years >= 2:
        score += years * 2 + text_years
    if genders >= 2:
        score += genders
    return score - max(0, numbers - years)


@dataclass(frozen=True)
class HeaderGuess:
    """The header found: its (last) row, its block row if any, and the cells understood."""

    row: int  # 1-based, the last header row
    block_row: int | None  # 1-based, the row above holding blocks, or None
    cells: tuple[HeaderCell, ...]  # one per column, block dimensions merged in


def find_header(
    head: Sequence[tuple[int, list[Cell]]],
    area_of: Callable[[str], str | None] | None = None,
    header_row: int | None = None,
) -> HeaderGuess | None:
    """Find the header among the first rows of a sheet.

    Args:
        head: the first rows as (row number, cells).
        area_of: looks up municipality names in block headers.
        header_row: the user's choice of the (last) header row, 1-based.

    Returns:
        The header, or None when the sheet has no non-empty row.
    """
    rows = {number: cells for number, cells in head if any(_filled(cell) for cell in cells)}
    if not rows:
        return None
    classified = {
        number: [classify(cell, area_of) for cell in cells]
        for number, cells in rows.items()
        if number < min(rows) + SCAN_ROWS
    }
    if header_row is not None:
        chosen = header_row
        if chosen not in classified:
            classified[chosen] = [classify(cell, area_of) for cell in rows.get(chosen, [])]
    else:
        scores = {n: score_row(cells, rows[n]) for n, cells in classified.items()}
        chosen = max(scores, key=lambda n: (scores[n], -n))
        below = classified.get(chosen + 1)
        if below is not None and _is_measure_row(below) and _is_block_row(classified[chosen]):
            chosen += 1
    cells = classified[chosen]
    block_row = None
    above = classified.get(chosen - 1)
    if above is not None and _is_block_row(above) and _wants_blocks(cells):
        block_row = chosen - 1
        cells = _merge(_forward_fill(above, len(cells)), cells)
    return HeaderGuess(chosen, block_row, tuple(cells))


def _filled(cell: Cell) -> bool:
    return not (cell is None or (isinstance(cell, str) and not cell.strip()))


def _is_measure_row(cells: Sequence[HeaderCell]) -> bool:
    useful = [cell for cell in cells if cell.text]
    dims = [cell for cell in useful if cell.measure is not None or cell.gender is not None]
    return len(dims) >= 2 and len(dims) >= len(useful) - 2


def _is_block_row(cells: Sequence[HeaderCell]) -> bool:
    blocks = [cell for cell in cells if cell.text and cell.field is None]
    return bool(blocks) and any(cell.has_dimension for cell in blocks)


def _wants_blocks(cells: Sequence[HeaderCell]) -> bool:
    """A row of measures, genders, or years repeated: it sits under a block row."""
    years = [cell.period for cell in cells if cell.period is not None]
    measures = [cell for cell in cells if cell.measure is not None or cell.gender is not None]
    return len(measures) >= 2 or len(years) != len(set(years))


def _forward_fill(cells: Sequence[HeaderCell], width: int) -> list[HeaderCell]:
    """Carry a block's label over the empty (merged) cells to its right."""
    filled: list[HeaderCell] = []
    current = HeaderCell("")
    for index in range(width):
        cell = cells[index] if index < len(cells) else HeaderCell("")
        if cell.text:
            current = cell if cell.field is None else HeaderCell("")
        filled.append(current if not cell.text else cell)
    return filled


def _merge(blocks: Sequence[HeaderCell], cells: Sequence[HeaderCell]) -> list[HeaderCell]:
    merged = []
    for block, cell in zip(blocks, cells, strict=False):
        # Under a block, "Antal" and "Värde" are measures of the block, not fields.
        is_measure = cell.field is None or cell.measure is not None
        if not block.text or not is_measure or not block.has_dimension:
            merged.append(cell)
            continue
        merged.append(
            HeaderCell(
                f"{block.text} / {cell.text}" if cell.text else block.text,
                None,
                cell.period if cell.period is not None else block.period,
                cell.period_text or block.period_text,
                cell.gender or block.gender,
                cell.area or block.area,
                cell.measure or block.measure,
            )
        )
    return merged


def signature(cells: Sequence[HeaderCell]) -> str:
    """The key of a remembered column mapping: a hash of the normalised header texts."""
    text = "\x1f".join(normalise(cell.text) for cell in cells).rstrip("\x1f")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
